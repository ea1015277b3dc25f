"""What the first paint must not pay for (see ui/qt_values.py and
docs/performance.md): the `Qt` namespace's ~95 enum classes, the classes
PySide builds to wrap a QStyle, a message box or a file dialog, the menus'
actions and shortcuts and the window icon (made on the next turn), an
application-wide style sheet, modules only later work needs, and the cyclic
garbage collector (paused while the program starts, resumed once the window
is up). A fresh interpreter runs the real start, because the rest of the
suite builds them."""

import subprocess
import sys

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QScrollArea

from studydesk.ui import qt_values
from studydesk.ui.plain import plain_label
from studydesk.ui.qt_values import set_enum_property
from tests.support import SEED_BANK

CODE = r"""
import os, sys
os.environ["QT_QPA_PLATFORM"] = "offscreen"
os.environ["HOME"] = os.environ["XDG_CONFIG_HOME"] = os.environ["XDG_DATA_HOME"] = sys.argv[1]
from studydesk import launch
launch.pause_collector()  # as the studydesk command starts
from studydesk import cli
from studydesk.ui import app as app_module
import PySide6.QtCore, PySide6.QtWidgets

class FirstPaint(PySide6.QtCore.QObject):
    def eventFilter(self, window, event):
        if event.type() == PySide6.QtCore.QEvent.Type.Paint:
            window.removeEventFilter(self)
            at_first_paint(window)
        return False

def built(module, names):
    return [name for name in names if name in vars(module)]

def at_first_paint(window):
    print("built at first paint:", built(PySide6.QtCore, ["Qt"])
          + built(PySide6.QtWidgets, ["QStyle", "QMessageBox", "QFileDialog"])
          + built(PySide6.QtGui, ["QAction", "QKeySequence", "QIcon"]))
    print("article shown:", window.article_view.article is not None)
    print("menus at first paint:", [menu.title() for menu in (window.file_menu, window.view_menu, window.help_menu)],
          "with", len(window.file_menu.actions()), "entries")
    late = ("html", "json", "locale", "encodings.utf_8_sig", "importlib.resources", "studydesk.core.toml_positions",
            "studydesk.core.grading", "studydesk.core.numbers", "pyqtgraph", "numpy")
    print("imported at first paint:", [name for name in late if name in sys.modules])
    print("application style sheet:", repr(PySide6.QtWidgets.QApplication.instance().styleSheet()))

def after_first_paint(window):
    print("then menus:", window.menus_ready, len(window.file_menu.actions()) > 10,
          "icon:", not PySide6.QtWidgets.QApplication.windowIcon().isNull())
    import gc
    print("collector:", "running" if gc.isenabled() else "paused", "frozen" if gc.get_freeze_count() > 10000 else "")
    os._exit(0)

first_paint = FirstPaint()
open_window = app_module.open_window
def opened(*args):
    window = open_window(*args)
    window.installEventFilter(first_paint)
    window.first_painted.connect(lambda: PySide6.QtCore.QTimer.singleShot(0, lambda: after_first_paint(window)))
    return window
app_module.open_window = opened
cli.main([])
"""


@pytest.mark.parametrize("returning", [False, True])
def test_the_first_paint_builds_no_qt_namespace_dialog_or_menu_classes(tmp_path, returning):
    if returning:  # the last bank is opened from the settings, without looking for the seed bank
        (tmp_path / "StudyDesk").mkdir()
        (tmp_path / "StudyDesk" / "studydesk.conf").write_text(f"[bank]\nlast={SEED_BANK.resolve()}\n")
    out = subprocess.run([sys.executable, "-c", CODE, str(tmp_path)], capture_output=True, text=True, timeout=120)
    assert out.returncode == 0, out.stderr
    assert "article shown: True" in out.stdout, out.stdout
    assert "built at first paint: []" in out.stdout, out.stdout
    assert "menus at first paint: ['&File', '&View', '&Help'] with 0 entries" in out.stdout, out.stdout
    assert "then menus: True True icon: True" in out.stdout, out.stdout  # on the next turn of the event loop
    seed_lookup = [] if returning else ["importlib.resources"]  # the package data, as installed or checked out
    assert f"imported at first paint: {seed_lookup}" in out.stdout, out.stdout
    assert "application style sheet: ''" in out.stdout, out.stdout
    assert "collector: running frozen" in out.stdout, out.stdout  # paused for start-up, then resumed


def test_the_numbers_are_the_enums_they_stand_for(qapp):
    assert qt_values.PLAIN_TEXT == Qt.TextFormat.PlainText.value
    assert qt_values.SELECTABLE_BY_MOUSE == Qt.TextInteractionFlag.TextSelectableByMouse.value
    assert qt_values.SCROLL_BAR_ALWAYS_OFF == Qt.ScrollBarPolicy.ScrollBarAlwaysOff.value
    from PySide6.QtGui import QTextFormat

    assert qt_values.FONT_SIZE_ADJUSTMENT == QTextFormat.Property.FontSizeAdjustment.value


def test_set_by_number_reads_back_as_the_enum(qapp):
    label = plain_label("<b>not bold</b>", selectable=True)
    assert label.textFormat() == Qt.TextFormat.PlainText
    assert label.textInteractionFlags() == Qt.TextInteractionFlag.TextSelectableByMouse
    area = QScrollArea()
    set_enum_property(area, "horizontalScrollBarPolicy", qt_values.SCROLL_BAR_ALWAYS_OFF)
    assert area.horizontalScrollBarPolicy() == Qt.ScrollBarPolicy.ScrollBarAlwaysOff


def test_a_misspelt_property_is_an_error_not_a_silent_dynamic_property(qapp):
    import pytest

    with pytest.raises(AttributeError, match="textFromat"):
        set_enum_property(QScrollArea(), "textFromat", 0)


def test_a_dark_system_palette_chooses_the_dark_style(qapp):
    from PySide6.QtGui import QColor, QPalette

    from studydesk.ui.style import apply_style, system_prefers_dark

    before = qapp.palette()
    try:
        for window, dark in (("#202124", True), ("#f6f5f2", False)):
            palette = QPalette()
            palette.setColor(QPalette.ColorRole.Window, QColor(window))
            qapp.setPalette(palette)
            assert system_prefers_dark() is dark
    finally:
        qapp.setPalette(before)
        apply_style(qapp, dark=False)
