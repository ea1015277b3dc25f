"""Large allocations mapped from the system, on glibc (map_large_allocations).

glibc serves an allocation of 128 KiB or more with a mapping of its own, so
that growing it is a remap, not a copy. But each time such a block is freed,
it raises that threshold to the block's size (up to 32 MiB): once the app
has read a 12 MB bank and let the text go, Qt's arrays for a 390,000-line
text document grow inside the heap instead, and each time one doubles it is
copied onto fresh pages, 25 to 45 ms within one slice of the editor's fill
(docs/performance.md). Setting the threshold with mallopt (mallopt(3)) stops
that adjustment. Elsewhere (macOS, Windows, another C library) nothing is
done: their allocators do not move thresholds so.
"""

from __future__ import annotations

import functools
import sys

M_MMAP_THRESHOLD = -3  # from glibc's malloc.h
THRESHOLD = 1 << 20  # 1 MiB: past it, an array's growth is a remap


@functools.cache
def map_large_allocations() -> bool:
    """Have glibc map every allocation of THRESHOLD or more, from now on;
    whether it was done (False off glibc)."""
    if not sys.platform.startswith("linux"):
        return False
    import ctypes  # (only for a large text: a millisecond to import)

    try:
        libc = ctypes.CDLL(None)
        libc.gnu_get_libc_version  # noqa: B018 - glibc's own: the option number means the same there
        mallopt = libc.mallopt
    except (OSError, AttributeError):
        return False
    mallopt.argtypes = (ctypes.c_int, ctypes.c_int)
    mallopt.restype = ctypes.c_int
    return mallopt(M_MMAP_THRESHOLD, THRESHOLD) == 1
