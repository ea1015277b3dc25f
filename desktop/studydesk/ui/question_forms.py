"""The Add Question form's part for each kind of question: its own fields,
filled from a question (to edit it) and read back into one.

One class per kind, listed in FORMS; the dialog (add_question_dialog.py)
holds what every question has. A new kind is one more class here.
"""

from __future__ import annotations

import math
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QButtonGroup,
    QComboBox,
    QFormLayout,
    QHBoxLayout,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QRadioButton,
    QTableWidget,
    QTableWidgetItem,
    QWidget,
)

from studydesk.core.bank import (
    ChoiceQuestion,
    KeyPoint,
    MatchQuestion,
    MultiQuestion,
    NumericQuestion,
    OrderQuestion,
    Question,
    TextQuestion,
    Tolerance,
    TrueFalseQuestion,
    WrittenQuestion,
)


def lines_of(edit: QPlainTextEdit) -> list[str]:
    """The edit's non-blank lines, trimmed."""
    return [line.strip() for line in edit.toPlainText().splitlines() if line.strip()]


def _text_list(placeholder: str, name: str) -> QPlainTextEdit:
    edit = QPlainTextEdit()
    edit.setPlaceholderText(placeholder)
    edit.setAccessibleName(name)
    edit.setFixedHeight(96)
    return edit


class KindForm(QWidget):
    """The fields of one kind of question."""

    name = ""  # as the Kind menu lists it

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.form = QFormLayout(self)
        self.form.setContentsMargins(0, 0, 0, 0)

    def fill(self, question: Any) -> None:
        """Show a question's own fields, to edit them."""
        raise NotImplementedError

    def build(self, common: dict[str, Any]) -> Question:
        """The question, from the fields every question has (`common`) and these;
        ValueError says what is missing or wrong."""
        raise NotImplementedError


class ChoiceForm(KindForm):
    name = "Multiple choice (one right answer)"

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.choices = _text_list("One choice per line", "Choices")
        self.answer = QComboBox()
        self.answer.setAccessibleName("Right choice")
        self.choices.textChanged.connect(self._refresh)
        self.form.addRow("&Choices:", self.choices)
        self.form.addRow("&Right choice:", self.answer)

    def _refresh(self) -> None:
        current = self.answer.currentText()
        self.answer.clear()
        self.answer.addItems(lines_of(self.choices))
        if current:
            self.answer.setCurrentText(current)

    def fill(self, question: ChoiceQuestion) -> None:
        self.choices.setPlainText("\n".join(question.choices))
        self.answer.setCurrentText(question.answer)

    def build(self, common: dict[str, Any]) -> Question:
        return ChoiceQuestion(**common, choices=tuple(lines_of(self.choices)), answer=self.answer.currentText())


class MultiForm(KindForm):
    name = "Multiple answers (several right)"

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.choices = _text_list("One choice per line", "Choices")
        self.right = QListWidget()
        self.right.setAccessibleName("Right choices")
        self.right.setFixedHeight(96)
        self.choices.textChanged.connect(self._refresh)
        self.form.addRow("&Choices:", self.choices)
        self.form.addRow("Tick the &right ones:", self.right)

    def _ticked(self) -> tuple[str, ...]:
        return tuple(self.right.item(i).text() for i in range(self.right.count())
                     if self.right.item(i).checkState() == Qt.CheckState.Checked)

    def _refresh(self, ticked: tuple[str, ...] | None = None) -> None:
        ticked = self._ticked() if ticked is None else ticked
        self.right.clear()
        for choice in lines_of(self.choices):
            item = QListWidgetItem(choice)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Checked if choice in ticked else Qt.CheckState.Unchecked)
            self.right.addItem(item)

    def fill(self, question: MultiQuestion) -> None:
        self.choices.setPlainText("\n".join(question.choices))
        self._refresh(question.answer)

    def build(self, common: dict[str, Any]) -> Question:
        return MultiQuestion(**common, choices=tuple(lines_of(self.choices)), answer=self._ticked())


class TrueFalseForm(KindForm):
    name = "True or false"

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        row = QHBoxLayout()
        self.true = QRadioButton("True")
        self.false = QRadioButton("False")
        self.true.setChecked(True)
        group = QButtonGroup(self)
        group.addButton(self.true)
        group.addButton(self.false)
        row.addWidget(self.true)
        row.addWidget(self.false)
        row.addStretch(1)
        self.form.addRow("The statement is:", row)

    def fill(self, question: TrueFalseQuestion) -> None:
        (self.true if question.answer else self.false).setChecked(True)

    def build(self, common: dict[str, Any]) -> Question:
        return TrueFalseQuestion(**common, answer=self.true.isChecked())


