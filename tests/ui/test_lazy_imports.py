"""Opening the window and answering questions never imports pyqtgraph or
numpy: they load when the Charts tab is first shown. A fresh interpreter,
because the rest of the suite imports them."""

import subprocess
import sys

CODE = r"""
import os, sys
os.environ["QT_QPA_PLATFORM"] = "offscreen"
from PySide6.QtCore import QSettings
from studydesk.core.history import History
from studydesk.core.grading import right_response
from studydesk.ui.app import make_application
from studydesk.ui.main_window import MainWindow
from studydesk.paths import seed_bank
app = make_application()
history, _ = History.open(None)
window = MainWindow(QSettings(sys.argv[1], QSettings.Format.IniFormat), history)
assert window.open_bank.open(seed_bank())
window.show()
app.processEvents()
panel = window.quiz_panel
panel.start_page.start_button.click()
page = panel.question_page
while not panel.session.finished:
    page.input.set_response(right_response(panel.session.current))
    page.check()
    page.next()
window.show_history()
app.processEvents()
heavy = sorted(m for m in ("pyqtgraph", "numpy") if m in sys.modules)
print("before charts:", heavy)
window.show_charts()
print("after charts:", sorted(m for m in ("pyqtgraph", "numpy") if m in sys.modules))
"""


def test_charts_libraries_load_only_with_the_charts_tab(tmp_path):
    out = subprocess.run([sys.executable, "-c", CODE, str(tmp_path / "s.ini")], capture_output=True, text=True,
                         timeout=120)
    assert out.returncode == 0, out.stderr
    assert "before charts: []" in out.stdout
    assert "after charts: ['numpy', 'pyqtgraph']" in out.stdout
