"""Printing and exporting a worksheet from the window: the print dialog's
printer and page range, and the PDF's file dialog."""

from PySide6.QtCore import QPoint, Qt
from PySide6.QtPrintSupport import QPrintDialog, QPrinter
from PySide6.QtWidgets import QDialog

from studydesk.core.worksheet_plan import WorksheetPlan
from studydesk.render.pages import lay_out, write_worksheet_pdf
from studydesk.render.worksheet import build_worksheet
from studydesk.ui import file_dialogs
from studydesk.ui.teacher.print_worksheet import export_worksheet_pdf, print_worksheet
from tests.support import SEED_BANK, pdf_pages


def test_print_goes_to_the_chosen_printer(qapp, seed_bank, tmp_path, monkeypatch):
    monkeypatch.setattr(QPrintDialog, "exec", lambda self: QDialog.DialogCode.Accepted)
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    printer.setOutputFileName(str(tmp_path / "printed.pdf"))
    assert print_worksheet(seed_bank, None, printer=printer)
    # Every page, as laid out for this printer (at its 1200 dpi the text may
    # break a question earlier or later than in a 300 dpi PDF).
    doc = build_worksheet(seed_bank)
    lay_out(doc, printer)
    assert pdf_pages(tmp_path / "printed.pdf") == doc.pageCount() > 3

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

    def choose(parent, caption, suggested, filters, save):
        asked.append(str(suggested))
        return str(tmp_path / "for-class-7b")

    monkeypatch.setattr(file_dialogs, "choose_file", choose)
    path = export_worksheet_pdf(seed_bank, None)
    assert path == tmp_path / "for-class-7b.pdf" and pdf_pages(path) > 3
    assert asked == [str(SEED_BANK.with_name("pokrovsk-worksheet.pdf"))]

    monkeypatch.setattr(file_dialogs, "choose_file", lambda *a, **k: "")
    assert export_worksheet_pdf(seed_bank, None) is None


def test_export_pdf_reports_a_failed_write(qapp, seed_bank, tmp_path, monkeypatch, message_boxes):
    monkeypatch.setattr(file_dialogs, "choose_file", lambda *a, **k: str(tmp_path / "missing" / "sheet.pdf"))
    assert export_worksheet_pdf(seed_bank, None) is None
    warned = message_boxes.texts("Warning")
    assert len(warned) == 1 and "No such file" in warned[0]


def test_the_teacher_chooses_topics_length_and_key_before_exporting(qtbot, window, tmp_path, monkeypatch):
    monkeypatch.setattr(file_dialogs, "choose_file", lambda *a, **k: str(tmp_path / "7b.pdf"))
    export = next(a for a in window.file_menu.actions() if a.text() == "Export &Worksheet as PDF\u2026")
    export.trigger()
    dialog = window.teacher.worksheet_dialog
    qtbot.waitExposed(dialog)
    assert dialog.go_button.text() == "Export\u2026"
    bank = window.open_bank.bank
    assert dialog.summary.text() == f"{len(bank.questions)} questions of {len(bank.questions)} in the topics " \
                                    "ticked, in the order of the bank."
    qtbot.mouseClick(dialog.topics.none_button, Qt.MouseButton.LeftButton)
    assert not dialog.go_button.isEnabled() and dialog.summary.text() == "Pick at least one topic."
    for topic in ("distances", "ratios"):
        box = dialog.topics.boxes[topic]
        qtbot.mouseClick(box, Qt.MouseButton.LeftButton, pos=QPoint(8, box.height() // 2))
    in_topics = sum(q.topic in ("distances", "ratios") for q in bank.questions)
    length = dialog.topics.length
    length.selectAll()
    qtbot.keyClicks(length, "3")
    dialog.seed.selectAll()
    qtbot.keyClicks(dialog.seed, "7")
    qtbot.mouseClick(dialog.answer_key, Qt.MouseButton.LeftButton, pos=QPoint(8, dialog.answer_key.height() // 2))
    assert dialog.summary.text() == f"3 questions of {in_topics} in the topics ticked, in the order of the bank."
    qtbot.mouseClick(dialog.go_button, Qt.MouseButton.LeftButton)
    plan = WorksheetPlan(topics=("distances", "ratios"), length=3, seed=7, answer_key=False)
    assert dialog.plan() == plan
    expected = write_worksheet_pdf(bank, tmp_path / "expected.pdf", plan)
    assert pdf_pages(tmp_path / "7b.pdf") == expected < write_worksheet_pdf(bank, tmp_path / "all.pdf")
