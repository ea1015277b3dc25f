"""Opening a bank removes what a killed save of it left (issue 15, item 4)."""

import subprocess
import sys

from tests.support import copy_seed


def test_opening_a_bank_removes_the_temporary_files_a_killed_save_left(window, tmp_path):
    bank = copy_seed(tmp_path)
    gone = int(subprocess.run([sys.executable, "-c", "import os; print(os.getpid())"],
                              capture_output=True, text=True).stdout)
    stale = bank.with_name(f".{bank.name}.studydesk-{gone}-12345678.tmp")
    stale.write_text(bank.read_text(encoding="utf-8"), encoding="utf-8")
    assert window.open_bank.open(bank)
    assert not stale.exists()
    assert sorted(p.name for p in bank.parent.iterdir()) == [bank.name]
