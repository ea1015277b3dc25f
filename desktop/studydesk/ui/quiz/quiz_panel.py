"""QuizPanel: start page, questions (practice) or a test, results, for the
open bank; the review of a past attempt; and a day's spaced review, whose
cards come from every bank (the window shows each card's article).

It owns the current Session and records it in the History, and in the
review schedule, as it goes.
"""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QStackedWidget, QWidget

from studydesk.core.bank import Bank
from studydesk.core.history import AttemptRecord, History
from studydesk.core.review import Schedule
from studydesk.core.review_session import ReviewSession
from studydesk.core.session import TEST, QuizSettings, Session

from ..open_bank import OpenBank
from .start_page import StartPage


class QuizPanel(QStackedWidget):
    evidence_requested = Signal(tuple)
    attempt_saved = Signal()  # an attempt was started or finished: history views refresh
    article_requested = Signal(object)  # a Bank: the article beside a review's card
    review_ended = Signal()  # a day's review is over or left: the open bank's article again
    library_requested = Signal()

    def __init__(self, history: History, open_bank: OpenBank, parent: QWidget | None = None, *,
                 schedule: Schedule | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("quiz")
        self.history = history
        self.schedule = schedule
        self.due_review: ReviewSession | None = None
        self.bank: Bank | None = None
        self.session: Session | None = None
        self.start_page = StartPage()
        self.addWidget(self.start_page)
        self.start_page.start_requested.connect(self.start)
        self.start_page.resume_requested.connect(self.resume)
        self._question_page = None
        self._test_page = None
        self._results_page = None
        self._review_page = None
        self._before_review: QWidget | None = None
        self._due_page = None
        self._review_done_page = None
        self._before_due: QWidget | None = None
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
    def test_page(self):
        if self._test_page is None:
            from .test_page import TestPage

            page = TestPage()
            page.evidence_requested.connect(self.evidence_requested)
            page.finished.connect(self.show_results)
            self.addWidget(page)
            self._test_page = page
        return self._test_page

    def _take(self, session: Session) -> None:
        """Show a session's questions: one after another in practice, navigated in a test."""
        page = self.test_page if session.mode == TEST else self.question_page
        page.set_session(session)
        self.setCurrentWidget(page)

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

    @property
    def review_page(self):
        """A past attempt under review: its own page, so a quiz's results stay as they were."""
        if self._review_page is None:
            from .results_page import ResultsPage

            page = ResultsPage(past=True)
            page.evidence_requested.connect(self.evidence_requested)
            page.close_requested.connect(self.close_review)
            self.addWidget(page)
            self._review_page = page
        return self._review_page

    def review(self, record: AttemptRecord) -> None:
        """Open a past attempt at the open bank for review."""
        from studydesk.core.attempt_review import review_attempt

        assert self.bank is not None
        review = review_attempt(self.bank, record, self.history.attempt_answers(self.bank, record.id))
        if self.currentWidget() is not self.review_page:
            self._before_review = self.currentWidget()
        self.review_page.set_review(review)
        self.setCurrentWidget(self.review_page)
        self.review_page.list.setFocus()

    def close_review(self) -> None:
        """Back to where the quiz was: a quiz in progress goes on."""
        before, self._before_review = self._before_review, None
        self.evidence_requested.emit(())
        if before is None or before is self.review_page:
            self.show_start()
        else:
            self.setCurrentWidget(before)

    # A day's spaced review: the practice page, on a ReviewSession

    @property
    def due_page(self):
        if self._due_page is None:
            from .question_page import QuestionPage

            page = QuestionPage()
            page.setObjectName("due-review-page")
            page.counter.setWordWrap(True)  # it names the card's bank too: it wraps in a narrow pane
            page.evidence_requested.connect(self.evidence_requested)
            page.question_shown.connect(self._card_shown)
            page.finished.connect(self._review_done)
            self.addWidget(page)
            self._due_page = page
        return self._due_page

    @property
    def review_done_page(self):
        if self._review_done_page is None:
            from .review_done import ReviewDonePage

            page = ReviewDonePage()
            page.close_requested.connect(self.end_review)
            page.library_requested.connect(self.library_requested)
            page.library_requested.connect(self.end_review)
            self.addWidget(page)
            self._review_done_page = page
        return self._review_done_page

    def start_review(self, review: ReviewSession) -> None:
        """Today's due cards, each beside its own bank's article."""
        if self.due_review is None:
            self._before_due = self.currentWidget()
        self.due_review = review
        self.due_page.set_session(review)
        self.setCurrentWidget(self.due_page)

    def _card_shown(self, _question) -> None:
        review = self.due_review
        if review is not None and review.bank is not None:
            self.due_page.counter.setText(f"Card {review.position + 1} of {len(review.cards)} \u00b7 {review.bank.title}")
            self.article_requested.emit(review.bank)

    def _review_done(self) -> None:
        if self.due_review is not None:
            self.review_done_page.set_review(self.due_review)
            self.setCurrentWidget(self.review_done_page)

    def end_review(self) -> None:
        """Leave the review: back to the open bank's quiz, as it was, and its article."""
        if self.due_review is None:
            return
        self.due_review = None
        before, self._before_due = self._before_due, None
        self.evidence_requested.emit(())
        self.review_ended.emit()
        if before is None or before in (self._due_page, self._review_done_page):
            self.show_start()
        else:
            self.setCurrentWidget(before)

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
        if self.schedule is not None:
            self.schedule.follow(session)
        self.session = session
        session.finished_event.connect(self.attempt_saved.emit)
        if session.finished:
            self.show_results()
        else:
            self._take(session)
        return session

    def retry_missed(self) -> Session | None:
        if self.session is None or not self.session.missed():
            return None
        return self.begin(self.session.retry_missed())

    def begin(self, session: Session) -> Session:
        """Take a session from its first unanswered question, saving it as it goes."""
        self.session = session
        self.history.follow(session)
        if self.schedule is not None:
            self.schedule.follow(session)
        session.finished_event.connect(self.attempt_saved.emit)
        self.attempt_saved.emit()
        self._take(session)
        return session

    def show_results(self) -> None:
        if self.session is None:
            return
        self.results_page.set_session(self.session)
        self.setCurrentWidget(self.results_page)
        self.results_page.list.setFocus()
