"""What the window says when the open bank has problems: the errors dialog
for a bank that does not check out, and a notice when the file changes on
disk (reloaded, or kept at its last good version)."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QObject
from PySide6.QtWidgets import QWidget

from studydesk.core.check import LoadResult, problem_count

from .notice_bar import NoticeBar
from .open_bank import OpenBank


class BankNotices(QObject):
    def __init__(self, open_bank: OpenBank, notice: NoticeBar, edit_file: Callable[[str], None],
                 parent: QWidget) -> None:
        super().__init__(parent)
        self._window = parent
        self._notice = notice
        self._edit_file = edit_file
        self.errors_dialog = None
        open_bank.problems_found.connect(self.show_errors)
        open_bank.changed_on_disk.connect(self._changed_on_disk)

    def show_errors(self, path: str, problems, kept: str = ""):
        from .bank_errors_dialog import BankErrorsDialog

        dialog = BankErrorsDialog(path, problems, kept=kept, parent=self._window)
        dialog.edit_requested.connect(self._edit_file)
        self.errors_dialog = dialog
        dialog.open()
        return dialog

    def _changed_on_disk(self, path: Path, _text: str | None, result: LoadResult) -> None:
        if result.bank is not None:
            self._notice.show_notice(f"{path.name} changed on disk and was reloaded.")
            return
        self._notice.show_notice(
            f"{path.name} changed on disk but has {problem_count(result.problems)}"
            + "; the quiz keeps the last version that checked out.",
            [("Show problems", lambda: self.show_errors(str(path), result.problems,
                                                        "The last good version stays open."))],
            level="warning")
