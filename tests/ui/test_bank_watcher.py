"""The bank watcher reports a change made outside Study Desk, even one made
before its first read of the file, which runs behind the window: that read
had taken the new content for the content opened, and the change was lost
(the Edit tab's reload test failed in CI about one run in thirty for it)."""

import os

from studydesk.ui import bank_watcher
from studydesk.ui.bank_watcher import BankWatcher


def test_a_change_before_the_first_read_is_reported(qtbot, tmp_path, monkeypatch):
    bank = tmp_path / "bank.toml"
    bank.write_text('title = "gateway"\n', encoding="utf-8")
    later = []  # the first read, held until the file has changed
    monkeypatch.setattr(bank_watcher, "run_in_background",
                        lambda work, done, context=None: later.append(lambda: done(work())))
    watcher = BankWatcher()
    watcher.watch(bank)
    bank.write_text('title = "door, at last"\n', encoding="utf-8")
    os.utime(bank, ns=(1, 1))  # another time, whatever the clock's grain
    with qtbot.waitSignal(watcher.changed, timeout=3000) as seen:
        (first_read,) = later
        first_read()
    assert seen.args == [bank.resolve()]


def test_an_unchanged_file_is_not_reported(qtbot, tmp_path, monkeypatch):
    bank = tmp_path / "bank.toml"
    bank.write_text('title = "gateway"\n', encoding="utf-8")
    later = []
    monkeypatch.setattr(bank_watcher, "run_in_background",
                        lambda work, done, context=None: later.append(lambda: done(work())))
    watcher = BankWatcher()
    watcher.watch(bank)
    (first_read,) = later
    first_read()
    with qtbot.assertNotEmitted(watcher.changed, wait=bank_watcher.SETTLE_MS * 3):
        (tmp_path / "other.txt").write_text("x", encoding="utf-8")  # the folder changed; the bank did not


def test_a_change_landing_during_the_first_read_is_reported(qtbot, tmp_path, monkeypatch):
    """The first read must look at the file's time and size after its content,
    not before: a write landing between the two was taken for the content opened."""
    bank = tmp_path / "bank.toml"
    bank.write_text('title = "gateway"\n', encoding="utf-8")
    later = []
    monkeypatch.setattr(bank_watcher, "run_in_background",
                        lambda work, done, context=None: later.append(lambda: done(work())))
    read = BankWatcher._read
    writes = []

    def read_after_a_write(self):
        if not writes:  # the outside editor's save lands just as the first read begins
            writes.append(bank.write_text('title = "door, at last"\n', encoding="utf-8"))
            os.utime(bank, ns=(1, 1))
        return read(self)

    monkeypatch.setattr(BankWatcher, "_read", read_after_a_write)
    watcher = BankWatcher()
    watcher.watch(bank)
    with qtbot.waitSignal(watcher.changed, timeout=3000) as seen:
        (first_read,) = later
        first_read()
    assert seen.args == [bank.resolve()]
