"""The window shows without pyqtgraph and numpy (nor the TOML positions of
problems, for a bank that has none); they (and the other panes'
modules) are imported behind it once it is up, in a thread that is not the
window's, so that the Charts tab opens without that pause. A fresh
interpreter, because the rest of the suite imports them."""

import subprocess
import sys

CODE = r"""
import os, sys, threading, time
os.environ["QT_QPA_PLATFORM"] = "offscreen"

on_main_thread = {}

class Watch:  # notes which thread imports pyqtgraph and numpy first
    def find_spec(self, name, path=None, target=None):
        if name in ("pyqtgraph", "numpy") and name not in on_main_thread:
            on_main_thread[name] = threading.current_thread() is threading.main_thread()
        return None

sys.meta_path.insert(0, Watch())
from PySide6.QtCore import QSettings
from studydesk.core.history import History
from studydesk.ui.app import make_application
from studydesk.ui.background import wait_for_background
from studydesk.ui.main_window import MainWindow
from studydesk.paths import seed_bank
app = make_application()
history, _ = History.open(None)
window = MainWindow(QSettings(sys.argv[1], QSettings.Format.IniFormat), history)
assert window.open_bank.open(seed_bank())
window.show()
app.processEvents()
# (and the positions of problems in TOML text, which a bank that checks out never needs)
print("shown with:", sorted(m for m in ("pyqtgraph", "numpy", "studydesk.core.toml_positions") if m in sys.modules))
deadline = time.time() + 60
while "studydesk.ui.charts.charts_view" not in sys.modules and time.time() < deadline:
    app.processEvents()
    time.sleep(0.01)
wait_for_background()
print("on the main thread:", sorted(on_main_thread.items()))
window.show_charts()
print("charts:", type(window.charts_page).__name__)
"""


def test_chart_libraries_are_imported_behind_the_shown_window(tmp_path):
    out = subprocess.run([sys.executable, "-c", CODE, str(tmp_path / "s.ini")], capture_output=True, text=True,
                         timeout=120)
    assert out.returncode == 0, out.stderr
    assert "shown with: []" in out.stdout
    assert "on the main thread: [('numpy', False), ('pyqtgraph', False)]" in out.stdout
    assert "charts: ChartsView" in out.stdout
