"""GIFT -> Bank: each question Moodle reads, mapped onto Study Desk's kinds.

Whatever has no counterpart is reported (and written into the question's
TOML comment), never dropped quietly. See docs/gift.md for the table.
"""

from __future__ import annotations

import math
import re
from dataclasses import dataclass, field
from typing import Any

from ..bank import (
    Bank,
    ChoiceQuestion,
    MatchQuestion,
    MultiQuestion,
    NumericQuestion,
    OrderQuestion,
    Question,
    TextQuestion,
    Tolerance,
    TrueFalseQuestion,
    WrittenQuestion,
    repeated,
)
from .names import absolute_tolerance, first_words, id_from_title, slug, tidy, topic_from_category, weight_text
from .notes import (
    ANYTHING_ELSE,
    NOTE_FIELDS,
    RIGHT_NUMBER,
    WRONG_NUMBER,
    answered,
    chose,
    fold_feedback,
    read_notes,
)
from .parse import Parsed, Text, blocks, read_block
from .report import CHANGED, NOTE, SKIPPED, GiftImport, Report
from .text import comment_safe, looks_like_html, php_trim, to_plain, to_plain_noting

FULL = 1 - 1e-9  # a weight this high is full credit
_WILDCARD = re.compile(r"(?<!\\)\*")
COMMON_NOTES = ("id", "evidence", "hint", "difficulty", "points")
KIND_NOTES = {"numeric": ("unit", "tolerance"), "multi": ("answer",), "written": ("key_points", "explain")}


class _Skip(Exception):
    """This question cannot become a Study Desk question; the message says why."""


@dataclass
class _Question:
    """What one GIFT question becomes, as it is worked out."""

    parsed: Parsed
    label: str
    # (level, message), each once, in order: a dict, quick to ask, as a question may have thousands
    changes: dict[tuple[str, str], None] = field(default_factory=dict)

    def change(self, message: str, level: str = CHANGED) -> None:
        self.changes[level, message] = None

    def plain(self, t: Text, part: str = "text") -> str:
        out, lost = to_plain_noting(t.text, t.format)
        if lost:
            self.change(f"[{t.format}] {part} made plain text: " + ", ".join(dict.fromkeys(lost)) + " left out")
        elif out != t.text:
            self.change(f"[{t.format}] text converted to plain text (Study Desk shows text as written)", NOTE)
        elif t.format == "moodle" and looks_like_html(t.text):
            self.change("the text holds HTML tags but is not marked [html]; kept as written", NOTE)
        return out


