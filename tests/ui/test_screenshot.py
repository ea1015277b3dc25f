"""studydesk --screenshot, run as the docs run it: a subprocess per view."""

import subprocess
import sys

import pytest
from PySide6.QtGui import QImage


@pytest.mark.slow
@pytest.mark.parametrize("view", ["start", "quiz", "feedback", "results", "history", "written", "library", "review"])
def test_screenshot_of_each_view(tmp_path, view):
    out = tmp_path / f"{view}.png"
    run = subprocess.run([sys.executable, "-m", "studydesk", "--screenshot", str(out), "--view", view],
                         capture_output=True, text=True, timeout=120)
    assert run.returncode == 0, run.stderr
    image = QImage(str(out))
    assert (image.width(), image.height()) == (1280, 800)
    # Not a blank image: the article text and the panel leave many colours.
    colours = {image.pixel(x, y) for x in range(0, 1280, 16) for y in range(0, 800, 16)}
    assert len(colours) > 20


def test_screenshot_of_a_bad_bank_fails_cleanly(tmp_path):
    bank = tmp_path / "bad.toml"
    bank.write_text("[bank]\n", encoding="utf-8")
    run = subprocess.run([sys.executable, "-m", "studydesk", "--screenshot", str(tmp_path / "x.png"), str(bank)],
                         capture_output=True, text=True, timeout=120)
    assert run.returncode == 1 and "Traceback" not in run.stderr
    assert "no title" in run.stderr
