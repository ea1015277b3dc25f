"""Bank -> GIFT, written the way Moodle's own exporter writes it.

Each question is read back with the importer before it is kept: a question
is written with per-answer feedback when its explanation unfolds into it
exactly, otherwise with the explanation as general feedback, and whatever
still does not come back equal is reported (or the question skipped).
"""

from __future__ import annotations

import html
import re

from ..write import toml_number
from ..bank import (
    Bank,
    ChoiceQuestion,
    MatchQuestion,
    MultiQuestion,
    NumericQuestion,
    OrderQuestion,
    Question,
    TextQuestion,
    TrueFalseQuestion,
    WrittenQuestion,
)
from .convert import import_gift
from .names import absolute_tolerance, id_from_title
from .notes import (
    ANYTHING_ELSE,
    RIGHT_NUMBER,
    WRONG_NUMBER,
    answered,
    chose,
    key_point_notes,
    note_line,
    unfold_feedback,
)
from .parse import WEIGHT
from .report import CHANGED, NOTE, SKIPPED, GiftExport, Report
from .text import FORMATS, escape

_MARKER = re.compile(r"\[(%s)\]" % "|".join(FORMATS))


def _text(text: str) -> str:
    """Text as GIFT holds it. [plain] keeps Moodle from reading < and & as HTML,
    and keeps a leading "[html]" from being taken for a format marker."""
    plain = "<" in text or "&" in text or _MARKER.match(text)
    return ("[plain]" if plain else "") + escape(text)


def _answer(sign: str, text: str, feedback: str = "", weight: str = "") -> str:
    body = _text(text)
    if not weight and sign == "~" and WEIGHT.match(body):
        weight = "%0%"  # "~%50% of voters" would read as a weight
    return f"\t{sign}{weight}{body}" + (f"#{_text(feedback)}" if feedback else "") + "\n"


def _general(explain: str) -> str:
    return f"\t####{_text(explain)}\n" if explain else ""


def _number(x: float) -> str:
    return toml_number(x)


def _percent(share: float) -> str:
    return f"{share * 100:.5f}".rstrip("0").rstrip(".")


def _feedback(q: Question, labels: list[str], rich: bool, *, open_ended: bool = False) -> tuple[str, dict[str, str]]:
    """(general feedback, per-answer feedback by label) for the explanation; only general when not `rich`.

    `open_ended` lets labels other than `labels` through (wrong typed answers)."""
    if not rich:
        return q.explain, {}
    general, entries = unfold_feedback(q.explain, labels)
    if any(label not in labels and not (open_ended and label.startswith(answered(""))) for label, _ in entries):
        return q.explain, {}
    return general, dict(entries)


