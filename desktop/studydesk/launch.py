"""The `studydesk` command's entry point: the program starts with Python's
cyclic garbage collector paused.

Start-up builds a hundred thousand or so objects that live as long as the
program (modules, classes, PySide's enum classes and wrappers, the bank)
and no garbage cycles, yet the collector would walk them over and over
before the window has painted: about 5 ms of start-up (docs/performance.md).
Once the window is shown, or a tool is about to run, what start-up built is
frozen (left out of every later collection, which is what gc.freeze() is
for) and the collector resumes.
"""

from __future__ import annotations

import gc

_paused = False


def pause_collector() -> None:
    global _paused
    _paused = gc.isenabled()
    gc.disable()


def resume_collector() -> None:
    """Freeze what start-up built and resume collecting; nothing if
    pause_collector() did not pause it (cli.main called as a library)."""
    global _paused
    if _paused:
        _paused = False
        gc.freeze()
        gc.enable()


def main() -> int:
    pause_collector()
    try:
        from studydesk.cli import main as run

        return run()
    finally:
        resume_collector()  # (the window or the tool has done so already)
