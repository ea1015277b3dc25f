"""Questions beyond one figure: the stakes (roles and consequences), key names,
dated events in order, places matched with their figures, the one-step
reasoning questions of reasoning.py and the written answers of written.py."""

from __future__ import annotations

import random
import re

from ..bank import (
    ChoiceQuestion,
    MatchQuestion,
    MultiQuestion,
    OrderQuestion,
    TextQuestion,
    TrueFalseQuestion,
)
from .analysis import Analysis, SentenceInfo
from .candidates import Candidate, slug
from .entities import Entity, Mention
from .events import event_text
from .figures import FigureContext
from .lexicon import PLACE_WORDS, capitalize
from .not_asked import below_zero
from .quality import is_prose
from .reasoning import reasoning_candidates
from .superlatives import superlative_candidates
from .who import who_candidates
from .written import written_candidates

_STAKES = re.compile(
    r"\b(?:gateway|barrier|hub|lifeline|stronghold|crossroads|bottleneck|strategic(?:ally)?|crucial|vital|"
    r"key to|the last major|the largest|the longest|would (?:be|become|bolster|increase|make|"
    r"put|mean|give|allow|cut|open|end|have to|build|take)|will (?:be|become|house|make))\b",
    re.IGNORECASE,
)
_IF = re.compile(r"^If (?P<cond>[^,]{3,80}), (?P<cons>.+?)[.!]?$")
# Word swaps that turn a statement false in one checkable way.
_FLIPS = (("largest", "smallest"), ("last", "first"), ("longest", "shortest"), ("highest", "lowest"),
          ("increase", "reduce"), ("bolster", "weaken"), ("before", "after"), ("north", "south"),
          ("east", "west"), ("best", "worst"), ("major", "minor"))
_MAX_STAKES = 6
_DEICTIC = re.compile(r"\b(?:these|this|those|they|their|he|she)\b", re.IGNORECASE)


def extra_candidates(analysis: Analysis, contexts: list[FigureContext], rng: random.Random) -> list[Candidate]:
    out: list[Candidate] = []
    out += _stakes(analysis, rng)
    out += _names(analysis, rng)
    out += _order(contexts, rng)
    out += _match(analysis, contexts, rng)
    out += reasoning_candidates(analysis, contexts, rng)
    out += who_candidates(analysis)
    out += written_candidates(analysis)
    out += superlative_candidates(analysis, rng)
    return out


def _stakes(analysis: Analysis, rng: random.Random) -> list[Candidate]:
    out: list[Candidate] = []
    found = [info for info in analysis.sentences if _STAKES.search(info.text) and len(info.text.split()) <= 45
             and not _DEICTIC.search(info.text)]
    for info in found[:_MAX_STAKES]:
        text = analysis.shown(info, info.text)
        if not analysis.stands_alone(info, text) or not is_prose(info.text, info.section):
            continue
        places = [m for m in info.mentions if m.entity.kind in ("place", "name")]
        group = _coordinated(text, info, places)
        if group and any(m.entity.kind == "place" or m.entity.votes["place"] for m in places if m.text in group):
            # one of them at least shown to be a place: not "AirAsia and AirAsia X" beside wrong choices that are
            cand = _which_places(analysis, info, text, group, rng)
            if cand:
                out.append(cand)
        m = _IF.match(text)
        if m:
            cand = _consequence(analysis, info, text, m, rng)
            if cand:
                out.append(cand)
        cand = _stake_truefalse(analysis, info, text, rng)
        if cand:
            out.append(cand)
    return out


def _coordinated(text: str, info: SentenceInfo, places: list[Mention]) -> list[str]:
    """Names listed together ("toward Sloviansk and Kramatorsk")."""
    names = [m.text for m in places]
    # Each pair once, matched where its first name stands: a name repeated thousands of times in one
    # run-on "sentence" must not make this quadratic (a fuzzed input took 44 s). Found with str.find,
    # not a pattern made for each pair: the regex module would compile thousands on a long text.
    for a, b in dict.fromkeys(zip(names, names[1:])):
        if " of " in a or re.search(r"['’]s\b", b):
            continue  # "the United Kingdom of Great Britain and Ireland", "Brazil and Paraguay's Itaipu": one thing
        joint = " and " + b
        at, before_b = text.find(a), -1
        while at >= 0:
            start = at + len(a)
            if before_b < start:
                before_b = text.find(joint, start)
                if before_b < 0:
                    break
            if _LISTED_BETWEEN.fullmatch(text, start, before_b):
                return [a, b]
            at = text.find(a, at + 1)
    return []


