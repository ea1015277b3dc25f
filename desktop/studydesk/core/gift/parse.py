"""Read GIFT the way Moodle does: blocks split on blank lines, then each block
into a question of one of Moodle's types, with its weights and feedback.

This mirrors qformat_gift::readquestion() step by step (the comments name
the step) and knows nothing of Study Desk; convert.py maps the result. A
block that Moodle would refuse comes back with kind "error" and the reason.
Where Moodle has a bug, we report instead of copying it (see docs/gift.md).
"""

from __future__ import annotations

import math
import re
from collections.abc import Iterator
from dataclasses import dataclass, field

from .text import hide_escapes, php_trim, restore, split_format


@dataclass(frozen=True, slots=True)
class Text:
    text: str  # escapes resolved, format marker removed, trimmed; still in its format
    format: str = "moodle"


NO_TEXT = Text("")


@dataclass(frozen=True, slots=True)
class Answer:
    text: Text
    weight: float  # Moodle's fraction: 1 is full credit, negative is a penalty
    feedback: Text = NO_TEXT


@dataclass(frozen=True, slots=True)
class Number:
    value: float | None  # None for "*", Moodle's "any other answer"
    tolerance: float
    weight: float
    feedback: Text = NO_TEXT
    written: str = ""  # the answer as written, for reports


@dataclass
class Parsed:
    kind: str  # category, comment, description, essay, multichoice, match, truefalse, shortanswer, numerical, error
    line: int  # first line of the question (after its comments)
    comments: tuple[str, ...] = ()
    name: str | None = None
    notes: list[str] = field(default_factory=list)  # oddities Moodle accepts silently
    text: Text = NO_TEXT
    missing_word: bool = False
    general: Text = NO_TEXT
    answers: tuple[Answer, ...] = ()  # multichoice and shortanswer
    single: bool = True  # multichoice: one right answer
    pairs: tuple[tuple[Text, str], ...] = ()  # match: (subquestion, subanswer)
    truth: bool = True  # truefalse
    wrong_feedback: Text = NO_TEXT  # truefalse: shown to a wrong answer
    right_feedback: Text = NO_TEXT  # truefalse: shown to a right answer
    numbers: tuple[Number, ...] = ()
    category: str = ""
    error: str = ""


@dataclass(frozen=True, slots=True)
class Block:
    line: int  # line of the block's first line in the file
    lines: tuple[tuple[int, str], ...]  # (line number, trimmed line)


def blocks(text: str) -> Iterator[Block]:
    """Questions are separated by blank lines; lines are trimmed (qformat_default::readquestions)."""
    current: list[tuple[int, str]] = []
    for number, raw in enumerate(text.replace("\r\n", "\n").replace("\r", "\n").split("\n"), 1):
        line = php_trim(raw)
        if line:
            current.append((number, line))
        elif current:
            yield Block(current[0][0], tuple(current))
            current = []
    if current:
        yield Block(current[0][0], tuple(current))


# "%50%", "%-33.333%": the percentage before an answer.
WEIGHT = re.compile(r"^%-*([0-9]{1,2})\.?([0-9]*)%")
# PHP's is_numeric for what a teacher writes: no hex, no "inf" or "nan".
_NUMBER = re.compile(r"^[ \t\n\r\v\f]*[+-]?(\d+(\.\d*)?|\.\d+)([eE][+-]?\d+)?[ \t\n\r\v\f]*$")
_TRUE_FALSE = {"T": True, "TRUE": True, "F": False, "FALSE": False}
# Moodle's Cloze ("Embedded answers") marks, {1:MC:...}: another question type's
# syntax, which GIFT does not have (qtype_multianswer's answer types).
_CLOZE = re.compile(r"^\d*:(NUMERICAL|NM|MULTICHOICE(?:_[VH]?S?)?|MC[VH]?S?|SHORTANSWER(?:_C)?|SAC?|MWC?"
                    r"|MULTIRESPONSE(?:_H?S?)?|MRH?S?):")


def read_block(block: Block) -> list[Parsed]:
    """One block as Moodle reads it; two when a $CATEGORY line runs into a question."""
    # Separate comments and implode: comment lines become blank, keeping line numbers.
    comments = tuple(line[2:].strip() for _, line in block.lines if line.startswith("//"))
    body = [(n, " " if line.startswith("//") else line) for n, line in block.lines]
    first = next((n for n, line in body if line != " "), block.line)
    text = php_trim("\n".join(line for _, line in body))
    if not text:
        return [Parsed("comment", block.line, comments)]

    if text.startswith("$CATEGORY:"):
        # Moodle takes the rest of the block as the category's name; a question
        # written straight after the line would vanish into it, so read it.
        # Moodle never unescapes a category name either, so neither do we.
        head, _, rest = text.partition("\n")
        category = Parsed("category", first, comments, category=php_trim(head[len("$CATEGORY:"):]))
        rest = hide_escapes(php_trim(rest))
        if not rest:
            return [category]
        rest_line = next(n for n, line in body if line != " " and n > first)
        question = _question(rest, rest_line, ())
        question.notes.append("no blank line after $CATEGORY: Moodle would take this question as part of the "
                              "category's name; Study Desk read it as a question")
        return [category, question]
    return [_question(hide_escapes(text), first, comments)]


