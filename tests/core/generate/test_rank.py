"""Choosing among candidates: penalties rank them and never leave none chosen."""

from studydesk.core.bank import TrueFalseQuestion
from studydesk.core.generate.candidates import Candidate
from studydesk.core.generate.rank import select


def test_penalties_that_take_every_value_below_minus_one_still_choose():
    """Found by the fuzzing run (docs/robustness.md): thirty kept questions of
    one kind and topic lowered the rest below -1, and the choice failed."""
    candidates = [Candidate(TrueFalseQuestion(id=f"q{i}", prompt=f"Statement {i}?", answer=True), "", "facts",
                            "figure", f"s{i}", key=f"k{i}", sentence=i, score=0.5 if i >= 30 else 0.9)
                  for i in range(40)]
    chosen = select(candidates, 35)
    assert len(chosen) == 35 and [c.slug for c in chosen][:30] == [f"s{i}" for i in range(30)]