def _body(q: Question, rich: bool) -> str:
    """The question in GIFT, after its title."""
    head = f"::{escape(q.id)}::{_text(q.prompt)}"
    if isinstance(q, ChoiceQuestion):
        general, fb = _feedback(q, [chose(c) for c in q.choices], rich)
        lines = "".join(_answer("=" if c == q.answer else "~", c, fb.get(chose(c), "")) for c in q.choices)
        return f"{head}{{\n{lines}{_general(general)}}}"
    if isinstance(q, MultiQuestion):
        general, fb = _feedback(q, [chose(c) for c in q.choices], rich)
        right = set(q.answer)
        wrong = len(q.choices) - len(right)
        lines = "".join(
            _answer("~", c, fb.get(chose(c), ""),
                    f"%{_percent(1 / len(right))}%" if c in right else f"%-{_percent(1 / wrong)}%")
            for c in q.choices)
        return f"{head}{{\n{lines}{_general(general)}}}"
    if isinstance(q, TrueFalseQuestion):
        general, fb = _feedback(q, [answered("true"), answered("false")], rich)
        on_answer = fb.get(answered("true" if q.answer else "false"), "")
        on_other = fb.get(answered("false" if q.answer else "true"), "")
        # Moodle's order: {TRUE#feedback for a wrong answer#feedback for a right answer####general}
        tail = (f"#{_text(on_other)}" if on_other or on_answer else "") + (f"#{_text(on_answer)}" if on_answer else "")
        return f"{head}{{{'TRUE' if q.answer else 'FALSE'}{tail}" + (f"####{_text(general)}" if general else "") + "}"
    if isinstance(q, NumericQuestion):
        general, fb = _feedback(q, [RIGHT_NUMBER, WRONG_NUMBER], rich)
        tolerance = (absolute_tolerance(q.answer, q.tolerance.amount) if q.tolerance.percent
                     else q.tolerance.amount)
        right = _number(q.answer) + (f":{_number(tolerance)}" if tolerance else "")
        lines = f"\t={right}" + (f"#{_text(fb[RIGHT_NUMBER])}" if RIGHT_NUMBER in fb else "") + "\n"
        if WRONG_NUMBER in fb:
            lines += f"\t~#{_text(fb[WRONG_NUMBER])}\n"
        return f"{head}{{#\n{lines}{_general(general)}}}"
    if isinstance(q, TextQuestion):
        general, fb = _feedback(q, [answered(a) for a in q.accepted] + [ANYTHING_ELSE], rich, open_ended=True)
        several = len(q.accepted) + len(fb) > 1  # one answer alone may hold "->" as written (below)
        lines = ""
        for a in q.accepted:
            lines += _typed(a, "", fb.pop(answered(a), ""), several)
        other = fb.pop(ANYTHING_ELSE, None)
        for label, text in fb.items():  # wrong answers with their feedback
            lines += _typed(label[len(answered("")):], "%0%", text, several)
        if other is not None:
            lines += f"\t=%0%*#{_text(other)}\n"  # last: Moodle takes the first answer that matches
        if "->" in q.answer and lines.count("\n") == 1:
            lines = "\t" + lines[2:]  # "=" and "->" together read as matching; one answer needs no "="
        return f"{head}{{\n{lines}{_general(general)}}}"
    if isinstance(q, MatchQuestion):
        lines = "".join(f"\t={_text(left)} -> {escape(right)}\n" for left, right in q.pairs)
        lines += "".join(f"\t= -> {escape(d)}\n" for d in q.distractors)
        return f"{head}{{\n{lines}{_general(q.explain)}}}"
    if isinstance(q, WrittenQuestion):  # an essay; Moodle shows its general feedback, the model answer, after it
        return f"{head}{{\n{_general(q.model_answer)}}}"
    raise TypeError(type(q).__name__)


def _typed(answer: str, weight: str, feedback: str, several: bool = True) -> str:
    # "->" beside other answers would make Moodle read the question as matching: as HTML, "-&gt;", it does not
    arrow = several and "->" in answer
    body = "[html]" + escape(html.escape(answer, quote=False)) if arrow else _text(answer)
    body = body.replace("*", "\\*")  # a bare * is Moodle's wildcard
    if not weight and WEIGHT.match(body):
        weight = "%100%"
    return f"\t={weight}{body}" + (f"#{_text(feedback)}" if feedback else "") + "\n"


def _notes(q: Question, *, with_id: bool = True) -> tuple[list[str], list[str]]:
    """(// studydesk: lines, what they hold in words) for the fields GIFT has no place for."""
    lines, held = [], []
    if with_id and id_from_title(q.id) != q.id:
        lines.append(note_line("id", q.id))
    for key, value, shown in (
        ("evidence", list(q.evidence), "evidence"),
        ("hint", q.hint, "hint"),
        ("difficulty", q.difficulty, "difficulty"),
        ("points", q.points if q.points != 1 else "", f"points ({_number(q.points)})"),
    ):
        if value:
            lines.append(note_line(key, value[0] if key == "evidence" and len(value) == 1 else value))
            held.append(shown)
    if isinstance(q, MultiQuestion) and list(q.answer) != [c for c in q.choices if c in q.answer]:
        lines.append(note_line("answer", list(q.answer)))  # Moodle lists them in the order of the choices
    if isinstance(q, WrittenQuestion):
        if q.key_points:
            lines.append(note_line("key_points", key_point_notes(q.key_points)))
            held.append("key points")
        if q.explain:
            lines.append(note_line("explain", q.explain))
            held.append("the explanation")
    if isinstance(q, NumericQuestion):
        if q.unit:
            lines.append(note_line("unit", q.unit))
            held.append(f"unit ({q.unit})")
        if q.tolerance.percent:
            lines.append(note_line("tolerance", str(q.tolerance)))
            held.append(f"a percentage tolerance ({q.tolerance}, written as an absolute one for Moodle)")
    return lines, held


