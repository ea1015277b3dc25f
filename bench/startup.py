"""Time from process start to the first painted main window, for `studydesk`
and for a bare PySide6 window with one label, in the same run. Aim: within
2 times the bare window, whatever bank opens last: the seed bank, or a
10,000-question bank (which may finish loading behind the window; the time
until it is shown is given too).

    python bench/startup.py [--runs 15] [--platform offscreen|xcb] [--questions 10000]

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

from pathlib import Path

try:
    from bench.common import ROOT, report
    from bench.load_bank import make_bank
except ImportError:  # run as a script
    from common import ROOT, report
    from load_bank import make_bank

# Notes the clock at the window's first paint event, and again once that
# paint is done (a zero timer set then runs after it, and before anything the
# paint set off). Then it exits. Defined after the app's own imports so that
# the app imports in its real order.
FIRST_PAINT = """
import os, time
from PySide6.QtCore import QEvent, QObject, QTimer

_times = {}
_wanted = {"paint", "painted"}

def _note(mark):
    _times[mark] = time.time()
    if _wanted <= set(_times):
        print(*(repr(_times.get(m, 0.0)) for m in ("paint", "painted", "bank")), flush=True)
        os._exit(0)

class FirstPaint(QObject):
    def eventFilter(self, obj, event):
        if event.type() == QEvent.Type.Paint:
            obj.removeEventFilter(self)
            _note("paint")
            QTimer.singleShot(0, lambda: _note("painted"))
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
# With "bank" on its command line, it also waits for the last bank to be shown.
APP = """
import sys
from studydesk import cli
from studydesk.ui import app as _app
""" + FIRST_PAINT + """
if "bank" in sys.argv[2:]:
    _wanted.add("bank")
_open_window = _app.open_window
def open_window(*args):
    window = _open_window(*args)
    window.installEventFilter(_first_paint)
    if window.open_bank.bank is not None:
        _note("bank")  # opened before the window was shown
    # (Settings are written out first: this run may be the one that makes the bank the last.)
    window.open_bank.bank_changed.connect(lambda *_: (window.open_bank.settings.sync(), _note("bank")))
    return window
_app.open_window = open_window
sys.exit(cli.main(sys.argv[1:2] if sys.argv[1:2] not in ([], ["-"]) else []))
"""


def once(code: str, env: dict[str, str], *args: str) -> tuple[float, float, float]:
    """Seconds from start to the first paint event, to that paint done, and
    (when asked for with "bank") to the last bank shown."""
    start = time.time()
    out = subprocess.run([sys.executable, "-c", code, *args], capture_output=True, text=True, env=env, timeout=120)
    if out.returncode != 0 or not out.stdout.strip():
        raise SystemExit(f"child failed ({out.returncode}):\n{out.stderr}")
    paint, painted, bank = (float(t) - start for t in out.stdout.strip().splitlines()[-1].split())
    return paint, painted, bank


def _environment(home: str, platform: str) -> dict[str, str]:
    env = {**os.environ, "QT_QPA_PLATFORM": platform, "HOME": home, "XDG_DATA_HOME": f"{home}/data",
           "XDG_CONFIG_HOME": f"{home}/config", "PYTHONPATH": str(ROOT / "desktop")}
    # pip compiles an installed package's bytecode; measure that, not a
    # recompile of every module at each start (this machine sets
    # PYTHONDONTWRITEBYTECODE, which would charge compiling to start-up).
    env.pop("PYTHONDONTWRITEBYTECODE", None)
    return env


def measure(runs: int = 15, platform: str | None = None, questions: int = 10_000) -> list[tuple]:
    platform = platform or os.environ.get("QT_QPA_PLATFORM", "offscreen")
    with tempfile.TemporaryDirectory() as home, tempfile.TemporaryDirectory() as big_home:
        env, big_env = _environment(home, platform), _environment(big_home, platform)
        # The first run of each stores its last bank: the seed bank, and a large one.
        once(BARE, env), once(APP, env)  # (this also warms the disk cache)
        once(APP, big_env, str(make_bank(Path(big_home), questions)), "bank")
        bare, app, big = [], [], []
        for i in range(runs):  # interleaved, so drift hits all alike, and in turn first:
            runs_in_turn = [lambda: bare.append(once(BARE, env)), lambda: app.append(once(APP, env)),
                            lambda: big.append(once(APP, big_env, "-", "bank"))]
            for run in runs_in_turn[i % 3:] + runs_in_turn[:i % 3]:  # a run's place shifts its time a little
                run()

    def median(times: list[tuple[float, float, float]], which: int) -> float:
        return statistics.median(t[which] for t in times)

    return [("studydesk to its first frame painted", median(app, 1), "bare PySide6 window + label",
             median(bare, 1), 2.0),
            ("  (to the first paint event, for comparison)", median(app, 0), "  (the same)", median(bare, 0), None),
            (f"  the same, {questions:,}-question bank last", median(big, 1), "bare PySide6 window + label",
             median(bare, 1), 2.0),
            (f"  {questions:,}-question bank last, to it shown", median(big, 2), "bare PySide6 window + label",
             median(bare, 1), None)]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--runs", type=int, default=15)
    parser.add_argument("--platform", default=os.environ.get("QT_QPA_PLATFORM", "offscreen"))
    parser.add_argument("--questions", type=int, default=10_000)
    args = parser.parse_args()
    print(f"{args.runs} runs each, platform {args.platform}, median shown")
    report(measure(args.runs, args.platform, args.questions))


if __name__ == "__main__":
    main()
