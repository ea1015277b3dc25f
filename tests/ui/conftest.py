import pytest
from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QMessageBox

from studydesk.core.history import History
from studydesk.ui.background import wait_for_background
from studydesk.ui import plain
from studydesk.ui.main_window import MainWindow
from studydesk.ui.style import apply_style
from tests.support import SEED_BANK


REAL_RUN_MESSAGE_BOX = plain.run_message_box  # before any test replaces it


class MessageBoxes(list):
    """The message boxes shown, as (icon name, text). Questions are answered
    with `reply`, others with OK."""

    def __init__(self):
        super().__init__()
        self.reply = QMessageBox.StandardButton.Discard

    def texts(self, icon: str) -> list[str]:
        return [text for kind, text in self if kind == icon]


@pytest.fixture(autouse=True)
def message_boxes(monkeypatch):
    """A modal box would block the test run forever: each is answered at
    once and kept, for tests to check. Each must carry the pages' style
    sheet, which the main window does not (see style.use_style_sheet)."""
    boxes = MessageBoxes()

    def run(box):
        assert box.styleSheet(), "a message box without the pages' style sheet"
        kind = box.icon().name
        boxes.append((kind, box.text()))
        return boxes.reply if kind == "Question" else QMessageBox.StandardButton.Ok

    monkeypatch.setattr(plain, "run_message_box", run)
    return boxes


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
def window(qtbot, qapp, settings, history):
    apply_style(qapp, dark=False)
    w = MainWindow(settings, history)
    qtbot.addWidget(w)
    assert w.open_bank.open(SEED_BANK)
    w.resize(1280, 800)
    w.show()
    qtbot.waitExposed(w)
    yield w
    wait_for_background()
