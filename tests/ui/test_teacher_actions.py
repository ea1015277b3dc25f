"""The File menu's teacher tools, driven as a teacher would: pick files in the
dialogs (answered here), get a bank that opens, and see what happened."""

import shutil

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialogButtonBox

from studydesk.core.check import load_bank
from studydesk.ui import file_dialogs
from studydesk.ui.background import wait_for_background
from studydesk.ui.plain import literal
from tests.support import DATA, SEED_ARTICLE, SEED_BANK


def answer_dialogs(monkeypatch, open_path=None, save_path=None):
    monkeypatch.setattr(file_dialogs, "choose_file", lambda *a, save: str(save_path if save else open_path))


def action(window, text):
    return next(a for a in window.file_menu.actions() if a.text().replace("&", "") == text)


def test_file_menu_lists_the_teacher_tools(window):
    names = [a.text().replace("&", "") for a in window.file_menu.actions() if a.text()]
    for expected in ("New Quiz from Article\u2026", "Open Bank\u2026", "Import Moodle GIFT\u2026",
                     "Export Moodle GIFT\u2026", "Print Worksheet\u2026", "Export Worksheet as PDF\u2026",
                     "Export History as CSV\u2026", "Export Chart as PNG\u2026", "Quit"):
        assert expected in names
    assert names.index("New Quiz from Article\u2026") < names.index("Open Bank\u2026")


def _draft_review(qtbot, window):
    qtbot.waitUntil(lambda: getattr(window.teacher, "review_dialog", None) is not None
                    and window.teacher.review_dialog.isVisible(), timeout=20000)
    return window.teacher.review_dialog


def _row(review, index):
    """The list row that shows draft item `index`."""
    return next(r for r in range(review.list.count()) if review.list.item(r).data(Qt.ItemDataRole.UserRole) == index)


def test_new_quiz_from_an_article_opens_a_review_list(qtbot, window, tmp_path, monkeypatch):
    """Keep, drop and edit in the review list, then save: the bank holds exactly the kept questions."""
    article = tmp_path / "river.txt"
    shutil.copy(DATA / "articles" / "danube.txt", article)
    answer_dialogs(monkeypatch, open_path=article, save_path=tmp_path / "river")
    action(window, "New Quiz from Article\u2026").trigger()
    review = _draft_review(qtbot, window)
    draft = review.draft
    assert "Review them" in window.statusBar().currentMessage()
    assert not (tmp_path / "river.toml").exists()  # nothing written before the teacher saves
    kept = [i for i, item in enumerate(draft.items) if item.kept]
    offered = [i for i, item in enumerate(draft.items) if not item.kept]
    assert kept and offered  # the best-ranked ticked, the next best offered
    assert review.count.text().startswith(f"{len(kept)} of {len(draft.items)} kept")

    # Selecting a question shows it as a student sees it, its evidence highlighted in the article.
    review.list.setCurrentRow(_row(review, kept[0]))
    assert review.preview.prompt.text() == draft.items[kept[0]].question.prompt
    assert review.article.highlighted_text()

    # Drop the first kept one with the Drop button, keep an offered one by ticking it.
    review.drop.click()
    review.list.item(_row(review, offered[0])).setCheckState(Qt.CheckState.Checked)
    assert not draft.items[kept[0]].kept and draft.items[offered[0]].kept

    # Edit another: the form opens filled in; change the prompt and save the change.
    review.list.setCurrentRow(_row(review, kept[1]))
    review.edit.click()
    form = review.edit_dialog
    assert form.prompt.toPlainText() == draft.items[kept[1]].question.prompt
    form.prompt.setPlainText("An edited prompt: how long is the river?")
    form.accept()
    assert draft.items[kept[1]].question.prompt == "An edited prompt: how long is the river?"

    # Filter by kind: only that kind is listed.
    kind = draft.items[kept[1]].question.kind
    review.kind.setCurrentIndex(review.kind.findData(kind))
    assert all(draft.items[review.list.item(r).data(Qt.ItemDataRole.UserRole)].question.kind == kind
               for r in range(review.list.count()))

    review.buttons.button(QDialogButtonBox.StandardButton.Save).click()
    qtbot.waitUntil(lambda: window.open_bank.bank is not None and window.open_bank.bank.path == tmp_path / "river.toml", timeout=5000)
    result = load_bank(tmp_path / "river.toml")
    assert result.ok, [str(p) for p in result.problems]
    assert result.bank.article_ref == "river.txt"
    expected = {item.question.id for item in draft.items if item.kept}
    assert {q.id for q in result.bank.questions} == expected
    assert draft.items[kept[0]].question.id not in expected and draft.items[offered[0]].question.id in expected
    assert result.bank.question(draft.items[kept[1]].question.id).prompt == "An edited prompt: how long is the river?"