_LISTED_BETWEEN = re.compile(r"(?:, [^,]{1,30})*,?")  # "Sloviansk, Druzhkivka[,] and Kramatorsk"


def _which_places(analysis: Analysis, info: SentenceInfo, text: str, group: list[str],
                  rng: random.Random) -> Candidate | None:
    first = text.find(group[0])
    last = text.find(group[-1], first) + len(group[-1])
    blanked = text[:first] + "____" + text[last:]
    # Wrong choices only among names the article shows to be places ("in Tartu", "the town of ..."), never a
    # fragment of another name ("Battle" of "Battle on the Ice").
    pool = [e.name for e in analysis.entities.entities.values()
            if e.kind == "place" and e.votes["place"] >= 1 and e.name not in text and e is not analysis.entities.main
            and e.name not in group and len(e.name) > 2 and e.name not in _NOT_KEY_NAMES]
    # Places first: "Kremlin" is a name, but no place a sentence could list.
    pool.sort(key=lambda n: (analysis.entities.entities[n].kind != "place", -analysis.entities.entities[n].count))
    wrong = pool[:3]
    if len(wrong) < 2:
        return None
    choices = list(group) + wrong
    rng.shuffle(choices)
    q = MultiQuestion(
        id="", topic="stakes",
        prompt=f'Which places fill the blank in this sentence {analysis.from_the_article(blanked)}? Tick all '
               f'that apply. "{blanked}"',
        choices=tuple(choices), answer=tuple(group), evidence=(info.text,),
        explain=f"The article names {' and '.join(group)} here.")
    return Candidate(q, f"Stakes: places named together in a sentence on what is at stake ({', '.join(group)})",
                     "stakes", "stakes", "places-" + slug(*group, limit=2), f"which:{info.index}", info.index, 0.6)


def _consequence(analysis: Analysis, info: SentenceInfo, text: str, m: re.Match[str],
                 rng: random.Random) -> Candidate | None:
    cond, cons = m.group("cond"), m.group("cons")
    subj = re.match(r"^([A-Z][\w'’-]*(?: [A-Z][\w'’-]*)*)", cond)
    if re.match(r"^it\b", cons) and subj:
        cons = subj.group(1) + cons[2:]
    if re.search(r"\b(?:it|they|this|these)\b", cons):
        return None
    answer = capitalize(cons.rstrip(";,. "))
    if len(answer.split()) > 30:
        return None
    wrong = list(dict.fromkeys(w for w in _alterations(answer, info, analysis) if w != answer))
    if len(wrong) < 2:
        return None
    rng.shuffle(wrong)
    choices = [answer, *wrong[:3]]
    rng.shuffle(choices)
    q = ChoiceQuestion(id="", topic="stakes", prompt=f"According to the article, what would happen if {cond}?",
                       choices=tuple(choices), answer=answer, evidence=(info.text,),
                       explain=f'The article says: "{info.text}"')
    return Candidate(q, "Stakes: a consequence sentence (\"if ..., ...\"); wrong choices change one word or name",
                     "stakes", "stakes", "if-" + slug(cond, limit=2), f"if:{info.index}", info.index, 0.45)


def _alterations(text: str, info: SentenceInfo, analysis: Analysis) -> list[str]:
    """The text made false in one checkable way: a word flipped or a name swapped."""
    out = []
    for a, b in _FLIPS:
        for x, y in ((a, b), (b, a)):
            if re.search(rf"\b{x}\b", text):
                out.append(re.sub(rf"\b{x}\b", y, text, count=1))
                break
    if " would " in text:
        out.append(text.replace(" would ", " would not ", 1))
    for mention in info.mentions:
        if mention.text not in text or mention.entity.kind != "place":
            continue
        for other in analysis.entities.places_like(mention.entity)[:8]:
            if other.name not in info.text and len(other.name) > 2 and other is not analysis.entities.main \
                    and _same_sort(mention.entity.name, other.name):
                out.append(text.replace(mention.text, other.name, 1))
                break
    return out


def _same_sort(a: str, b: str) -> bool:
    """"Third Mainland Bridge" swaps with another bridge, "Kramatorsk" with another plain name."""
    last_a, last_b = a.split()[-1], b.split()[-1]
    if last_a in PLACE_WORDS or last_b in PLACE_WORDS:
        return last_a == last_b
    return True


