"""What a GIFT import or export gives back: the result, and a report for
everything that could not cross over as it was."""

from __future__ import annotations

import dataclasses
from collections.abc import Mapping
from dataclasses import dataclass, field

import msgspec

from ..bank import Bank
from ..toml_positions import TomlPositions
from ..write import bank_toml

SKIPPED = "skipped"  # the question did not cross over at all
CHANGED = "changed"  # it crossed over, but something was approximated or left behind
NOTE = "note"  # nothing was lost, but the reader should know (feedback folded, a GIFT oddity)


@dataclass(frozen=True, slots=True)
class Report:
    line: int  # import: line in the GIFT file; export: 0 (the question id says where)
    question: str  # the question's id, or its GIFT title or first words; "" for the file
    message: str
    level: str = CHANGED

    def located(self, file: str) -> str:
        """`file:line: question "id": message`, as studydesk check prints problems."""
        where = f"{file}:{self.line}" if self.line else file
        who = f' question "{self.question}":' if self.question else ""
        return f"{where}:{who} {self.message}"


@dataclass(frozen=True)
class GiftImport:
    bank: Bank
    reports: tuple[Report, ...]
    notes: Mapping[str, str] = field(default_factory=dict)  # question id -> comment above it in the TOML
    header: str = ""  # comment at the top of the TOML: the source, skipped essays and descriptions
    skipped: int = 0  # questions that were not imported

    @property
    def imported(self) -> int:
        return len(self.bank.questions)

    def toml(self, *, article_ref: str = "") -> str:
        """The bank as TOML with the notes as comments; `article_ref` names its article."""
        bank = msgspec.structs.replace(self.bank, article_ref=article_ref) if article_ref else self.bank
        return bank_toml(bank, header=self.header, comments=self.notes)

    def summary(self) -> str:
        text = f"imported {self.imported} question{'' if self.imported == 1 else 's'}"
        if self.skipped:
            text += f", skipped {self.skipped} (see above)"
        return text


@dataclass(frozen=True)
class GiftExport:
    text: str
    reports: tuple[Report, ...]
    exported: int = 0  # questions Moodle will import
    kept: int = 0  # questions only Study Desk reads back (order questions, in comments)
    skipped: int = 0  # questions not written at all

    def summary(self) -> str:
        text = f"exported {self.exported} question{'' if self.exported == 1 else 's'}"
        if self.kept:
            text += f", {self.kept} kept in comments for Study Desk only"
        if self.skipped:
            text += f", skipped {self.skipped}"
        if self.kept or self.skipped:
            text += " (see above)"
        return text


def at_bank_lines(reports: tuple[Report, ...], bank: Bank, bank_text: str) -> list[Report]:
    """Export reports placed at each question's [[question]] line in the bank file."""
    positions = TomlPositions(bank_text)
    lines = {q.id: positions.table(("question", i))[0] for i, q in enumerate(bank.questions)}
    return [dataclasses.replace(r, line=lines.get(r.question, 0)) for r in reports]
