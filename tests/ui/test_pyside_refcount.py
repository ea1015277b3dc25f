"""PySide6 6.12.0 drops a reference to None on each call of a method that
returns nothing; before Python 3.12 None can then be freed and the app dies
("Fatal Python error: none_dealloc"). pyproject.toml keeps such a build out;
this test fails if one gets in."""

import sys

from PySide6.QtWidgets import QLabel


def test_void_calls_keep_none_alive(qapp):
    label = QLabel()
    before = sys.getrefcount(None)
    for _ in range(2000):
        label.setText("x")
    after = sys.getrefcount(None)
    assert after >= before - 50, f"None lost {before - after} references in 2000 calls"