def _stake_truefalse(analysis: Analysis, info: SentenceInfo, text: str, rng: random.Random) -> Candidate | None:
    if re.search(r"^(?:It|They|This|These|He|She)\b", text) or len(text.split()) > 40:
        return None
    alter = rng.random() < 0.5
    statement, answer = text, True
    if alter:
        options = _alterations(text, info, analysis)
        if not options:
            return None
        statement, answer = rng.choice(options), False
    q = TrueFalseQuestion(id="", topic="stakes", prompt=statement, answer=answer, evidence=(info.text,),
                          explain=("True" if answer else "False") + f': the article says "{info.text}"')
    how = "True statement" if answer else "Altered statement (one word or name changed)"
    # Kept only when nothing better is at hand: a true one copies its sentence, a false one flips a word.
    return Candidate(q, f"Stakes: {how.lower()} on a role or consequence", "stakes", "truefalse",
                     "stakes-" + slug(text, limit=2), f"tfstakes:{info.index}", info.index, 0.4)


def _names(analysis: Analysis, rng: random.Random) -> list[Candidate]:
    """Fill-in-the-blank on key names, in sentences that say something about them."""
    best: dict[str, tuple[float, SentenceInfo, Mention]] = {}
    main = analysis.entities.main
    used_sentences: set[int] = set()
    for info in analysis.sentences:
        if len(info.text.split()) > 45 or _DEICTIC.search(info.text):
            continue
        if _coordinated(info.text, info, [m for m in info.mentions if m.entity.kind in ("place", "name")]):
            continue  # the multi question on its list of names asks about this sentence
        tried: set[str] = set()  # a name twice in a sentence is no blank: counted once, not at every mention
        for mention in info.mentions:
            e = mention.entity
            if mention.text in tried:
                continue
            tried.add(mention.text)
            if e is main or e.name in best or info.text.count(mention.text) != 1 or len(mention.text) < 3:
                continue
            score = e.count + (2 if e.kind in ("place", "person", "org") else 0) + (
                1 if _STAKES.search(info.text) else 0)
            if info.index in used_sentences:
                continue
            best[e.name] = (score, info, mention)
            used_sentences.add(info.index)
    ranked = sorted(best.values(), key=lambda t: (-t[0], t[1].index))[:8]
    out = []
    for _, info, mention in sorted(ranked, key=lambda t: t[1].index):
        cand = _name_cloze(analysis, info, mention, mention.entity)
        if cand is not None:
            out.append(cand)
    return out


_NOT_KEY_NAMES = frozenset("UTC GMT BST EST EDT PST PDT CET CEST AM PM TV Web Internet Earth Moon Sun Wikipedia "
                           "Wikinews North South East West Midwest GDP GNP CPI".split())  # "flooding in the West": a direction


def _name_cloze(analysis: Analysis, info: SentenceInfo, mention: Mention, e: Entity) -> Candidate | None:
    title_words = set(re.findall(r"[A-Z][\w'’-]{3,}", analysis.article.title))
    if e.kind not in ("person", "org", "place") or mention.text in _NOT_KEY_NAMES \
            or mention.text.lower() in analysis.headline(info).lower() \
            or title_words & set(re.findall(r"[A-Z][\w'’-]{3,}", mention.text)):
        return None  # a common word would fit as well as the name; or the headline gives it away
    before, after = info.text[:mention.start], info.text[mention.end:]
    if re.search(r"[A-Z][\w.'’-]*\s*$", before) or re.match(r"\s*(?:[A-Z]|of\s+[A-Z]|-|['’]s\b|\(|\d)", after):
        return None  # part of a longer name ("The St. ____", "____ 5"), a possessive, or spelled out by "(ESA)"
    if re.search(r"['’]s\s", mention.text):
        return None  # "Indonesia's Sunda Strait": "the Sunda Strait", even "Indonesia's", would fill it too
    if re.match(r",\s+(?:and\s+)?(?:the\s+)?[A-Z]", after) or re.search(r"[A-Z][\w'’-]*,\s+(?:and\s+)?$", before):
        return None  # one of a list of names ("observed from ____, Tyumen, Orenburg"): any would do as well
    if re.match(r"\.\s*\S", after) or (re.fullmatch(r"(?:[A-Z]\.?){2,3}", mention.text)
                                        and re.match(r"\s+[a-z]", after)):
        return None  # "in U.S. history", "Union Maj. Gen. ...": a name cut at an abbreviation's stop
    if e.count >= 4 or len(info.text.split()) < 10:
        return None  # the article's setting ("London was no stranger to cholera"): a blank anyone would fill
    person = e.kind == "person"
    blanked = analysis.shown(info, info.text[:mention.start] + "____" + info.text[mention.end:], person)
    if not analysis.stands_alone(info, blanked, person) or not is_prose(info.text, info.section):
        return None
    forms = {e.name, e.short, mention.text, mention.text.split(" of ")[0], analysis.spelled_out.get(mention.text, "")}
    accept = [v for v in forms if v and v != mention.text]
    what = "name"  # "Which place" fitted a mission and a period too: the kind of a name is a guess
    q = TextQuestion(id="", topic="names", prompt=f'Which {what} completes this sentence '
                                                 f'{analysis.from_the_article(blanked)}? "{blanked}"',
                     answer=mention.text, accept=tuple(accept), evidence=(info.text,),
                     explain=f"The article names {mention.text} here.")
    # Offered in the review list, not kept: read blind on unseen pages, fewer than half of these
    # blanks passed (a label, an actor anyone would guess, a name cut short; validation set 8).
    return Candidate(q, f"Key name: fill in \"{mention.text}\" ({e.kind})", "names", "name",
                     "name-" + slug(mention.text, limit=2), f"name:{e.name}", info.index,
                     0.42 + 0.02 * min(e.count, 3))


