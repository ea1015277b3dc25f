"""File > Print Worksheet… and Export Worksheet as PDF…: the dialogs around
render/'s worksheet."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QStandardPaths
from PySide6.QtPrintSupport import QPrintDialog, QPrinter
from PySide6.QtWidgets import QDialog, QWidget

from studydesk.core.bank import Bank
from studydesk.core.worksheet_plan import WorksheetPlan
from studydesk.render.pages import print_worksheet_on, set_up_printer, write_worksheet_pdf

from ..file_dialogs import ask_save_path
from ..plain import warn


def print_worksheet(bank: Bank, parent: QWidget | None = None, plan: WorksheetPlan | None = None, *,
                    printer: QPrinter | None = None) -> bool:
    """Ask for a printer (or a PDF file) and print the worksheet; False when cancelled."""
    printer = printer or QPrinter(QPrinter.PrinterMode.HighResolution)
    set_up_printer(printer, bank.title)
    dialog = QPrintDialog(printer, parent)
    dialog.setWindowTitle("Print worksheet")
    if dialog.exec() != QDialog.DialogCode.Accepted:
        return False
    print_worksheet_on(printer, bank, plan)
    return True


def export_worksheet_pdf(bank: Bank, parent: QWidget | None = None, plan: WorksheetPlan | None = None
                         ) -> Path | None:
    """Ask where to save the worksheet as a PDF and write it; None when cancelled or failed."""
    suggested = (bank.path.with_name(f"{bank.path.stem}-worksheet.pdf") if bank.path
                 else Path(QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation))
                 / "worksheet.pdf")
    path = ask_save_path(parent, "Export worksheet as PDF", suggested, "PDF files (*.pdf)", ".pdf")
    if path is None:
        return None
    try:
        write_worksheet_pdf(bank, path, plan)
    except OSError as exc:
        warn(parent, "Export worksheet", f"The worksheet could not be saved to {path}:\n{exc.strerror or exc}")
        return None
    return path
