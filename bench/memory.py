"""Peak memory (resident set) of Study Desk with a 10,000-question bank open
and a chart shown, against a bare PySide6 window with one label, each in a
fresh process of the same run.

    python bench/memory.py
"""

from __future__ import annotations

import os
import subprocess
import sys
import tempfile

try:
    from bench.common import ROOT, report_memory
except ImportError:  # run as a script
    from common import ROOT, report_memory

BARE = """
import resource
from PySide6.QtWidgets import QApplication, QLabel
app = QApplication([])
label = QLabel("Study Desk"); label.resize(1280, 800); label.show(); app.processEvents()
print(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss * 1024)
"""

APP = """
import resource, sys, tempfile
from pathlib import Path
sys.path.insert(0, sys.argv[1])
from bench.load_bank import make_bank
from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QApplication
from studydesk.core.history import History
from studydesk.ui.app import make_application
from studydesk.ui.main_window import MainWindow
app = make_application()
folder = Path(tempfile.mkdtemp())
bank = make_bank(folder, 10_000)
history, _ = History.open(folder / "h.sqlite")
window = MainWindow(QSettings(str(folder / "s.ini"), QSettings.Format.IniFormat), history)
window.resize(1280, 800); window.show(); window.open_bank.open(bank); app.processEvents()
window.show_charts(); app.processEvents()
print(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss * 1024)
"""


def _peak(code: str) -> int:
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "PYTHONPATH": str(ROOT / "desktop")}
    with tempfile.TemporaryDirectory() as home:
        env.update(HOME=home, XDG_DATA_HOME=f"{home}/d", XDG_CONFIG_HOME=f"{home}/c")
        out = subprocess.run([sys.executable, "-c", code, str(ROOT)], capture_output=True, text=True, env=env,
                             timeout=300)
    if out.returncode != 0:
        raise SystemExit(out.stderr)
    return int(out.stdout.strip().splitlines()[-1])


def measure() -> list[tuple]:
    return [("peak memory, 10,000-question bank + charts", _peak(APP), "bare PySide6 window + label",
             _peak(BARE), None)]


def main() -> None:
    report_memory(measure())


if __name__ == "__main__":
    main()
