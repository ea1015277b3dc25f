"""How the window answers a user on a large bank, against the same on the
39-question seed bank, in the same run. Each figure is measured in a fresh
process (so first-open costs, imports included, are paid as a user pays
them), several times; the median is shown.

    python bench/responsive.py [--questions 40000] [--runs 3] [--only open,edit,...]

Figures (a stall is the longest time the event loop went without handling
events; aim: none over 50 ms):
  open      File > Open of the bank, from the seed bank: worst stall
  edit      first Edit tab open, until its text is shown and checked: worst stall
  reedit    back to the Edit tab from the Quiz tab, once it has all its text: worst stall
  typing    30 keystrokes in a question's prompt, 80 ms apart, and the check after: worst stall
  check     one keystroke that breaks a question, to the problem shown on screen (10,000 questions; aim 300 ms)
  charts    first Charts tab open, a second after the window appeared: worst stall
  history   first History tab open: worst stall
  answer    a right answer checked, to its feedback painted: worst of 15, and the worst stall
"""

from __future__ import annotations

import argparse
import json
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

try:
    from bench.common import ROOT, report
except ImportError:  # run as a script
    from common import ROOT, report

FIGURES = ("open", "edit", "reedit", "typing", "check", "charts", "history", "answer")
STALL_AIM = 0.050
CHECK_AIM = 0.300


# In the child: one figure on one bank.

def _open(window, bank: Path, folder: Path) -> dict:
    from bench.stalls import Heartbeat, run_until, wait
    from bench.windows import SEED_BANK, settle

    window.open_bank.open(SEED_BANK)
    settle(window)
    if bank == SEED_BANK:  # open another copy of it, as the big bank is another file
        bank = folder / "copy" / "banks" / "pokrovsk.toml"  # its article at ../../seeds, as the seed's
        bank.parent.mkdir(parents=True)
        shutil.copy(SEED_BANK, bank)
        (folder / "seeds").mkdir()
        shutil.copy(ROOT / "seeds" / "000_bbb594c5c87ceaad.txt", folder / "seeds")
    wait(0.3)
    beat = Heartbeat()
    beat.start()
    start = time.perf_counter()
    from PySide6.QtCore import QTimer

    QTimer.singleShot(0, lambda: window.open_bank.open(bank))
    run_until(lambda: window.open_bank.bank is not None and window.open_bank.bank.path == bank)
    opened = time.perf_counter() - start
    settle(window)
    return {"stall": beat.stop(), "time": opened}


def _first_show(window, show, ready) -> dict:
    from PySide6.QtCore import QTimer

    from bench.stalls import Heartbeat, run_until, wait
    from bench.windows import settle

    wait(1.0)  # a user looks at the window a moment before opening a tab
    beat = Heartbeat()
    beat.start()
    start = time.perf_counter()
    QTimer.singleShot(0, show)
    run_until(ready)
    shown = time.perf_counter() - start
    settle(window)
    return {"stall": beat.stop(), "time": shown}


def _edit(window, bank: Path, folder: Path) -> dict:
    return _first_show(window, window.show_editor, lambda: window.tabs.built("editor") is not None)


def _reedit(window, bank: Path, folder: Path) -> dict:
    from bench.windows import settle

    window.show_editor()
    settle(window)
    window.tabs.setCurrentWidget(window.quiz_panel)
    settle(window)
    return _first_show(window, window.show_editor, lambda: window.tabs.currentWidget() is window.editor_page)


def _charts(window, bank: Path, folder: Path) -> dict:
    return _first_show(window, window.show_charts, lambda: window.tabs.built("charts") is not None)


def _history(window, bank: Path, folder: Path) -> dict:
    return _first_show(window, window.show_history, lambda: window.tabs.built("history") is not None)


