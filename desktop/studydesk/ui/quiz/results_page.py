"""ResultsPage: the score, the score per topic, and every question with the
student's answer beside the right one; retry the missed ones, or go back to
the text of any question. The same page reviews a past attempt from the
History (`past=True`): no retry, and a button to close the review."""

from __future__ import annotations

from PySide6.QtCore import QRect, QSize, Qt, Signal
from PySide6.QtWidgets import (
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QAbstractItemView,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QListView,
    QListWidget,
    QListWidgetItem,
    QProgressBar,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from studydesk.core.attempt_review import AttemptReview, ReviewItem, review_session
from studydesk.core.points import score_line, score_parts
from studydesk.core.session import Session
from studydesk.core.words import date_time, plural

from ..marks import PARTLY, RIGHT, WRONG
from ..plain import plain_label


class ResultsPage(QWidget):
    evidence_requested = Signal(tuple)
    retry_requested = Signal()
    new_quiz_requested = Signal()
    close_requested = Signal()  # a past attempt's review is closed

    def __init__(self, parent: QWidget | None = None, *, past: bool = False) -> None:
        super().__init__(parent)
        self.setObjectName("review-page" if past else "results-page")
        self.review: AttemptReview | None = None
        layout = QVBoxLayout(self)
        layout.setContentsMargins(20, 16, 20, 14)
        layout.setSpacing(10)
        self.headline = plain_label("", name="results-score")
        layout.addWidget(self.headline)
        self.note = plain_label("", name="note")  # when a past attempt was taken
        self.note.setVisible(past)
        layout.addWidget(self.note)

        self.topics_box = QGroupBox("By topic")
        self._topics = QGridLayout(self.topics_box)
        self._topics.setColumnStretch(1, 1)
        layout.addWidget(self.topics_box)

        # One wrapped block per question reads at any width, where a table's
        # four narrow columns did not.
        self.list = QListWidget()
        self.list.setObjectName("results-list")
        self.list.setAccessibleName("Questions, your answers and the right answers")
        self.list.setWordWrap(True)
        self.list.setItemDelegate(_WrappedRows(self.list))
        self.list.setResizeMode(QListView.ResizeMode.Adjust)
        self.list.setSpacing(4)
        self.list.setAlternatingRowColors(True)
        self.list.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.list.setVerticalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
        self.list.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        # A steady width, so items wrapped to measure their height keep it.
        self.list.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOn)
        # Lay out long results in batches so the page answers at once.
        self.list.setLayoutMode(QListView.LayoutMode.Batched)
        self.list.setBatchSize(200)
        self.list.currentRowChanged.connect(lambda _row: self._on_select())
        self.list.itemActivated.connect(lambda _item: self.show_selected_in_text())
        layout.addWidget(self.list, 1)

        self.detail = plain_label("", name="explain", selectable=True)
        layout.addWidget(self.detail)

        buttons = QHBoxLayout()
        self.retry_button = QPushButton("")
        self.retry_button.setObjectName("primary")
        self.retry_button.clicked.connect(self.retry_requested)
        self.text_button = QPushButton("Show in &text")
        self.text_button.setToolTip("Highlight the selected question's evidence in the article (Alt+T)")
        self.text_button.clicked.connect(self.show_selected_in_text)
        self.new_button = QPushButton("&New quiz")
        self.new_button.clicked.connect(self.new_quiz_requested)
        self.close_button = QPushButton("&Close review")
        self.close_button.clicked.connect(self.close_requested)
        buttons.addWidget(self.retry_button)
        buttons.addWidget(self.text_button)
        buttons.addStretch(1)
        buttons.addWidget(self.new_button)
        buttons.addWidget(self.close_button)
        layout.addLayout(buttons)  # first: a button shown before it has a parent opens as a window of its own
        self.retry_button.setVisible(not past)
        self.new_button.setVisible(not past)
        self.close_button.setVisible(past)

    def set_session(self, session: Session) -> None:
        self.set_review(review_session(session))

    def set_review(self, review: AttemptReview) -> None:
        self.review = review
        self.headline.setText(f"Score {score_line(review.earned, review.possible)}")
        taken = f"{review.mode.capitalize()} taken {date_time(review.started)}." if review.started else ""
        gone = (f" {plural(review.left_out, 'question')} of this attempt "
                f"{'is' if review.left_out == 1 else 'are'} no longer in the bank." if review.left_out else "")
        self.note.setText(taken + gone)

        while self._topics.count():
            item = self._topics.takeAt(0)
            if item.widget():
                item.widget().deleteLater()
        for row, topic in enumerate(review.by_topic()):
            name = plain_label(topic.topic, wrap=False)
            earned, possible, percent = score_parts(topic.earned, topic.possible)
            bar = QProgressBar()
            bar.setRange(0, 100)
            bar.setValue(percent)
            bar.setTextVisible(False)
            bar.setFixedHeight(10)
            bar.setAccessibleName(f"{topic.topic}: {percent}%")
            figure = plain_label(f"{earned} / {possible}", wrap=False)
            self._topics.addWidget(name, row, 0)
            self._topics.addWidget(bar, row, 1)
            self._topics.addWidget(figure, row, 2)

        self.list.clear()
        first_missed = None
        for row, item in enumerate(review.items):
            mark = RIGHT if item.correct else (PARTLY if item.grade and item.grade.partial else WRONG)
            if first_missed is None and not item.correct:
                first_missed = row
            self.list.addItem(_row(item, mark))
        missed = review.missed
        self.retry_button.setText(f"&Retry missed ({missed})" if missed else "All right!")
        self.retry_button.setEnabled(bool(missed))
        if review.items:
            self.list.setCurrentRow(first_missed if first_missed is not None else 0)
            self.list.scrollToItem(self.list.currentItem(), QAbstractItemView.ScrollHint.PositionAtTop)

    def selected(self) -> ReviewItem | None:
        row = self.list.currentRow()
        return self.review.items[row] if self.review is not None and 0 <= row < len(self.review.items) else None

    def _on_select(self) -> None:
        item = self.selected()
        if item is None:
            self.detail.setText("")
            return
        self.show_selected_in_text()  # the text follows the selection: feedback at the end
        self.detail.setText("  ".join([item.feedback] + ([item.question.explain] if item.question.explain else [])))
        self.text_button.setEnabled(bool(item.question.evidence))

    def show_selected_in_text(self) -> None:
        item = self.selected()
        if item is not None and item.question.evidence:
            self.evidence_requested.emit(tuple(item.question.evidence))


