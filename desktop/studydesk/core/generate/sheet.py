"""A question as plain text, the way a student meets it and a reviewer reads
it: the prompt, the choices, then the key and the evidence. For
`studydesk generate --show` and blind reviews of drafts (docs/generator.md)."""

from __future__ import annotations

from ..bank import (
    ChoiceQuestion,
    MatchQuestion,
    MultiQuestion,
    NumericQuestion,
    OrderQuestion,
    Question,
    TextQuestion,
    TrueFalseQuestion,
)
from ..numbers import format_figure


def question_text(q: Question, *, key: bool = True) -> str:
    lines = [f"[{q.id}] ({q.kind}) {q.prompt}"]
    if isinstance(q, ChoiceQuestion | MultiQuestion):
        lines += [f"  {chr(65 + i)}. {c}" for i, c in enumerate(q.choices)]
    elif isinstance(q, OrderQuestion):
        lines += [f"  - {item}" for item in sorted(q.items)]  # as shuffled for the student: not in order
    elif isinstance(q, MatchQuestion):
        lines += [f"  {left}  ->  ?" for left in q.lefts]
        lines.append("  choose from: " + "; ".join(sorted(q.rights)))
    elif isinstance(q, NumericQuestion) and q.unit:
        lines.append(f"  (answer box: ____ {q.unit})")  # the unit the quiz shows beside the box
    if not key:
        return "\n".join(lines)
    lines.append("  KEY: " + _key(q))
    lines += [f"  EVIDENCE: {e}" for e in q.evidence]
    if q.explain:
        lines.append(f"  EXPLAIN: {q.explain}")
    return "\n".join(lines)


def _key(q: Question) -> str:
    if isinstance(q, ChoiceQuestion):
        return q.answer
    if isinstance(q, MultiQuestion):
        return "; ".join(q.answer)
    if isinstance(q, TrueFalseQuestion):
        return "true" if q.answer else "false"
    if isinstance(q, NumericQuestion):
        tolerance = f" (within {q.tolerance})" if str(q.tolerance) else ""
        return f"{format_figure(q.answer, q.unit)} {q.unit}".strip() + tolerance
    if isinstance(q, TextQuestion):
        return " / ".join(q.accepted)
    if isinstance(q, OrderQuestion):
        return " -> ".join(q.items)
    if isinstance(q, MatchQuestion):
        return "; ".join(f"{a} -> {b}" for a, b in q.pairs)
    return ""