def test_review_questions_trims_the_open_bank_keeping_its_text(qtbot, window, tmp_path):
    bank = tmp_path / "bank.toml"
    shutil.copy(SEED_BANK, bank)
    (tmp_path / "seeds").mkdir(exist_ok=True)
    text = SEED_BANK.read_text(encoding="utf-8").replace("../../seeds/", "seeds/")
    bank.write_text(text, encoding="utf-8")
    shutil.copy(SEED_ARTICLE, tmp_path / "seeds" / SEED_ARTICLE.name)
    assert window.open_bank.open(bank)
    action(window, "Review Questions\u2026").trigger()
    review = window.teacher.review_dialog
    assert review.draft.kept_count == len(window.open_bank.bank.questions)
    dropped = review.draft.items[0].question.id
    review.list.setCurrentRow(_row(review, 0))
    review.drop.click()
    review.buttons.button(QDialogButtonBox.StandardButton.Save).click()
    saved = bank.read_text(encoding="utf-8")
    assert f'id = "{dropped}"' not in saved
    assert saved.count("[[question]]") == text.count("[[question]]") - 1
    assert (tmp_path / "bank.toml~").read_text(encoding="utf-8") == text  # the old file kept as a backup
    qtbot.waitUntil(lambda: window.open_bank.bank is not None and len(window.open_bank.bank.questions) == saved.count("[[question]]"))


def test_new_quiz_from_a_binary_file_says_why(qtbot, window, tmp_path, monkeypatch, message_boxes):
    junk = tmp_path / "photo.txt"
    junk.write_bytes(bytes(range(256)) * 4)
    answer_dialogs(monkeypatch, open_path=junk, save_path=tmp_path / "photo.toml")
    action(window, "New Quiz from Article\u2026").trigger()
    qtbot.waitUntil(lambda: bool(message_boxes.texts("Warning")), timeout=10000)
    assert "not a text file" in message_boxes.texts("Warning")[0]
    assert not (tmp_path / "photo.toml").exists()
    assert window.open_bank.bank.title == "Pokrovsk: the gateway to Donetsk"


def test_import_gift_opens_the_bank_and_reports(qtbot, window, tmp_path, monkeypatch):
    answer_dialogs(monkeypatch, open_path=DATA / "gift" / "every_construct.gift", save_path=tmp_path / "moodle.toml")
    action(window, "Import Moodle GIFT\u2026").trigger()
    assert window.open_bank.bank.path == tmp_path / "moodle.toml"
    assert len(window.open_bank.bank.questions) > 5
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
    line = next(i for i, text in enumerate(window.open_bank.bank.path.read_text(encoding="utf-8").splitlines(), 1)
                if text == 'id = "events-in-order"') - 1
    assert f'pokrovsk.toml:{line}: question "events-in-order":' in reported
    dialog.close()


def test_export_history_csv(qtbot, window, tmp_path, monkeypatch):
    from studydesk.core.session import QuizSettings, Session

    session = Session(window.open_bank.bank, window.open_bank.bank.questions[:2], QuizSettings())
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
    _draft_review(qtbot, window).buttons.button(QDialogButtonBox.StandardButton.Save).click()
    qtbot.waitUntil(lambda: window.open_bank.bank is not None and window.open_bank.bank.path == old, timeout=20000)
    assert (tmp_path / "river.toml~").read_text(encoding="utf-8") == "# replaced, but kept\n"
