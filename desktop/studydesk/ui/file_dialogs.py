"""Choosing files: one place that adds a missing extension and, when that
names a file the dialog never asked about, asks before replacing it.

Where the desktop has a file dialog of its own, Qt shows it; where it has
none, Qt's own dialog gets the pages' style sheet, so its focus shows as
theirs does (a ring in the focus colour, 3:1)."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import QFileDialog, QMessageBox, QWidget

from .plain import ask
from .style import use_style_sheet


def choose_file(parent: QWidget | None, title: str, start: str | Path, name_filter: str, *, save: bool) -> str:
    """The file chosen, or "" when the user cancels."""
    dialog = QFileDialog(parent, title, str(start), name_filter)
    dialog.setAcceptMode(QFileDialog.AcceptMode.AcceptSave if save else QFileDialog.AcceptMode.AcceptOpen)
    dialog.setFileMode(QFileDialog.FileMode.AnyFile if save else QFileDialog.FileMode.ExistingFile)
    use_style_sheet(dialog)
    return dialog.selectedFiles()[0] if dialog.exec() and dialog.selectedFiles() else ""


def ask_open_path(parent: QWidget | None, title: str, start: str | Path, name_filter: str) -> Path | None:
    name = choose_file(parent, title, start, name_filter, save=False)
    return Path(name) if name else None


def ask_save_path(parent: QWidget | None, title: str, suggested: str | Path, name_filter: str,
                  suffix: str) -> Path | None:
    """The path to save to, ending in `suffix`; None when the user cancels."""
    name = choose_file(parent, title, suggested, name_filter, save=True)
    if not name:
        return None
    path = Path(name)
    if path.suffix.lower() == suffix:
        return path  # the dialog itself asked about replacing it
    path = path.with_name(path.name + suffix)  # "notes.v2" becomes "notes.v2.toml", not "notes.toml"
    if path.exists():
        answer = ask(parent, title, f"{path.name} already exists. Replace it?",
                     QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.Cancel,
                     QMessageBox.StandardButton.Cancel)
        if answer != QMessageBox.StandardButton.Yes:
            return None
    return path


def ask_folder(parent: QWidget | None, title: str, start: str | Path) -> Path | None:
    """A folder the user chooses; None when they cancel."""
    name = QFileDialog.getExistingDirectory(parent, title, str(start))
    return Path(name) if name else None