def _editor_at(window, kind: str, needle: str):
    """The Edit tab, settled, with the cursor just after `needle` in the
    first question of that kind from the middle of the bank on."""
    from bench.windows import settle

    window.show_editor()
    settle(window)
    editor = window.editor_page
    text = editor.text()
    question = text.find(f'kind = "{kind}"', len(text) // 2)
    at = text.index(needle, question if question >= 0 else text.index(f'kind = "{kind}"')) + len(needle)
    line = text.count("\n", 0, at) + 1
    editor.editor.go_to(line, at - text.rfind("\n", 0, at))
    settle(window)
    return editor


def _typing(window, bank: Path, folder: Path) -> dict:
    from PySide6.QtCore import Qt, QTimer
    from PySide6.QtTest import QTest

    from bench.stalls import Heartbeat, run_until, wait
    from bench.windows import busy

    editor = _editor_at(window, "choice", 'prompt = "')
    wait(0.5)
    keys = " and what else"
    keys = (keys * 3)[:30]
    beat = Heartbeat()
    beat.start()
    typed = []
    for i, key in enumerate(keys):
        QTimer.singleShot(80 * i, lambda k=key: (QTest.keyClick(editor.editor, k), typed.append(k)))
    run_until(lambda: len(typed) == len(keys))
    run_until(lambda: not busy(window) and not editor._timer.isActive())
    wait(0.2)
    assert Qt  # (imported for key names in other figures)
    return {"stall": beat.stop()}


def _check(window, bank: Path, folder: Path) -> dict:
    from PySide6.QtCore import QTimer
    from PySide6.QtTest import QTest

    from bench.stalls import Heartbeat, run_until, wait, when_painted

    editor = _editor_at(window, "choice", 'answer = "')  # typed there, it is no longer one of the choices
    wait(0.5)
    beat = Heartbeat()
    painted: list[float] = []
    watching: list[bool] = []

    def watch() -> None:
        if not watching and editor.status.text().startswith("\u2717"):
            watching.append(True)
            when_painted(editor.status, painted.append)

    beat.checks.append(watch)
    beat.start()
    start: list[float] = []
    QTimer.singleShot(0, lambda: (start.append(time.perf_counter()), QTest.keyClick(editor.editor, "x")))
    run_until(lambda: bool(painted))
    return {"time": painted[0] - start[0], "stall": beat.stop()}


def _answer(window, bank: Path, folder: Path) -> dict:
    from PySide6.QtCore import QTimer

    from bench.stalls import Heartbeat, run_until, wait, when_painted
    from bench.windows import settle
    from studydesk.core.grading import right_response

    panel = window.quiz_panel
    panel.start_page.length.setValue(20)
    panel.start_page.start_button.click()
    settle(window)
    page = panel.question_page
    times = []
    beat = Heartbeat()
    worst = 0.0
    for _ in range(15):
        page.input.set_response(right_response(panel.session.current))
        wait(0.1)
        painted: list[float] = []
        start: list[float] = []
        beat.start()
        QTimer.singleShot(0, lambda: (start.append(time.perf_counter()), page.check_button.click(),
                                      when_painted(page.feedback, painted.append)))
        run_until(lambda: bool(painted))
        times.append(painted[0] - start[0])
        shown: list[float] = []
        QTimer.singleShot(0, lambda: (page.next_button.click(), when_painted(page.prompt, shown.append)))
        run_until(lambda: bool(shown))
        worst = max(worst, beat.stop())
    return {"time": max(times), "stall": worst}


SCENARIOS = {"open": _open, "edit": _edit, "reedit": _reedit, "typing": _typing, "check": _check, "charts": _charts,
             "history": _history, "answer": _answer}


def child(figure: str, questions: int) -> None:
    from bench.windows import SEED_BANK, bank_file, make_window

    folder = Path(tempfile.mkdtemp())
    bank = SEED_BANK if questions == 0 else bank_file(questions, folder)
    window = make_window(folder, None if figure == "open" else bank)
    result = SCENARIOS[figure](window, bank, folder)
    print(json.dumps(result), flush=True)
    os._exit(0)  # the figures are out; tearing the window down measures nothing


# In the parent: each figure on each bank, in fresh processes, in turn.

def _run(figure: str, questions: int) -> dict:
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "PYTHONPATH": f"{ROOT}{os.pathsep}{ROOT / 'desktop'}"}
    env.pop("PYTHONDONTWRITEBYTECODE", None)  # bytecode compiled as pip leaves it, not at each start
    with tempfile.TemporaryDirectory() as home:
        env.update(HOME=home, XDG_DATA_HOME=f"{home}/d", XDG_CONFIG_HOME=f"{home}/c")
        out = subprocess.run([sys.executable, "-m", "bench.responsive", "--child", figure, str(questions)],
                             capture_output=True, text=True, env=env, timeout=600, cwd=ROOT)
    if out.returncode != 0 or not out.stdout.strip():
        raise SystemExit(f"{figure} on {questions} failed:\n{out.stderr}")
    return json.loads(out.stdout.strip().splitlines()[-1])


def measure(questions: int = 40_000, runs: int = 3, only: tuple[str, ...] = FIGURES) -> list[tuple]:
    rows = []
    for figure in only:
        size = 10_000 if figure == "check" else questions
        big, seed = [], []
        for _ in range(runs):
            seed.append(_run(figure, 0))
            big.append(_run(figure, size))

        def median(results: list[dict], key: str) -> float:
            return statistics.median(r[key] for r in results)

        name = f"{figure}, {size:,} questions"
        if figure == "check":
            rows.append((f"{name}: key to problem shown", median(big, "time"), "same, seed bank",
                         median(seed, "time"), None))
            rows.append((f"{name}: key to problem shown", median(big, "time"), "aim, 300 ms", CHECK_AIM, 1.0))
        elif figure == "answer":
            rows.append((f"{name}: to feedback painted, worst", median(big, "time"), "same, seed bank",
                         median(seed, "time"), None))
        rows.append((f"{name}: worst stall", median(big, "stall"), "same, seed bank", median(seed, "stall"), None))
        rows.append((f"{name}: worst stall", median(big, "stall"), "aim, 50 ms", STALL_AIM, 1.0))
    return rows


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--questions", type=int, default=40_000)
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument("--only", default=",".join(FIGURES))
    parser.add_argument("--child", nargs=2, metavar=("FIGURE", "QUESTIONS"), help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.child:
        child(args.child[0], int(args.child[1]))
        return
    print(f"{args.runs} runs each, median shown")
    report(measure(args.questions, args.runs, tuple(args.only.split(","))))


if __name__ == "__main__":
    main()
