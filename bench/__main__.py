"""python -m bench: every benchmark, one table. Each figure is printed beside
a baseline measured in the same run, and their ratio; machines here are
noisy, so only ratios compare between runs.
"""

from __future__ import annotations

import os
import platform
import sys

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from bench import generate, load_bank, memory, quiz, responsive, startup, stray_quotes  # noqa: E402
from bench.common import report, report_memory  # noqa: E402


def main() -> None:
    print(f"Python {platform.python_version()} on {platform.platform()}, {os.cpu_count()} cores")
    rows = []
    for name, measure in (("start-up", startup.measure), ("bank load", load_bank.measure),
                          ("stray quotes", stray_quotes.measure), ("generation", generate.measure), ("quiz", quiz.measure),
                          ("responsiveness", responsive.measure)):
        print(f"measuring {name}\u2026", file=sys.stderr, flush=True)
        rows += measure()
    print()
    report(rows)
    print()
    report_memory(memory.measure())


if __name__ == "__main__":
    main()
