"""Timing helpers: every figure is printed beside a baseline measured in the
same run, because the machines here are noisy and only ratios compare."""

from __future__ import annotations

import statistics
import sys
import time
from pathlib import Path
from typing import Callable

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "desktop"))
sys.path.insert(1, str(ROOT))  # bench.* for the benchmarks run as scripts


def best_of(fn: Callable[[], object], repeat: int = 7) -> float:
    """The median of several runs, in seconds (after one warm-up)."""
    fn()
    times = []
    for _ in range(repeat):
        start = time.perf_counter()
        fn()
        times.append(time.perf_counter() - start)
    return statistics.median(times)


def medians_in_turn(first: Callable[[], object], second: Callable[[], object], repeat: int = 11
                    ) -> tuple[float, float]:
    """The median time of each, in seconds, the two run in turn (after one warm-up
    each), so that a noisy machine's drift hits both alike."""
    first(), second()
    times: tuple[list[float], list[float]] = ([], [])
    for _ in range(repeat):
        for fn, out in ((first, times[0]), (second, times[1])):
            start = time.perf_counter()
            fn()
            out.append(time.perf_counter() - start)
    return statistics.median(times[0]), statistics.median(times[1])


def report(rows: list[tuple[str, float, str, float, float | None]]) -> None:
    """Print rows of (figure, value, baseline name, baseline value, aim)."""
    print(f"{'figure':<50} {'value':>10} {'baseline':<28} {'base':>10} {'ratio':>7} {'aim':>6}")
    for name, value, base_name, base, aim in rows:
        ratio = value / base if base else float("nan")
        mark = "" if aim is None else ("  ok" if ratio <= aim else "  OVER")
        aim_text = "" if aim is None else f"{aim:.2f}"
        print(f"{name:<50} {_fmt(value):>10} {base_name:<28} {_fmt(base):>10} {ratio:>7.2f} {aim_text:>6}{mark}")


def report_memory(rows: list[tuple[str, int, str, int, float | None]]) -> None:
    """Print rows of (figure, bytes, baseline name, baseline bytes, aim)."""
    print(f"{'figure':<50} {'value':>10} {'baseline':<28} {'base':>10} {'ratio':>7} {'aim':>6}")
    for name, value, base_name, base, aim in rows:
        ratio = value / base if base else float("nan")
        mark = "" if aim is None else ("  ok" if ratio <= aim else "  OVER")
        aim_text = "" if aim is None else f"{aim:.2f}"
        print(f"{name:<50} {value / 2**20:>7.0f} MB {base_name:<28} {base / 2**20:>7.0f} MB {ratio:>7.2f} "
              f"{aim_text:>6}{mark}")


def _fmt(seconds: float) -> str:
    return f"{seconds * 1000:.1f} ms" if seconds < 10 else f"{seconds:.1f} s"
