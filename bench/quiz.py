"""Answering questions in a quiz drawn from a 10,000-question bank, against
the same on the 39-question seed bank, in the same run: the size of the bank
should not slow a student down. Aim: within 1.2 times, and within a frame.

    python bench/quiz.py
"""

from __future__ import annotations

import os
import statistics
import tempfile
import time
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

try:
    from bench.common import ROOT, report
    from bench.load_bank import make_bank
except ImportError:  # run as a script
    from common import ROOT, report
    from load_bank import make_bank

ANSWERS = 30


def answer_times(bank_path: Path, folder: Path) -> tuple[float, float]:
    """Median seconds to check an answer and show the next question; and to open the bank."""
    from PySide6.QtCore import QSettings
    from PySide6.QtWidgets import QApplication

    from studydesk.core.grading import right_response
    from studydesk.core.history import History
    from studydesk.ui.app import make_application
    from studydesk.ui.main_window import MainWindow

    make_application()
    history, _ = History.open(folder / f"{bank_path.stem}.sqlite")
    window = MainWindow(QSettings(str(folder / "s.ini"), QSettings.Format.IniFormat), history)
    window.resize(1280, 800)
    window.show()
    start = time.perf_counter()
    window.open_bank.open(bank_path)
    QApplication.processEvents()
    opened = time.perf_counter() - start
    panel = window.quiz_panel
    panel.start_page.length.setValue(ANSWERS + 5)
    panel.start_page.start_button.click()
    page = panel.question_page
    times = []
    for _ in range(ANSWERS):
        page.input.set_response(right_response(panel.session.current))
        start = time.perf_counter()
        page.check()
        page.next()
        QApplication.processEvents()
        times.append(time.perf_counter() - start)
    window.close()
    history.close()
    return statistics.median(times), opened


def measure() -> list[tuple]:
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        big = make_bank(folder, 10_000)
        seed_time, seed_open = answer_times(ROOT / "resources" / "banks" / "pokrovsk.toml", folder)
        big_time, big_open = answer_times(big, folder)
    return [
        ("answer + next, 10,000-question bank", big_time, "same, 39-question seed bank", seed_time, 1.2),
        ("answer + next, 10,000-question bank", big_time, "one frame at 60 Hz", 1 / 60, 1.0),
        ("open a 10,000-question bank", big_open, "open the seed bank", seed_open, None),
    ]


def main() -> None:
    report(measure())


if __name__ == "__main__":
    main()
