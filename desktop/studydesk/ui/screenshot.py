"""studydesk --screenshot OUT.png --view VIEW: the window rendered offscreen.

Used for the docs and by tests. It never touches the user's settings or
history: both live in a temporary folder for the run.
"""

from __future__ import annotations

import argparse
import os
import sys
import tempfile
from pathlib import Path

from studydesk.core.bank import Bank
from studydesk.core.grading import grade, right_response, wrong_response
from studydesk.core.session import PRACTICE, TEST, QuizSettings, Session


def demo_session(bank: Bank, length: int = 10, seed: int = 4, mode: str = TEST) -> Session:
    return Session.start(bank, QuizSettings(length=min(length, len(bank.questions)), mode=mode, seed=seed))


def answer_demo(session: Session) -> None:
    """Answer most questions right and some wrong, as a student might (and hand in a test)."""
    for i, q in enumerate(session.unanswered()):
        session.answer(wrong_response(q) if i % 4 == 3 else right_response(q), q)
    if session.mode == TEST:
        session.submit()


def demo_history(history, bank: Bank) -> None:
    """A few past attempts, one left unfinished, as a student's history looks."""
    for seed, length in ((3, 8), (5, 10), (9, 6), (12, 10)):
        session = demo_session(bank, length, seed)
        history.follow(session)
        answer_demo(session)
    unfinished = demo_session(bank, 10, 11, PRACTICE)
    history.follow(unfinished)
    unfinished.answer(right_response(unfinished.current))


def demo_library(window, bank: Bank) -> None:
    """A student's library some days on: the seed bank and the generator's
    draft of it, with answers from a week ago now due, and one bank moved
    away and one broken, as a library comes to hold."""
    from datetime import timedelta

    from studydesk.core.check import load_bank
    from studydesk.paths import resource

    library, schedule = window.library, window.schedule
    draft = load_bank(resource("banks", "pokrovsk-generated.toml")).bank
    for other, count in ((bank, 9), (draft, 5)):
        library.add_bank(other.path)
        for i, q in enumerate(other.questions[:count]):
            grade_ = grade(q, wrong_response(q) if i % 3 == 2 else right_response(q))
            schedule.record(other, q, grade_, when=schedule.clock() - timedelta(days=8 + i % 4))
    folder = library.folder
    broken = folder / "unit-3-draft.toml"
    broken.write_text('[bank]\ntitle = "Unit 3: draft"\narticle = "unit-3.txt"\n\n[[question]]\nid = "q1"\n'
                      'kind = "choice"\nprompt = "Which?"\nchoices = ["a", "b"]\nanswer = "c"\n', encoding="utf-8")
    library.add_bank(folder / "bakhmut.toml")  # opened once, since moved away
    demo_history(window.history, bank)


def stage(window, view: str, chart: str | None = None, question: str | None = None, wrong: bool = False) -> None:
    """Bring the window to a view, as a user would get there; `question`
    (an id) is the one shown, answered wrong with `wrong`."""
    from studydesk.ui.main_window import MainWindow

    assert isinstance(window, MainWindow)
    bank = window.open_bank.bank
    assert bank is not None
    panel = window.quiz_panel
    if view in ("quiz", "feedback"):
        questions = bank.questions[: min(10, len(bank.questions))]
        if question is not None:
            questions = (bank.question(question), *(q for q in questions if q.id != question))
        session = Session(bank, tuple(questions), QuizSettings(mode=PRACTICE, seed=1))
        panel.begin(session)
        if view == "feedback":
            page = panel.question_page
            page.input.set_response((wrong_response if wrong else right_response)(session.current))
            page.check()
    elif view == "results":
        session = demo_session(bank)
        panel.begin(session)
        answer_demo(session)
        panel.show_results()
    elif view == "test":
        session = demo_session(bank, 12, 4)
        panel.begin(session)
        page = panel.test_page
        for number, flag in ((1, False), (2, True), (3, False), (5, False), (6, True)):
            page.go_to(number - 1)
            page.input.set_response(right_response(page.nav.question))
            if flag:
                page.toggle_flag()
        page.go_to(6)
    elif view == "history":
        demo_history(window.history, bank)
        window.show_history()
    elif view == "written":
        from PySide6.QtTest import QTest

        session = Session(bank, (bank.question("stakes-if-it-falls"),), QuizSettings(mode=PRACTICE, seed=1))
        panel.begin(session)
        page = panel.question_page
        QTest.keyClicks(page.input.field, "If Pokrovsk falls, the Russians can push on to Kramatorsk and "
                                          "Sloviansk. It would be their biggest prize since Bakhmut.")
        page.check()  # the key points, ticked by the matching
        page.input.boxes[1].setChecked(False)  # "biggest prize" is not quite "the largest city": the student says so
        page.check()
    elif view in ("library", "review"):
        from PySide6.QtWidgets import QApplication

        from .background import wait_for_background

        demo_library(window, bank)
        if view == "library":
            window.show_library()
            wait_for_background(5000)
            QApplication.processEvents()
            window.pages.library_page.select(bank.path)
        else:
            window.reviews.start()
            wait_for_background(5000)
            QApplication.processEvents()  # the review, gathered by its worker
            from PySide6.QtCore import QEvent

            page, review = panel.due_page, panel.due_review
            while review.bank.path == bank.path:  # on to the first card of the other bank, and answer it
                page.input.set_response(right_response(review.current))
                page.check()
                page.next()
                QApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)  # the last card's input goes
            page.input.set_response(right_response(review.current))
            page.check()
    elif view == "attempt":
        from PySide6.QtWidgets import QApplication

        from .background import wait_for_background

        demo_history(window.history, bank)
        window.show_history()
        wait_for_background(5000)
        QApplication.processEvents()  # the list arrives from its worker
        window.history_page.table.selectRow(1)  # the last finished attempt
        window.history_page.review_button.click()
        panel.review_page.list.setCurrentRow(2)
    elif view == "charts":
        if chart == "progress":
            demo_history(window.history, bank)
        window.show_charts()
        if chart:
            window.charts_page.show_chart(chart)
    elif view == "worksheet":
        window.teacher.export_worksheet_pdf()  # its dialog: which questions go on the sheet
        dialog = window.teacher.worksheet_dialog
        for topic in ("losses", "timeline"):
            dialog.topics.boxes[topic].setChecked(False)
        dialog.topics.length.setValue(12)
        dialog.seed.setValue(7)
    elif view == "edit":
        window.show_editor()
        editor = window.editor_page
        text = editor.text()
        # The cursor in a question, so the preview shows it.
        line = text[: text.index('id = "force-ratio"')].count("\n") + 3 if 'id = "force-ratio"' in text else 1
        editor.editor.go_to(line)


