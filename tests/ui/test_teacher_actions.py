"""The File menu's teacher tools, driven as a teacher would: pick files in the
dialogs (answered here), get a bank that opens, and see what happened."""

import shutil

from PySide6.QtWidgets import QFileDialog

from studydesk.core.load import load_bank
from studydesk.ui.background import wait_for_background
from studydesk.ui.plain import literal
from tests.support import DATA


def answer_dialogs(monkeypatch, open_path=None, save_path=None):
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *a, **k: (str(open_path), ""))
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(save_path), ""))


def action(window, text):
    return next(a for a in window.file_menu.actions() if a.text().replace("&", "") == text)


def test_file_menu_lists_the_teacher_tools(window):
    names = [a.text().replace("&", "") for a in window.file_menu.actions() if a.text()]
    for expected in ("New Quiz from Article\u2026", "Open Bank\u2026", "Import Moodle GIFT\u2026",
                     "Export Moodle GIFT\u2026", "Print Worksheet\u2026", "Export Worksheet as PDF\u2026",
                     "Export History as CSV\u2026", "Export Chart as PNG\u2026", "Quit"):
        assert expected in names
    assert names.index("New Quiz from Article\u2026") < names.index("Open Bank\u2026")


def test_new_quiz_from_an_article(qtbot, window, tmp_path, monkeypatch):
    article = tmp_path / "river.txt"
    shutil.copy(DATA / "articles" / "danube.txt", article)
    answer_dialogs(monkeypatch, open_path=article, save_path=tmp_path / "river")
    action(window, "New Quiz from Article\u2026").trigger()
    qtbot.waitUntil(lambda: window.bank is not None and window.bank.path == (tmp_path / "river.toml"), timeout=20000)
    wait_for_background()
    result = load_bank(tmp_path / "river.toml")
    assert result.ok and len(result.bank.questions) >= 5
    assert result.bank.article_ref == "river.txt"
    assert window.tabs.currentWidget() is window.editor_page
    assert "Draft quiz written" in window.statusBar().currentMessage()


def test_new_quiz_from_a_binary_file_says_why(qtbot, window, tmp_path, monkeypatch, message_boxes):
    junk = tmp_path / "photo.txt"
    junk.write_bytes(bytes(range(256)) * 4)
    answer_dialogs(monkeypatch, open_path=junk, save_path=tmp_path / "photo.toml")
    action(window, "New Quiz from Article\u2026").trigger()
    qtbot.waitUntil(lambda: bool(message_boxes.texts("Warning")), timeout=10000)
    assert "not a text file" in message_boxes.texts("Warning")[0]
    assert not (tmp_path / "photo.toml").exists()
    assert window.bank.title == "Pokrovsk: the gateway to Donetsk"


def test_import_gift_opens_the_bank_and_reports(qtbot, window, tmp_path, monkeypatch):
    answer_dialogs(monkeypatch, open_path=DATA / "gift" / "every_construct.gift", save_path=tmp_path / "moodle.toml")
    action(window, "Import Moodle GIFT\u2026").trigger()
    assert window.bank.path == tmp_path / "moodle.toml"
    assert len(window.bank.questions) > 5
    dialog = window.teacher.reports_dialog
    assert dialog is not None and dialog.isVisible()
    assert "imported" in dialog.summary.text()
    assert "every_construct.gift:" in dialog.details.toPlainText()  # each report says where
    dialog.close()


def test_export_gift_writes_the_open_bank(qtbot, window, tmp_path, monkeypatch):
    answer_dialogs(monkeypatch, save_path=tmp_path / "pokrovsk.gift")
    action(window, "Export Moodle GIFT\u2026").trigger()
    text = (tmp_path / "pokrovsk.gift").read_text(encoding="utf-8")
    assert "By how much are Ukrainian forces near Pokrovsk outnumbered?" in text
    # The order question has no GIFT counterpart: it is reported, not dropped silently.
    dialog = window.teacher.reports_dialog
    assert dialog is not None
    reported = dialog.details.toPlainText()
    # Each report points at its question's line in the bank, as studydesk check does.
    line = next(i for i, text in enumerate(window.bank.path.read_text(encoding="utf-8").splitlines(), 1)
                if text == 'id = "events-in-order"') - 1
    assert f'pokrovsk.toml:{line}: question "events-in-order":' in reported
    dialog.close()


def test_export_history_csv(qtbot, window, tmp_path, monkeypatch):
    from studydesk.core.session import QuizSettings, Session

    session = Session(window.bank, window.bank.questions[:2], QuizSettings())
    window.history.follow(session)
    session.answer("Eight to one")
    answer_dialogs(monkeypatch, save_path=tmp_path / "history.csv")
    action(window, "Export History as CSV\u2026").trigger()
    text = (tmp_path / "history.csv").read_text(encoding="utf-8-sig")
    assert text.splitlines()[0].startswith("bank,attempt,date,question_id,topic,answer,correct,points")
    assert len(text.splitlines()) == 2


def test_a_name_given_without_its_extension_never_replaces_a_file_unasked(qtbot, window, tmp_path, monkeypatch,
                                                                           message_boxes):
    article = tmp_path / "river.txt"
    shutil.copy(DATA / "articles" / "danube.txt", article)
    kept = tmp_path / "draft.toml"
    kept.write_text("# a teacher's own bank\n", encoding="utf-8")
    answer_dialogs(monkeypatch, open_path=article, save_path=tmp_path / "draft")  # no ".toml" typed
    action(window, "New Quiz from Article\u2026").trigger()
    wait_for_background()
    assert message_boxes.texts("Question") == [literal("draft.toml already exists. Replace it?")]
    assert kept.read_text(encoding="utf-8") == "# a teacher's own bank\n"  # the answer was not Yes


def test_replacing_a_file_keeps_the_old_one_as_a_backup(qtbot, window, tmp_path, monkeypatch):
    article = tmp_path / "river.txt"
    shutil.copy(DATA / "articles" / "danube.txt", article)
    old = tmp_path / "river.toml"
    old.write_text("# replaced, but kept\n", encoding="utf-8")
    answer_dialogs(monkeypatch, open_path=article, save_path=old)  # the dialog asked about replacing
    action(window, "New Quiz from Article\u2026").trigger()
    qtbot.waitUntil(lambda: window.bank is not None and window.bank.path == old, timeout=20000)
    assert (tmp_path / "river.toml~").read_text(encoding="utf-8") == "# replaced, but kept\n"
