"""Articles and checks shared by the generator tests."""

from __future__ import annotations

import re
from pathlib import Path

from studydesk.core.article import Article
from studydesk.core.bank import ChoiceQuestion, NumericQuestion
from studydesk.core.generate.quantities import find_figures

from tests.support import DATA, SEED_ARTICLE

ARTICLES: dict[str, Path] = {"seed": SEED_ARTICLE, **{p.stem: p for p in sorted((DATA / "articles").glob("*.txt"))}}
_QUALIFIED = re.compile(r"^(?:just over|just under|about|around|roughly|nearly|almost|some|approximately|"
                        r"an estimated|fewer than|in excess of|"
                        r"less than|more than|over|under|up to|at least|exactly)\s+", re.IGNORECASE)
_WORDS = ("zero one two three four five six seven eight nine ten eleven twelve").split()
_BOUND = re.compile(r"^(?P<q>just over|just under|fewer than|in excess of|less than|more than|over|under|up to|at least|"
                    r"about|"
                    r"around|roughly|approximately|an estimated|estimated|"
                    r"nearly|almost|some|exactly)?\s*(?:(?:US|A|C|NZ|HK|S|R)?[$€£¥₹])?"
                    r"(?P<n>\d[\d,]*(?:\.\d+)?|" + "|".join(_WORDS) + r")(?![-\w])"
                    r"(?:\s+(?P<scale>million|billion))?", re.IGNORECASE)


def figures_in(quotes: tuple[str, ...]):
    return [f for q in quotes for f in find_figures(q)]


def number_of(text: str) -> tuple[str, float] | None:
    """("fewer than", 1300) from "Fewer than 1,300"; None without a number."""
    m = _BOUND.match(text.strip())
    if not m or re.match(r"\s+[A-Z]", text.strip()[m.end():]):
        return None  # no number, or a date ("2 March 2004")
    n = m.group("n").lower()
    value = float(_WORDS.index(n)) if n in _WORDS else float(n.replace(",", ""))
    value *= {"million": 1e6, "billion": 1e9}.get((m.group("scale") or "").lower(), 1)
    return (m.group("q") or "").lower(), value


def implies(answer: tuple[str, float], other: tuple[str, float]) -> bool:
    """Whether a choice is true whenever the answer is: then it cannot be a wrong choice."""
    qa, a = answer
    qo, o = other
    upper, lower = ("fewer than", "less than", "under", "up to"), ("more than", "over", "at least", "in excess of")
    if qa in upper and qo in upper:
        return o >= a
    if qa in lower and qo in lower:
        return o <= a
    if qa in upper and qo in lower:
        return o < a * 0.5
    if qa in lower and qo in upper:
        return False
    if not qa and not qo:
        return o == a
    return abs(o - a) <= 0.1 * abs(a) and qa == qo


def from_figure(comment: str) -> bool:
    return comment.startswith(("Numeric question", "Choice question", "Fill-in-the-blank"))


def evidence_found(article: Article, quotes: tuple[str, ...]) -> bool:
    return all(article.contains(q) for q in quotes)


def answer_in_evidence(q, evidence: str) -> bool:
    """The answer is the figure the evidence states."""
    if isinstance(q, NumericQuestion):
        return any(abs(f.value - q.answer) <= 1e-6 * max(1, abs(q.answer)) for f in find_figures(evidence))
    if isinstance(q, ChoiceQuestion):
        text = _QUALIFIED.sub("", q.answer).lower()
        parsed = number_of(q.answer)
        if parsed is not None and any(abs(f.value - parsed[1]) <= 1e-6 * parsed[1] for f in find_figures(evidence)):
            return True
        said = find_figures(q.answer)  # "Over one thousand years" for "over a thousand years"
        if said and said[0].kind != "range" and any(abs(f.value - said[0].value) <= 1e-6 * max(1, abs(f.value))
                                                    for f in find_figures(evidence)):
            return True
        ranges = {(f.value, f.high) for f in said if f.kind == "range"}  # "5 to 6.8 million"
        if ranges & {(f.value, f.high) for f in find_figures(evidence) if f.kind == "range"}:
            return True
        return text in evidence.lower()  # words as the text gives them: "two in three", "eight to one"
    return True


def drafted(text: str) -> list:
    """Every question a draft of the text holds, kept and offered alike; none when it gives no draft."""
    from studydesk.core.generate import GenerateError, generate_bank

    try:
        generated = generate_bank(text, article_ref="a.txt", seed=0)
    except GenerateError:
        return []
    return [*generated.bank.questions, *generated.alternates]


def page_text(stem: str) -> str:
    """A page of a validation set, read before it joins the development corpus or after."""
    return next(p for p in (DATA / "validation" / f"{stem}.txt", DATA / "articles" / f"{stem}.txt")
                if p.exists()).read_text(encoding="utf-8")


def prompts_of(text: str) -> list[str]:
    return [q.prompt for q in drafted(text)]


def why_not_asked_in(sentence: str, kind: str) -> str:
    """Why the sentence's one figure of `kind` is not asked (not_asked.why_not_asked), "" when it may be."""
    from studydesk.core.generate.not_asked import why_not_asked

    figures = find_figures(sentence)
    (fig,) = [f for f in figures if f.kind == kind]
    return why_not_asked(fig, sentence, figures)
