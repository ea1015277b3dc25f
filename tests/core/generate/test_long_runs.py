"""Text of thousands of figures run together, as a table pasted without its
lines: the generator reads it in moments (it took minutes; found by the
fuzzing run, docs/robustness.md)."""

import time

import pytest

from studydesk.core.generate import GenerateError, generate_bank
from studydesk.core.generate.quantities import find_figures
from tests.support import SEED_ARTICLE

BOUND = 30  # seconds, generous for a busy machine: each takes about half a second alone (it took 770 s; the names, 2 minutes)


# The last two: names run together without spaces, one "sentence" of 100,000 mentions (a fuzzed input of
# this shape took 44 s: every pair of names, and every mention's count, scanned the whole sentence again).
@pytest.mark.parametrize("run", ["1 " * 150_000, "1,200 " * 50_000, "In 2022 about 5 km. " * 15_000,
                                 "Kyiv/Lviv/" * 50_000, "Zab;Qcd;" * 50_000])
def test_an_article_with_a_run_of_figures_is_read_in_moments(run):
    text = SEED_ARTICLE.read_text(encoding="utf-8") + "\n" + run
    start = time.perf_counter()
    try:
        generated = generate_bank(text, seed=1)
    except GenerateError:
        generated = None
    elapsed = time.perf_counter() - start
    assert elapsed < BOUND, f"{elapsed:.1f} s"
    assert generated is not None and generated.bank.questions  # the article's own questions are still asked


def test_finding_the_figures_of_a_long_run_grows_with_its_length():
    start = time.perf_counter()
    figures = find_figures("Counts: " + "12 " * 30_000 + "units.")
    assert time.perf_counter() - start < BOUND
    assert len(figures) == 30_000
