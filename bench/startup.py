"""Time from process start to the first painted main window, for `studydesk`
and for a bare PySide6 window with one label, in the same run. Aim: within
2 times the bare window.

    python bench/startup.py [--runs 15] [--platform offscreen|xcb]

Each run is a fresh process (imports included, as a user pays them). The child
notes the clock twice and exits: when its window's first paint event arrives,
and when that paint is done, on the event loop's next turn. The aim is for
the second: only then is the window on screen. At the first, nothing has been
drawn yet, not even the bare window's label, so its fonts are not loaded; it
is shown beside the other for comparison.
"""

from __future__ import annotations

import argparse
import os
import statistics
import subprocess
import sys
import tempfile
import time

try:
    from bench.common import ROOT, report
except ImportError:  # run as a script
    from common import ROOT, report

# Notes the clock at the window's first paint event, and again once that
# paint is done (a zero timer set then runs after it, and before anything the
# paint set off). Then it exits. Defined after the app's own imports so that
# the app imports in its real order.
FIRST_PAINT = """
import os, time
from PySide6.QtCore import QEvent, QObject, QTimer

_times = []

def _note(exit):
    _times.append(time.time())
    if exit:
        print(*map(repr, _times), flush=True)
        os._exit(0)

class FirstPaint(QObject):
    def eventFilter(self, obj, event):
        if event.type() == QEvent.Type.Paint:
            obj.removeEventFilter(self)
            _note(False)
            QTimer.singleShot(0, lambda: _note(True))
        return False

_first_paint = FirstPaint()
"""

BARE = """
from PySide6.QtWidgets import QApplication, QLabel
""" + FIRST_PAINT + """
app = QApplication([])
label = QLabel("Study Desk")
label.installEventFilter(_first_paint)
label.resize(1280, 800)
label.show()
app.exec()
"""

# As the `studydesk` command starts (studydesk.cli.main): the command line,
# then the window module, which is where the window is caught before it is shown.
APP = """
import sys
from studydesk import cli
from studydesk.ui import app as _app
""" + FIRST_PAINT + """
_open_window = _app.open_window
def open_window(*args):
    window = _open_window(*args)
    window.installEventFilter(_first_paint)
    return window
_app.open_window = open_window
sys.exit(cli.main([]))
"""


def once(code: str, env: dict[str, str]) -> tuple[float, float]:
    """Seconds from start to the first paint event, and to that paint done."""
    start = time.time()
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, env=env, timeout=120)
    if out.returncode != 0 or not out.stdout.strip():
        raise SystemExit(f"child failed ({out.returncode}):\n{out.stderr}")
    times = [float(t) - start for t in out.stdout.strip().splitlines()[-1].split()]
    return times[0], times[1]


def measure(runs: int = 15, platform: str | None = None) -> list[tuple]:
    platform = platform or os.environ.get("QT_QPA_PLATFORM", "offscreen")
    with tempfile.TemporaryDirectory() as home:
        env = {**os.environ, "QT_QPA_PLATFORM": platform, "HOME": home, "XDG_DATA_HOME": f"{home}/data",
               "XDG_CONFIG_HOME": f"{home}/config", "PYTHONPATH": str(ROOT / "desktop")}
        # pip compiles an installed package's bytecode; measure that, not a
        # recompile of every module at each start (this machine sets
        # PYTHONDONTWRITEBYTECODE, which would charge compiling to start-up).
        env.pop("PYTHONDONTWRITEBYTECODE", None)
        once(BARE, env), once(APP, env)  # warm the disk cache for both
        bare, app = [], []
        for i in range(runs):  # interleaved, so drift hits both alike, and in turn first:
            if i % 2:          # a run's place in the pair shifts its time by a few ms
                app.append(once(APP, env))
                bare.append(once(BARE, env))
            else:
                bare.append(once(BARE, env))
                app.append(once(APP, env))

    def median(times: list[tuple[float, float]], which: int) -> float:
        return statistics.median(t[which] for t in times)

    return [("studydesk to its first frame painted", median(app, 1), "bare PySide6 window + label",
             median(bare, 1), 2.0),
            ("  (to the first paint event, for comparison)", median(app, 0), "  (the same)", median(bare, 0), None)]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--runs", type=int, default=15)
    parser.add_argument("--platform", default=os.environ.get("QT_QPA_PLATFORM", "offscreen"))
    args = parser.parse_args()
    print(f"{args.runs} runs each, platform {args.platform}, median shown")
    report(measure(args.runs, args.platform))


if __name__ == "__main__":
    main()
