"""DraftReview: a bank's questions as a list to keep, drop or edit, each shown
as a student sees it with its evidence highlighted in the article; Save
writes only the kept ones. Opens on a generated draft (the best-ranked kept,
the next best offered) and on any bank a teacher wants to trim."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFrame,
    QHBoxLayout,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QScrollArea,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from studydesk.core.draft import Draft, DraftError
from studydesk.core.write import write_atomic

from ..add_question_dialog import KIND_NAMES, AddQuestionDialog
from ..article_view import ArticleView
from ..plain import plain_label, warn
from ..question_preview import QuestionPreview
from ..style import use_style_sheet

_ALL = ""
_DOT = " \u00b7 "


def _strength(score: float) -> str:
    """The generator's ranking in words: a guide to where to look first, not a probability."""
    return ("strong candidate" if score >= 0.8 else "good candidate" if score >= 0.6
            else "fair candidate" if score >= 0.5 else "weaker candidate")


class DraftReview(QDialog):
    """`on_saved(path)` runs after the kept questions are written to `target`."""

    def __init__(self, draft: Draft, target: Path, on_saved: Callable[[Path], None] | None = None,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        use_style_sheet(self)
        self.setObjectName("draft-review")
        self.setWindowTitle(f"Review the questions \u2014 {draft.bank.title}")
        self.draft = draft
        self.target = target
        self.on_saved = on_saved
        layout = QVBoxLayout(self)

        intro = ("A draft from the article: the questions most likely worth asking are ticked. Tick the ones "
                 "to keep, untick the rest, edit any; Save writes the ticked ones only."
                 if draft.source_text is None else
                 "Untick the questions to drop and edit any; Save writes the ticked ones back to the bank.")
        layout.addWidget(plain_label(intro, name="note"))
        filters = QHBoxLayout()
        self.topic = self._filter("Topic", draft.topics, filters)
        self.kind = self._filter("Kind", draft.kinds, filters, names=KIND_NAMES)
        filters.addStretch(1)
        self.count = plain_label("", name="count", wrap=False)
        filters.addWidget(self.count)
        layout.addLayout(filters)

        split = QSplitter(Qt.Orientation.Horizontal)
        self.list = QListWidget()
        self.list.setObjectName("draft-list")
        self.list.setAccessibleName("Questions")
        self.list.setWordWrap(True)
        self.list.setAlternatingRowColors(True)
        self.list.setMinimumWidth(260)
        split.addWidget(self.list)
        right = QSplitter(Qt.Orientation.Vertical)
        self.preview = QuestionPreview()
        scroll = QScrollArea()  # a long prompt or many choices scroll, never squeeze
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setWidget(self.preview)
        self.article = ArticleView()
        self.article.setAccessibleName("Article, with the question's evidence highlighted")
        self.article.set_article(draft.bank.article, draft.bank.title)
        right.addWidget(scroll)
        right.addWidget(self.article)
        right.setSizes([320, 280])
        split.addWidget(right)
        split.setSizes([380, 520])
        layout.addWidget(split, 1)

        row = QHBoxLayout()
        self.keep = QPushButton("&Keep")
        self.drop = QPushButton("&Drop")
        self.edit = QPushButton("&Edit\u2026")
        for button, slot in ((self.keep, lambda: self._set_kept(True)), (self.drop, lambda: self._set_kept(False)),
                             (self.edit, self.edit_current)):
            button.clicked.connect(slot)
            row.addWidget(button)
        row.addStretch(1)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel)
        self.buttons.accepted.connect(self.save)
        self.buttons.rejected.connect(self.reject)
        row.addWidget(self.buttons)
        layout.addLayout(row)
        QShortcut(QKeySequence("Space"), self.list, activated=self._toggle_current)

        self.list.currentRowChanged.connect(self._show_current)
        self.list.itemChanged.connect(self._ticked)
        self.topic.currentIndexChanged.connect(self._fill)
        self.kind.currentIndexChanged.connect(self._fill)
        self._fill()
        self.resize(1100, 720)

    def _filter(self, label: str, values: tuple[str, ...], row: QHBoxLayout, names: dict | None = None) -> QComboBox:
        box = QComboBox()
        box.setAccessibleName(f"Show the questions of one {label.lower()}")
        box.addItem(f"Every {label.lower()}", _ALL)
        for value in values:
            box.addItem((names or {}).get(value, value), value)
        row.addWidget(plain_label(f"{label}:", wrap=False))
        row.addWidget(box)
        return box

    # The list

    def _fill(self) -> None:
        current = self._current_index()
        self.list.blockSignals(True)
        self.list.clear()
        for index in self.draft.shown(self.topic.currentData(), self.kind.currentData()):
            item = QListWidgetItem()
            item.setData(Qt.ItemDataRole.UserRole, index)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            self._label(item, index)
            self.list.addItem(item)
        self.list.blockSignals(False)
        rows = [self.list.item(r).data(Qt.ItemDataRole.UserRole) for r in range(self.list.count())]
        self.list.setCurrentRow(rows.index(current) if current in rows else 0 if rows else -1)
        self._show_current()
        self._count()

    def _label(self, item: QListWidgetItem, index: int) -> None:
        entry = self.draft.items[index]
        q = entry.question
        facts = [KIND_NAMES.get(q.kind, q.kind).split(" (")[0], q.topic]
        if entry.score is not None:
            facts.append(_strength(entry.score))
        if entry.edited:
            facts.append("edited")
        item.setText(q.prompt + "\n" + _DOT.join(facts))
        item.setCheckState(Qt.CheckState.Checked if entry.kept else Qt.CheckState.Unchecked)
        item.setToolTip(entry.comment)

    def _count(self) -> None:
        shown = self.list.count()
        total = len(self.draft.items)
        self.count.setText(f"{self.draft.kept_count} of {total} kept"
                           + (f" \u00b7 {shown} shown" if shown != total else ""))
        self.buttons.button(QDialogButtonBox.StandardButton.Save).setEnabled(self.draft.kept_count > 0)

    def _current_index(self) -> int | None:
        item = self.list.currentItem()
        return None if item is None else item.data(Qt.ItemDataRole.UserRole)

    def _show_current(self, *_args) -> None:
        index = self._current_index()
        for button in (self.keep, self.drop, self.edit):
            button.setEnabled(index is not None)
        if index is None:
            self.preview.show_question(None, "No question matches these filters.")
            self.article.clear_evidence()
            return
        entry = self.draft.items[index]
        self.preview.show_question(entry.question, "kept" if entry.kept else "not kept")
        self.article.clear_evidence()
        if entry.question.evidence:
            self.article.show_evidence(entry.question.evidence)

    # What the teacher does

    def _ticked(self, item: QListWidgetItem) -> None:
        index = item.data(Qt.ItemDataRole.UserRole)
        kept = item.checkState() == Qt.CheckState.Checked
        if self.draft.items[index].kept != kept:
            self.draft.set_kept(index, kept)
            self._count()
            if item is self.list.currentItem():
                self._show_current()

    def _set_kept(self, kept: bool) -> None:
        item = self.list.currentItem()
        if item is not None:
            item.setCheckState(Qt.CheckState.Checked if kept else Qt.CheckState.Unchecked)

    def _toggle_current(self) -> None:
        item = self.list.currentItem()
        if item is not None:
            self._set_kept(item.checkState() != Qt.CheckState.Checked)

    def edit_current(self) -> None:
        index = self._current_index()
        if index is None:
            return
        dialog = AddQuestionDialog(self.draft.kept_bank(), self.target, self)
        dialog.ids = {item.question.id for item in self.draft.items}
        dialog.load(self.draft.items[index].question)
        dialog.accepted.connect(lambda: self._edited(index, dialog))
        dialog.open()
        self.edit_dialog = dialog  # for tests, and so it lives while open

    def _edited(self, index: int, dialog: AddQuestionDialog) -> None:
        try:
            self.draft.replace_question(index, dialog.question)
        except DraftError as exc:
            warn(self, "Not changed", str(exc))
            return
        self._fill()

    def save(self) -> None:
        try:
            write_atomic(self.target, self.draft.to_toml(), backup=True)
        except (OSError, ValueError) as exc:
            warn(self, "Not saved", f"Could not write {self.target}: {getattr(exc, 'strerror', None) or exc}")
            return
        self.accept()
        if self.on_saved is not None:
            self.on_saved(self.target)
