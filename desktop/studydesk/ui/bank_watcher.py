"""BankWatcher: notices when the open bank's file changes outside Study Desk.

Editors that save by writing a new file and renaming it over the old one
replace the file Qt was watching; watching the folder too catches the rename,
and the file is watched again once it is back. Study Desk's own saves are
announced with expect() and not reported. Only a digest of the content is
kept, not a copy of it (a bank may be megabytes).
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QFileSystemWatcher, QObject, QTimer, Signal

from studydesk.core.files import content_digest

from .background import run_in_background

SETTLE_MS = 150  # editors write in bursts; wait for the last one


class BankWatcher(QObject):
    changed = Signal(Path)

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._watcher = QFileSystemWatcher(self)
        self._watcher.fileChanged.connect(self._poke)
        self._watcher.directoryChanged.connect(self._poke)
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(SETTLE_MS)
        self._timer.timeout.connect(self._check)
        self.path: Path | None = None
        self._known: bytes | None = None  # the digest of the content last seen
        self._stat: tuple[int, int] | None = None  # the file's time and size when watching began
        self._held = False  # while Study Desk writes the file
        self._missed = False  # a change came while held

    def watch(self, path: Path | None) -> None:
        for watched in self._watcher.files() + self._watcher.directories():
            self._watcher.removePath(watched)
        self.path = Path(path).resolve() if path else None
        self._known = None
        if self.path is None:
            return
        self._watcher.addPath(str(self.path.parent))
        if self.path.exists():
            self._watcher.addPath(str(self.path))
            self._stat = _stat(self.path)
            # Read behind the window: a large bank takes a good part of a frame to read and digest.
            # The content first, then its time and size: a write landing between the two then shows.
            path = self.path
            run_in_background(lambda: (self._read(), _stat(path)), lambda got: self._first_read(path, *got),
                              context=self)

    def _first_read(self, path: Path, digest: bytes | None, stat: tuple[int, int] | None) -> None:
        if path != self.path or self._known is not None:
            return  # watching another since, or told, or checked
        if stat != self._stat:
            self._timer.start()  # written after the bank was taken, by the end of this read: a change to report
            return
        self._known = digest

    def hold(self) -> None:
        """Study Desk itself is about to write the file: report nothing until expect()."""
        self._held = True

    def expect(self, digest: bytes | None) -> None:
        """Study Desk itself wrote content with this digest (files.content_digest):
        not a change to report. None: the write failed. Either way, reports resume."""
        if digest is not None:
            self._known = digest
        self._held = False
        if self._missed:
            self._missed = False
            self._timer.start()

    def _poke(self, _path: str = "") -> None:
        self._timer.start()

    def _read(self) -> bytes | None:
        try:
            return content_digest(self.path.read_bytes())
        except OSError:
            return None

    def _check(self) -> None:
        """Report the file's content when it differs from the content last seen."""
        if self.path is None:
            return
        if self._held:
            self._missed = True
            return
        if not self.path.exists():
            return  # mid-rename, or deleted: the folder's next change tells
        if str(self.path) not in self._watcher.files():
            self._watcher.addPath(str(self.path))  # a new file took the old one's place
        content = self._read()
        if content is None or content == self._known:
            return
        self._known = content
        self.changed.emit(self.path)


def _stat(path: Path) -> tuple[int, int] | None:
    try:
        st = path.stat()
    except OSError:
        return None
    return st.st_mtime_ns, st.st_size
