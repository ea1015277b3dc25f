"""ResultsPage: the score, the score per topic, and every question with the
student's answer beside the right one; retry the missed ones, or go back to
the text of any question."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
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

from studydesk.core.bank import Question
from studydesk.core.grading import describe_answer, describe_response
from studydesk.core.points import points_text, score_line, score_parts
from studydesk.core.session import Session

from ..marks import PARTLY, RIGHT, WRONG
from ..plain import plain_label

class ResultsPage(QWidget):
    evidence_requested = Signal(tuple)
    retry_requested = Signal()
    new_quiz_requested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("results-page")
        self.session: Session | None = None
        layout = QVBoxLayout(self)
        layout.setContentsMargins(20, 16, 20, 14)
        layout.setSpacing(10)
        self.headline = plain_label("", name="results-score")
        self.headline.setAccessibleName("Your score")
        layout.addWidget(self.headline)

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
        self.text_button.setAccessibleName("Show the selected question's evidence in the article")
        self.text_button.clicked.connect(self.show_selected_in_text)
        self.new_button = QPushButton("&New quiz")
        self.new_button.clicked.connect(self.new_quiz_requested)
        buttons.addWidget(self.retry_button)
        buttons.addWidget(self.text_button)
        buttons.addStretch(1)
        buttons.addWidget(self.new_button)
        layout.addLayout(buttons)

    def set_session(self, session: Session) -> None:
        self.session = session
        self.headline.setText(f"Score {score_line(session.earned, session.possible)}")

        while self._topics.count():
            item = self._topics.takeAt(0)
            if item.widget():
                item.widget().deleteLater()
        for row, topic in enumerate(session.by_topic()):
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

        questions = session.questions
        self.list.clear()
        first_missed = None
        for row, q in enumerate(questions):
            g = session.grades.get(q.id)
            right = bool(g and g.correct)
            mark = RIGHT if right else (PARTLY if g and g.partial else WRONG)
            if first_missed is None and not right:
                first_missed = row
            points = f"{points_text(g.earned if g else 0)} of {points_text(q.points)}"
            lines = [f"{mark}  {row + 1}. {q.prompt}",
                     f"      Your answer: {describe_response(q, session.responses.get(q.id))}"]
            if not right:
                lines.append(f"      Right answer: {describe_answer(q)}")
            lines.append(f"      Points: {points}")
            item = QListWidgetItem("\n".join(lines))
            verdict = "right" if right else ("partly right" if g and g.partial else "wrong")
            item.setData(Qt.ItemDataRole.AccessibleTextRole, f"{verdict}: " + " ".join(lines))
            self.list.addItem(item)
        missed = len(session.missed())
        self.retry_button.setText(f"&Retry missed ({missed})" if missed else "All right!")
        self.retry_button.setEnabled(bool(missed))
        if questions:
            self.list.setCurrentRow(first_missed if first_missed is not None else 0)
            self.list.scrollToItem(self.list.currentItem(), QAbstractItemView.ScrollHint.PositionAtTop)

    def selected_question(self) -> Question | None:
        if self.session is None:
            return None
        row = self.list.currentRow()
        return self.session.questions[row] if 0 <= row < len(self.session.questions) else None

    def _on_select(self) -> None:
        q = self.selected_question()
        if q is None:
            self.detail.setText("")
            return
        self.show_selected_in_text()  # the text follows the selection: feedback at the end
        g = self.session.grades.get(q.id) if self.session else None
        parts = [g.feedback if g else "Not answered."]
        if q.explain:
            parts.append(q.explain)
        self.detail.setText("  ".join(parts))
        self.text_button.setEnabled(bool(q.evidence))

    def show_selected_in_text(self) -> None:
        q = self.selected_question()
        if q is not None and q.evidence:
            self.evidence_requested.emit(tuple(q.evidence))
