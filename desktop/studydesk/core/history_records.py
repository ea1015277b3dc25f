"""What the history gives back: attempts and answers as records, and the
JSON their lists and responses are kept in."""

from __future__ import annotations

from datetime import datetime
from typing import Any

import msgspec

from .bank import Bank, MultiQuestion, OrderQuestion
from .session import TEST, QuizSettings


class AttemptRecord(msgspec.Struct, frozen=True):
    id: int
    bank_path: str
    bank_title: str
    started: str
    finished: str | None
    mode: str
    seed: int
    topics: tuple[str, ...]
    question_ids: tuple[str, ...]
    possible: float
    answered: int
    earned: float
    parent_id: int | None = None  # the attempt whose missed questions this one retries
    reshuffle: int = 0
    flagged: tuple[str, ...] = ()  # a test's questions flagged for review

    @property
    def is_retry(self) -> bool:
        return self.parent_id is not None

    @property
    def resumable(self) -> bool:
        """Left before the end: practice with questions to answer, or a test
        not yet submitted (its answers can still change)."""
        return self.finished is None and (self.answered < len(self.question_ids) or self.mode == TEST)

    @property
    def fraction(self) -> float:
        return self.earned / self.possible if self.possible else 0.0

    @property
    def settings(self) -> QuizSettings:
        return QuizSettings(self.topics, len(self.question_ids), self.mode, self.seed, self.reshuffle)


class AnswerRecord(msgspec.Struct, frozen=True):
    attempt_id: int
    bank_path: str
    bank_title: str
    answered: str
    question_id: str
    topic: str
    response: Any
    score: float
    points: float

    @property
    def correct(self) -> bool:
        return self.score >= 1 - 1e-9


def now() -> str:
    return datetime.now().astimezone().isoformat(timespec="seconds")


# json is imported on first use: a first start, with no attempt to resume,
# never needs it before the window is up.
def from_json(text: str) -> Any:
    import json

    return json.loads(text)


def to_json(response: Any) -> str:
    import json

    if isinstance(response, (set, frozenset)):
        response = sorted(response)
    elif isinstance(response, tuple):
        response = list(response)
    return json.dumps(response, ensure_ascii=False)


def attempt_record(r: tuple) -> AttemptRecord:
    return AttemptRecord(r[0], r[1], r[2], r[3], r[4], r[5], r[6], tuple(from_json(r[7])),
                         tuple(from_json(r[8])), r[9], r[10], r[11], r[12], r[13], tuple(from_json(r[14])))


def revive(bank: Bank, responses: dict[str, Any]) -> dict[str, Any]:
    """JSON gives lists back; multi answers are sets and order answers tuples."""
    out = {}
    for qid, value in responses.items():
        q = bank.question(qid)
        if isinstance(q, MultiQuestion) and isinstance(value, list):
            value = set(value)
        elif isinstance(q, OrderQuestion) and isinstance(value, list):
            value = tuple(value)
        out[qid] = value
    return out