def _question(text: str, line: int, comments: tuple[str, ...]) -> Parsed:
    q = Parsed("error", line, comments)
    # Question name parser.
    if text.startswith("::"):
        text = text[2:]
        end = text.find("::")
        if end < 0:
            q.notes.append('the title has no closing "::"; read the text without a title, as Moodle does')
        else:
            q.name = php_trim(restore(text[:end])) or None
            text = php_trim(text[end + 2:])

    # Find the answer section.
    start, finish = text.find("{"), text.find("}")
    if start < 0 and finish < 0:
        q.kind = "description"
        q.text = Text(*split_format(text, "moodle"))
        return q
    if start < 0 or finish < 0 or finish < start:
        q.error = 'unbalanced braces: a "{" without its "}" (write \\{ and \\} for braces in text)'
        q.text = Text(*split_format(text, "moodle"))
        return q
    answer_text = php_trim(text[start + 1:finish])
    if "{" in text[finish + 1:] or "}" in text[finish + 1:]:
        q.notes.append("a second { } block: only the first holds answers; the rest is kept as text")

    # Format the question text, without answer, inserting "_____" as necessary.
    if text.endswith("}"):
        question_text = text[:start] + text[finish + 1:]
    else:
        question_text = text[:start] + "_____" + text[finish + 1:]
        q.missing_word = True

    # Look to see if there is any general feedback (the last ####).
    cut = answer_text.rfind("####")
    general = ""
    if cut >= 0:
        general = answer_text[cut + 4:]
        answer_text = php_trim(answer_text[:cut])

    q.text = Text(*split_format(question_text, "moodle"))
    fmt = q.text.format
    q.general = Text(*split_format(general, fmt))

    cloze = _CLOZE.match(answer_text)
    if cloze:
        q.error = (f'"{{{cloze.group()}...}}" is Cloze, the syntax of Moodle\'s "Embedded answers" questions, which '
                   f'GIFT does not have (Moodle\'s GIFT import would read "{cloze.group()}" as part of an answer); write '
                   "it in GIFT, as {=right ~wrong}, or import it into Moodle as an Embedded answers question")
        return q

    # Determine question type.
    if answer_text == "":
        q.kind = "essay"
    elif answer_text[0] == "#":
        _numerical(q, answer_text[1:], fmt)
    elif "~" in answer_text:
        _multichoice(q, answer_text, fmt)
    elif "=" in answer_text and "->" in answer_text:
        _match(q, answer_text, fmt)
    else:
        hash_at = answer_text.find("#")
        check = php_trim(answer_text[:hash_at]) if hash_at > 0 else answer_text
        if check in _TRUE_FALSE:
            _truefalse(q, answer_text, fmt)
        else:
            _shortanswer(q, answer_text, fmt)
    if q.kind == "error" and not q.error:
        q.error = "not a question Moodle can read"
    return q


def _split_answers(answer_text: str, sep: str) -> list[str]:
    """Moodle's explode(): the piece before the first separator is dropped only when empty."""
    parts = answer_text.split(sep)
    if not php_trim(parts[0]):
        parts = parts[1:]
    return parts


def _weight(answer: str) -> tuple[float | None, str]:
    """(fraction, rest) when the answer starts with a %weight%, (None, answer) otherwise."""
    if not WEIGHT.match(answer):
        return None, answer
    end = answer.index("%", 1)
    try:
        return float(answer[1:end]) / 100, answer[end + 1:]
    except ValueError:  # "%--50%" passes Moodle's pattern but is no number
        return math.nan, answer[end + 1:]


def _with_feedback(answer: str, fmt: str) -> tuple[Text, Text]:
    """Moodle's commentparser(): the answer, then "#" and its feedback."""
    head, sep, tail = answer.partition("#")
    return Text(*split_format(php_trim(head), fmt)), (Text(*split_format(php_trim(tail), fmt)) if sep else NO_TEXT)


def _weighted(q: Parsed, parts: list[str], fmt: str, *, equals_right: bool = False,
              default: float = 1.0) -> list[Answer] | None:
    """Each part as [=][%weight%]answer[#feedback]; None (and q.error) when a weight is no number.

    In multiple choice a leading "=" is full credit and the weight pattern is
    not looked for after it, as in Moodle; elsewhere the "=" was the separator."""
    answers = []
    for part in parts:
        part = php_trim(part)
        if equals_right and part.startswith("="):
            weight, part = 1.0, part[1:]
        else:
            found, part = _weight(part)
            weight = default if found is None else found
        if math.isnan(weight):
            q.error = "a weight is not a number: write it as %50% or %-25%"
            return None
        text, feedback = _with_feedback(part, fmt)
        answers.append(Answer(text, weight, feedback))
    return answers


