"""Keep the few candidates a teacher would: the best-scored first, one to a
sentence, spread across kinds and topics, as many as the article supports.

Precision over recall: a candidate below MIN_SCORE is never kept, and a
short text gets a short quiz. (Ranking alone is what raised acceptable
questions from 27% to 52% of the top fifth in Heilman and Smith, 2010.)
"""

from __future__ import annotations

import math
import re

from .candidates import Candidate
from .giveaways import product_across
from .lexicon import MONTH_RE, UNIT_DIMENSIONS, number_name
from .quantities import find_figures

MIN_SCORE = 0.5
ALTERNATE_SCORE = 0.4  # offered to the teacher in the draft's review list, not kept
WORDS_PER_QUESTION = 25  # a dense 500-word report carries about 20; a 100-word paragraph 4
MOST = 30  # a draft a teacher can review in one sitting
FEWEST = 3
# At most this share of the quiz of one origin, so the kinds vary where the text allows.
_SHARE = {"truefalse": 0.2, "name": 0.2, "who": 0.3, "reasoning": 0.2, "stakes": 0.2, "sources": 0.1,
          "compare": 0.1, "written": 0.1}
_ONLY_ONE = frozenset({"order", "match"})
_SAME_KIND = 0.04  # how much each kept question of a kind lowers the next of that kind
_SAME_TOPIC = 0.03


def budget(words: int, limit: int | None = None) -> int:
    """How many questions an article of `words` words supports at most."""
    if limit is not None:
        return max(1, limit)
    return max(FEWEST, min(MOST, math.ceil(words / WORDS_PER_QUESTION)))