def _order_block(q: OrderQuestion) -> str:
    lines = ["// studydesk: an order question; GIFT has none, so Moodle skips this block",
             note_line("kind", "order"), note_line("id", q.id), note_line("prompt", q.prompt),
             note_line("items", list(q.items))]
    if q.explain:
        lines.append(note_line("explain", q.explain))
    lines += _notes(q, with_id=False)[0]
    return "\n".join(lines)


def _read_back(block: str, category: str) -> Question | None:
    found = import_gift((f"$CATEGORY: {category}\n\n" if category else "") + block).bank.questions
    return found[0] if len(found) == 1 else None


def _differences(a: Question, b: Question) -> list[str]:
    return [n for n in type(a).__struct_fields__ if getattr(a, n) != getattr(b, n)]


def _category(topic: str) -> str:
    return " ".join(topic.split()).replace("/", "//")  # Moodle reads "/" as a sub-category


def export_gift(bank: Bank) -> GiftExport:
    """GIFT text for the bank, with a report for everything GIFT cannot hold."""
    title = " ".join(bank.title.split())
    parts = [f'// Exported from the Study Desk bank "{title}" by studydesk export-gift.\n'
             '// Lines "// studydesk: ..." keep what GIFT has no place for: Moodle skips them,\n'
             "// and studydesk import-gift reads them back."]
    reports: list[Report] = []
    counts = {"exported": 0, "kept": 0, "skipped": 0}
    if bank.charts:
        n = len(bank.charts)
        reports.append(Report(0, "", f"GIFT has no charts: the bank's {n} chart{'' if n == 1 else 's'} "
                                     f"{'is' if n == 1 else 'are'} not exported"))
    if bank.article_ref:
        reports.append(Report(0, "", "the article is not part of GIFT: export it separately; evidence quotes "
                                     "are kept in comments", NOTE))
    topic = "general"
    for q in bank.questions:
        category = _category(q.topic) if q.topic != "general" else ""
        if q.topic != topic:
            parts.append(f"$CATEGORY: {_category(q.topic)}")
            topic = q.topic
        block, level, message = _question_block(q, category)
        if block:
            parts.append(block)
        if message:
            reports.append(Report(0, q.id, message, level))
        counts["skipped" if not block else "kept" if isinstance(q, OrderQuestion) else "exported"] += 1
    return GiftExport("\n\n".join(parts) + "\n", tuple(reports), **counts)


def _question_block(q: Question, category: str) -> tuple[str, str, str]:
    """(block or "" when skipped, report level, report message or "")."""
    notes, held = _notes(q)
    if isinstance(q, OrderQuestion):
        tries = [_order_block(q)]
        level, message = SKIPPED, "GIFT has no order questions: kept in comments for Study Desk; Moodle skips it"
    else:
        prefix = "".join(line + "\n" for line in notes)
        tries = [prefix + _body(q, rich=True), prefix + _body(q, rich=False)]
        level, message = (CHANGED, f"no GIFT counterpart for {', '.join(held)}; kept in "
                                   '"// studydesk:" comments, which Moodle skips') if held else (NOTE, "")
    for block in tries:
        back = _read_back(block, category)
        if back == q:
            return block, level, message
    reason = _cannot_write(q)
    if back is None or type(back) is not type(q) or reason:
        return "", SKIPPED, reason or "GIFT cannot hold this question: it reads back as a different question"
    lost = ", ".join(_differences(q, back))
    return block, level if level == SKIPPED else CHANGED, (
        f"{lost} will not read back as written (GIFT trims spaces and cannot hold every character)"
        + (f"; also {message}" if message else ""))


def _cannot_write(q: Question) -> str:
    """Why a question that does not read back is not worth writing at all, when it is known."""
    if isinstance(q, TextQuestion) and any("->" in a for a in q.accepted):
        return ('GIFT cannot hold "->" in a short answer that has other answers or feedback: '
                "it would read as a matching question")
    if isinstance(q, MatchQuestion) and any("->" in left for left, _ in q.pairs):
        return 'GIFT cannot hold "->" on the left of a pair: it separates the two sides'
    return ""