class Importer:
    def __init__(self, title: str) -> None:
        self.title = title
        self.topic = "general"
        self.questions: list[Question] = []
        self.reports: list[Report] = []
        self.notes: dict[str, str] = {}
        self.header: list[str] = []
        self.skipped = 0
        self.taken: set[str] = set()

    def run(self, text: str) -> GiftImport:
        for block in blocks(text):
            for parsed in read_block(block):
                self.add(parsed)
        bank = Bank(title=self.title, questions=tuple(self.questions))
        return GiftImport(bank, tuple(self.reports), self.notes, "\n".join(self.header), self.skipped)

    def add(self, p: Parsed) -> None:
        if p.kind == "category":
            self.topic = topic_from_category(p.category)
            if p.comments:  # Moodle's own export says "switch category to ..." here
                self.header += ["", f"GIFT comments at line {p.line}:", *p.comments]
            return
        q = _Question(p, p.name or first_words(p.text.text))
        values, comments, problems = read_notes(p.comments)
        for problem in problems:
            q.change(problem)
        if p.kind == "comment":
            if values.get("kind") == "order":
                self._finish(q, self._order(q, values), comments)
            elif comments:
                self.header += ["", f"GIFT comments at line {p.line}:", *comments]
            return
        for note in p.notes:
            q.change(note, NOTE)
        try:
            question = self._question(q, values)
        except _Skip as skip:
            self.skipped += 1
            self._report(q, str(skip), SKIPPED)
            for level, message in q.changes:
                self._report(q, message, level)
            return
        self._finish(q, question, comments)

    def _finish(self, q: _Question, question: Question | None, comments: list[str]) -> None:
        if question is None:
            return
        self.questions.append(question)
        self.taken.add(question.id)
        q.label = question.id
        lines = [f"From GIFT line {q.parsed.line}" + (f', title "{q.parsed.name}"' if q.parsed.name
                                                      and q.parsed.name != question.id else "")]
        lines += comments
        if any(re.search(r"\[(id|tag):", c) for c in comments):
            q.change("Moodle's [id:] and [tag:] have no counterpart; kept in the comment above the question")
        for level, message in q.changes:
            self._report(q, message, level)
            if level != NOTE:
                lines.append("Not kept: " + message)
        self.notes[question.id] = "\n".join(lines)

    def _report(self, q: _Question, message: str, level: str) -> None:
        self.reports.append(Report(q.parsed.line, q.label, message, level))

    # The question, kind by kind.

    def _question(self, q: _Question, values: dict[str, Any]) -> Question:
        p = q.parsed
        if p.kind == "error":
            raise _Skip(p.error)
        if p.kind == "description":
            what = "a description (text without answers)"
            self.header += ["", f"Skipped {what} at GIFT line {p.line}"
                            + (f', title "{p.name}"' if p.name else "") + ":", *to_plain(p.text.text,
                                                                                          p.text.format).split("\n")]
            raise _Skip(f"{what} has no counterpart in Study Desk; its text is kept at the top of the bank")
        prompt = q.plain(p.text, "question text")
        if not prompt.strip():
            raise _Skip("the question has no text")
        if p.kind == "essay":
            return self._essay(q, values, prompt)
        build = {"multichoice": self._multichoice, "match": self._match, "truefalse": self._truefalse,
                 "shortanswer": self._shortanswer, "numerical": self._numerical}[p.kind]
        kind_fields, entries = build(q, values)
        common = self._common(q, values, prompt, kind_fields["cls"].kind)
        if any(text for _, text in entries):
            q.change('per-answer feedback is folded into the explanation as "If you ...:" lines', NOTE)
        return kind_fields.pop("cls")(
            prompt=prompt, topic=self.topic, explain=fold_feedback(q.plain(p.general, "general feedback"), entries),
            **common, **kind_fields,
        )

    def _common(self, q: _Question, values: dict[str, Any], prompt: str, kind: str) -> dict[str, Any]:
        """id, evidence, hint, difficulty and points, from the title and the studydesk notes."""
        p = q.parsed
        out: dict[str, Any] = {}
        allowed = COMMON_NOTES + KIND_NOTES.get(kind, ())
        for key, raw in values.items():
            if key not in allowed:
                q.change(f'the note "studydesk: {key}" does not apply here; ignored')
                continue
            if key in KIND_NOTES.get(kind, ()):
                continue  # read by the kind's own method
            value = NOTE_FIELDS[key][0](raw)
            if value is None:
                q.change(f'the note "studydesk: {key}" must be {NOTE_FIELDS[key][1]}; ignored')
            else:
                out[key] = value
        wanted = out.pop("id", None)
        if wanted is not None and php_trim(wanted) != p.name:  # Moodle trims the title
            q.change(f'the note "studydesk: id" does not match the title "{p.name}"; ignored')
            wanted = None
        qid = wanted or (id_from_title(p.name) if p.name else "") or slug(" ".join(prompt.split()[:6]))
        qid = qid or f"q{len(self.questions) + 1}"
        out["id"] = self._unique(q, qid)
        return out

    def _unique(self, q: _Question, qid: str) -> str:
        if qid not in self.taken:
            return qid
        n = 2
        while f"{qid}-{n}" in self.taken:
            n += 1
        q.change(f'another question already has the id "{qid}"; this one is "{qid}-{n}"', NOTE)
        return f"{qid}-{n}"

    def _choices(self, q: _Question) -> list[str]:
        choices = [q.plain(a.text, "answer") for a in q.parsed.answers]
        if any(not c.strip() for c in choices):
            raise _Skip("an answer is empty")
        dupes = repeated(choices)
        if dupes:
            raise _Skip(f'the answer "{dupes[0]}" is listed twice; Study Desk needs different choices')
        return choices

    def _multichoice(self, q: _Question, values: dict) -> tuple[dict, list]:
        answers = q.parsed.answers
        choices = self._choices(q)
        entries = [(chose(c), q.plain(a.feedback, "feedback")) for c, a in zip(choices, answers)]
        if q.parsed.single:
            rights = [c for c, a in zip(choices, answers) if a.weight >= FULL]
            if not rights:  # its "=" marked an answer left out as empty; Moodle refuses it too
                raise _Skip("no answer is fully right: the one marked with = is empty")
            if len(rights) > 1:
                q.change(f'several answers are fully right ({", ".join(rights)}); Study Desk keeps one right '
                         f'answer, "{rights[0]}", and counts the others as wrong')
            for c, a in zip(choices, answers):
                if a.weight < FULL and a.weight != 0:
                    q.change(f'"{c}" is worth {weight_text(a.weight)} in Moodle; partial credit and penalties '
                             "have no counterpart for one-answer questions, so it counts as wrong")
            return {"cls": ChoiceQuestion, "choices": tuple(choices), "answer": rights[0]}, entries
        rights = [c for c, a in zip(choices, answers) if a.weight > 0]
        if not rights:
            raise _Skip("no answer has a positive weight, so nothing is right to tick")
        wrong = len(choices) - len(rights)
        fair = all(math.isclose(a.weight, 1 / len(rights) if a.weight > 0 else -1 / wrong, abs_tol=5e-4)
                   for a in answers)
        if not fair:
            given = ", ".join(f"{c} {weight_text(a.weight)}" for c, a in zip(choices, answers))
            q.change(f"weights approximated ({given}): Study Desk gives each right choice an equal share and "
                     "takes an equal share off for each wrong one")
        if "answer" in values:  # the order a Study Desk bank listed its right answers in
            order = values["answer"]
            if isinstance(order, list) and sorted(order, key=str) == sorted(rights):
                rights = order
            else:
                q.change('the note "studydesk: answer" does not list the right answers; ignored')
        return {"cls": MultiQuestion, "choices": tuple(choices), "answer": tuple(rights)}, entries

    def _match(self, q: _Question, values: dict) -> tuple[dict, list]:
        pairs, distractors = [], []
        for left, right in q.parsed.pairs:
            left_text = q.plain(left, "answer")
            if not right.strip():
                raise _Skip(f'"{left_text}" has nothing after "->"')
            if left_text.strip():
                pairs.append((left_text, right))
            else:
                distractors.append(right)  # "= -> Chat": an extra answer that matches nothing
        if len(pairs) < 2:
            raise _Skip("a matching question needs at least 2 pairs with text on both sides")
        for side, items in (("left", [a for a, _ in pairs]), ("right", [b for _, b in pairs] + distractors)):
            dupes = repeated(items)
            if dupes:
                raise _Skip(f'"{dupes[0]}" is used twice on the {side}; Study Desk pairs each item once')
        return {"cls": MatchQuestion, "pairs": tuple(pairs), "distractors": tuple(distractors)}, []

    def _truefalse(self, q: _Question, values: dict) -> tuple[dict, list]:
        p = q.parsed
        right, wrong = q.plain(p.right_feedback, "feedback"), q.plain(p.wrong_feedback, "feedback")
        on_true, on_false = (right, wrong) if p.truth else (wrong, right)
        entries = [(answered("true"), on_true), (answered("false"), on_false)]
        return {"cls": TrueFalseQuestion, "answer": p.truth}, entries

    def _shortanswer(self, q: _Question, values: dict) -> tuple[dict, list]:
        accepted: dict[str, None] = {}  # (ordered, and quick to ask: there may be thousands)
        entries: list[tuple[str, str]] = []
        for a in q.parsed.answers:
            text, feedback = q.plain(a.text, "answer"), q.plain(a.feedback, "feedback")
            literal = text.replace("\\*", "*")  # Moodle's escaped star is a star
            wildcard = bool(_WILDCARD.search(text))
            if a.weight >= FULL:
                if wildcard:
                    q.change(f'Moodle\'s wildcard "*" has no counterpart: the right answer "{text}" was left out')
                elif literal.strip() and literal not in accepted:
                    accepted[literal] = None
                    entries.append((answered(literal), feedback))
            elif a.weight > 0:
                q.change(f'partial credit has no counterpart: "{text}" ({weight_text(a.weight)}) is not accepted'
                         + (", and its feedback was left out" if feedback else ""))
            elif text.strip("*") == "" and text:
                entries.append((ANYTHING_ELSE, feedback))
            elif feedback and wildcard:
                q.change(f'Moodle\'s wildcard "*" has no counterpart: feedback for "{text}" was left out')
            elif feedback:
                entries.append((answered(literal), feedback))
        if not accepted:
            raise _Skip("no fully right answer that Study Desk can accept")
        first, *others = accepted
        return {"cls": TextQuestion, "answer": first, "accept": tuple(others)}, entries

    def _numerical(self, q: _Question, values: dict) -> tuple[dict, list]:
        numbers = q.parsed.numbers
        rights = [n for n in numbers if n.weight >= FULL and n.value is not None]
        if any(n.value is None and n.weight > 0 for n in numbers):
            q.change('an answer "*" that accepts any number has no counterpart; left out')
        if not rights:
            raise _Skip("no fully right number")
        main = rights[0]
        for n in numbers:
            if n is main or n.value is None:
                continue
            if n.weight <= 0:
                q.change(f'the wrong answer "{n.written}" and its feedback have no counterpart; left out')
            else:
                credit = "also right" if n.weight >= FULL else f"worth {weight_text(n.weight)}"
                q.change(f'Study Desk takes one right number: "{n.written}" ({credit} in Moodle) was left out')
        value, tolerance = main.value, main.tolerance
        if ".." in main.written:
            value, tolerance = tidy(value), tidy(tolerance)
        if not (math.isfinite(value) and math.isfinite(tolerance)):
            raise _Skip(f'"{main.written}" is too large a number')
        if tolerance < 0:
            q.change(f'the tolerance of "{main.written}" is negative; used {tidy(-tolerance):g}')
            tolerance = -tolerance
        wrong = next((n for n in numbers if n.value is None and n.weight <= 0), None)
        entries = [(RIGHT_NUMBER, q.plain(main.feedback, "feedback")),
                   (WRONG_NUMBER, q.plain(wrong.feedback, "feedback") if wrong else "")]
        fields: dict[str, Any] = {"cls": NumericQuestion, "answer": value, "tolerance": Tolerance(tolerance)}
        unit = values.get("unit")
        if unit is not None:
            if isinstance(unit, str):
                fields["unit"] = unit
            else:
                q.change('the note "studydesk: unit" must be text; ignored')
        percent = NOTE_FIELDS["tolerance"][0](values["tolerance"]) if "tolerance" in values else None
        if percent is not None:
            amount = float(percent[:-1])
            if math.isclose(absolute_tolerance(value, amount), tolerance, rel_tol=1e-9, abs_tol=1e-12):
                fields["tolerance"] = Tolerance(amount, percent=True)
            else:
                q.change(f'the note "studydesk: tolerance = {percent}" does not match the tolerance in GIFT; ignored')
        elif "tolerance" in values:
            q.change(f'the note "studydesk: tolerance" must be {NOTE_FIELDS["tolerance"][1]}; ignored')
        return fields, entries

    def _essay(self, q: _Question, values: dict[str, Any], prompt: str) -> Question:
        """A Moodle essay: a written answer, its general feedback the model answer (key points: the exporter's note)."""
        common = self._common(q, values, prompt, WrittenQuestion.kind)
        fields = {key: NOTE_FIELDS[key][0](values[key]) for key in KIND_NOTES[WrittenQuestion.kind] if key in values}
        for key in [key for key, value in fields.items() if value is None]:
            q.change(f'the note "studydesk: {key}" must be {NOTE_FIELDS[key][1]}; ignored')
            del fields[key]
        model = q.plain(q.parsed.general, "general feedback")
        if "key_points" not in fields:
            q.change("a Moodle essay has no key points: the question is left out of quizzes until it has 2 to 5 "
                     "([[question.key_points]] with point, phrases and evidence)"
                     + ("" if model else ", and a model_answer (Moodle's general feedback was empty)"))
        return WrittenQuestion(prompt=prompt, topic=self.topic, model_answer=model,
                               key_points=fields.get("key_points", ()), explain=fields.get("explain", ""), **common)

    def _order(self, q: _Question, values: dict[str, Any]) -> Question | None:
        """An order question the exporter kept in comments (GIFT has no ordering questions)."""
        fields: dict[str, Any] = {}
        for key, raw in values.items():
            if key not in NOTE_FIELDS or key in ("unit", "tolerance"):
                q.change(f'the note "studydesk: {key}" does not apply to an order question; ignored')
                continue
            value = NOTE_FIELDS[key][0](raw)
            if value is None:
                q.change(f'the note "studydesk: {key}" must be {NOTE_FIELDS[key][1]}')
            else:
                fields[key] = value
        missing = [key for key in ("id", "prompt", "items") if key not in fields]
        q.label = fields.get("id", q.label)
        if missing:
            self.skipped += 1
            self._report(q, "an order question kept in comments lacks " + ", ".join(missing), SKIPPED)
            for level, message in q.changes:
                self._report(q, message, level)
            return None
        fields.pop("kind")
        fields["id"] = self._unique(q, fields["id"])
        return OrderQuestion(topic=self.topic, **fields)


def import_gift(text: str, *, title: str = "Imported from GIFT") -> GiftImport:
    """A bank from GIFT text, with a report for everything that did not cross over as it was.

    Never raises on bad input: a question that cannot be read is reported with
    its line and skipped, and the rest are imported.
    """
    result = Importer(title or "Imported from GIFT").run(text)
    header = "Imported from GIFT by studydesk import-gift." + ("\n" + result.header if result.header else "")
    notes = {qid: comment_safe(note) for qid, note in result.notes.items()}
    return GiftImport(result.bank, result.reports, notes, comment_safe(header), result.skipped)
