"""The window: opening banks (good and bad), remembering its state, zoom."""

from pathlib import Path

import pytest
from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtGui import QTextCursor, QTextFormat

from studydesk.ui.app import open_window
from studydesk.ui.main_window import MainWindow
from tests.support import SEED_BANK, copy_seed


def test_article_is_typeset_without_chrome(window):
    doc = window.article_view.document()
    text = doc.toPlainText()
    assert text.startswith("Pokrovsk: the gateway to Donetsk\nRussia is concentrating")
    assert "Ask me anything" not in text and "Explore related questions" not in text
    headings = [doc.findBlockByNumber(i) for i in range(doc.blockCount())]
    levels = {b.text(): b.blockFormat().headingLevel() for b in headings}
    assert levels["Pokrovsk: the gateway to Donetsk"] == 1
    assert levels["Pokrovsk Under Siege"] == 2
    assert levels["Winter and the Road Ahead"] == 2
    size = {b.text(): b.begin().fragment().charFormat().intProperty(QTextFormat.Property.FontSizeAdjustment)
            for b in headings}
    assert (size["Pokrovsk: the gateway to Donetsk"], size["Pokrovsk Under Siege"]) == (3, 1)
    assert size[next(t for t in size if t.startswith("Russia is concentrating"))] == 0  # body text as set
    assert window.windowTitle() == "Pokrovsk: the gateway to Donetsk \u2014 Study Desk"


def test_a_broken_bank_shows_its_errors_and_keeps_the_open_one(qtbot, window, tmp_path):
    broken = tmp_path / "broken.toml"
    text = '[bank]\ntitle = "Broken"\n\n[[question]]\nid = "a"\nkind = "choice"\npromt = "?"\n'
    broken.write_text(text, encoding="utf-8")
    assert window.open_bank.open(broken) is False
    dialog = window.errors_dialog
    assert dialog is not None and dialog.isVisible()
    assert 'broken.toml:7:1: question "a": unknown key "promt" (did you mean "prompt"?)' in \
        dialog.details.toPlainText()
    assert "stays open" in dialog.heading.text()
    assert window.open_bank.bank.title == "Pokrovsk: the gateway to Donetsk"
    assert broken.read_text(encoding="utf-8") == text  # never rewritten
    dialog.close()


def test_binary_file_as_bank_shows_a_message(qtbot, window, tmp_path):
    junk = tmp_path / "photo.toml"
    junk.write_bytes(bytes(range(256)))
    assert window.open_bank.open(junk) is False
    assert "not a text file" in window.errors_dialog.details.toPlainText()
    window.errors_dialog.close()


def test_open_another_bank_and_recent_list(qtbot, window, tmp_path):
    mine = copy_seed(tmp_path)
    text = mine.read_text(encoding="utf-8").replace('title = "Pokrovsk: the gateway to Donetsk"', 'title = "Mine"')
    mine.write_text(text, encoding="utf-8")
    assert window.open_bank.open(mine)
    assert window.open_bank.bank.title == "Mine"
    assert window.quiz_panel.start_page.title.text() == "Mine"
    assert window.recent_menu.isEnabled()
    assert window.recent_menu.actions() == []  # filled as it opens, not before
    window.recent_menu.aboutToShow.emit()
    actions = window.recent_menu.actions()
    assert [a.data() for a in actions] == [str(mine.resolve()), str(SEED_BANK.resolve())]
    actions[1].trigger()
    assert window.open_bank.bank.title == "Pokrovsk: the gateway to Donetsk"


def test_window_remembers_size_splitter_zoom_and_last_bank(qtbot, settings, history, tmp_path):
    mine = copy_seed(tmp_path)
    first = MainWindow(settings, history)
    qtbot.addWidget(first)
    first.open_bank.open(mine)
    first.resize(720, 520)  # within the offscreen screen, which is 800x600
    first.show()
    qtbot.waitExposed(first)
    first.splitter.setSizes([300, 700])
    first.article_view.zoom_in()
    first.article_view.zoom_in()
    sizes = first.splitter.sizes()
    zoom = first.article_view.zoom
    first.close()

    second = open_window(None, settings, history)
    qtbot.addWidget(second)
    second.show()
    qtbot.waitExposed(second)
    assert (second.size().width(), second.size().height()) == (720, 520)
    # Two banks now (this one and the student's copy of the seed): the Library comes first.
    assert second.pages.currentWidget() is second.pages.library_page
    second.show_study()
    assert second.splitter.sizes() == sizes
    assert second.article_view.zoom == zoom > 1
    assert second.open_bank.bank.path == mine


