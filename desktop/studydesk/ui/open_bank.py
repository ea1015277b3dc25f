"""OpenBank: the bank that is open, as one object without widgets.

It opens and reloads banks, watches the open file for changes made outside
Study Desk, remembers the last and the recent banks, and makes sure unsaved
edits are settled before another bank takes their place. What happens is
announced; the panes subscribe (the window does not hand the bank to each):

- bank_changed(bank, new_version): a bank was opened, or (new_version) a new
  version of the open one came: saved in the editor or changed on disk, so a
  quiz in progress goes on;
- problems_found(path, problems, kept): a bank could not be opened; `kept`
  says what stays open ("" when nothing was);
- changed_on_disk(path, text, result): the open file changed outside Study
  Desk: its text (None when unreadable) and how it checked;
- recent_changed(): the list of recent banks changed;
- loading_started(path), loading_progress(questions, of), loading_ended():
  a large bank is loading behind the window (it opened, failed or was
  cancelled when it ends; bank_changed or problems_found tell which).

A bank up to LOAD_HERE_BYTES is read and checked at once: that takes less
than a frame. A larger one is loaded in a checker process of its own
(core/check/process.py), so that the window goes on answering while it is
parsed (a thread would not do: the parser keeps the interpreter's lock for
all of a parse), and its questions arrive in pieces.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Protocol

from PySide6.QtCore import QObject, QSettings, QTimer, Signal

from studydesk.core.bank import Bank
from studydesk.core.check import BankError, LoadResult, load_bank
from studydesk.core.files import MAX_BANK_BYTES, TextFileError, read_text_file
from studydesk.core.write import remove_stale_temporaries

from .background import run_in_background
from .bank_watcher import BankWatcher

MAX_RECENT = 8
LOAD_HERE_BYTES = 256 * 1024  # about 900 questions: read and checked in a few milliseconds


def loads_here(path: Path) -> bool:
    """Whether a bank file is small enough to read and check on the window's
    thread; a larger one is read in a process (or its text in a thread)."""
    try:
        return path.stat().st_size <= LOAD_HERE_BYTES
    except OSError:
        return True  # reading it says what is wrong with it


def not_loaded(path: Path, exc: Exception) -> LoadResult:
    """A load that failed outright (its checker process gone, say): one problem naming the file."""
    return LoadResult(None, (BankError(str(path), 0, 0, "file", f"the bank could not be loaded: {exc}"),))


class Edits(Protocol):
    """Unsaved edits to the open bank's text (the editor holds them)."""

    @property
    def modified(self) -> bool: ...

    def settle(self) -> bool:
        """Save or drop the edits (asking the teacher which); False to keep them, and stay."""
        ...


class _Loading:
    """A bank loading behind the window."""

    def __init__(self, path: Path, fallback: Path | None) -> None:
        # Imported here: start-up with a small bank has no use for processes (subprocess, pickle).
        from studydesk.core.check.process import CheckerProcess

        self.path = path
        self.fallback = fallback
        self.checker = CheckerProcess()


