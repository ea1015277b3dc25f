"""The window and banks from someone else (issue 15): one nested too deep
for tomli, at start-up and when the open file changes on disk, is reported
naming the file; one naming a file outside the rule as its article is not
shown."""

from studydesk.ui.app import open_window
from tests.support import SEED_BANK, copy_seed

DEEP = "\nextra = " + "[" * 2000 + "]" * 2000 + "\n"


def test_starting_on_such_a_bank_shows_its_problem_and_opens_the_seed(qtbot, settings, history, tmp_path):
    bank = tmp_path / "deep.toml"
    bank.write_text(SEED_BANK.read_text(encoding="utf-8") + DEEP, encoding="utf-8")
    window = open_window(bank, settings, history)
    qtbot.addWidget(window)
    # The seed bank opens instead: the student's own copy of it, in their library
    assert window.open_bank.bank is not None and window.open_bank.bank.path.name == SEED_BANK.name
    assert window.open_bank.bank.path != bank
    details = window.errors_dialog.details.toPlainText()
    assert str(bank) in details and "nested more than 400 deep" in details


def test_the_open_bank_changed_on_disk_to_such_a_bank_is_reported_and_kept(qtbot, window, tmp_path):
    bank = copy_seed(tmp_path)
    assert window.open_bank.open(bank)
    bank.write_text(bank.read_text(encoding="utf-8") + DEEP, encoding="utf-8")
    qtbot.waitUntil(lambda: window.notice.isVisible() and "problem" in window.notice.message.text(), timeout=5000)
    assert "mine.toml changed on disk but has 1 problem" in window.notice.message.text()
    assert window.open_bank.bank.path == bank  # the last good version stays
    next(b for b in window.notice.buttons if b.text() == "Show problems").click()
    assert "nested more than 400 deep" in window.errors_dialog.details.toPlainText()


def test_a_bank_naming_any_readable_file_as_its_article_does_not_show_it(qtbot, window, tmp_path):
    bank = tmp_path / "passwd.toml"
    bank.write_text(SEED_BANK.read_text(encoding="utf-8").replace(
        'article = "../../seeds/000_bbb594c5c87ceaad.txt"', 'article = "/etc/passwd"'), encoding="utf-8")
    assert not window.open_bank.open(bank)
    details = window.errors_dialog.details.toPlainText()
    assert 'article must be a path relative to this bank, not "/etc/passwd"' in details
    assert window.open_bank.bank.path == SEED_BANK.resolve()  # the seed stays open
    assert "root:" not in window.article_view.toPlainText()