def select(candidates: list[Candidate], cap: int) -> list[Candidate]:
    """The best candidates within `cap`, back in their original order."""
    pool = [i for i, c in enumerate(candidates) if c.score >= MIN_SCORE]
    kept: list[int] = []
    keys: set[str] = set()
    facts: set[str] = set()
    sentences: set[int] = set()
    by_origin: dict[str, int] = {}
    by_kind: dict[str, int] = {}
    by_topic: dict[str, int] = {}
    years = 0
    years_asked: set[str] = set()  # "From 1928 to 1930", "the winter of 1930": one question keyed 1930
    dated_years: set[str] = set()  # "22 February 1930" with wrong dates in other years: no question keyed 1930
    nouns: dict[str, int] = {}  # "runs", "cases": no more than two questions on one kind of count
    from_lists = 0  # counts asked from a list
    while pool and len(kept) < cap:
        best, best_value = pool[0], -math.inf  # (penalties may take every value below -1)
        for i in pool:
            c = candidates[i]
            value = c.score - _SAME_KIND * by_kind.get(c.question.kind, 0) - _SAME_TOPIC * by_topic.get(c.topic, 0)
            if value > best_value:
                best, best_value = i, value
        pool.remove(best)
        c = candidates[best]
        origin = c.origin
        if (c.key and c.key in keys) or (c.sentence is not None and c.sentence in sentences) \
                or (c.fact and not facts.isdisjoint(_same_figure(c.fact))) \
                or (_year_key(c) and _year_key(c) in years_asked | dated_years) \
                or (_date_year(c) and _date_year(c) in years_asked):
            continue
        if any(_near(c.fact, candidates[k].fact) for k in kept):
            continue  # "some 1,874 km west of Africa", "around 1,950 km west of South Africa": one distance, twice
        if any(_gives_away(c, candidates[k]) or _gives_away(candidates[k], c) for k in kept):
            continue  # one question's prompt would answer the other
        if any(_mirrors(c, o) or _same_key(c, o) or _same_month(c, o) for o in (candidates[k] for k in kept)):
            continue  # "527,049" keyed here and offered there, "416,497" the other way round: one question twice
        if origin in _ONLY_ONE and by_origin.get(origin, 0):
            continue
        if origin in _SHARE and by_origin.get(origin, 0) >= max(1, round(cap * _SHARE[origin])):
            continue
        noun = c.fact.rsplit(":", 1)[-1] if c.fact else ""
        # read blind, a page's second distance or size in one unit was trivia far more often than kept ("lies
        # 112 km from Mendoza" and the height in metres are two units, and both stay)
        if noun and nouns.get(noun, 0) >= (1 if UNIT_DIMENSIONS.get(noun) in ("length", "area") else 2):
            continue
        # nor two counts picked from lists ("120 species of mammals, 350 species of birds, ..." and "200 species
        # of trees and 104 species of ferns": the second was trivia to both readers of set 52)
        listed = c.fact.startswith("count:") and any(w.startswith("one of ") and w.endswith(" in a list")
                                                     for w in c.why)
        if listed and from_lists:
            continue
        is_year = c.topic == "timeline" and c.fact.startswith(("year:", "date:"))
        if is_year and years >= max(1, cap // 5):  # not five dates from one timeline
            continue
        kept.append(best)
        keys.add(c.key)
        facts.update(_same_figure(c.fact))
        if noun:
            nouns[noun] = nouns.get(noun, 0) + 1
        from_lists += listed
        if c.sentence is not None:
            sentences.add(c.sentence)
        by_origin[origin] = by_origin.get(origin, 0) + 1
        by_kind[c.question.kind] = by_kind.get(c.question.kind, 0) + 1
        by_topic[c.topic] = by_topic.get(c.topic, 0) + 1
        years += is_year
        years_asked.add(_year_key(c))
        dated_years.add(_date_year(c))
    return [candidates[i] for i in sorted(kept)]


def _mirrors(a: Candidate, b: Candidate) -> bool:
    """Two choice questions each offering the other's key as a wrong choice."""
    choices_a, choices_b = getattr(a.question, "choices", ()), getattr(b.question, "choices", ())
    if not (choices_a and choices_b):
        return False  # a written answer has no key to offer
    key_a, key_b = a.question.answer, b.question.answer
    wrong_a, wrong_b = tuple(c for c in choices_a if c != key_a), tuple(c for c in choices_b if c != key_b)
    return key_a != key_b and _offered(key_a, wrong_b) and _offered(key_b, wrong_a)


def _offered(key: str, choices: tuple[str, ...]) -> bool:
    """The key, or a figure within 15% of it, among the choices: "About 1 billion euros" is offered as "Around
    1,000 million euros", and "around 113 million" nearly as "About 0.1 billion"."""
    if key in choices:
        return True
    value = _measure(key)
    return value is not None and any(v is not None and v[1] == value[1] and abs(v[0] - value[0]) <= 0.15 * value[0]
                                     for v in map(_measure, choices))


def _measure(text: object) -> tuple[float, str] | None:
    """A choice's amount and unit ("About 1 billion euros": 1e9, euros); None for a bare count or a name."""
    if not isinstance(text, str):
        return None  # a multiple-answer question's key is several names
    figures = [f for f in find_figures(text) if f.kind == "measure" and f.unit and f.value > 0]
    return (figures[0].value, figures[0].unit) if len(figures) == 1 else None


def _same_key(a: Candidate, b: Candidate) -> bool:
    """Two choice questions keyed alike ("Six" merchant vessels, "Six" bodies): one reads as the other's answer."""
    return bool(getattr(a.question, "choices", ()) and getattr(b.question, "choices", ())) \
        and a.question.answer == b.question.answer


def _same_month(a: Candidate, b: Candidate) -> bool:
    """Two questions keyed to one month of one year, one of them without a day: "Founded on 18 February 1827" and
    "established in February 1827" (read blind, set 52: each gives the other away). Not 19 and 20 February 2010."""
    answers = [str(getattr(c.question, "answer", "")) for c in (a, b)]
    months = [re.fullmatch(rf"(?:(\d{{1,2}})\s+)?({MONTH_RE})\s+((?:1\d|20)\d\d)", answer) for answer in answers]
    return all(months) and months[0].groups()[1:] == months[1].groups()[1:] and None in (months[0][1], months[1][1])


def _year_key(c: Candidate) -> str:
    """The year a timeline question is keyed to ("1930"), or ""."""
    answer = getattr(c.question, "answer", "")
    if isinstance(answer, float) and answer.is_integer():
        answer = int(answer)  # a numeric question's year, 2005.0: the same year as a choice's "2005"
    answer = str(answer)
    return answer if c.topic == "timeline" and re.fullmatch(r"1\d{3}|20\d{2}", answer) else ""


def _date_year(c: Candidate) -> str:
    """The year of a date question whose wrong dates are all in other years ("22 February 2008" beside 2006,
    2007, 2009), which a question keyed "2008" answers; "" otherwise."""
    answer, choices = str(getattr(c.question, "answer", "")), getattr(c.question, "choices", ())
    if c.topic != "timeline" or not choices or not re.search(rf"\b(?:{MONTH_RE})\b[^.]*\b(?:1\d{{3}}|20\d\d)$", answer):
        return ""
    return "" if any(w != answer and w.endswith(answer[-4:]) for w in choices) else answer[-4:]


def _same_figure(fact: str) -> set[str]:
    """What a fact counts as asked: itself, and a count of a hundred or more
    whatever it counts ("around 2,000 deaths", "killing around 2,000 people":
    one toll, asked once). Not a power of ten: "at least 100 casualties" and "over
    one hundred people" killed by the rains are two things."""
    if not fact:
        return set()
    kind, value, *_ = fact.split(":") + [""]
    if kind == "count" and float(value) >= 100 and not math.log10(float(value)).is_integer():
        return {fact, f"{kind}:{value}"}
    return {fact}


_NEAR = 0.05  # two measures of one unit this close are one thing measured twice, or easily taken for it


def _near(fact: str, other: str) -> bool:
    """Two measures in one unit within 5% of each other ("measure:1874:km", "measure:1950:km")."""
    if not (fact.startswith("measure:") and other.startswith("measure:")):
        return False
    _, value, unit = fact.split(":", 2)
    _, other_value, other_unit = other.split(":", 2)
    a, b = float(value), float(other_value)
    return unit == other_unit and a != b and abs(a - b) <= _NEAR * max(abs(a), abs(b))


def alternates(candidates: list[Candidate], chosen: list[Candidate], most: int) -> list[Candidate]:
    """The next best candidates, one to a thing asked, for a teacher who wants more than the draft keeps."""
    taken = {c.key for c in chosen}
    prompts = {c.question.prompt for c in chosen}
    out: list[Candidate] = []
    for c in sorted(candidates, key=lambda c: -c.score):
        if len(out) >= most or c.score < ALTERNATE_SCORE:
            break
        if c.key in taken or c.question.prompt in prompts:
            continue
        taken.add(c.key)
        prompts.add(c.question.prompt)
        out.append(c)
    return out


def _gives_away(asked: Candidate, other: Candidate) -> bool:
    """Whether `other`'s prompt holds the answer to `asked` ("the six colonies" answers "how many colonies")."""
    q = asked.question
    answers = [getattr(q, "answer", None)] + list(getattr(q, "accept", ()))
    texts = [a for a in answers if isinstance(a, str) and len(a) > 2]
    if not texts and q.kind == "numeric":
        from ..numbers import format_figure

        texts = [format_figure(q.answer, q.unit)] + ([number_name(int(q.answer))] if q.answer == int(q.answer) else [])
    for t in list(texts):  # "March 6, 2015" is answered by "arriving at Ceres in March 2015" in another stem
        m = re.fullmatch(rf"(?:\d{{1,2}}\s+)?({MONTH_RE})(?:\s+\d{{1,2}},?)?\s+(\d{{4}})", t)
        if m:
            texts.append(f"{m.group(1)} {m.group(2)}")
        m = re.fullmatch(r"(\w+) (day|week|month|year|hour|minute|mile|metre|meter|storey)s", t, re.IGNORECASE)
        # "Three days" is answered by "a three-day strike" in another stem
        if m:
            texts.append(f"{m.group(1)}-{m.group(2)}")
    prompt = other.question.prompt.lower()
    number = getattr(q, "answer", None)
    if isinstance(number, (int, float)) and product_across(q.prompt, other.question.prompt, float(number)):
        return True  # "two from each county" here, "Liberia's 15 counties" there: thirty seats
    tolerance = getattr(q, "tolerance", None)
    if q.kind == "numeric" and tolerance is not None and q.unit and any(
            abs(float(m.group(1).replace(",", "")) - q.answer) <= tolerance.width(q.answer)
            for m in re.finditer(rf"(?<![\w.,])(\d[\d,]*(?:\.\d+)?)\s*{re.escape(q.unit.lower())}\b", prompt)):
        return True  # "about 26,500 years ago", within 10%, is answered by "in the last 27,000 years" there
    # Whole words and whole numbers: "2" is not in "2,000", but "6,500 cubic metres" is in "6,500 cubic metres, ..."
    return any(re.search(rf"(?<![\w.])(?<!\d,){re.escape(t.lower())}(?!\w|[,.]\d)", prompt) for t in texts)