class OpenBank(QObject):
    bank_changed = Signal(object, bool)  # Bank, new_version
    problems_found = Signal(str, object, str)  # path, problems (BankErrors), what stays open
    changed_on_disk = Signal(object, object, object)  # Path, text or None, LoadResult
    recent_changed = Signal()
    loading_started = Signal(object)  # Path
    loading_progress = Signal(int, int)  # questions received, of
    loading_ended = Signal()

    def __init__(self, settings: QSettings, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.settings = settings
        self.bank: Bank | None = None
        self.edits: Edits | None = None  # set by the editor when it is made
        self._loading: _Loading | None = None
        self._watcher = BankWatcher(self)
        self._watcher.changed.connect(self._changed_on_disk)

    # Opening

    def open(self, path: str | Path, *, quiet: bool = False, fallback: str | Path | None = None) -> bool:
        """Open a bank. On problems, announce them (unless `quiet`) and keep
        the bank already open, or open `fallback` (quietly) when given.
        False when it did not open; a large bank begins to load, and True
        means only that (bank_changed or problems_found follow)."""
        path = Path(path)
        if not self.may_leave():
            return False
        remove_stale_temporaries(path)  # a save of it that was killed
        fallback = Path(fallback) if fallback is not None else None
        return self._load(path, lambda result: self._opened(path, result, quiet, fallback), fallback)

    def reload(self) -> bool:
        """Open the open bank's file again."""
        return self.bank is not None and self.bank.path is not None and self.open(self.bank.path)

    def take(self, bank: Bank, *, new_version: bool = False) -> None:
        """Make `bank`, already checked, the open bank. `new_version`: it is a
        new version of the open bank (saved in the editor, changed on disk)."""
        self.bank = bank
        if not new_version:
            self._watcher.watch(bank.path)
        if bank.path is not None:
            self._remember(bank.path)
        self.bank_changed.emit(bank, new_version)

    def may_leave(self) -> bool:
        """Whether unsaved edits are settled (saved or dropped), so that
        another bank may take their place or the window may close."""
        return self.edits is None or not self.edits.modified or self.edits.settle()

    def writing(self) -> None:
        """Study Desk itself is about to write the open file: no change on disk
        is reported until expect_written()."""
        self._watcher.hold()

    def expect_written(self, digest: bytes | None) -> None:
        """Study Desk itself wrote content with this digest (files.content_digest)
        to the open file, not a change on disk; None when the write failed."""
        self._watcher.expect(digest)

    @property
    def loading(self) -> Path | None:
        """The bank loading behind the window, if one is."""
        return self._loading.path if self._loading is not None else None

    def cancel_loading(self) -> None:
        """Stop loading, as the teacher asked; with no bank open yet, open the fallback, if one was given."""
        loading = self.stop_loading()
        if loading is not None and self.bank is None and loading.fallback is not None:
            self.open(loading.fallback, quiet=True)

    def stop_loading(self) -> _Loading | None:
        """Stop loading, if a bank is: its process ends, and nothing is announced but loading_ended."""
        loading, self._loading = self._loading, None
        if loading is not None:
            loading.checker.close()
            self.loading_ended.emit()
        return loading

    def _load(self, path: Path, then: Callable[[LoadResult], bool], fallback: Path | None = None) -> bool:
        """Load a bank and hand the result to `then`: at once when small, else
        behind the window. The newest load wins over one under way."""
        self.stop_loading()
        if loads_here(path):
            return then(load_bank(path))
        loading = self._loading = _Loading(path, fallback)
        self.loading_started.emit(path)

        def progress(done: int, of: int) -> None:  # in the background thread: the signal is queued
            if self._loading is loading:
                self.loading_progress.emit(done, of)

        def work() -> LoadResult:
            try:
                return loading.checker.load(path, progress)
            finally:
                loading.checker.close()

        def finish(result: LoadResult) -> None:
            if self._loading is loading:  # else cancelled, or another load took its place
                self.stop_loading()
                then(result)

        def failed(exc: Exception) -> None:
            finish(not_loaded(path, exc))

        def start() -> None:
            if self._loading is loading:  # not cancelled, nor replaced, before the event loop came round
                run_in_background(work, finish, failed, context=self)

        # Begun from the event loop, so that a window opening on a large bank paints before its load
        # takes a core and the interpreter's lock for the pieces it unpacks.
        QTimer.singleShot(0, self, start)
        return True

    def _opened(self, path: Path, result: LoadResult, quiet: bool, fallback: Path | None) -> bool:
        if result.bank is None:
            if not quiet:
                kept = "The bank already open stays open." if self.bank is not None else ""
                self.problems_found.emit(str(path), result.problems, kept)
            if fallback is not None and self.bank is None:
                self.open(fallback, quiet=True)
            return False
        self.take(result.bank)
        return True

    def _changed_on_disk(self, path: Path) -> None:
        if self._loading is not None:
            return  # another bank is about to take this one's place

        def then(result: LoadResult) -> bool:
            try:
                text = read_text_file(path, limit=MAX_BANK_BYTES, what="bank")
            except TextFileError:
                text = None
            if result.bank is not None:
                self.take(result.bank, new_version=True)
            self.changed_on_disk.emit(path, text, result)
            return result.bank is not None

        self._load(path, then)

    # The last and the recent banks

    def last(self) -> str | None:
        """The bank open when Study Desk last closed, if any."""
        last = self.settings.value("bank/last")
        return str(last) if last else None

    def recent(self) -> list[str]:
        value = self.settings.value("bank/recent", [])
        if isinstance(value, str):  # QSettings gives a lone string for a one-item list
            value = [value]
        return [str(v) for v in value or []]

    def _remember(self, path: Path) -> None:
        path = str(path.resolve())
        recent = [path, *(p for p in self.recent() if p != path)][:MAX_RECENT]
        # Only what changed: after any setValue, same value or not, QSettings
        # rewrites its file and syncs it to disk.
        if self.settings.value("bank/last") != path:
            self.settings.setValue("bank/last", path)
        if self.recent() != recent:
            self.settings.setValue("bank/recent", recent)
            self.recent_changed.emit()
