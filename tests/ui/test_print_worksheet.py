"""Printing and exporting a worksheet from the window: the print dialog's
printer and page range, and the PDF's file dialog."""

from PySide6.QtPrintSupport import QPrintDialog, QPrinter
from PySide6.QtWidgets import QDialog, QFileDialog

from studydesk.render.pages import write_worksheet_pdf
from studydesk.ui.teacher.print_worksheet import export_worksheet_pdf, print_worksheet
from tests.support import SEED_BANK, pdf_pages


def test_print_goes_to_the_chosen_printer(qapp, seed_bank, tmp_path, monkeypatch):
    monkeypatch.setattr(QPrintDialog, "exec", lambda self: QDialog.DialogCode.Accepted)
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    printer.setOutputFileName(str(tmp_path / "printed.pdf"))
    assert print_worksheet(seed_bank, None, printer=printer)
    expected = write_worksheet_pdf(seed_bank, tmp_path / "direct.pdf")
    assert pdf_pages(tmp_path / "printed.pdf") == expected

    printer.setOutputFileName(str(tmp_path / "range.pdf"))
    printer.setPrintRange(QPrinter.PrintRange.PageRange)
    printer.setFromTo(2, 3)
    assert print_worksheet(seed_bank, None, printer=printer)
    assert pdf_pages(tmp_path / "range.pdf") == 2


def test_cancelled_print_prints_nothing(qapp, seed_bank, tmp_path, monkeypatch):
    monkeypatch.setattr(QPrintDialog, "exec", lambda self: QDialog.DialogCode.Rejected)
    printer = QPrinter()
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    printer.setOutputFileName(str(tmp_path / "never.pdf"))
    assert not print_worksheet(seed_bank, None, printer=printer)
    assert not (tmp_path / "never.pdf").exists()


def test_export_pdf_asks_for_a_file_and_adds_the_suffix(qapp, seed_bank, tmp_path, monkeypatch):
    asked = []

    def choose(parent, caption, suggested, filters):
        asked.append(suggested)
        return str(tmp_path / "for-class-7b"), filters

    monkeypatch.setattr(QFileDialog, "getSaveFileName", staticmethod(choose))
    path = export_worksheet_pdf(seed_bank, None)
    assert path == tmp_path / "for-class-7b.pdf" and pdf_pages(path) > 3
    assert asked == [str(SEED_BANK.with_name("pokrovsk-worksheet.pdf"))]

    monkeypatch.setattr(QFileDialog, "getSaveFileName", staticmethod(lambda *a: ("", "")))
    assert export_worksheet_pdf(seed_bank, None) is None


def test_export_pdf_reports_a_failed_write(qapp, seed_bank, tmp_path, monkeypatch, message_boxes):
    monkeypatch.setattr(QFileDialog, "getSaveFileName",
                        staticmethod(lambda *a: (str(tmp_path / "missing" / "sheet.pdf"), "")))
    assert export_worksheet_pdf(seed_bank, None) is None
    warned = message_boxes.texts("Warning")
    assert len(warned) == 1 and "No such file" in warned[0]
