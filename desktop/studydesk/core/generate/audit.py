"""Mechanical defects in a generated bank, found without reading it as a
teacher would: garbled structure, blanks on unit conversions, sentences run
together, the same thing asked twice, wrong choices that are also true, and
keys that do not match the figure the evidence states.

The audit catches regressions; whether a question is worth asking is for a
reviewer to judge (docs/generator.md). `studydesk generate --audit` prints it.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from dataclasses import dataclass

from ..article import Article
from ..bank import (
    Bank,
    ChoiceQuestion,
    MultiQuestion,
    NumericQuestion,
    Question,
    TextQuestion,
    TrueFalseQuestion,
)
from .figure import Figure
from .lexicon import MONTH_RE
from .quantities import find_figures

DEFECTS = {
    "garbled": "garbled structure",
    "conversion": "a blank on a unit conversion",
    "run-together": "sentences run together",
    "duplicate": "the same prompt or sentence asked twice",
    "also-true": "a wrong choice that is also true",
    "key": "a key that is not the figure the evidence states",
}

_RUN_TOGETHER = re.compile(r"(?:[a-z]{2}|\w\))[.!?][A-Z][a-z]")
_QUOTED = re.compile(r"\"[^\"]*\"|\u201c[^\u201d]*\u201d")
_WH = r"(?:how (?:many|much|far|long|old)|what (?:share|percentage|ratio|fraction|year|decade))"
_WH_AFTER_DETERMINER = re.compile(rf"\b(?:a|an|the|this|that|its|their|his|her|of a|strong|some)\s+{_WH}\b",
                                  re.IGNORECASE)
_HOW_MANY = re.compile(r"\bhow many (?P<noun>[a-z][\w'’-]*)", re.IGNORECASE)
_SPACING = re.compile(r"\s[,.;:?!]|,\s*\(|\(\s*[,.]|\s{2,}|[,;]\s*[,;]|\b(\w+) \1\b(?<!\bthat that\b)(?<!\bhad had\b)")
_BLANK = "____"
_UNCOUNTABLE_OK = frozenset("people police staff personnel cattle crew aircraft livestock species series fish sheep "
                            "deer men women children times".split())
_REASONING = "reasoning"  # origins whose keys are worked out, not stated
# May share a sentence with another question.
_SEVERAL_SENTENCES = frozenset({"reasoning", "compare", "order", "match", "sources"})


@dataclass(frozen=True)
class Defect:
    question_id: str
    kind: str  # a key of DEFECTS
    detail: str

    def __str__(self) -> str:
        return f"{self.question_id}: {DEFECTS[self.kind]}: {self.detail}"


def audit(bank: Bank, origins: Mapping[str, str] | None = None) -> list[Defect]:
    """Every mechanical defect of the bank's questions, in question order.

    `origins` says what each question was made from ("figure", "reasoning",
    ...); without it every question is taken to ask a stated figure.
    """
    origins = origins or {}
    article_figures = article_figures_of(bank.article)
    out: list[Defect] = []
    seen_prompts: dict[str, str] = {}
    seen_sentences: dict[str, str] = {}
    for q in bank.questions:
        origin = origins.get(q.id, "figure")
        out += defects_of(q, origin, article_figures)
        prompt = _normal(q.prompt)
        if prompt in seen_prompts:
            out.append(Defect(q.id, "duplicate", f"the same prompt as {seen_prompts[prompt]}"))
        seen_prompts.setdefault(prompt, q.id)
        if origin not in _SEVERAL_SENTENCES and len(q.evidence) == 1:
            sentence = _normal(q.evidence[0])
            if sentence in seen_sentences:
                out.append(Defect(q.id, "duplicate", f"asks the sentence {seen_sentences[sentence]} asks"))
            seen_sentences.setdefault(sentence, q.id)
    return out


def defects_of(q: Question, origin: str, article_figures: list[tuple[str, Figure]]) -> list[Defect]:
    """The defects one question has on its own (all but duplicates)."""
    out = _garbled(q) + _conversion(q) + _run_together(q)
    if isinstance(q, ChoiceQuestion):
        out += _also_true(q, article_figures)
    if origin != _REASONING:
        out += _key(q)
    return out


def rates(bank: Bank, defects: list[Defect]) -> dict[str, int]:
    """How many questions have each kind of defect."""
    counts = {kind: set() for kind in DEFECTS}
    for d in defects:
        counts[d.kind].add(d.question_id)
    return {kind: len(ids) for kind, ids in counts.items()}


def _normal(text: str) -> str:
    return " ".join(re.sub(r"[^\w%]+", " ", text.lower()).split())


def _unquoted(prompt: str) -> str:
    return _QUOTED.sub('""', prompt)


def _garbled(q: Question) -> list[Defect]:
    out = []
    own = _unquoted(q.prompt)  # a quoted sentence is the article's own words
    for opening, closing in ("()", "[]", "\u201c\u201d"):
        if q.prompt.count(opening) != q.prompt.count(closing):
            out.append(Defect(q.id, "garbled", f"unbalanced {opening}{closing}"))
    if q.prompt.count('"') % 2:
        out.append(Defect(q.id, "garbled", "unbalanced quotation marks"))
    m = _WH_AFTER_DETERMINER.search(own)
    if m:
        out.append(Defect(q.id, "garbled", f'a question word after a determiner: "{m.group()}"'))
    for m in _HOW_MANY.finditer(own):
        words = own[m.start("noun"):].split()[:3]  # "how many affordable homes"
        if not any(w.lower().strip(",.?") in _UNCOUNTABLE_OK or w.lower().strip(",.?").endswith("s") for w in words):
            out.append(Defect(q.id, "garbled", f'"how many" with no plural noun: "{m.group()}"'))
    m = _SPACING.search(own)
    if m:
        out.append(Defect(q.id, "garbled", f'stray spacing or punctuation: "{m.group()}"'))
    if re.search(r"\bboth\b(?![^?]*\band\b)", own):
        out.append(Defect(q.id, "garbled", '"both" with half the pair cut: "west of both the Iranian border?"'))
    if re.match(r"Who\b[^?]*,\s+and\s+(?:he|she|they|[A-Z][\w-]+)\s+[a-z]+", own):
        out.append(Defect(q.id, "garbled", 'a second clause of its own in a "who" question'))
    if re.match(r"(?:Roughly h|H)ow (?:high|tall|long|far|deep|wide|large|big|old|heavy) (?:is|was|are|were)\b"
                r"[^?]*\band "
                r"(?!(?:its|their|the|a|an)\b)[a-z]+(?:s|ed)\b", own):
        out.append(Defect(q.id, "garbled", 'a second predicate left in: "How high is the dam and holds ...?"'))
    if q.prompt[:1].islower():
        out.append(Defect(q.id, "garbled", "starts in lower case"))
    if _BLANK in q.prompt and (q.prompt.count(_BLANK) != 1 or _BLANK in own):
        out.append(Defect(q.id, "garbled", "a blank outside its quoted sentence, or more than one"))
    if _BLANK not in q.prompt and re.search(r"(?:complete|completes|missing number in|blank in) this sentence",
                                            q.prompt):
        out.append(Defect(q.id, "garbled", "a sentence to complete with no blank in it"))
    if re.search(rf"\b{_WH}\b", own, re.IGNORECASE) and "?" not in own:
        out.append(Defect(q.id, "garbled", "a question without its question mark"))
    if not isinstance(q, TrueFalseQuestion) and "?" not in own and _BLANK not in q.prompt \
            and not own.rstrip().endswith(":") and not re.search(r"\b(?:Put|Match|Tick|Choose|Which)\b", own):
        out.append(Defect(q.id, "garbled", "neither a question nor a sentence to complete"))
    return out


_BRACKETED = re.compile(r"\((?:[^()]|\([^()]*\))*\)")  # one inside another: "([se(ː)dzoŋ]; ____)"


def _conversion(q: Question) -> list[Defect]:
    """A blank or a question word inside brackets, or the figure asked being a bracketed conversion."""
    for m in _BRACKETED.finditer(q.prompt):
        inner = m.group()
        if _BLANK in inner or re.search(rf"\b{_WH}\b", inner, re.IGNORECASE):
            return [Defect(q.id, "conversion", f'asks inside brackets: "{inner}"')]
    m = re.search(re.escape(_BLANK) + r"\s*(?:[^\s()]+\s*){0,2}\(\s*(?:about\s+|approx\.?\s+|c\.\s*)?[\d.,]+"
                  rf"(?![\d.,]|\s+(?:{MONTH_RE})\b)", q.prompt)  # not "____ inhabitants (31 March 2010)", a date
    if m:
        return [Defect(q.id, "conversion", f'the blank is followed by its conversion: "{m.group()}"')]
    if isinstance(q, NumericQuestion) and len(q.evidence) == 1:
        for f in find_figures(q.evidence[0]):
            if _close(f.value, q.answer) and _in_brackets(q.evidence[0], f.start):
                return [Defect(q.id, "conversion", f'the key is the bracketed figure "{f.text}"')]
    return []


def _in_brackets(text: str, at: int) -> bool:
    return text.rfind("(", 0, at) > text.rfind(")", 0, at)


def _run_together(q: Question) -> list[Defect]:
    for text in (q.prompt, *q.evidence):
        m = _RUN_TOGETHER.search(text)
        if m:
            return [Defect(q.id, "run-together", f'"{text[max(0, m.start() - 15):m.end() + 15]}"')]
    return []


def _close(a: float, b: float) -> bool:
    return abs(a - b) <= 1e-6 * max(1.0, abs(a), abs(b))


# ---- choices that are also true

_CHOICE = re.compile(r"^(?P<q>fewer than|less than|under|up to|at most|no more than|more than|over|at least|"
                     r"above|about|around|roughly|nearly|almost|some|approximately|exactly|an estimated)?\s*(?P<rest>.+)$",
                     re.IGNORECASE)
_UPPER = ("fewer than", "less than", "under", "up to", "at most", "no more than")
_LOWER = ("more than", "over", "at least", "above")


def _choice_value(text: str) -> tuple[str, Figure] | None:
    """("at least", figure) for "At least 55%"; None when the choice is not one figure."""
    m = _CHOICE.match(text.strip())
    if not m:
        return None
    figures = find_figures(m.group("rest"))
    if len(figures) != 1 or figures[0].start > 1:
        return None
    f = figures[0]
    if f.kind not in ("count", "measure", "percent", "fraction", "ratio", "year", "range"):
        return None
    return (m.group("q") or f.qualifier or "").lower(), f


def _implied(key: tuple[str, float], other: tuple[str, float]) -> bool:
    """Whether `other` holds whenever `key` does, so it cannot be a wrong choice."""
    qk, k = key
    qo, o = other
    if qk in _LOWER and qo in _LOWER:
        return o <= k
    if qk in _UPPER and qo in _UPPER:
        return o >= k
    return False


def _also_true(q: ChoiceQuestion, article_figures: list[tuple[str, Figure]]) -> list[Defect]:
    key = _choice_value(q.answer)
    if key is None:
        return []
    out = []
    key_fig = key[1]
    evidence_noun = _key_noun(q, key_fig)
    key_verb = _event_verb(q.evidence, key_fig.value) if key_fig.kind == "year" else ""
    for choice in q.choices:
        if choice == q.answer:
            continue
        other = _choice_value(choice)
        if other is None:
            continue
        same = other[1].kind == key_fig.kind and other[1].unit == key_fig.unit
        if same and _implied((key[0], key_fig.value), (other[0], other[1].value)):
            out.append(Defect(q.id, "also-true", f'"{choice}" follows from the key "{q.answer}"'))
            continue
        if key_fig.kind in ("count", "range") and evidence_noun and not other[0]:
            for sentence, f in article_figures:
                if f.kind == "count" and _close(f.value, other[1].value) and _head(f.noun) == evidence_noun \
                        and not f.bound and sentence not in q.evidence:
                    out.append(Defect(q.id, "also-true",
                                      f'"{choice}" is what the article says of {f.noun} elsewhere: "{sentence}"'))
                    break
        if key_verb and other[1].kind == "year" and not other[0]:
            for sentence, f in article_figures:
                if f.kind == "year" and f.value == other[1].value and sentence not in q.evidence \
                        and key_verb == _event_verb((sentence,), f.value):
                    out.append(Defect(q.id, "also-true", f'"{choice}" is when the article says something was also '
                                                         f'{key_verb} (or the like): "{sentence}"'))
                    break
    return out


# What a year is the year of: "opened a zoo in 1874", "the park was founded in 1907"
_EVENT_VERB = re.compile(r"\b(founded|opened|established|built|completed|launched|inaugurated)\b")


_SAME_START = {"opened": "founded", "established": "founded", "inaugurated": "founded", "completed": "built"}


def _event_verb(evidence: tuple[str, ...], year: float) -> str:
    """The founding or opening verb in the clause of the year, or ""."""
    for quote in evidence:
        for f in find_figures(quote):
            if f.kind == "year" and f.value == year:
                # the stretch between commas that holds the year, and the next after a fronted "In 1874,"
                parts = re.split(r"[,;]", quote)
                i = next((i for i, part in enumerate(parts) if str(int(year)) in part), 0)
                at = " ".join(parts[i:i + 2]) if re.fullmatch(r"\s*(?:In|By|On)\s+\d{4}\s*", parts[i]) else parts[i]
                m = _EVENT_VERB.search(at)
                return _SAME_START.get(m.group(1), m.group(1)) if m else ""
    return ""


def _key_noun(q: ChoiceQuestion, key: Figure) -> str:
    if key.noun:
        return _head(key.noun)
    for quote in q.evidence:
        for f in find_figures(quote):
            if _close(f.value, key.value) and f.noun:
                return _head(f.noun)
    return ""


def _head(noun: str) -> str:
    word = noun.split()[-1].lower() if noun.split() else ""
    return word[:-1] if word.endswith("s") and not word.endswith("ss") else word


def article_figures_of(article: Article | None) -> list[tuple[str, Figure]]:
    """Every figure of the article with its sentence, for `defects_of`."""
    if article is None:
        return []
    return [(s.text, f) for s in article.sentences for f in find_figures(s.text)]


# ---- keys

def _key(q: Question) -> list[Defect]:
    """A numeric key or a figure choice must be a figure its evidence states, as the evidence states it."""
    evidence = " ".join(q.evidence)
    figures = find_figures(evidence)
    values = [v for f in figures for v in ((f.value, f.high) if f.high is not None else (f.value,))]
    if isinstance(q, NumericQuestion):
        if not any(_close(v, q.answer) for v in values):
            stated = ", ".join(f.text for f in figures) or "none"
            return [Defect(q.id, "key", f"key {q.answer:g} is none of the figures stated ({stated})")]
    elif isinstance(q, ChoiceQuestion):
        key = _choice_value(q.answer)
        if key is not None and key[1].kind in ("count", "measure", "percent") and not any(
                _close(v, key[1].value) for v in values):
            return [Defect(q.id, "key", f'"{q.answer}" is not a figure the evidence states')]
    elif isinstance(q, (TextQuestion, MultiQuestion)):
        answers = q.accepted if isinstance(q, TextQuestion) else q.answer
        if not any(a.lower() in evidence.lower() for a in answers):
            return [Defect(q.id, "key", "the answer is not in the evidence")]
    return []
