"""A crash at any point of a save loses nothing already saved: writer
processes are killed mid-save, again and again, and the files checked."""

import os
import random
import signal
import sqlite3
import subprocess
import sys
import time

import pytest

from tests.support import ROOT

HISTORY_WRITER = r"""
import sys
from studydesk.core.history import History
from studydesk.core.check import load_bank
from studydesk.core.session import QuizSettings, Session
bank = load_bank(sys.argv[2]).bank
history, message = History.open(sys.argv[1])
assert message is None, message
n = 0
while True:
    session = Session.start(bank, QuizSettings(length=len(bank.questions), seed=n))
    history.follow(session)
    while not session.finished:
        session.answer("answer %d" % n)
        n += 1
        assert history.flush(5)  # the writer thread has committed it
        print(n, flush=True)  # after the commit: this many answers are safe
"""

BANK_WRITER = r"""
import sys
from studydesk.core.write import write_atomic
n = 0
while True:
    n += 1
    write_atomic(sys.argv[1], "%d\n" % n + "x" * 4_000_000, backup=True)
    print(n, flush=True)
"""

SETTINGS_WRITER = r"""
import sys
from PySide6.QtCore import QSettings
settings = QSettings(sys.argv[1], QSettings.Format.IniFormat)
n = int(settings.value("n", 0))
while True:
    n += 1
    settings.setValue("n", n)
    settings.setValue("blob", "x" * (1000 + n % 5000))
    settings.sync()
    print(n, flush=True)
"""


def kill_after(code: str, args: list[str], delay: float) -> list[int]:
    """Run a writer, kill it hard after `delay` seconds, return what it reported as saved."""
    env = {**os.environ, "PYTHONPATH": str(ROOT / "desktop"), "QT_QPA_PLATFORM": "offscreen"}
    proc = subprocess.Popen([sys.executable, "-c", code, *args], stdout=subprocess.PIPE, stderr=subprocess.PIPE,
                            text=True, env=env)
    time.sleep(delay)
    proc.send_signal(signal.SIGKILL)
    out, err = proc.communicate(timeout=30)
    assert "Traceback" not in err, err
    return [int(line) for line in out.split()]


@pytest.mark.slow
def test_history_survives_kills_mid_save(tmp_path):
    from tests.support import SEED_BANK

    path = tmp_path / "history.sqlite"
    rng = random.Random(7)
    saved_before = 0
    for _ in range(8):
        reported = kill_after(HISTORY_WRITER, [str(path), str(SEED_BANK)], rng.uniform(0.4, 1.2))
        db = sqlite3.connect(path)
        assert db.execute("PRAGMA integrity_check").fetchone() == ("ok",)
        count = db.execute("SELECT count(*) FROM answer").fetchone()[0]
        db.close()
        # Every answer the writer had reported as committed is there.
        assert count >= saved_before + (reported[-1] if reported else 0)
        saved_before = count
    assert saved_before > 0


@pytest.mark.slow
def test_a_bank_survives_kills_mid_save_and_the_next_save_tidies_up(tmp_path):
    from studydesk.core.write import write_atomic

    path = tmp_path / "bank.toml"
    rng = random.Random(5)
    left_behind = 0
    for _ in range(8):
        reported = kill_after(BANK_WRITER, [str(path)], rng.uniform(0.5, 1.5))
        for version in (path, tmp_path / "bank.toml~"):
            if version.exists():  # whole: a number, then all its padding
                number, padding = version.read_text().split("\n")
                assert int(number) >= 1 and padding == "x" * 4_000_000
        assert int(path.read_text().split("\n")[0]) >= (reported[-1] if reported else 0)
        left_behind += len(list(tmp_path.glob(".bank.toml*.tmp")))
        write_atomic(path, "0\n" + "x" * 4_000_000, backup=True)  # the next save, as the window makes it
        assert sorted(p.name for p in tmp_path.iterdir()) == ["bank.toml", "bank.toml~"]
    assert left_behind > 0  # the kills did land mid-save


@pytest.mark.slow
def test_settings_survive_kills_mid_save(tmp_path):
    from PySide6.QtCore import QSettings

    path = tmp_path / "settings.ini"
    rng = random.Random(11)
    last = 0
    for _ in range(6):
        reported = kill_after(SETTINGS_WRITER, [str(path)], rng.uniform(0.5, 1.0))
        settings = QSettings(str(path), QSettings.Format.IniFormat)
        assert settings.status() == QSettings.Status.NoError
        n = int(settings.value("n", 0))
        # The file holds a whole save: the last one reported, or one after it.
        assert n >= (reported[-1] if reported else last)
        assert len(settings.value("blob", "")) == 1000 + n % 5000
        last = n