def _multichoice(q: Parsed, answer_text: str, fmt: str) -> None:
    q.single = "=" in answer_text  # multiple answers when no answer is marked fully right
    parts = _split_answers(answer_text.replace("=", "~="), "~")
    if len(parts) < 2:
        q.error = "a multiple choice question needs at least 2 answers"
        return
    answers = _weighted(q, parts, fmt, equals_right=True, default=0.0)
    if answers is None:
        return
    # Moodle saves a multiple choice question without its empty answers, as
    # the one "{~=x ~y}" holds before "=x" (qtype_multichoice's save_question_options).
    kept = [a for a in answers if php_trim(a.text.text)]
    if len(kept) < len(answers):
        q.notes.append('the empty answer in "~=" was left out, as Moodle leaves it out ("=x" alone marks x right)'
                       if "~=" in answer_text else "an empty answer was left out, as Moodle leaves it out")
    if len(kept) < 2:
        q.error = "a multiple choice question needs at least 2 answers that are not empty"
        return
    q.kind, q.answers = "multichoice", tuple(kept)


def _match(q: Parsed, answer_text: str, fmt: str) -> None:
    parts = _split_answers(answer_text, "=")
    if len(parts) < 2:
        q.error = "a matching question needs at least 2 pairs"
        return
    pairs = []
    for part in parts:
        part = php_trim(part)
        marker = part.find("->")
        if marker < 0:
            q.error = f'a matching answer needs "->" between its two sides: "{php_trim(restore(part))}"'
            return
        left = Text(*split_format(part[:marker], fmt))
        pairs.append((left, php_trim(restore(part[marker + 2:]))))
    q.kind, q.pairs = "match", tuple(pairs)


def _truefalse(q: Parsed, answer_text: str, fmt: str) -> None:
    # Moodle's split_truefalse_comment(): answer#feedback for a wrong answer#for a right one.
    bits = answer_text.split("#", 2)
    q.truth = _TRUE_FALSE[split_format(php_trim(bits[0]), fmt)[0]]
    if len(bits) > 1:
        q.wrong_feedback = Text(*split_format(php_trim(bits[1]), fmt))
    if len(bits) > 2:
        q.right_feedback = Text(*split_format(php_trim(bits[2]), fmt))
    q.kind = "truefalse"


def _shortanswer(q: Parsed, answer_text: str, fmt: str) -> None:
    parts = _split_answers(answer_text, "=")
    if not parts:
        q.error = "a short answer question needs an answer"
        return
    answers = _weighted(q, parts, fmt)
    if answers is not None:
        q.kind, q.answers = "shortanswer", tuple(answers)


def _numerical(q: Parsed, answer_text: str, fmt: str) -> None:
    # Feedback for a wrong answer follows a "~".
    wrong = ""
    tilde = answer_text.find("~")
    if tilde >= 0:
        answer_text, wrong = answer_text[:tilde], answer_text[tilde:]
    parts = _split_answers(answer_text, "=")
    if not parts:
        q.error = "a numerical question needs a number: {#42} or {#42:2} or {#40..44}"
        return
    answers = _weighted(q, parts, fmt)
    if answers is None:
        return
    numbers = []
    for a in answers:
        number = _number(a.text.text, a.weight, a.feedback)
        if number is None:
            q.error = f'"{a.text.text}" is not a number: write {{#42}}, {{#42:2}} or {{#40..44}}'
            return
        numbers.append(number)
    if wrong:
        numbers.append(Number(None, 0.0, 0.0, _with_feedback(wrong, fmt)[1], "*"))
    q.kind, q.numbers = "numerical", tuple(numbers)


def _number(written: str, weight: float, feedback: Text) -> Number | None:
    """answer, answer:tolerance or min..max, as Moodle calculates them."""
    if written.find("..") > 0:
        low, _, high = written.partition("..")
        if not (_NUMBER.match(low) and _NUMBER.match(high)):
            return None
        low_f, high_f = float(low), float(high)
        value = (high_f + low_f) / 2
        tolerance = high_f - value
    elif written.find(":") > 0:
        answer, _, tol = written.partition(":")
        if not _NUMBER.match(tol) or not (_NUMBER.match(answer) or answer.strip() == "*"):
            return None
        value = None if answer.strip() == "*" else float(answer)
        tolerance = float(tol)
    elif written.strip() == "*":
        value, tolerance = None, 0.0
    elif _NUMBER.match(written):
        value, tolerance = float(written), 0.0
    else:
        return None
    return Number(value, tolerance, weight, feedback, written)
