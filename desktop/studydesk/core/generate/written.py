"""Written answers (kind `written`) from a sentence that states what is at
stake: "Seizing Pokrovsk would bolster the Kremlin's claim ... and increase
pressure on Kyiv ...". The question asks what the subject would do; each
coordinated consequence is a key point, its evidence the article's own words
for it, its phrases the pairs of content words it holds.

Conservative, as a written answer is the hardest kind for a draft to get
right: only "SUBJECT would VERB ... and VERB ..." with a named or "-ing"
subject, no pronoun to resolve, no quoted speech; every key point grounded
(its phrases in its own evidence, none in the prompt or in another point);
and a score that keeps it only where little better is at hand.
"""

from __future__ import annotations

import re

from ..bank import KeyPoint, WrittenQuestion
from ..words import normalize_text
from .analysis import Analysis, SentenceInfo
from .candidates import Candidate, slug
from .lexicon import number_name
from .quality import is_prose

SCORE = 0.5  # the lowest a kept question may have: kept only when the article gives little else
_WOULD = re.compile(r"^(?P<subj>[A-Z][^,;:\"“”()]{2,60}?) would (?P<first>[a-z]+ [^,;\"“”()]*?"
                    r"(?:[“\"][^”\"]*[”\"][^,;\"“”()]*?)?) and (?P<second>[a-z]+ [^,;()]+?)[.!]?$")
_PRONOUN = re.compile(r"\b(?:it|its|they|them|their|this|these|those|he|she|his|her|we|our|you|i)\b", re.IGNORECASE)
_NOT_VERBS = frozenset("the a an of in on at to for by with from not also then".split())
_STOP = frozenset("""the a an of in on at to for by with from and or but that which who whom whose what when
    where while as than then there here is are was were be been being has have had do does did would could should
    will can may might must not no its it their them they this these those such more most very also just into
    onto over under about after before time""".split())
_MOST_POINTS = 5
_MOST_PHRASES = 3
_COMMON = 3  # a word in this many sentences says too little to show a point was made


def written_candidates(analysis: Analysis) -> list[Candidate]:
    common = _common_words(analysis)
    out = []
    for info in analysis.sentences:
        cand = _would(analysis, info, common)
        if cand is not None:
            out.append(cand)
    return out


def _common_words(analysis: Analysis) -> frozenset[str]:
    counts: dict[str, int] = {}
    for info in analysis.sentences:
        for word in set(normalize_text(info.text).split()):
            counts[word] = counts.get(word, 0) + 1
    return frozenset(w for w, n in counts.items() if n >= _COMMON)


def _would(analysis: Analysis, info: SentenceInfo, common: frozenset[str]) -> Candidate | None:
    text = info.text
    if len(text.split()) > 45 or not is_prose(text, info.section):
        return None
    m = _WOULD.match(text)
    if m is None:
        return None
    subject, parts = m.group("subj"), [m.group("first"), m.group("second")]
    first_word = subject.split()[0]
    if _PRONOUN.search(subject) or not (first_word.endswith("ing") or first_word in ("The", "A", "An")):
        return None  # a name or a noun the reader knows: "Seizing Pokrovsk", "The new bridge"
    if any(p.split()[0] in _NOT_VERBS for p in parts) or not 2 <= len(parts) <= _MOST_POINTS:
        return None
    asked = subject[0].lower() + subject[1:]
    prompt = f"According to the article, what would {asked} do? Explain in a sentence or two."
    taken = set(normalize_text(prompt).split())
    points = []
    for part in parts:
        phrases = _phrases(part, taken | common)
        if not phrases:
            return None  # a point no phrase could show: not grounded
        points.append(KeyPoint(point=f"{subject} would {part}", phrases=tuple(phrases), evidence=(part,)))
    words = [set(w for p in point.phrases for w in normalize_text(p).split()) for point in points]
    if any(words[i] & words[j] for i in range(len(words)) for j in range(i + 1, len(words))):
        return None  # two points a single phrase could both show
    q = WrittenQuestion(id="", topic="stakes", prompt=prompt, evidence=(text,), model_answer=text,
                        key_points=tuple(points),
                        explain=f"The article gives {number_name(len(points))} consequences; each is a point to make.")
    return Candidate(q, f"Written answer: a sentence on what is at stake, its {len(points)} consequences "
                        "the key points", "stakes", "written", "would-" + slug(subject, limit=2),
                     f"written:{info.index}", info.index, SCORE)


def _phrases(part: str, excluded: set[str] | frozenset[str]) -> list[str]:
    """Pairs of neighbouring content words of a consequence (a stop word may
    stand between), the verb left out: "Kremlin's claim", "pressure on Kyiv".
    Pairs of nouns first; one with a verb form ("seeking continued") only to
    make two."""
    words = re.findall(r"[\w’']+", part)[1:]  # after its verb
    content = [i for i, w in enumerate(words) if normalize_text(w) and normalize_text(w) not in _STOP
               and normalize_text(w) not in excluded and len(w) > 2]
    pairs = list(dict.fromkeys(" ".join(words[a:b + 1]) for a, b in zip(content, content[1:]) if b - a <= 2))
    strong = [p for p in pairs if not any(w.endswith(("ing", "ed")) for w in (p.split()[0], p.split()[-1]))]
    weak = [p for p in pairs if p not in strong]
    return (strong + weak[:max(0, 2 - len(strong))])[:_MOST_PHRASES]