def _order(contexts: list[FigureContext], rng: random.Random) -> list[Candidate]:
    """Dated events, to put in order: the clause around each date, with the date taken out."""
    events: list[tuple[float, str, str]] = []
    seen_values: set[float] = set()
    for ctx in contexts:
        fig = ctx.fig
        if fig.kind not in ("year", "date") or fig.extra == "BC" or fig.value in seen_values or not is_prose(
                ctx.info.text, ctx.info.section) or re.search(
                r"\b(?:since|until|by|before|after)\s+(?:\w+\s+)?$", ctx.info.text[:fig.start]):
            continue  # "doubled since 2019": a change up to now, not an event of 2019
        text = event_text(ctx)
        if text and all(text != e[1] for e in events):
            seen_values.add(fig.value)
            events.append((fig.value, text, ctx.info.text))
    if len(events) < 3:
        return []
    events = sorted(events)[:6]
    items = tuple(e[1] for e in events)
    evidence = tuple(dict.fromkeys(e[2] for e in events))
    q = OrderQuestion(id="", topic="timeline", prompt="Put these events from the article in the order they happened "
                                                      "or are expected, earliest first.",
                      items=items, evidence=evidence,
                      explain="In order: " + "; ".join(f"{e[1]} ({_when(e[0])})" for e in events) + ".")
    # Reviewers found clauses cut round a date too often fragments: offered below the draft, not kept.
    return [Candidate(q, "Order question on the dated events of the article", "timeline", "order", "events-in-order",
                      "order", None, 0.45)]


def _when(value: float) -> str:
    return str(int(value))


def _match(analysis: Analysis, contexts: list[FigureContext], rng: random.Random) -> list[Candidate]:
    """Places paired with the figure the article gives for each."""
    pairs: list[tuple[str, str, str]] = []
    used_places: set[str] = set()
    used_figures: set[str] = set()
    main = analysis.entities.main
    for ctx in contexts:
        fig = ctx.fig
        if fig.kind not in ("count", "measure", "percent", "date", "year") or below_zero(ctx.info.text, fig):
            continue  # "a peak magnitude of −5.5": the figure holds no sign, so "5.5" would be shown
        place = _place_of(ctx, main)
        text = fig.phrase if fig.kind not in ("year", "date") else f"{fig.text}"
        if not place or place in used_places or text in used_figures or len(text) > 40:
            continue
        used_places.add(place)
        used_figures.add(text)
        pairs.append((place, text, ctx.info.text))
        if len(pairs) == 5:
            break
    if len(pairs) < 3:
        return []
    q = MatchQuestion(id="", topic="places", prompt="Match each place with the figure the article gives for it.",
                      pairs=tuple((p, f) for p, f, _ in pairs), evidence=tuple(dict.fromkeys(e for *_, e in pairs)),
                      explain="; ".join(f"{p}: {f}" for p, f, _ in pairs) + ".")
    return [Candidate(q, "Match question pairing places with their figures", "places", "match", "places-and-figures",
                      "match", None, 0.45)]


def _place_of(ctx: FigureContext, main: Entity | None) -> str:
    """The place a figure belongs to: the nearest other place named beside it, else the article's subject."""
    places = [m for m in ctx.info.mentions if m.entity.kind == "place" and m.entity is not main]
    if places:
        nearest = min(places, key=lambda m: abs(m.start - ctx.fig.start))
        if abs(nearest.start - ctx.fig.start) <= 60:
            return nearest.entity.name
    if main is not None and ctx.frame is not None and ctx.frame.resolved:
        return main.name
    return ""
