"""A bank under a teacher's review: each question kept or dropped, some
edited, filtered by topic and kind, then saved with only the kept ones.

A generated draft starts with the generator's choice kept and its next best
questions offered, not kept. A bank already on disk starts with every
question kept, and is saved by editing its text, so the teacher's comments
and layout stay (core/edit.py); a draft is written whole (write.bank_toml).
"""

from __future__ import annotations

from dataclasses import dataclass, replace

import msgspec

from .bank import Bank, Question
from .edit import add_question, keep_questions
from .write import bank_toml


@dataclass(frozen=True)
class DraftItem:
    question: Question
    kept: bool = True
    comment: str = ""  # what it was made from, for a generated question
    score: float | None = None  # how likely a teacher keeps it, for a generated question
    edited: bool = False
    source_id: str = ""  # its id in the file, when it came from one (an edit may change the id)


class DraftError(ValueError):
    """An edit the bank cannot take (a second question with one id, say)."""


class Draft:
    def __init__(self, bank: Bank, items: list[DraftItem], *, header: str = "", chart_comments: dict | None = None,
                 source_text: str | None = None) -> None:
        self.bank = bank  # its title, article and charts; its questions are the items'
        self.items = items
        self.header = header
        self.chart_comments = dict(chart_comments or {})
        self.source_text = source_text  # the bank's own text, when it came from a file

    @classmethod
    def from_generated(cls, generated) -> Draft:
        """The generator's draft: its questions kept, its alternates offered."""
        def item(q: Question, kept: bool) -> DraftItem:
            return DraftItem(q, kept, generated.comments.get(q.id, ""), generated.scores.get(q.id))

        items = [item(q, True) for q in generated.bank.questions] + [item(q, False) for q in generated.alternates]
        charts = {c.id: generated.comments[c.id] for c in generated.bank.charts if c.id in generated.comments}
        return cls(generated.bank, items, header=generated.header, chart_comments=charts)

    @classmethod
    def from_bank(cls, bank: Bank, text: str) -> Draft:
        """A bank from a file, every question kept; `text` is the file as it is now."""
        return cls(bank, [DraftItem(q, source_id=q.id) for q in bank.questions], source_text=text)

    # What the list shows

    @property
    def topics(self) -> tuple[str, ...]:
        return tuple(dict.fromkeys(item.question.topic for item in self.items))

    @property
    def kinds(self) -> tuple[str, ...]:
        return tuple(dict.fromkeys(item.question.kind for item in self.items))

    def shown(self, topic: str = "", kind: str = "") -> list[int]:
        """The items a filter shows, by index: every one when `topic` and `kind` are empty."""
        return [i for i, item in enumerate(self.items)
                if (not topic or item.question.topic == topic) and (not kind or item.question.kind == kind)]

    @property
    def kept_count(self) -> int:
        return sum(item.kept for item in self.items)

    # What the teacher does

    def set_kept(self, index: int, kept: bool) -> None:
        self.items[index] = replace(self.items[index], kept=kept)

    def replace_question(self, index: int, question: Question) -> None:
        """An edited question in place of the old one (kept: an edit is a choice to keep it)."""
        if any(i != index and item.question.id == question.id for i, item in enumerate(self.items)):
            raise DraftError(f'another question already has the id "{question.id}"')
        self.items[index] = replace(self.items[index], question=question, kept=True, edited=True)

    # What is saved

    def kept_bank(self) -> Bank:
        return msgspec.structs.replace(self.bank, questions=tuple(i.question for i in self.items if i.kept))

    def to_toml(self) -> str:
        """The bank's text with only the kept questions."""
        kept = [item for item in self.items if item.kept]
        if self.source_text is not None:
            edited = {item.source_id: item.question for item in kept if item.edited and item.source_id}
            added = [item.question for item in kept if not item.source_id]
            text = keep_questions(self.source_text, [item.source_id for item in kept if item.source_id], edited)
            for question in added:
                text = add_question(text, question)
            return text
        comments = {**self.chart_comments, **{item.question.id: item.comment for item in kept if item.comment}}
        return bank_toml(self.kept_bank(), header=self.header, comments=comments, group_by_topic=True)
