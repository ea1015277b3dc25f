import pytest
from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QMessageBox

from studydesk.core.history import History
from studydesk.core.load import load_bank
from studydesk.ui.background import wait_for_background
from studydesk.ui.main_window import MainWindow
from studydesk.ui.style import apply_style
from tests.support import SEED_BANK


@pytest.fixture(autouse=True)
def no_modal_questions(monkeypatch):
    """A modal question would block the test run forever: answer "Discard"
    and keep what was asked, for tests to check (or to override)."""
    asked = []

    def question(parent, title, text, *args, **kwargs):
        asked.append(text)
        return QMessageBox.StandardButton.Discard

    monkeypatch.setattr(QMessageBox, "question", question)
    return asked


@pytest.fixture
def settings(tmp_path):
    return QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat)


@pytest.fixture
def history(tmp_path):
    h, message = History.open(tmp_path / "history.sqlite")
    assert message is None
    yield h
    wait_for_background()
    h.close()


@pytest.fixture
def seed_bank():
    return load_bank(SEED_BANK).bank


@pytest.fixture
def window(qtbot, qapp, settings, history):
    apply_style(qapp, dark=False)
    w = MainWindow(settings, history)
    qtbot.addWidget(w)
    assert w.open_bank(SEED_BANK)
    w.resize(1280, 800)
    w.show()
    qtbot.waitExposed(w)
    yield w
    wait_for_background()