def test_zoom_keys(qtbot, window):
    view = window.article_view
    size = view.document().defaultFont().pointSizeF()
    qtbot.keyClick(window, Qt.Key.Key_Equal, Qt.KeyboardModifier.ControlModifier)
    assert view.document().defaultFont().pointSizeF() > size
    qtbot.keyClick(window, Qt.Key.Key_Minus, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClick(window, Qt.Key.Key_Minus, Qt.KeyboardModifier.ControlModifier)
    assert view.document().defaultFont().pointSizeF() < size
    qtbot.keyClick(window, Qt.Key.Key_0, Qt.KeyboardModifier.ControlModifier)
    assert view.zoom == 1.0


def test_evidence_far_down_is_scrolled_into_view(qtbot, window):
    window.resize(900, 600)
    qtbot.wait(10)
    view = window.article_view
    assert view.show_evidence(["setting the stage for a decisive spring offensive in 2026"])
    selections = view.extraSelections()
    cursor = QTextCursor(selections[0].cursor)
    start = QTextCursor(cursor)
    start.setPosition(cursor.selectionStart())
    rect = view.cursorRect(start)
    assert 0 <= rect.top() < view.viewport().height()
    assert view.verticalScrollBar().value() > 0


def test_bank_text_that_looks_like_html_is_shown_literally(qtbot, window, tmp_path):
    mine = copy_seed(tmp_path)
    evil = "<img src='file:///etc/passwd'><b>x</b>"
    text = mine.read_text(encoding="utf-8").replace(
        'prompt = "By how much are Ukrainian forces near Pokrovsk outnumbered?"', f'prompt = "{evil}"', 1)
    text = text.replace('title = "Pokrovsk: the gateway to Donetsk"', f'title = "{evil}"')
    mine.write_text(text, encoding="utf-8")
    assert window.open_bank.open(mine)
    assert window.quiz_panel.start_page.title.text() == evil
    assert window.quiz_panel.start_page.title.textFormat() == Qt.TextFormat.PlainText
    assert window.article_view.document().toPlainText().startswith(evil)
    from studydesk.core.session import QuizSettings, Session

    session = Session(window.open_bank.bank, (window.open_bank.bank.question("force-ratio"),), QuizSettings())
    window.quiz_panel.begin(session)
    prompt = window.quiz_panel.question_page.prompt
    assert prompt.text() == evil and prompt.textFormat() == Qt.TextFormat.PlainText


def test_history_problems_are_shown_and_unsaved_answers_asked_about_on_quit(qtbot, window, history, message_boxes):
    import sqlite3

    from studydesk.core.session import QuizSettings, Session

    session = Session(window.open_bank.bank, window.open_bank.bank.questions[:3], QuizSettings())
    window.quiz_panel.begin(session)
    other = sqlite3.connect(history.path, isolation_level=None, timeout=0.1)
    other.execute("BEGIN IMMEDIATE")  # another copy holds the write lock
    try:
        session.answer(None)
        qtbot.waitUntil(lambda: window.notice.isVisible(), timeout=3000)
        assert "1 answer is kept and will be saved as soon as it can take them" in window.notice.message.text()
        assert not window.close()  # the fixture answers "Discard" (not Yes): the window stays
        assert any("1 answer could not be written" in q for q in message_boxes.texts("Question"))
    finally:
        other.execute("ROLLBACK")
        other.close()
    assert window.close()  # written now: quits without asking
    assert history.attempt(session.attempt_id).answered == 1


def test_an_article_with_a_title_line_shows_it_once(qtbot, window, tmp_path):
    from tests.support import DATA

    article = next(p for p in (DATA / "articles").glob("*.txt") if p.stem == "danube")
    title = article.read_text(encoding="utf-8").splitlines()[0]
    (tmp_path / "a.txt").write_text(article.read_text(encoding="utf-8"), encoding="utf-8")
    (tmp_path / "b.toml").write_text('[bank]\ntitle = "Bank title"\narticle = "a.txt"\n\n[[question]]\nid = "q"\n'
                                     f'kind = "truefalse"\nprompt = "?"\nanswer = true\nevidence = "{title}"\n',
                                     encoding="utf-8")
    assert window.open_bank.open(tmp_path / "b.toml")
    text = window.article_view.document().toPlainText()
    assert text.splitlines().count(title) == 1 and text.startswith(title + "\n")
    assert window.article_view.show_evidence([title])  # the title line can still be evidence
    assert window.article_view.highlighted_text() == [title]


def test_about_box_names_the_version_and_has_the_pages_styles(window, message_boxes):
    from studydesk import __version__

    about = next(a for a in window.menuBar().actions()[-1].menu().actions() if "About" in a.text())
    about.trigger()
    (kind, text), = message_boxes  # the fixture checks the box has the style sheet
    assert kind == "NoIcon" and f"Study Desk {__version__}" in text


@pytest.mark.qt_log_ignore("This plugin does not support")
def test_a_real_message_box_answers_with_the_button_pressed(qtbot, monkeypatch):
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication, QMessageBox

    from studydesk.ui import plain
    from tests.ui.conftest import REAL_RUN_MESSAGE_BOX

    monkeypatch.setattr(plain, "run_message_box", REAL_RUN_MESSAGE_BOX)
    seen = {}

    def press_replace():
        box = QApplication.activeModalWidget()
        seen["styled"] = bool(box.styleSheet())
        box.button(QMessageBox.StandardButton.Yes).click()

    QTimer.singleShot(0, press_replace)
    buttons = QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.Cancel
    assert plain.ask(None, "Replace", "mine.toml exists. Replace it?", buttons,
                     QMessageBox.StandardButton.Cancel) == QMessageBox.StandardButton.Yes
    assert seen == {"styled": True}


@pytest.mark.qt_log_ignore("This plugin does not support")
def test_recent_menu_is_off_until_a_bank_is_opened_and_fills_when_it_pops_up(qtbot, settings, history):
    fresh = MainWindow(settings, history)
    qtbot.addWidget(fresh)
    assert not fresh.recent_menu.isEnabled()  # nothing opened yet
    assert fresh.open_bank.open(SEED_BANK)
    assert fresh.recent_menu.isEnabled()
    fresh.recent_menu.popup(fresh.mapToGlobal(fresh.rect().center()))  # Qt says aboutToShow itself
    qtbot.waitUntil(fresh.recent_menu.isVisible)
    assert [a.data() for a in fresh.recent_menu.actions()] == [str(SEED_BANK.resolve())]
    fresh.recent_menu.hide()


def test_the_window_has_its_icon_menus_and_shortcuts(qtbot, qapp, settings, history):
    from PySide6.QtGui import QIcon

    before = qapp.windowIcon()
    qapp.setWindowIcon(QIcon())  # as a new application starts
    try:
        window = open_window(None, settings, history)
        qtbot.addWidget(window)
        window.show()
        qtbot.waitUntil(lambda: qapp.activeWindow() is window)  # shortcuts go to the active window
        assert not qapp.windowIcon().isNull()
    finally:
        qapp.setWindowIcon(before)
    assert [a.text() for a in window.menuBar().actions()] == ["&File", "&View", "&Help"]
    texts = [a.text() for a in window.file_menu.actions()]
    assert texts[:2] == ["&New Quiz from Article\u2026", "&Open Bank\u2026"] and texts[-1] == "&Quit"
    assert window.file_menu.actions()[2].menu() is window.recent_menu
    qtbot.keyClick(window, Qt.Key.Key_2, Qt.KeyboardModifier.ControlModifier)  # the shortcuts work
    assert window.tabs.currentWidget() is window.charts_page


def test_a_first_window_lays_the_article_out_at_its_width_once(qtbot, settings, history):
    window = MainWindow(settings, history)  # no saved splitter: the default 11:9 split
    qtbot.addWidget(window)
    assert window.open_bank.open(SEED_BANK)
    widths = []
    window.article_view.installEventFilter(resizes := _Resizes(widths))
    window.show()
    qtbot.waitExposed(window)
    left, right = window.splitter.sizes()
    assert abs(left / (left + right) - 0.55) < 0.01
    assert widths == [left]  # not laid out at one width and then again at the split's
    window.article_view.removeEventFilter(resizes)


class _Resizes(QObject):
    def __init__(self, widths):
        super().__init__()
        self.widths = widths

    def eventFilter(self, obj, event):  # noqa: N802
        if event.type() == QEvent.Type.Resize:
            self.widths.append(event.size().width())
        return False


def test_reopening_the_last_bank_leaves_the_settings_file_alone(qtbot, settings, history, tmp_path):
    window = MainWindow(settings, history)
    qtbot.addWidget(window)
    assert window.open_bank.open(SEED_BANK)
    settings.sync()
    stored = Path(settings.fileName())
    assert stored.exists()
    stored.unlink()
    assert window.open_bank.open(SEED_BANK)  # what start-up does for a returning user
    settings.sync()
    assert not stored.exists()  # nothing was pending, so nothing was written
    (tmp_path / "other").mkdir()
    other = copy_seed(tmp_path / "other")
    assert window.open_bank.open(other)
    settings.sync()
    assert stored.exists() and window.open_bank.recent()[0] == str(other.resolve())  # a change is written