class _WrappedRows(QStyledItemDelegate):
    """Rows as tall as their words wrapped to the list's width. Asked without a
    width, the view measured some rows wider than it paints them, and cut
    their last line."""

    def sizeHint(self, option: QStyleOptionViewItem, index) -> QSize:  # noqa: N802
        view = self.parent()
        whole = super().sizeHint(option, index)  # the text unwrapped, with the item's margins
        text = index.data(Qt.ItemDataRole.DisplayRole) or ""
        metrics = option.fontMetrics
        unwrapped = metrics.boundingRect(QRect(0, 0, 1 << 20, 1 << 20), 0, text)
        width = view.viewport().width() - 2 * view.spacing()
        room = max(width - (whole.width() - unwrapped.width()), 40)
        wrapped = metrics.boundingRect(QRect(0, 0, room, 1 << 20), Qt.TextFlag.TextWordWrap, text)
        return QSize(width, whole.height() - unwrapped.height() + wrapped.height())


def _row(item: ReviewItem, mark: str) -> QListWidgetItem:
    """One question in the list: the prompt, the answer given, the right one where it differs, the points."""
    lines = [f"{mark}  {item.number}. {item.question.prompt}", f"      Your answer: {item.your_answer}"]
    if not item.correct:
        lines.append(f"      Right answer: {item.right_answer}")
    lines.append(f"      Points: {item.points}")
    row = QListWidgetItem("\n".join(lines))
    row.setData(Qt.ItemDataRole.AccessibleTextRole, f"{item.verdict}: " + " ".join(lines))
    return row
