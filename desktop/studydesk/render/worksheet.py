"""A printable worksheet as one document: the article, the questions with room
to answer, and an answer key on its own pages (pages.py lays it out).

Which questions, and whether the key comes too, is a core WorksheetPlan: the
topics and length a teacher chose, picked by the seed as a quiz picks them,
printed in the bank's order. Options are lettered in the order
session.presented_options gives for the seed, so one seed prints the same
sheet every time and the key's letters match the questions'. How each kind
of question is printed (its room to answer and its line in the key) is one
class below; a new kind is one more.

Quotes are printed as the article prints them (curly), whatever the bank's
text has; points are printed beside each question only when they differ.
"""

from __future__ import annotations

import re
from typing import Any

from PySide6.QtGui import QFont, QTextBlockFormat, QTextCursor, QTextDocument, QTextFormat, QTextLength

from studydesk.core.article import quoted
from studydesk.core.bank import (
    Bank,
    ChoiceQuestion,
    MatchQuestion,
    MultiQuestion,
    NumericQuestion,
    OrderQuestion,
    Question,
    TextQuestion,
    TrueFalseQuestion,
    WrittenQuestion,
)
from studydesk.core.grading import describe_answer
from studydesk.core.numbers import format_number
from studydesk.core.session import presented_options
from studydesk.core.words import plural, printed_quotes
from studydesk.core.worksheet_plan import WorksheetPlan, needs_working

from .typeset import MUTED, ROLE, SANS, SERIF, Writer, block, chars, font

BOX = "\u2610"  # ballot box
BLANK = "_____"
WORKING_LINES = 6  # room to calculate: about 3 cm
WRITING_LINES = 3  # ruled lines per key point of a written answer


def build_worksheet(bank: Bank, plan: WorksheetPlan | None = None) -> QTextDocument:
    """The whole worksheet as one document, not yet laid out for a page size."""
    plan = plan or WorksheetPlan()
    questions = plan.questions(bank)
    doc = QTextDocument()
    doc.setUndoRedoEnabled(False)
    doc.setDocumentMargin(0)  # the device's page margins are the margins
    doc.setDefaultFont(font(SERIF, 11))
    doc.setMetaInformation(QTextDocument.MetaInformation.DocumentTitle, bank.title)
    w = Writer(doc)
    points = _points_each(questions)
    _header(w, bank, questions, points)
    if bank.article is not None:
        _article(w, bank)
    _questions(w, questions, plan.seed, points)
    if plan.answer_key:
        _answer_key(w, bank, questions, plan, points)
    _print_quotes(doc)
    return doc


def _points_each(questions: tuple[Question, ...]) -> float | None:
    """What every question is worth, when all are worth the same: then the
    header says it once, not each question."""
    worth = {q.points for q in questions}
    return worth.pop() if len(worth) == 1 else None


def _print_quotes(doc: QTextDocument) -> None:
    """Every straight quote as the article prints its quotes, block by block
    (printed_quotes keeps each character's place, so formats stay put)."""
    block = doc.begin()
    while block.isValid():
        text = block.text()
        printed = printed_quotes(text)
        for i, (was, now) in enumerate(zip(text, printed, strict=True)):
            if was != now:
                cursor = QTextCursor(doc)
                cursor.setPosition(block.position() + i)
                cursor.setPosition(block.position() + i + 1, QTextCursor.MoveMode.KeepAnchor)
                cursor.insertText(now, cursor.charFormat())
        block = block.next()


def option_letter(index: int) -> str:
    """A, B, ... Z, AA, AB, ...: enough for any list of choices."""
    letters = ""
    index += 1
    while index:
        index, rest = divmod(index - 1, 26)
        letters = chr(ord("A") + rest) + letters
    return letters


def worksheet_options(question: Question, seed: int) -> tuple[str, ...]:
    """The options in the order the sheet letters them."""
    return _sheet(question).options(question, seed)


def key_answer(q: Question, seed: int) -> tuple[str, str]:
    """The right answer as the key prints it, by the letters and numbers on
    the sheet, and a second line spelling it out where letters are not enough."""
    options = worksheet_options(q, seed)
    return _sheet(q).key(q, options, {option: option_letter(i) for i, option in enumerate(options)})


def _header(w: Writer, bank: Bank, questions: tuple[Question, ...], points: float | None) -> None:
    w.paragraph(bank.title, chars(SANS, 18, bold=True), block(bottom=4), first=True)
    if bank.description:
        w.paragraph(bank.description, chars(SANS, 10, color=MUTED), block(bottom=4))
    lines = block(top=14, bottom=10)
    lines.setProperty(QTextFormat.Property.BlockTrailingHorizontalRulerWidth,
                      QTextLength(QTextLength.Type.PercentageLength, 100))
    w.paragraph(f"Name {'_' * 34}    Date {'_' * 14}    Class {'_' * 10}", chars(SANS, 10.5), lines)
    lead = "Read the article, then answer the questions that follow." if bank.article else "Answer the questions."
    count = plural(len(questions), "question")
    worth = (f"{_points(points)} each" if points is not None and len(questions) > 1
             else f"{_points(sum(q.points for q in questions))} in all")
    w.paragraph(f"{lead} {count}, {worth}.", chars(SANS, 10, italic=True, color=MUTED), block(top=4, bottom=18))


