"""AddQuestionDialog: a form for each kind of question; the question is checked
against the bank (and its article) before it is added."""

from __future__ import annotations

import math
import re
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QButtonGroup,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QRadioButton,
    QSpinBox,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from studydesk.core.bank import (
    DIFFICULTIES,
    QUESTION_CLASSES,
    Bank,
    Question,
    Tolerance,
)
from studydesk.core.check import load_bank_text
from studydesk.core.write import bank_toml

from .plain import plain_label
from .style import use_style_sheet

KIND_NAMES = {
    "choice": "Multiple choice (one right answer)",
    "multi": "Multiple answers (several right)",
    "truefalse": "True or false",
    "numeric": "Number",
    "text": "Short text answer",
    "order": "Put in order",
    "match": "Match pairs",
}


def _lines(edit: QPlainTextEdit) -> list[str]:
    return [line.strip() for line in edit.toPlainText().splitlines() if line.strip()]


def slug(text: str) -> str:
    words = re.findall(r"[a-z0-9]+", text.lower())
    return "-".join(words[:5]) or "question"


class AddQuestionDialog(QDialog):
    def __init__(self, bank: Bank | None, bank_path: Path, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        use_style_sheet(self)
        self.setWindowTitle("Add a question")
        self.setObjectName("add-question")
        self.bank = bank  # the last version that checked out: its article, ids and topics
        self.bank_path = bank_path
        self.ids = {q.id for q in bank.questions} if bank else set()
        topics = list(bank.topics) if bank else []
        self.question: Question | None = None
        layout = QVBoxLayout(self)

        form = QFormLayout()
        self.kind = QComboBox()
        for kind, name in KIND_NAMES.items():
            self.kind.addItem(name, kind)
        form.addRow("&Kind:", self.kind)
        self.prompt = QPlainTextEdit()
        self.prompt.setPlaceholderText("The question as the student reads it")
        self.prompt.setFixedHeight(60)
        self.prompt.setAccessibleName("Prompt")
        form.addRow("&Prompt:", self.prompt)
        self.id = QLineEdit()
        self.id.setPlaceholderText("made from the prompt if left empty")
        self.id.setAccessibleName("Id")
        form.addRow("&Id:", self.id)
        self.topic = QComboBox()
        self.topic.setEditable(True)
        self.topic.addItems(topics or ["general"])
        self.topic.setAccessibleName("Topic")
        form.addRow("T&opic:", self.topic)
        layout.addLayout(form)

        self.pages = QStackedWidget()
        self._build_pages()
        layout.addWidget(self.pages)

        more = QFormLayout()
        self.evidence = QPlainTextEdit()
        self.evidence.setPlaceholderText("A quote from the article, word for word (one quote per line)")
        self.evidence.setFixedHeight(56)
        self.evidence.setAccessibleName("Evidence")
        more.addRow("&Evidence:", self.evidence)
        self.explain = QLineEdit()
        self.explain.setAccessibleName("Explanation")
        more.addRow("E&xplanation:", self.explain)
        self.hint = QLineEdit()
        self.hint.setAccessibleName("Hint")
        more.addRow("&Hint:", self.hint)
        row = QHBoxLayout()
        self.points = QSpinBox()
        self.points.setRange(1, 100)
        self.points.setAccessibleName("Points")
        self.difficulty = QComboBox()
        self.difficulty.addItems(["", *DIFFICULTIES])
        self.difficulty.setAccessibleName("Difficulty")
        row.addWidget(self.points)
        row.addWidget(plain_label("Difficulty:", wrap=False))
        row.addWidget(self.difficulty)
        row.addStretch(1)
        more.addRow("Poi&nts:", row)
        layout.addLayout(more)

        self.problems = plain_label("", name="problems")
        self.problems.setStyleSheet("color: #b04300;")
        self.problems.hide()
        layout.addWidget(self.problems)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        buttons.button(QDialogButtonBox.StandardButton.Ok).setText("Add question")
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self.kind.currentIndexChanged.connect(lambda _i: self.pages.setCurrentWidget(self.page[self.kind.currentData()]))
        self.resize(620, 640)

    def _text_list(self, placeholder: str, name: str) -> QPlainTextEdit:
        edit = QPlainTextEdit()
        edit.setPlaceholderText(placeholder)
        edit.setAccessibleName(name)
        edit.setFixedHeight(96)
        return edit

    def _build_pages(self) -> None:
        self.page: dict[str, QWidget] = {}

        def page(kind: str) -> QFormLayout:
            widget = QWidget()
            form = QFormLayout(widget)
            form.setContentsMargins(0, 0, 0, 0)
            self.page[kind] = widget
            self.pages.addWidget(widget)
            return form

        f = page("choice")
        self.choices = self._text_list("One choice per line", "Choices")
        self.choice_answer = QComboBox()
        self.choice_answer.setAccessibleName("Right choice")
        self.choices.textChanged.connect(self._refresh_choice_answer)
        f.addRow("&Choices:", self.choices)
        f.addRow("&Right choice:", self.choice_answer)

        f = page("multi")
        self.multi_choices = self._text_list("One choice per line", "Choices")
        self.multi_right = QListWidget()
        self.multi_right.setAccessibleName("Right choices")
        self.multi_right.setFixedHeight(96)
        self.multi_choices.textChanged.connect(self._refresh_multi)
        f.addRow("&Choices:", self.multi_choices)
        f.addRow("Tick the &right ones:", self.multi_right)

        f = page("truefalse")
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
        f.addRow("The statement is:", row)

        f = page("numeric")
        self.number = QLineEdit()
        self.number.setPlaceholderText("e.g. 1200")
        self.number.setAccessibleName("Right number")
        self.unit = QLineEdit()
        self.unit.setPlaceholderText("e.g. km, %, residents")
        self.unit.setAccessibleName("Unit")
        self.tolerance = QLineEdit()
        self.tolerance.setPlaceholderText("0, an amount like 5, or a percentage like 5%")
        self.tolerance.setAccessibleName("Tolerance")
        f.addRow("&Answer:", self.number)
        f.addRow("&Unit:", self.unit)
        f.addRow("&Tolerance:", self.tolerance)

        f = page("text")
        self.text_answer = QLineEdit()
        self.text_answer.setAccessibleName("Answer")
        self.accept_also = self._text_list("Other right answers, one per line", "Also accept")
        f.addRow("&Answer:", self.text_answer)
        f.addRow("Also a&ccept:", self.accept_also)

        f = page("order")
        self.items = self._text_list("The items in the RIGHT order, one per line", "Items in order")
        f.addRow("&Items:", self.items)

        f = page("match")
        self.pairs = self._text_list("One pair per line: left = right", "Pairs")
        self.distractors = self._text_list("Extra right-hand options, one per line", "Distractors")
        f.addRow("&Pairs:", self.pairs)
        f.addRow("&Distractors:", self.distractors)

    def _refresh_choice_answer(self) -> None:
        current = self.choice_answer.currentText()
        self.choice_answer.clear()
        self.choice_answer.addItems(_lines(self.choices))
        if current:
            self.choice_answer.setCurrentText(current)

    def _refresh_multi(self) -> None:
        ticked = {self.multi_right.item(i).text() for i in range(self.multi_right.count())
                  if self.multi_right.item(i).checkState() == Qt.CheckState.Checked}
        self.multi_right.clear()
        for choice in _lines(self.multi_choices):
            item = QListWidgetItem(choice)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Checked if choice in ticked else Qt.CheckState.Unchecked)
            self.multi_right.addItem(item)

    # Editing a question that exists

    def load(self, question: Question) -> None:
        """Fill the form from a question, to edit it: its own id is free to keep."""
        self.setWindowTitle("Edit the question")
        self.findChild(QDialogButtonBox).button(QDialogButtonBox.StandardButton.Ok).setText("Save changes")
        self.ids.discard(question.id)
        self.kind.setCurrentIndex(self.kind.findData(question.kind))
        self.prompt.setPlainText(question.prompt)
        self.id.setText(question.id)
        self.topic.setCurrentText(question.topic)
        self.evidence.setPlainText("\n".join(question.evidence))
        self.explain.setText(question.explain)
        self.hint.setText(question.hint)
        self.points.setValue(max(1, round(question.points)))
        self.difficulty.setCurrentText(question.difficulty)
        kind = question.kind
        if kind == "choice":
            self.choices.setPlainText("\n".join(question.choices))
            self.choice_answer.setCurrentText(question.answer)
        elif kind == "multi":
            self.multi_choices.setPlainText("\n".join(question.choices))
            for i in range(self.multi_right.count()):
                item = self.multi_right.item(i)
                item.setCheckState(Qt.CheckState.Checked if item.text() in question.answer else Qt.CheckState.Unchecked)
        elif kind == "truefalse":
            (self.true if question.answer else self.false).setChecked(True)
        elif kind == "numeric":
            self.number.setText(f"{question.answer:.15g}")
            self.unit.setText(question.unit)
            self.tolerance.setText(str(question.tolerance))
        elif kind == "text":
            self.text_answer.setText(question.answer)
            self.accept_also.setPlainText("\n".join(question.accept))
        elif kind == "order":
            self.items.setPlainText("\n".join(question.items))
        elif kind == "match":
            self.pairs.setPlainText("\n".join(f"{a} = {b}" for a, b in question.pairs))
            self.distractors.setPlainText("\n".join(question.distractors))

    # Building and checking the question

    def build(self) -> Question:
        """The question the form describes; ValueError says what is missing."""
        kind = self.kind.currentData()
        prompt = self.prompt.toPlainText().strip()
        if not prompt:
            raise ValueError("Write the prompt.")
        qid = self.id.text().strip() or slug(prompt)
        if not self.id.text().strip():
            base, n = qid, 2
            while qid in self.ids:
                qid = f"{base}-{n}"
                n += 1
        common = dict(id=qid, prompt=prompt, topic=self.topic.currentText().strip() or "general",
                      evidence=tuple(_lines(self.evidence)), explain=self.explain.text().strip(),
                      hint=self.hint.text().strip(), points=float(self.points.value()),
                      difficulty=self.difficulty.currentText())
        cls = QUESTION_CLASSES[kind]
        if kind == "choice":
            return cls(**common, choices=tuple(_lines(self.choices)), answer=self.choice_answer.currentText())
        if kind == "multi":
            right = tuple(self.multi_right.item(i).text() for i in range(self.multi_right.count())
                          if self.multi_right.item(i).checkState() == Qt.CheckState.Checked)
            return cls(**common, choices=tuple(_lines(self.multi_choices)), answer=right)
        if kind == "truefalse":
            return cls(**common, answer=self.true.isChecked())
        if kind == "numeric":
            try:
                answer = float(self.number.text().replace(",", "").strip())
            except ValueError:
                raise ValueError("The answer must be a number, like 1200 or 2.5.") from None
            if not math.isfinite(answer):
                raise ValueError("The answer must be a number, like 1200 or 2.5.")
            raw = self.tolerance.text().strip() or "0"
            try:
                tolerance = (Tolerance(float(raw[:-1]), percent=True) if raw.endswith("%")
                             else Tolerance(float(raw)))
            except ValueError:
                raise ValueError("The tolerance is a number (5) or a percentage (5%).") from None
            return cls(**common, answer=answer, unit=self.unit.text().strip(), tolerance=tolerance)
        if kind == "text":
            return cls(**common, answer=self.text_answer.text().strip(), accept=tuple(_lines(self.accept_also)))
        if kind == "order":
            return cls(**common, items=tuple(_lines(self.items)))
        pairs = []
        for line in _lines(self.pairs):
            left, sep, right = line.partition("=")
            if not sep:
                raise ValueError(f'Write each pair as "left = right": {line!r}')
            pairs.append((left.strip(), right.strip()))
        return cls(**common, pairs=tuple(pairs), distractors=tuple(_lines(self.distractors)))

    def check(self) -> list[str]:
        """Problems with the question; empty when it is fine.

        The question is checked on its own, against the bank's article, so the
        form answers at once however large the bank."""
        try:
            question = self.build()
        except ValueError as exc:
            return [str(exc)]
        if question.id in self.ids:
            return [f'id "{question.id}" is already used in this bank; choose another']
        article = self.bank.article if self.bank else None
        article_path = self.bank.article_path if self.bank else None
        alone = Bank(title="check", article_ref=str(article_path) if article_path else "", questions=(question,))
        cache = {article_path: article} if article_path and article else None
        result = load_bank_text(bank_toml(alone), self.bank_path, articles=cache)
        mine = [p for p in result.problems if p.severity == "error"]
        if mine:
            return [p.message + (f" ({p.hint})" if p.hint else "") for p in mine]
        self.question = question
        return []

    def accept(self) -> None:
        problems = self.check()
        if problems:
            self.problems.setText("\n".join(problems))
            self.problems.show()
            return
        super().accept()
