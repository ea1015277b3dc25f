"""QuizPanel: start page, questions, results, for the open bank.

It owns the current Session and records it in the History as it goes.
"""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QStackedWidget, QWidget

from studydesk.core.bank import Bank
from studydesk.core.history import AttemptRecord, History
from studydesk.core.session import QuizSettings, Session

from ..open_bank import OpenBank
from .start_page import StartPage


class QuizPanel(QStackedWidget):
    evidence_requested = Signal(tuple)
    attempt_saved = Signal()  # an attempt was started or finished: history views refresh

    def __init__(self, history: History, open_bank: OpenBank, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("quiz")
        self.history = history
        self.bank: Bank | None = None
        self.session: Session | None = None
        self.start_page = StartPage()
        self.addWidget(self.start_page)
        self.start_page.start_requested.connect(self.start)
        self.start_page.resume_requested.connect(self.resume)
        self._question_page = None
        self._results_page = None
        # A new version of the open bank (saved, or changed on disk) lets a quiz in progress go on.
        open_bank.bank_changed.connect(self._bank_changed)
        if open_bank.bank is not None:
            self.set_bank(open_bank.bank)

    # The question and results pages are built when first needed: the window
    # opens on the start page, and start-up should pay only for what it shows.

    @property
    def question_page(self):
        if self._question_page is None:
            from .question_page import QuestionPage

            page = QuestionPage()
            page.evidence_requested.connect(self.evidence_requested)
            page.finished.connect(self.show_results)
            self.addWidget(page)
            self._question_page = page
        return self._question_page

    @property
    def results_page(self):
        if self._results_page is None:
            from .results_page import ResultsPage

            page = ResultsPage()
            page.evidence_requested.connect(self.evidence_requested)
            page.retry_requested.connect(self.retry_missed)
            page.new_quiz_requested.connect(self.show_start)
            self.addWidget(page)
            self._results_page = page
        return self._results_page

    def set_bank(self, bank: Bank, keep_session: bool = False) -> None:
        """Show a bank's start page. A quiz in progress stays saved and can be
        resumed; with `keep_session` (a new version of the same bank) it goes on."""
        self.bank = bank
        if keep_session and self.session is not None and self.currentWidget() is not self.start_page:
            self.start_page.set_bank(bank, self.history.unfinished(bank))
            return
        self.session = None
        self.start_page.set_bank(bank, self.history.unfinished(bank))
        self.setCurrentWidget(self.start_page)
        self.start_page.start_button.setFocus()

    def _bank_changed(self, bank: Bank, new_version: bool) -> None:
        self.set_bank(bank, keep_session=new_version)

    def show_start(self) -> None:
        if self.bank is not None:
            self.start_page.set_unfinished(self.history.unfinished(self.bank))
            self.start_page.new_seed()
        self.setCurrentWidget(self.start_page)
        self.start_page.start_button.setFocus()

    def start(self, settings: QuizSettings) -> Session:
        assert self.bank is not None
        return self.begin(Session.start(self.bank, settings))

    def resume(self, record: AttemptRecord) -> Session:
        assert self.bank is not None
        session = self.history.resume(self.bank, record)
        self.session = session
        session.finished_event.connect(self.attempt_saved.emit)
        if session.finished:
            self.show_results()
        else:
            self.question_page.set_session(session)
            self.setCurrentWidget(self.question_page)
        return session

    def retry_missed(self) -> Session | None:
        if self.session is None or not self.session.missed():
            return None
        return self.begin(self.session.retry_missed())

    def begin(self, session: Session) -> Session:
        """Take a session from its first unanswered question, saving it as it goes."""
        self.session = session
        self.history.follow(session)
        session.finished_event.connect(self.attempt_saved.emit)
        self.attempt_saved.emit()
        self.question_page.set_session(session)
        self.setCurrentWidget(self.question_page)
        return session

    def show_results(self) -> None:
        if self.session is None:
            return
        self.results_page.set_session(self.session)
        self.setCurrentWidget(self.results_page)
        self.results_page.list.setFocus()
