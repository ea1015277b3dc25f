"""File > Export History as CSV…: ask for a file, write the answers to it."""

from __future__ import annotations

import re
from pathlib import Path

from PySide6.QtCore import QStandardPaths
from PySide6.QtWidgets import QWidget

from studydesk.core.bank import Bank
from studydesk.core.export import write_history_csv
from studydesk.core.history import History

from ..file_dialogs import ask_save_path
from ..plain import inform, warn


def export_history_csv(parent: QWidget | None, history: History, bank: Bank | None) -> Path | None:
    """Export the answers to `bank` (every bank's when None) to a CSV file the
    user picks; returns where it went, or None when cancelled, empty or failed."""
    if not history.answers(bank):
        inform(parent, "Export history", "There are no answers to export yet.")
        return None
    path = ask_save_path(parent, "Export history as CSV", _suggested(bank), "CSV files (*.csv)", ".csv")
    if path is None:
        return None
    try:
        write_history_csv(history, path, bank)
    except OSError as exc:
        warn(parent, "Export history", f"The history could not be saved to {path}:\n{exc.strerror or exc}")
        return None
    return path


def _suggested(bank: Bank | None) -> Path:
    folder = Path(QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation))
    if bank is None:
        stem = "studydesk"
    elif bank.path is not None:
        stem = bank.path.stem
    else:
        stem = re.sub(r"\W+", "-", bank.title).strip("-").lower() or "bank"
    return folder / f"{stem}-history.csv"
