"""AddQuestionDialog: what every question has, and the form for its kind
(question_forms.py); the question is checked against the bank (and its
article) before it is added."""

from __future__ import annotations

import re
from pathlib import Path

from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QSpinBox,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from studydesk.core.bank import DIFFICULTIES, Bank, Question
from studydesk.core.check import load_bank_text
from studydesk.core.write import bank_toml

from .plain import plain_label
from .question_forms import FORMS, KIND_NAMES, KindForm, lines_of
from .style import use_style_sheet

__all__ = ["KIND_NAMES", "AddQuestionDialog"]


def align_label_columns(forms: list[QFormLayout]) -> None:
    """One width for the labels of forms stacked in a column, so that their
    fields start at the same x whichever kind of question is shown."""
    labels = [item.widget() for form in forms for row in range(form.rowCount())
              if (item := form.itemAt(row, QFormLayout.ItemRole.LabelRole)) is not None and item.widget()]
    width = max((label.sizeHint().width() for label in labels), default=0)
    for label in labels:
        label.setMinimumWidth(width)


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
        self.forms: dict[str, KindForm] = {kind: form() for kind, form in FORMS.items()}
        for form_of_kind in self.forms.values():
            self.pages.addWidget(form_of_kind)
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
        difficulty = plain_label("Difficulty:", wrap=False)
        difficulty.setBuddy(self.difficulty)
        row.addWidget(self.points)
        row.addWidget(difficulty)
        row.addWidget(self.difficulty)
        row.addStretch(1)
        # A row of several fields has no buddy of its own: a bare "Poi&nts:"
        # would show its "&", and Alt+N would go nowhere.
        points = QLabel("Poi&nts:")
        points.setBuddy(self.points)
        more.addRow(points, row)
        layout.addLayout(more)
        align_label_columns([form, *(f.form for f in self.forms.values()), more])

        self.problems = plain_label("", name="problems")
        self.problems.setStyleSheet("color: #b04300;")
        self.problems.hide()
        layout.addWidget(self.problems)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        buttons.button(QDialogButtonBox.StandardButton.Ok).setText("Add question")
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self.kind.currentIndexChanged.connect(lambda _i: self.pages.setCurrentWidget(self.form))
        self.resize(620, 640)

    @property
    def form(self) -> KindForm:
        """The form of the kind chosen."""
        return self.forms[self.kind.currentData()]

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
        self.form.fill(question)

    # Building and checking the question

    def build(self) -> Question:
        """The question the form describes; ValueError says what is missing."""
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
                      evidence=tuple(lines_of(self.evidence)), explain=self.explain.text().strip(),
                      hint=self.hint.text().strip(), points=float(self.points.value()),
                      difficulty=self.difficulty.currentText())
        return self.form.build(common)

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
        alone = Bank(title="check", article_ref=self.bank.article_ref if self.bank else "", questions=(question,))
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
