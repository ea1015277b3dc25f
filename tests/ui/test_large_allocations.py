"""Large allocations mapped from the system on glibc: once a large block has
been freed, glibc serves the next large ones from its heap, where growing
one copies it; after map_large_allocations they are mapped again. Each case
runs in a process of its own, as the setting is the process's."""

import os
import subprocess
import sys
from pathlib import Path

import pytest

from studydesk.ui.editor import text_filler

ROOT = Path(__file__).resolve().parents[2]

# A 12 MiB block freed (a bank's text let go), then a 4 MiB one: in glibc's heap, or a mapping of its own?
SCRIPT = """
import ctypes, sys
if sys.argv[1] == "set":
    from studydesk.ui.editor.large_allocations import map_large_allocations
    assert map_large_allocations()
freed = bytearray(12 << 20)
del freed
grown = bytearray(4 << 20)
address = ctypes.addressof((ctypes.c_char * len(grown)).from_buffer(grown))
for line in open("/proc/self/maps"):
    if line.rstrip().endswith("[heap]"):
        low, high = (int(x, 16) for x in line.split()[0].split("-"))
        if low <= address < high:
            print("heap")
            break
else:
    print("mapped")
"""


def _where(mode: str) -> str:
    env = {**os.environ, "PYTHONPATH": str(ROOT / "desktop")}
    out = subprocess.run([sys.executable, "-c", SCRIPT, mode], capture_output=True, text=True, env=env, timeout=60,
                         check=True)
    return out.stdout.strip()


def _glibc() -> bool:
    if not sys.platform.startswith("linux"):
        return False
    import ctypes

    return hasattr(ctypes.CDLL(None), "gnu_get_libc_version")


@pytest.mark.skipif(not _glibc(), reason="glibc's allocator only")
def test_after_a_large_block_is_freed_the_next_is_in_the_heap_unless_large_allocations_are_mapped():
    assert _where("default") == "heap"  # what made the editor's fill stall
    assert _where("set") == "mapped"


def test_the_editor_maps_large_allocations_before_a_large_text_and_not_for_a_small_one(qtbot, monkeypatch):
    from PySide6.QtWidgets import QPlainTextEdit

    calls = []
    monkeypatch.setattr(text_filler, "map_large_allocations", lambda: calls.append(1))
    editor = QPlainTextEdit()
    qtbot.addWidget(editor)
    filler = text_filler.TextFiller(editor)
    filler.fill("x = 1\n" * 100)
    assert calls == []
    filler.fill("x = 1\n" * (text_filler.AT_ONCE_CHARS // 6 + 10))
    assert calls == [1]
    qtbot.waitUntil(lambda: not filler.filling, timeout=10_000)
    assert editor.toPlainText().count("\n") == text_filler.AT_ONCE_CHARS // 6 + 10