def _article(w: Writer, bank: Bank) -> None:
    article = bank.article
    assert article is not None
    if article.title and _plain(article.title) != _plain(bank.title):  # not the title twice
        w.paragraph(article.title, chars(SERIF, 16, bold=True), block(bottom=10, keep=True))
    body = block(bottom=8)
    body.setLineHeight(145, QTextBlockFormat.LineHeightTypes.ProportionalHeight.value)
    body_chars = chars(SERIF, 11)
    for part in article.body_blocks:
        if part.kind == "heading":
            w.paragraph(part.text, chars(SERIF, 12.5, bold=True), block(top=10, bottom=4, keep=True))
        else:
            w.paragraph(part.text, body_chars, body)


def _plain(text: str) -> str:
    return " ".join(re.findall(r"\w+", text.casefold()))


def _section(w: Writer, title: str, role: str, note: str, *, page_break: bool) -> None:
    fmt = block(bottom=10, keep=True)
    fmt.setProperty(ROLE, role)
    if page_break:
        fmt.setPageBreakPolicy(QTextFormat.PageBreakFlag.PageBreak_AlwaysBefore)
    w.paragraph(title, chars(SANS, 16, bold=True), fmt)
    # The note in the heading's own block (after a line separator), so that
    # keeping the heading with what follows keeps the note with it too.
    w.cursor.insertText("\u2028" + note, chars(SANS, 9.5, italic=True, color=MUTED))


def _questions(w: Writer, questions: tuple[Question, ...], seed: int, points: float | None) -> None:
    # Straight after the article, with no page to itself: a new page here
    # left most of the article's last page blank.
    _section(w, "Questions", "questions",
             "Tick the box beside your choice, or write your answer in the space given.", page_break=False)
    if not questions:
        w.paragraph("This bank has no questions yet.", chars(SANS, 10.5), block())
    for number, q in enumerate(questions, 1):
        cell = w.question_table(number, f"question:{q.id}", "" if points is not None else _points(q.points))
        cell.paragraph(q.prompt, chars(SANS, 10.5, bold=True), block(bottom=5, line_height=125))
        _sheet(q).space(cell, q, worksheet_options(q, seed))


def _answer_key(w: Writer, bank: Bank, questions: tuple[Question, ...], plan: WorksheetPlan,
                points: float | None) -> None:
    _section(w, "Answer key", "answer-key",
             f"For the teacher: letters as printed with {plan.describe(bank)}. Evidence is quoted from the article.",
             page_break=True)
    answer = chars(SANS, 10.5, bold=True)
    detail = chars(SANS, 9.5)
    spelled_chars = chars(SANS, 9.5, color=MUTED)
    label = chars(SANS, 8, bold=True, color=MUTED)
    label.setFontCapitalization(QFont.Capitalization.AllUppercase)
    quote = chars(SERIF, 10, italic=True)
    for number, q in enumerate(questions, 1):
        cell = w.question_table(number, f"key:{q.id}", "" if points is not None else _points(q.points), top=6)
        main, spelled = key_answer(q, plan.seed)
        cell.paragraph(main, answer, block(bottom=2, line_height=125))
        if spelled:
            cell.paragraph(spelled, spelled_chars, block(bottom=2, line_height=125))
        if q.explain:
            cell.paragraph(q.explain, detail, block(top=3, line_height=125))
        if q.evidence:
            quotes = [quoted(text) for text in q.evidence]
            cell.grid([["Evidence" if i == 0 else "", text] for i, text in enumerate(quotes)], [64, None],
                      [label, quote], top=4)


def _points(points: float) -> str:
    return f"{format_number(points)} point{'' if points == 1 else 's'}"


# Each kind on the sheet

_TEXT = chars(SANS, 10.5)
_NOTE = chars(SANS, 9, italic=True, color=MUTED)


class SheetKind:
    """How one kind of question is printed."""

    def options(self, q: Any, seed: int) -> tuple[str, ...]:
        return presented_options(q, seed)

    def space(self, cell: Writer, q: Any, options: tuple[str, ...]) -> None:
        """The room to answer, under the prompt."""
        raise NotImplementedError

    def key(self, q: Any, options: tuple[str, ...], letter: dict[str, str]) -> tuple[str, str]:
        """The key's line (by the sheet's letters) and a second one spelling it out, or ""."""
        return describe_answer(q), ""


