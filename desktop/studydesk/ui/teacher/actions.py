"""The File menu's tools for teachers: a draft quiz from an article, Moodle
GIFT in and out, printable worksheets, and the history as CSV.

Each asks for its files, does the slow part off the UI thread where there is
one, and tells the teacher what happened. They work on the open bank
(OpenBank); the window places their actions in its File menu.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtWidgets import QWidget

from studydesk.core.files import MAX_ARTICLE_BYTES, MAX_BANK_BYTES, TextFileError, read_text_file
from studydesk.core.history import History
from studydesk.core.write import relative_ref, write_atomic

from ..background import run_in_background
from ..file_dialogs import ask_open_path, ask_save_path
from ..menus import new_action
from ..open_bank import OpenBank
from ..plain import warn


class TeacherActions:
    def __init__(self, open_bank: OpenBank, history: History, window: QWidget,
                 say: Callable[[str, int], None]) -> None:
        """`window` is the parent of the dialogs; `say(message, milliseconds)`
        tells what was done, for that long (0: until the next message)."""
        self.open_bank = open_bank
        self.history = history
        self.window = window
        self.say = say
        self.reports_dialog = None
        self.worksheet_dialog = None
        self.new_quiz = new_action(window, "&New Quiz from Article\u2026", self.new_from_article, "Ctrl+N")
        self.tools = [  # for the File menu, after the window's own entries
            new_action(window, "&Review Questions\u2026", self.review_open_bank),
            new_action(window, "&Import Moodle GIFT\u2026", self.import_gift),
            new_action(window, "E&xport Moodle GIFT\u2026", self.export_gift),
            new_action(window, "&Print Worksheet\u2026", self.print_worksheet, "Ctrl+P"),
            new_action(window, "Export &Worksheet as PDF\u2026", self.export_worksheet_pdf),
            new_action(window, "Export &History as CSV\u2026", self.export_history_csv),
        ]

    def _start_folder(self) -> str:
        bank = self.open_bank.bank
        return str(bank.path.parent) if bank and bank.path else str(Path.home())

    def _warn(self, title: str, text: str) -> None:
        warn(self.window, title, text)

    def _show_reports(self, title: str, summary: str, lines: list[str]) -> None:
        from .reports_dialog import ReportsDialog

        self.reports_dialog = ReportsDialog(title, summary, lines, self.window)
        self.reports_dialog.open()

    # A draft quiz from an article

    def new_from_article(self) -> None:
        article_path = ask_open_path(self.window, "Choose an article (plain text)", self._start_folder(),
                                     "Text files (*.txt);;All files (*)")
        if article_path is None:
            return
        target = ask_save_path(self.window, "Save the draft quiz as", article_path.with_suffix(".toml"),
                               "Question banks (*.toml)", ".toml")
        if target is not None and self._may_write(target):
            self.generate(article_path, target)

    def _may_write(self, target: Path) -> bool:
        """Writing over the open bank: its unsaved edits are asked about first."""
        bank = self.open_bank.bank
        if bank is not None and bank.path is not None and bank.path.resolve() == target.resolve():
            return self.open_bank.may_leave()
        return True

    def generate(self, article_path: Path, bank_path: Path) -> None:
        """Generate in the background, then open the draft as a review list;
        saving it (keeping any file it replaces as NAME~) opens the bank."""
        self.say(f"Writing a draft quiz from {article_path.name}\u2026", 0)

        def work():
            import msgspec

            from studydesk.core.draft import Draft
            from studydesk.core.generate import generate_bank

            text = read_text_file(article_path, limit=MAX_ARTICLE_BYTES, what="article")
            generated = generate_bank(text, article_ref=relative_ref(article_path, bank_path.parent))
            draft = Draft.from_generated(generated)
            # The article's path lets an edit check its evidence against the article.
            draft.bank = msgspec.structs.replace(draft.bank, article_path=article_path.resolve())
            return draft

        def done(draft) -> None:
            self.say(
                f"Draft quiz ready: {draft.kept_count} questions kept of {len(draft.items)}. "
                "Review them, then save.", 10000)
            self.review(draft, bank_path, self.open_bank.open)

        def failed(exc: Exception) -> None:
            self.say("", 0)
            from studydesk.core.generate import GenerateError

            known = isinstance(exc, (TextFileError, GenerateError, OSError))
            self._warn("No quiz written", f"No quiz could be made from {article_path.name}: "
                       + (str(exc) if known else f"an unexpected error ({exc})."))

        run_in_background(work, done, failed, context=self.window)

    def review(self, draft, target: Path, on_saved) -> None:
        from .draft_review import DraftReview

        self.review_dialog = DraftReview(draft, target, on_saved, self.window)
        self.review_dialog.open()

    def review_open_bank(self) -> None:
        """The open bank as a review list, to trim: saving writes it back, comments and all."""
        from studydesk.core.draft import Draft

        bank = self.open_bank.bank
        if bank is None or bank.path is None or not self._may_write(bank.path):
            return
        try:
            text = read_text_file(bank.path, limit=MAX_BANK_BYTES, what="bank")
        except TextFileError as exc:
            self._warn("Cannot review", str(exc))
            return
        self.review(Draft.from_bank(bank, text), bank.path, self.open_bank.open)

    # Moodle GIFT

    def import_gift(self) -> None:
        source = ask_open_path(self.window, "Import Moodle GIFT questions", self._start_folder(),
                               "GIFT files (*.gift *.txt);;All files (*)")
        if source is None:
            return
        target = ask_save_path(self.window, "Save the imported bank as", source.with_suffix(".toml"),
                               "Question banks (*.toml)", ".toml")
        if target is not None and self._may_write(target):
            self.import_gift_file(source, target)

    def import_gift_file(self, source: Path, target: Path) -> bool:
        from studydesk.core.gift import import_gift

        try:
            text = read_text_file(source, limit=MAX_BANK_BYTES, what="GIFT")
        except TextFileError as exc:
            self._warn("Nothing imported", str(exc))
            return False
        result = import_gift(text, title=source.stem)
        lines = [r.located(source.name) for r in result.reports]
        if not result.bank.questions:
            self._show_reports("Nothing imported", f"{source.name} has no questions Study Desk can use. "
                               + result.summary(), lines)
            return False
        try:
            write_atomic(target, result.toml(), backup=True)
        except OSError as exc:
            self._warn("Nothing imported", f"Could not write {target}: {exc.strerror or exc}")
            return False
        opened = self.open_bank.open(target)
        if lines or not opened:
            self._show_reports("GIFT import", result.summary(), lines)
        return opened

    def export_gift(self) -> None:
        bank = self.open_bank.bank
        if bank is None:
            return
        suggested = bank.path.with_suffix(".gift") if bank.path else Path(self._start_folder()) / "questions.gift"
        target = ask_save_path(self.window, "Export as Moodle GIFT", suggested, "GIFT files (*.gift);;All files (*)",
                               ".gift")
        if target is not None:
            self.export_gift_file(target)

    def export_gift_file(self, target: Path) -> bool:
        from studydesk.core.gift import at_bank_lines, export_gift

        bank = self.open_bank.bank
        result = export_gift(bank)
        reports = result.reports
        if bank.path is not None:
            try:
                reports = at_bank_lines(reports, bank, bank.path.read_text(encoding="utf-8-sig"))
            except (OSError, UnicodeDecodeError):
                pass  # the reports still name their questions
        lines = [r.located(bank.path.name if bank.path else bank.title) for r in reports]
        if not result.exported and not result.kept:
            self._show_reports("Nothing exported", "No question of this bank can be written as GIFT; "
                               "no file was written.", lines)
            return False
        try:
            write_atomic(target, result.text)
        except OSError as exc:
            self._warn("Not exported", f"Could not write {target}: {exc.strerror or exc}")
            return False
        if lines:
            self._show_reports("GIFT export", result.summary(), lines)
        else:
            self.say(f"Exported {target.name}: {result.summary()}", 8000)
        return True

    # Worksheets and results

    def print_worksheet(self) -> None:
        from .print_worksheet import print_worksheet

        self._choose_worksheet("Print\u2026", lambda bank, plan: print_worksheet(bank, self.window, plan))

    def export_worksheet_pdf(self) -> None:
        from .print_worksheet import export_worksheet_pdf

        def export(bank, plan) -> None:
            path = export_worksheet_pdf(bank, self.window, plan)
            if path is not None:
                self.say(f"Worksheet written to {path}", 8000)

        self._choose_worksheet("Export\u2026", export)

    def _choose_worksheet(self, action: str, then: Callable) -> None:
        """Ask which questions go on the sheet, then print or export it."""
        from .worksheet_dialog import WorksheetDialog

        bank = self.open_bank.bank
        if bank is None:
            return
        dialog = WorksheetDialog(bank, action, self.window)
        self.worksheet_dialog = dialog
        dialog.accepted.connect(lambda: then(bank, dialog.plan()))
        dialog.open()

    def export_history_csv(self) -> None:
        from .history_export import export_history_csv

        path = export_history_csv(self.window, self.history, self.open_bank.bank)
        if path is not None:
            self.say(f"History written to {path}", 8000)
