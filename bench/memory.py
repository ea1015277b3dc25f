"""Peak memory (resident set) of Study Desk with every tab open, on a
10,000-question bank against the 39-question seed bank, each in a fresh
process of the same run. Aim: within 2 times the seed bank's. A bare PySide6
window with one label is shown too, for scale.

    python bench/memory.py

The peak is read from outside the process, in /proc, while it waits to be
told to exit: its own getrusage() would not do, because on Linux a process
carries over the peak of the one that started it (a child of a benchmark
that has itself grown reads at least the benchmark's size). The processes it
starts (the checker of the Edit tab) are added in.
"""

from __future__ import annotations

import os
import subprocess
import sys
import tempfile
from pathlib import Path

try:
    from bench.common import ROOT, report_memory
except ImportError:  # run as a script
    from common import ROOT, report_memory

# Appended to each child: say so, then wait to be measured and told to exit.
READY = """
print("ready", flush=True)
sys.stdin.read()
"""

BARE = """
import sys
from PySide6.QtWidgets import QApplication, QLabel
app = QApplication([])
label = QLabel("Study Desk"); label.resize(1280, 800); label.show(); app.processEvents()
"""

APP = """
import sys, tempfile
from pathlib import Path
sys.path.insert(0, sys.argv[1])
from bench.windows import every_tab_open
every_tab_open(None if sys.argv[2] == "seed" else int(sys.argv[2]), Path(tempfile.mkdtemp()))
"""


def peak(code: str, *args: str) -> int:
    """Bytes: the peak resident set of a fresh Python running `code`, and of
    the processes it started, read from outside once it prints "ready"."""
    return sum(peaks(code, *args))


def peaks(code: str, *args: str) -> tuple[int, int]:
    """Bytes: the peak resident set of a fresh Python running `code`, and the
    sum of those of the processes it started, read from outside once it prints "ready"."""
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "PYTHONPATH": str(ROOT / "desktop")}
    with tempfile.TemporaryDirectory() as home:
        env.update(HOME=home, XDG_DATA_HOME=f"{home}/d", XDG_CONFIG_HOME=f"{home}/c")
        child = subprocess.Popen([sys.executable, "-c", code + READY, *args], stdin=subprocess.PIPE,
                                 stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, env=env)
        try:
            said = child.stdout.readline().strip()
            if said != "ready":
                child.kill()
                raise SystemExit(f"child failed: {said}\n{child.stderr.read()}")
            own = _own_peak(child.pid)
            helpers = sum(_own_peak(pid) for pid in _descendants(child.pid))
        finally:
            if child.stdin:
                child.stdin.close()
            child.wait(timeout=60)
    return own, helpers


def _own_peak(pid: int) -> int:
    """VmHWM: the peak resident set of the process's memory since it started its program."""
    try:
        for line in Path(f"/proc/{pid}/status").read_text().splitlines():
            if line.startswith("VmHWM:"):
                return int(line.split()[1]) * 1024
    except OSError:  # it ended meanwhile
        pass
    return 0


def _descendants(pid: int) -> list[int]:
    found = []
    for task in Path(f"/proc/{pid}/task").glob("*"):
        try:
            children = (task / "children").read_text().split()
        except OSError:
            continue
        for child in map(int, children):
            found += [child, *_descendants(child)]
    return found


def measure() -> list[tuple]:
    seed, seed_helpers = peaks(APP, str(ROOT), "seed")
    big, big_helpers = peaks(APP, str(ROOT), "10000")
    bare = peak(BARE)
    return [("peak memory, 10,000-question bank, every tab", big + big_helpers, "same, 39-question seed bank",
             seed + seed_helpers, 2.0),
            ("  of it, the window's process", big, "  the same, seed bank", seed, None),
            ("  of it, the checker process", big_helpers, "  the same, seed bank", seed_helpers, None),
            ("peak memory, seed bank, every tab", seed + seed_helpers, "bare PySide6 window + label", bare, None)]


def main() -> None:
    report_memory(measure())


if __name__ == "__main__":
    main()
