"""Answering questions in a quiz drawn from a 10,000-question bank, against
the same on the 39-question seed bank, in the same run: the size of the bank
should not slow a student down. Aim: within 1.2 times, and within a frame.

    python bench/quiz.py

Each answer is timed from the Check button's click until its feedback is
painted, and each next question from the Next button's click until its
prompt is painted (the paint done, as bench/startup.py times the first
frame), with the event loop running as it does for a student.
"""

from __future__ import annotations

import os
import statistics
import tempfile
import time
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

try:
    from bench.common import report
    from bench.windows import SEED_BANK, bank_file, make_window
except ImportError:  # run as a script
    from common import report
    from windows import SEED_BANK, bank_file, make_window

ANSWERS = 30


def answer_times(bank_path: Path, folder: Path) -> tuple[float, float]:
    """Median seconds from Check to the feedback painted, and from Next to the next question painted."""
    from PySide6.QtCore import QTimer

    from studydesk.core.grading import right_response

    from bench.stalls import run_until, wait, when_painted

    window = make_window(folder, bank_path)
    panel = window.quiz_panel
    panel.start_page.length.setValue(ANSWERS + 5)
    panel.start_page.start_button.click()
    page = panel.question_page
    wait(0.2)

    def click_until_painted(button, widget) -> float:
        start: list[float] = []
        painted: list[float] = []
        QTimer.singleShot(0, lambda: (start.append(time.perf_counter()), button.click(),
                                      when_painted(widget, painted.append)))
        run_until(lambda: bool(painted))
        return painted[0] - start[0]

    answers, nexts = [], []
    for _ in range(ANSWERS):
        page.input.set_response(right_response(panel.session.current))
        wait(0.02)
        answers.append(click_until_painted(page.check_button, page.feedback))
        nexts.append(click_until_painted(page.next_button, page.prompt))
    window.close()
    window.history.close()
    return statistics.median(answers), statistics.median(nexts)


def measure() -> list[tuple]:
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        seed_answer, seed_next = answer_times(SEED_BANK, folder / "seed")
        big_answer, big_next = answer_times(bank_file(10_000, folder), folder / "big")
    return [
        ("answer to feedback painted, 10,000 questions", big_answer, "same, 39-question seed bank", seed_answer, 1.2),
        ("answer to feedback painted, 10,000 questions", big_answer, "one frame at 60 Hz", 1 / 60, 1.0),
        ("next to question painted, 10,000 questions", big_next, "same, 39-question seed bank", seed_next, 1.2),
        ("next to question painted, 10,000 questions", big_next, "one frame at 60 Hz", 1 / 60, 1.0),
    ]


def main() -> None:
    report(measure())


if __name__ == "__main__":
    main()
