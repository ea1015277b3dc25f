"""Choosing files: one place that adds a missing extension and, when that
names a file the dialog never asked about, asks before replacing it."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import QFileDialog, QMessageBox, QWidget

from .plain import ask


def ask_open_path(parent: QWidget | None, title: str, start: str | Path, name_filter: str) -> Path | None:
    name, _ = QFileDialog.getOpenFileName(parent, title, str(start), name_filter)
    return Path(name) if name else None


def ask_save_path(parent: QWidget | None, title: str, suggested: str | Path, name_filter: str,
                  suffix: str) -> Path | None:
    """The path to save to, ending in `suffix`; None when the user cancels."""
    name, _ = QFileDialog.getSaveFileName(parent, title, str(suggested), name_filter)
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
