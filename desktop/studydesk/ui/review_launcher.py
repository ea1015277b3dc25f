"""ReviewLauncher: starting a day's review, and the count of cards due.

It reads every bank of the library off the UI thread, gathers what is due
across them within the daily limits, and hands the ReviewSession back. It
also carries the schedule's changes, which may come from a worker thread
(the Library reads banks there), to the UI thread as `due_changed`.
"""

from __future__ import annotations

from PySide6.QtCore import QObject, QSettings, Signal

from studydesk.core.review import Schedule
from studydesk.core.review_session import ReviewSession
from studydesk.core.words import plural

from .background import run_in_background
from .library_list import Library


class ReviewLauncher(QObject):
    review_ready = Signal(object)  # a ReviewSession with cards to answer
    nothing_due = Signal(str)  # why there is nothing to review, for the student
    due_changed = Signal()  # the schedule changed: counts of due cards may have

    def __init__(self, library: Library, schedule: Schedule, settings: QSettings, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.library = library
        self.schedule = schedule
        self.settings = settings
        self._starting = False
        schedule.changed.connect(self.due_changed.emit)  # a Qt signal: queued to the UI thread when need be

    def due_today(self) -> int:
        return self.schedule.due_today()

    def due_note(self) -> str:
        """For the window title: " (3 reviews due)", or "" when none are."""
        due = self.due_today()
        return f" ({plural(due, 'review')} due)" if due else ""

    def start(self) -> None:
        """Gather today's review from every bank in the library, then announce it."""
        if self._starting:
            return
        self._starting = True
        from .library_page import limits

        paths = self.library.listed()
        daily = limits(self.settings)

        def gather() -> list:
            from studydesk.core.check import load_bank

            banks = [bank for bank in (load_bank(path).bank for path in paths if path.exists()) if bank is not None]
            return self.schedule.gather(banks, daily)

        def done(cards: list) -> None:
            self._starting = False
            if cards:
                self.review_ready.emit(ReviewSession(self.schedule, cards))
            else:
                self.nothing_due.emit("Nothing to review today: every card is done, and today's new questions "
                                      "are taken. Come back tomorrow.")

        def failed(exc: Exception) -> None:
            self._starting = False
            self.nothing_due.emit(f"The review could not be gathered ({exc}).")

        run_in_background(gather, done, failed, context=self)