def take_screenshot(args: argparse.Namespace) -> int:
    os.environ["QT_QPA_PLATFORM"] = "offscreen"
    from PySide6.QtCore import QSettings
    from PySide6.QtWidgets import QApplication

    from studydesk.core.history import History

    from .app import make_application
    from .background import wait_for_background
    from .library_list import Library
    from .main_window import MainWindow
    from .style import apply_style

    try:
        width, height = (int(v) for v in args.size.lower().split("x"))
    except ValueError:
        print(f"studydesk: --size must look like 1280x800, not {args.size!r}", file=sys.stderr)
        return 2
    app = make_application()
    apply_style(app, dark=args.dark)
    with tempfile.TemporaryDirectory() as tmp:
        settings = QSettings(str(Path(tmp) / "settings.ini"), QSettings.Format.IniFormat)
        history, _ = History.open(Path(tmp) / "history.sqlite")
        library = Library(settings, Path(tmp) / "Documents" / "Study Desk")
        library.first_start()
        window = MainWindow(settings, history, library=library)
        from studydesk.core.check import load_bank

        result = load_bank(args.bank or library.starter_bank())
        if result.bank is None:
            for problem in result.problems:
                print(problem, file=sys.stderr)
            return 1
        window.open_bank.take(result.bank)
        window.resize(width, height)
        window.show()
        QApplication.processEvents()
        if args.chart and args.chart != "progress" and not any(c.id == args.chart for c in result.bank.charts):
            print(f"studydesk: no chart with id {args.chart!r} in the bank", file=sys.stderr)
            return 2
        if args.question and not any(q.id == args.question for q in result.bank.questions):
            print(f"studydesk: no question with id {args.question!r} in the bank", file=sys.stderr)
            return 2
        stage(window, args.view, args.chart, args.question, args.wrong)
        for _ in range(3):
            wait_for_background(5000)
            QApplication.processEvents()
        image = window.grab()
        _paint_dialogs(window, image)
        ok = image.save(str(args.screenshot))
        window.close()
        history.close()
        window.schedule.store.close()
    if not ok:
        print(f"studydesk: could not write {args.screenshot}", file=sys.stderr)
        return 1
    print(f"wrote {args.screenshot} ({args.view}, {width}x{height})")
    return 0


def _paint_dialogs(window, image) -> None:
    """Dialogs open over the window, painted where a window manager would
    centre them: offscreen, a grab of the window leaves them out."""
    from PySide6.QtCore import QPoint
    from PySide6.QtGui import QColor, QPainter, QPalette
    from PySide6.QtWidgets import QDialog

    painter = QPainter(image)
    for dialog in window.findChildren(QDialog):
        if dialog.isVisible():
            shot = dialog.grab()
            at = QPoint((image.width() - shot.width()) // 2, (image.height() - shot.height()) // 2)
            painter.fillRect(shot.rect().translated(at + QPoint(4, 4)), QColor(0, 0, 0, 60))  # a shadow
            painter.drawPixmap(at, shot)
            painter.setPen(QColor(dialog.palette().color(QPalette.ColorRole.Mid)))
            painter.drawRect(shot.rect().translated(at).adjusted(0, 0, -1, -1))
    painter.end()
