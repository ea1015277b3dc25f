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
- recent_changed(): the list of recent banks changed.
"""

from __future__ import annotations

from pathlib import Path
from typing import Protocol

from PySide6.QtCore import QObject, QSettings, Signal

from studydesk.core.bank import Bank
from studydesk.core.check import load_bank
from studydesk.core.files import MAX_BANK_BYTES, TextFileError, read_text_file

from .bank_watcher import BankWatcher

MAX_RECENT = 8


class Edits(Protocol):
    """Unsaved edits to the open bank's text (the editor holds them)."""

    @property
    def modified(self) -> bool: ...

    def settle(self) -> bool:
        """Save or drop the edits (asking the teacher which); False to keep them, and stay."""
        ...


class OpenBank(QObject):
    bank_changed = Signal(object, bool)  # Bank, new_version
    problems_found = Signal(str, object, str)  # path, problems (BankErrors), what stays open
    changed_on_disk = Signal(object, object, object)  # Path, text or None, LoadResult
    recent_changed = Signal()

    def __init__(self, settings: QSettings, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.settings = settings
        self.bank: Bank | None = None
        self.edits: Edits | None = None  # set by the editor when it is made
        self._watcher = BankWatcher(self)
        self._watcher.changed.connect(self._changed_on_disk)

    # Opening

    def open(self, path: str | Path, *, quiet: bool = False) -> bool:
        """Open a bank; on problems announce them (unless `quiet`) and keep
        the bank already open. False when it did not open."""
        path = Path(path)
        if not self.may_leave():
            return False
        result = load_bank(path)
        if result.bank is None:
            if not quiet:
                kept = "The bank already open stays open." if self.bank is not None else ""
                self.problems_found.emit(str(path), result.problems, kept)
            return False
        self.take(result.bank)
        return True

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

    def expect_write(self, text: str) -> None:
        """Study Desk itself is writing this text to the open file: not a change on disk."""
        self._watcher.expect(text)

    def _changed_on_disk(self, path: Path) -> None:
        result = load_bank(path)
        try:
            text = read_text_file(path, limit=MAX_BANK_BYTES, what="bank")
        except TextFileError:
            text = None
        if result.bank is not None:
            self.take(result.bank, new_version=True)
        self.changed_on_disk.emit(path, text, result)

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
