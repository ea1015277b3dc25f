import threading

import shiboken6
from PySide6.QtWidgets import QLabel

from studydesk.ui.background import run_in_background, wait_for_background


def test_results_arrive_on_the_ui_thread(qtbot):
    seen = []
    run_in_background(lambda: threading.current_thread() is threading.main_thread(),
                      lambda in_main: seen.append((in_main, threading.current_thread() is threading.main_thread())))
    qtbot.waitUntil(lambda: bool(seen), timeout=3000)
    assert seen == [(False, True)]  # worked off the UI thread, answered on it


def test_failures_go_to_the_failure_callback(qtbot):
    failed = []
    run_in_background(lambda: 1 / 0, lambda _: None, failed.append)
    qtbot.waitUntil(lambda: bool(failed), timeout=3000)
    assert isinstance(failed[0], ZeroDivisionError)


def test_no_callback_once_the_widget_that_asked_is_gone(qtbot):
    label = QLabel()
    gate = threading.Event()
    called = []
    run_in_background(lambda: gate.wait(3) and "done", lambda text: called.append(label.setText(text)),
                      context=label)
    label.deleteLater()
    qtbot.waitUntil(lambda: not shiboken6.isValid(label), timeout=3000)
    gate.set()
    wait_for_background()
    qtbot.wait(50)  # let the queued result arrive
    assert called == []
