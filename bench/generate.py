"""Generate a draft bank from 60 KB, 100 KB and 1 MB of article text: time and
peak memory. Each time is set beside a baseline measured in the same run:
reading the same text into an article (title, blocks, sentences), which every
use of an article pays and the generator builds on. Aim: a draft in under a
second (absolute, on this machine), both for the longest text the generator
reads whole and for 1 MB.

    python bench/generate.py

The text is the seed and the test articles, repeated with their figures and
paragraph order varied, so that it is not one article a hundred times. Past
600 sentences the generator reads ten evenly spaced runs of them
(analysis.MAX_SENTENCES): 60 KB (about 550 sentences here) is read whole, the
costliest case per byte; 100 KB (about 900) and 1 MB are sampled to the same
600 sentences and differ by the reading of the whole text."""

from __future__ import annotations

import random
import re
import tracemalloc

try:
    from bench.common import ROOT, best_of, report
except ImportError:  # run as a script
    from common import ROOT, best_of, report

from studydesk.core.article import parse_article
from studydesk.core.generate import generate_bank

SOURCES = [ROOT / "seeds" / "000_bbb594c5c87ceaad.txt", *sorted((ROOT / "tests" / "data" / "articles").glob("*.txt"))]


def corpus(size: int, seed: int = 7) -> str:
    """About `size` characters of varied article text."""
    rng = random.Random(seed)
    paragraphs = [p for path in SOURCES for p in path.read_text(encoding="utf-8").splitlines() if p.strip()]
    out: list[str] = []
    total = 0
    while total < size:
        para = rng.choice(paragraphs)
        para = re.sub(r"\d", lambda m: str((int(m.group()) + rng.randint(0, 9)) % 10), para)
        out.append(para)
        total += len(para) + 1
    return "\n".join(out)[:size]


def peak_memory(text: str) -> int:
    tracemalloc.start()
    generate_bank(text)
    _, peak = tracemalloc.get_traced_memory()
    tracemalloc.stop()
    return peak


def measure(verbose: bool = False) -> list[tuple]:
    whole, small, large = corpus(60_000), corpus(100_000), corpus(1_000_000)
    read_whole = best_of(lambda: parse_article(whole).sentences, repeat=5)
    read_small = best_of(lambda: parse_article(small).sentences, repeat=5)
    read_large = best_of(lambda: parse_article(large).sentences, repeat=3)
    t_whole = best_of(lambda: generate_bank(whole), repeat=5)
    t_small = best_of(lambda: generate_bank(small), repeat=5)
    t_large = best_of(lambda: generate_bank(large), repeat=3)
    if verbose:
        m_whole, m_large = peak_memory(whole), peak_memory(large)
        print(f"60 KB ({len(parse_article(whole).sentences)} sentences, read whole): {t_whole * 1000:.0f} ms, "
              f"peak {m_whole / 1e6:.1f} MB;  1 MB: {t_large * 1000:.0f} ms, peak {m_large / 1e6:.1f} MB")
    return [
        ("generate from 60 KB", t_whole, "read 60 KB into an article", read_whole, None),
        ("generate from 100 KB", t_small, "read 100 KB into an article", read_small, None),
        ("generate from 1 MB", t_large, "read 1 MB into an article", read_large, None),
        ("generate from 60 KB", t_whole, "1 second (the aim, absolute)", 1.0, 1.0),
        ("generate from 1 MB", t_large, "1 second (the aim, absolute)", 1.0, 1.0),
    ]


def main() -> None:
    report(measure(verbose=True))


if __name__ == "__main__":
    main()