class NumericForm(KindForm):
    name = "Number"

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.number = QLineEdit()
        self.number.setPlaceholderText("e.g. 1200")
        self.number.setAccessibleName("Right number")
        self.unit = QLineEdit()
        self.unit.setPlaceholderText("e.g. km, %, residents")
        self.unit.setAccessibleName("Unit")
        self.tolerance = QLineEdit()
        self.tolerance.setPlaceholderText("0, an amount like 5, or a percentage like 5%")
        self.tolerance.setAccessibleName("Tolerance")
        self.form.addRow("&Answer:", self.number)
        self.form.addRow("&Unit:", self.unit)
        self.form.addRow("&Tolerance:", self.tolerance)

    def fill(self, question: NumericQuestion) -> None:
        self.number.setText(f"{question.answer:.15g}")
        self.unit.setText(question.unit)
        self.tolerance.setText(str(question.tolerance))

    def build(self, common: dict[str, Any]) -> Question:
        try:
            answer = float(self.number.text().replace(",", "").strip())
        except ValueError:
            raise ValueError("The answer must be a number, like 1200 or 2.5.") from None
        if not math.isfinite(answer):
            raise ValueError("The answer must be a number, like 1200 or 2.5.")
        raw = self.tolerance.text().strip() or "0"
        try:
            tolerance = Tolerance(float(raw[:-1]), percent=True) if raw.endswith("%") else Tolerance(float(raw))
        except ValueError:
            raise ValueError("The tolerance is a number (5) or a percentage (5%).") from None
        return NumericQuestion(**common, answer=answer, unit=self.unit.text().strip(), tolerance=tolerance)


class TextForm(KindForm):
    name = "Short text answer"

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.answer = QLineEdit()
        self.answer.setAccessibleName("Answer")
        self.accept_also = _text_list("Other right answers, one per line", "Also accept")
        self.form.addRow("&Answer:", self.answer)
        self.form.addRow("Also a&ccept:", self.accept_also)

    def fill(self, question: TextQuestion) -> None:
        self.answer.setText(question.answer)
        self.accept_also.setPlainText("\n".join(question.accept))

    def build(self, common: dict[str, Any]) -> Question:
        return TextQuestion(**common, answer=self.answer.text().strip(), accept=tuple(lines_of(self.accept_also)))


class OrderForm(KindForm):
    name = "Put in order"

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.items = _text_list("The items in the RIGHT order, one per line", "Items in order")
        self.form.addRow("&Items:", self.items)

    def fill(self, question: OrderQuestion) -> None:
        self.items.setPlainText("\n".join(question.items))

    def build(self, common: dict[str, Any]) -> Question:
        return OrderQuestion(**common, items=tuple(lines_of(self.items)))


class MatchForm(KindForm):
    name = "Match pairs"

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.pairs = _text_list("One pair per line: left = right", "Pairs")
        self.distractors = _text_list("Extra right-hand options, one per line", "Distractors")
        self.form.addRow("&Pairs:", self.pairs)
        self.form.addRow("&Distractors:", self.distractors)

    def fill(self, question: MatchQuestion) -> None:
        self.pairs.setPlainText("\n".join(f"{a} = {b}" for a, b in question.pairs))
        self.distractors.setPlainText("\n".join(question.distractors))

    def build(self, common: dict[str, Any]) -> Question:
        pairs = []
        for line in lines_of(self.pairs):
            left, sep, right = line.partition("=")
            if not sep:
                raise ValueError(f'Write each pair as "left = right": {line!r}')
            pairs.append((left.strip(), right.strip()))
        return MatchQuestion(**common, pairs=tuple(pairs), distractors=tuple(lines_of(self.distractors)))


class WrittenForm(KindForm):
    name = "Written answer (key points)"
    COLUMNS = ("Key point", "Phrases that show it, separated by ;", "Evidence (a quote)")

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.model = _text_list("The answer you would write", "Model answer")
        self.points = QTableWidget(5, len(self.COLUMNS))  # at most five key points
        self.points.setAccessibleName("Key points: two to five, each with phrases and evidence")
        self.points.setHorizontalHeaderLabels(list(self.COLUMNS))
        self.points.horizontalHeader().setStretchLastSection(True)
        self.points.setFixedHeight(176)
        self.form.addRow("&Model answer:", self.model)
        self.form.addRow("&Key points:", self.points)

    def fill(self, question: WrittenQuestion) -> None:
        self.model.setPlainText(question.model_answer)
        self.points.clearContents()
        for row, point in enumerate(question.key_points):
            for column, text in enumerate((point.point, "; ".join(point.phrases), " \u2026 ".join(point.evidence))):
                self.points.setItem(row, column, QTableWidgetItem(text))

    def _cell(self, row: int, column: int) -> str:
        item = self.points.item(row, column)
        return item.text().strip() if item is not None else ""

    def build(self, common: dict[str, Any]) -> Question:
        points = []
        for row in range(self.points.rowCount()):
            point, phrases, evidence = (self._cell(row, c) for c in range(len(self.COLUMNS)))
            if not (point or phrases or evidence):
                continue
            if not point or not phrases:
                raise ValueError(f"Key point {len(points) + 1} needs its words and at least one phrase.")
            points.append(KeyPoint(point=point, phrases=tuple(p.strip() for p in phrases.split(";") if p.strip()),
                                   evidence=tuple(e.strip() for e in evidence.split("\u2026") if e.strip())))
        if not points:
            raise ValueError("Add two to five key points, each with the phrases that show it was made.")
        return WrittenQuestion(**common, model_answer=self.model.toPlainText().strip(), key_points=tuple(points))


FORMS: dict[str, type[KindForm]] = {
    "choice": ChoiceForm,
    "multi": MultiForm,
    "truefalse": TrueFalseForm,
    "numeric": NumericForm,
    "text": TextForm,
    "order": OrderForm,
    "match": MatchForm,
    "written": WrittenForm,
}
KIND_NAMES = {kind: form.name for kind, form in FORMS.items()}
