"""A large bank loads behind the window: a band says which and how far,
the bank already open stays usable meanwhile, and Cancel stops it. At
start-up with a large last bank, the window comes at once and the bank
follows; one that fails gives way to the seed bank."""

from PySide6.QtCore import QSettings, Qt

from studydesk.core.check import load_bank
from studydesk.core.grading import right_response
from studydesk.core.session import TEST, QuizSettings, Session
from studydesk.paths import seed_bank
from studydesk.ui.app import open_window
from studydesk.ui.open_bank import LOAD_HERE_BYTES
from tests.support import large_seed


def test_a_large_bank_opens_behind_a_usable_window_with_its_progress_shown(qtbot, window, tmp_path):
    big = large_seed(tmp_path)
    assert big.stat().st_size > LOAD_HERE_BYTES
    progress = []
    window.open_bank.loading_progress.connect(lambda done, of: progress.append((done, of)))
    with qtbot.waitSignal(window.open_bank.bank_changed, timeout=30_000):
        assert window.open_bank.open(big)
        bar = window.loading_bar
        assert bar.isVisible() and bar.message.text() == "Opening large.toml\u2026"
        # Meanwhile the seed bank's quiz goes on: a question answered, its feedback shown.
        panel = window.quiz_panel
        assert panel.bank.title == "Pokrovsk: the gateway to Donetsk"
        panel.start_page.start_button.click()
        page = panel.question_page
        page.input.set_response(right_response(panel.session.current))
        page.check_button.click()
        assert page.feedback.isVisible()
    assert not bar.isVisible()
    assert len(window.open_bank.bank.questions) == len(panel.bank.questions) > 1500
    assert panel.start_page.summary.text().startswith(f"{len(panel.bank.questions)} questions")
    assert progress and progress[-1][0] == progress[-1][1]  # its questions counted in as they came


def test_cancel_stops_loading_and_keeps_the_open_bank(qtbot, window, tmp_path):
    big = large_seed(tmp_path)
    before = window.open_bank.bank
    assert window.open_bank.open(big)
    assert window.open_bank.loading == big
    qtbot.mouseClick(window.loading_bar.cancel, Qt.MouseButton.LeftButton)
    assert window.open_bank.loading is None and not window.loading_bar.isVisible()
    qtbot.wait(300)
    assert window.open_bank.bank is before


def test_a_newer_open_takes_the_place_of_a_load_under_way(qtbot, window, tmp_path):
    first = large_seed(tmp_path, name="first.toml")
    second = large_seed(tmp_path, 1600, name="second.toml")
    window.open_bank.open(first)
    with qtbot.waitSignal(window.open_bank.bank_changed, timeout=30_000):
        window.open_bank.open(second)
    qtbot.wait(300)
    assert window.open_bank.bank.path == second


def test_a_broken_large_bank_shows_its_problems_and_the_open_one_stays(qtbot, window, tmp_path):
    big = large_seed(tmp_path)
    big.write_text(big.read_text(encoding="utf-8").replace('kind = "truefalse"', 'kind = "truefalsy"', 1),
                   encoding="utf-8")
    before = window.open_bank.bank
    with qtbot.waitSignal(window.open_bank.problems_found, timeout=30_000) as found:
        window.open_bank.open(big)
    path, problems, kept = found.args
    assert path == str(big) and 'unknown kind "truefalsy"' in problems[0].message
    assert kept == "The bank already open stays open."
    assert window.open_bank.bank is before and not window.loading_bar.isVisible()


def test_starting_with_a_large_last_bank_shows_the_window_first(qtbot, qapp, history, tmp_path):
    big = large_seed(tmp_path)
    settings = QSettings(str(tmp_path / "s.ini"), QSettings.Format.IniFormat)
    settings.setValue("bank/last", str(big))
    window = open_window(None, settings, history)
    qtbot.addWidget(window)
    assert window.open_bank.bank is None and window.loading_bar.isVisibleTo(window)  # the window need not wait
    with qtbot.waitSignal(window.open_bank.bank_changed, timeout=30_000):
        window.show()
    assert window.open_bank.bank.path == big


def test_a_large_last_bank_that_fails_gives_way_to_the_students_copy_of_the_seed_bank(qtbot, qapp, history,
                                                                                       tmp_path):
    big = large_seed(tmp_path)
    big.write_text(big.read_text(encoding="utf-8") + "\n[[question\n", encoding="utf-8")
    settings = QSettings(str(tmp_path / "s.ini"), QSettings.Format.IniFormat)
    settings.setValue("bank/last", str(big))
    window = open_window(None, settings, history)
    qtbot.addWidget(window)
    qtbot.waitUntil(lambda: window.open_bank.bank is not None, timeout=30_000)
    opened = window.open_bank.bank.path
    assert opened != big and opened.name == seed_bank().name  # the copy in Documents/Study Desk
    assert len(window.open_bank.bank.questions) == len(load_bank(seed_bank()).bank.questions)


def test_reviewing_an_attempt_at_a_large_bank_not_open_follows_its_loading(qtbot, window, history, tmp_path):
    big = large_seed(tmp_path)
    with qtbot.waitSignal(window.open_bank.bank_changed, timeout=30_000):
        window.open_bank.open(big)
    bank = window.open_bank.bank
    session = Session(bank, bank.questions[:3], QuizSettings(mode=TEST, seed=2))
    window.quiz_panel.begin(session)
    session.answer(right_response(bank.questions[0]), bank.questions[0])
    session.submit()
    record = history.attempts(bank)[0]
    assert window.open_bank.open(seed_bank())
    window.history_page.review_requested.emit(record)
    assert window.open_bank.loading == big
    panel = window.quiz_panel
    qtbot.waitUntil(lambda: panel.currentWidget() is panel.review_page, timeout=30_000)
    assert window.open_bank.bank.path == big
    assert panel.review_page.headline.text().startswith("Score 1 of 3")


def test_closing_the_window_stops_a_load_under_way(qtbot, window, tmp_path):
    window.open_bank.open(large_seed(tmp_path))
    assert window.open_bank.loading is not None
    assert window.close()
    assert window.open_bank.loading is None