class _Boxes(SheetKind):
    """A box to tick beside each lettered option."""

    def space(self, cell: Writer, q: Any, options: tuple[str, ...]) -> None:
        cell.grid([[f"{BOX}  {option_letter(i)}.", option] for i, option in enumerate(options)], [54, None], _TEXT)


class _Choice(_Boxes):
    def key(self, q: ChoiceQuestion, options: tuple[str, ...], letter: dict[str, str]) -> tuple[str, str]:
        return f"{letter[q.answer]}. {q.answer}", ""


class _Multi(_Boxes):
    def space(self, cell: Writer, q: MultiQuestion, options: tuple[str, ...]) -> None:
        if not re.search(r"\ball that apply\b", q.prompt, re.IGNORECASE):  # unless the prompt says so
            cell.paragraph("(tick all that apply)", _NOTE, block(bottom=3))
        super().space(cell, q, options)

    def key(self, q: MultiQuestion, options: tuple[str, ...], letter: dict[str, str]) -> tuple[str, str]:
        return "; ".join(f"{letter[o]}. {o}" for o in options if o in q.answer), ""


class _TrueFalse(_Boxes):
    def options(self, q: TrueFalseQuestion, seed: int) -> tuple[str, ...]:
        return ("True", "False")

    def key(self, q: TrueFalseQuestion, options: tuple[str, ...], letter: dict[str, str]) -> tuple[str, str]:
        right = describe_answer(q)
        return f"{letter[right]}. {right}", ""


class _Numeric(SheetKind):
    def space(self, cell: Writer, q: NumericQuestion, options: tuple[str, ...]) -> None:
        if needs_working(q):
            cell.paragraph("Show your working:", _NOTE, block(top=2, bottom=3))
            cell.box(WORKING_LINES)
        unit = q.unit if q.unit == "%" else f" {q.unit}" if q.unit else ""
        cell.paragraph(f"Answer: {'_' * 18}{unit}", _TEXT, block(top=10, bottom=2))


class _Text(SheetKind):
    def space(self, cell: Writer, q: TextQuestion, options: tuple[str, ...]) -> None:
        cell.paragraph(f"Answer: {'_' * 58}", _TEXT, block(top=10, bottom=2))

    def key(self, q: TextQuestion, options: tuple[str, ...], letter: dict[str, str]) -> tuple[str, str]:
        return describe_answer(q), f"Also accepted: {'; '.join(q.accept)}" if q.accept else ""


class _Order(SheetKind):
    def space(self, cell: Writer, q: OrderQuestion, options: tuple[str, ...]) -> None:
        cell.paragraph(f"Write 1 to {len(options)} in the blanks to put these in order.", _NOTE, block(bottom=3))
        cell.grid([[BLANK, item] for item in options], [54, None], _TEXT)

    def key(self, q: OrderQuestion, options: tuple[str, ...], letter: dict[str, str]) -> tuple[str, str]:
        rank = {item: i + 1 for i, item in enumerate(q.items)}
        return f"Blanks from top to bottom: {', '.join(str(rank[item]) for item in options)}", describe_answer(q)


class _Match(SheetKind):
    def space(self, cell: Writer, q: MatchQuestion, options: tuple[str, ...]) -> None:
        cell.paragraph("Write the letter of the matching item in each blank.", _NOTE, block(bottom=3))
        lefts, rights = q.lefts, options
        rows = []
        for i in range(max(len(lefts), len(rights))):
            left = [f"{i + 1}.", BLANK, lefts[i]] if i < len(lefts) else ["", "", ""]
            right = [f"{option_letter(i)}.", rights[i]] if i < len(rights) else ["", ""]
            rows.append([*left, "", *right])
        cell.grid(rows, [24, 50, None, 16, 24, None], _TEXT)

    def key(self, q: MatchQuestion, options: tuple[str, ...], letter: dict[str, str]) -> tuple[str, str]:
        return ", ".join(f"{i + 1} \u2192 {letter[right]}" for i, (_, right) in enumerate(q.pairs)), describe_answer(q)


class _Written(SheetKind):
    def space(self, cell: Writer, q: WrittenQuestion, options: tuple[str, ...]) -> None:
        cell.lines(WRITING_LINES * max(1, len(q.key_points)))

    def key(self, q: WrittenQuestion, options: tuple[str, ...], letter: dict[str, str]) -> tuple[str, str]:
        points = "; ".join(f"{i}. {p.point}" for i, p in enumerate(q.key_points, 1))
        return describe_answer(q), f"Key points, one share of the marks each: {points}"


SHEET_KINDS: dict[type[Question], SheetKind] = {
    ChoiceQuestion: _Choice(),
    MultiQuestion: _Multi(),
    TrueFalseQuestion: _TrueFalse(),
    NumericQuestion: _Numeric(),
    TextQuestion: _Text(),
    OrderQuestion: _Order(),
    MatchQuestion: _Match(),
    WrittenQuestion: _Written(),
}


def _sheet(question: Question) -> SheetKind:
    return SHEET_KINDS[type(question)]
