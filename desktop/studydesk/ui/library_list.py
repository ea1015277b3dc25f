"""Library: which banks and folders the Library page lists, kept in QSettings.

A bank joins when it is opened; a folder when the student adds it. On the
first start the seed bank is copied with its article into a Study Desk
folder in Documents (found by QStandardPaths), and that folder is added:
edits to the seed bank then go to the student's copy, never into the
installed package. Removing a bank takes it off the list, never off the disk.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QObject, QSettings, Signal

from studydesk.core.library import copy_seed, find_banks
from studydesk.paths import library_folder, seed_bank


def _paths(value: object) -> list[str]:
    if isinstance(value, str):  # QSettings gives a lone string for a one-item list
        value = [value]
    return [str(v) for v in value or []]


class Library(QObject):
    changed = Signal()

    def __init__(self, settings: QSettings, folder: Path | None = None, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.settings = settings
        self._folder = folder  # the library folder; Documents/Study Desk unless given (tests, screenshots)

    @property
    def folder(self) -> Path:
        return self._folder if self._folder is not None else library_folder()

    def banks(self) -> list[str]:
        return _paths(self.settings.value("library/banks", []))

    def folders(self) -> list[str]:
        return _paths(self.settings.value("library/folders", []))

    def paths(self) -> list[Path]:
        """Every bank listed: those opened, then those in the folders."""
        return find_banks(self.banks(), self.folders())

    def add_bank(self, path: str | Path) -> None:
        path = str(Path(path).resolve())
        if path not in self.banks():
            self.settings.setValue("library/banks", [*self.banks(), path])
            self.changed.emit()

    def remove_bank(self, path: str | Path) -> None:
        """Off the list (and, if it is in a folder of the library, hidden from it); the file stays."""
        path = str(Path(path).resolve())
        self.settings.setValue("library/banks", [p for p in self.banks() if p != path])
        hidden = _paths(self.settings.value("library/hidden", []))
        if path not in hidden:
            self.settings.setValue("library/hidden", [*hidden, path])
        self.changed.emit()

    def add_folder(self, folder: str | Path) -> None:
        folder = str(Path(folder).resolve())
        if folder not in self.folders():
            self.settings.setValue("library/folders", [*self.folders(), folder])
            self.changed.emit()

    def listed(self) -> list[Path]:
        hidden = set(_paths(self.settings.value("library/hidden", [])))
        return [p for p in self.paths() if str(p) not in hidden]

    def first_start(self) -> Path | None:
        """The seed bank copied into the library folder (a copy already there
        is kept as it is), and on the first start that folder joins the
        library. Its path, or None when it could not be made: then the
        installed seed bank is used as it is."""
        try:
            copy = copy_seed(seed_bank(), self.folder)
        except (OSError, ValueError):
            return None
        if not self.settings.value("library/started"):
            self.settings.setValue("library/started", True)
            self.add_folder(self.folder)
        return copy

    def starter_bank(self) -> Path:
        """The bank to open when there is no other: the student's copy of the seed bank."""
        return self.first_start() or seed_bank()
