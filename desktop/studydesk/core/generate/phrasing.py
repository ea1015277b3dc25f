"""From a figure's clause (clause.py) to a question a student can read on its
own, or a statement of it.

Nothing here parses English properly. A few patterns that are safe (a count
that is the subject, "X was N", "X lies N km from Y", "the N-km front") make
direct questions; otherwise the figure is asked in place ("... outnumbered
by what ratio?"); when that reads badly the caller falls back to a
fill-in-the-blank on the quoted sentence, which is always sound.
"""

from __future__ import annotations

import re

from .clause import COMMA, PAST_TO_BASE, SLOT, Frame, Subject, has_verb
from .figure import Figure
from .lexicon import FINITE_VERBS, FUNCTION_WORDS, INFLECTED_VERBS, capitalize

_PLACE_NOUNS = frozenset("city town village region district country state island".split())
_PEOPLE = frozenset("residents people inhabitants civilians citizens villagers locals".split())
_COPULA = re.compile(rf"^(?P<subj>.+?) (?P<cop>is|was|are|were|stood at|stands at) {SLOT}(?P<rest>.*)$")
_DISTANCE = re.compile(
    rf"^(?P<subj>.+?) (?P<v>lies|lie|is|are|sits|sit|stands|stand|was|were) (?:just |only |some )?{SLOT}"
    r" (?:from|away from|(?:north|south|east|west)(?:-?\w+)? of) (?P<obj>[^,;]+)(?P<rest>.*)$"
)


def question(fr: Frame, fig: Figure, subject: Subject | None, claim: bool | None = None) -> str | None:
    """A direct question on the figure, or None when none reads well."""
    body = fr.body if fr.keep_case else fr.body[0].lower() + fr.body[1:]
    q = _direct(body, fig)
    if q is None:
        q = _in_place(body, fig)
    if q is None:
        return None
    q = q.strip()
    if re.match(r"(?:roughly |about )?how (?:many|much) \w+ (?:after|before|into|later|earlier)\b", q, re.IGNORECASE) \
            and not re.search(r"\b(?:did|does|do|was|were|is|are|had|has|have|will)\b", q):
        return None  # "About how many minutes after launch from the Baikonur Cosmodrome": what happened, untold
    if re.search(r"\b(?:where|which|who|whom|whose|that)\s+(?:(?:roughly|about)\s+)?(?:how|what)\b", q):
        return None  # "The part ... which contained the galley where about how many victims had taken refuge was"
    after_unit = re.search(rf"\bhow (?:many|much) {re.escape(fig.unit_name)} ([a-z]+)\b", q) if fig.unit_name else None
    if after_unit and not (after_unit.group(1) in FUNCTION_WORDS or after_unit.group(1) in FINITE_VERBS
                           or after_unit.group(1) in _MEASURED or after_unit.group(1).endswith(("ly", "ed", "ing"))):
        return None  # "down to how many millimetres sphere": the unit was an adjective to a noun
    if subject is not None and fig.noun.split()[-1:] and fig.noun.split()[-1].lower() in _PEOPLE \
            and subject.nouns & _PLACE_NOUNS and not fr.source and not re.search(r"\b[A-Z]", q):
        q += f" in {subject.name}"  # "How many residents remain in Pokrovsk today?"
    if fr.lead:
        q += " " + fr.lead
    q = q.rstrip(" ,") + "?"
    if claim is None:
        claim = bool(fr.source) and not fig.adjective and (fig.kind not in ("year", "date") or fr.claimed)
    if fr.source and claim:  # a background measure or date inside the claim is asked as the article's
        return f"According to {fr.source}, {q}"
    q = capitalize(q)
    if fig.bound:
        return q[:-1] + ", according to the article?"
    return q



# What follows a measure and still reads after "how many metres": "long", "away", "north of"
_MEASURED = frozenset("long wide high deep tall thick away apart north south east west northeast northwest southeast "
                      "southwest above below across further farther".split())

# What a length measures, so "what is the span" asks for one; "what is the hospital" does not
_SIZE_NOUN = re.compile(r"\b(?:length|height|depth|width|distance|span|elevation|altitude|diameter|circumference|"
                        r"perimeter|radius|size|area|rainfall|precipitation)s?\b", re.IGNORECASE)


def _direct(body: str, fig: Figure) -> str | None:
    approx = fig.bound == "approx"
    if body.startswith(SLOT):
        after = body[len(SLOT):]
        if fig.kind in ("count", "vague", "range") and fig.noun:
            rest = after[after.find(fig.noun) + len(fig.noun):] if fig.noun in after else None
            if rest is not None:  # "were wounded and at least 11 are dead": one clause to a question
                rest = _first_clause(rest)
            if rest is None or not has_verb(rest):
                return None
            if re.match(r"\s+[a-z]+ed\b", rest) and re.search(r"\b(?:reported|left|found|saw|counted)\s+$",
                                                              fig.sentence[:fig.start]):
                rest = " were" + rest  # "reported 55 buildings destroyed": how many buildings were destroyed
            return f"{'about how' if approx else 'how'} many {fig.noun}{rest}"
        if fig.kind in ("fraction", "percent") and after.startswith(" of "):
            what = "what share" if fig.kind == "fraction" else "what percentage"
            # "85 percent of the buildings collapsed, all services failed, and ...": the first clause only
            return f"{'roughly ' + what if approx else what}{_first_clause(_trim_rest(after))}"
        if fig.kind == "vague" and after.startswith(" of ") and not has_verb(after):
            return f"how many {after[4:].strip()} were there"
        return None
    if fig.dimension == "length":
        m = _DISTANCE.match(body)
        if m:
            be = {"lies": "is", "sits": "is", "stands": "is", "lie": "are", "sit": "are", "stand": "are"}.get(
                m.group("v"), m.group("v"))
            lead = "roughly how far" if approx else "how far"
            return f"{lead} {be} {_lower_det(m.group('subj'))} from {m.group('obj')}{_trim_rest(m.group('rest'))}"
    if fig.adjective and fig.dimension in ("length", "duration"):
        m = re.search(rf"\b(?P<det>the|a|an|each|every|its) {SLOT} (?P<np>[a-z][\w-]*(?: [a-z][\w-]*)?)", body)
        if m:
            words = [w for w in m.group("np").split() if w not in FINITE_VERBS]
            verb = words[1] if len(words) == 2 and (words[1] in PAST_TO_BASE or words[1] in INFLECTED_VERBS
                                                    or words[1].endswith("ed")) else ""
            words = words[:1] if verb else words  # "the 82-day battle lasted": the noun, then its verb
            # "a 13-day battle the Axis ... was crushed": what follows is another clause's subject
            if words and words[-1] not in FUNCTION_WORDS:
                past = verb.endswith("ed") or verb in PAST_TO_BASE or any(
                    w in PAST_TO_BASE or w in ("was", "were") or (w.endswith("ed") and w in INFLECTED_VERBS)
                    for w in body[:m.start()].lower().split())
                # "the orbiter made a 27-minute engine burn": how long was the engine burn
                return f"how long {'was' if past else 'is'} the {' '.join(words)}"
    if not fig.noun and fig.kind in ("count", "measure", "percent"):
        m = _COPULA.match(body)
        if m and re.search(r"\b(?:total|figure|number|amount|level|rate|record|peak|high|low|maximum|minimum|"
                           r"magnitude|size|score|result|toll|value|count)$",
                           m.group("subj")):
            return None  # "the highest official total was 928 mm": a total of what? The sentence says, not this
        if m and SLOT not in m.group("subj") and len(m.group("subj").split()) <= 10:
            cop = {"stood at": "was", "stands at": "is"}.get(m.group("cop"), m.group("cop"))
            rest = _trim_rest(m.group("rest"))
            if re.match(r"^\s*(?:of|in|among)\s+(?:which|whom)\b", rest):
                return None  # "The population is 61,023 of which 23,600 live in Visby": of which what?
            size = re.match(r"^ (deep|long|high|tall|wide|old|thick|heavy|far|away|across)\b", rest)
            if size and "," in m.group("subj"):
                return None  # "Inspired by the Eiffel Tower, Blackpool Tower is 518 feet tall": an opening phrase
            if size:  # "the mine is nearly 1,000 metres deep" -> "how deep is the mine"
                how = {"away": "far", "across": "wide"}.get(size.group(1), size.group(1))
                # "was 7.5 m long and weighed 1.2 t": the second predicate has no place in "how long was it"
                tail = rest[size.end():]
                second = next((m for m in re.finditer(r",?\s+(?:and|but)\s+([a-z]+)", tail)
                               if m.group(1) in FINITE_VERBS or m.group(1) in INFLECTED_VERBS
                               or m.group(1).endswith("ed")), None)  # not "long between Dover and Calais"
                tail = tail[:second.start()] if second else tail
                return f"{'roughly ' if approx else ''}how {how} {cop} {_lower_det(m.group('subj'))}{tail}"
            if fig.dimension == "length" and re.match(r"^ (?:(?:to the )?(?:north|south|east|west)(?:-?(?:east|west))?|"
                                                      r"from|off|inland|upstream|downstream)\b", rest):
                # "The mine was 2 km to the east of Lens" -> "how far was the mine to the east of Lens"
                return f"{'roughly ' if approx else ''}how far {cop} {_lower_det(m.group('subj'))}{rest}"
            if re.match(r"^ (?:into|in|ago|behind|ahead|past|before|after|late|early|older|younger)\b", rest) \
                    and fig.dimension == "duration":
                return None  # "was three years into a programme": "what was the United States into" asks nothing
            if fig.dimension == "length" and not _SIZE_NOUN.search(m.group("subj")):
                return None  # "It is approximately 5 km, by road, north-east of Kampala": "what is the hospital"?
            what = "roughly what" if approx else "what"
            return f"{what} {cop} {_lower_det(m.group('subj'))}{rest}"
    return None


_SECOND_CLAUSE = re.compile(r",?\s+(?:and|but|while|so)\s+(?=\d|[A-Z]|(?:thus|then|also|at least|more than|the|a|an|"
                            r"it|they|he|she|its|their|many|most|some|several|few)\b)")


def _first_clause(rest: str) -> str:
    """Up to a second clause ("were wounded and at least 11 are dead"); the last
    item of a list is no clause ("the counties of Norfolk, Suffolk and Essex")."""
    for m in _SECOND_CLAUSE.finditer(rest):
        if has_verb(rest[m.end():]):
            return rest[:m.start()]
    return rest


def _trim_rest(rest: str) -> str:
    return COMMA.split(rest)[0].rstrip()


def _lower_det(np: str) -> str:
    first, _, more = np.partition(" ")
    return (first.lower() if first in ("The", "A", "An") else first) + (" " + more if more else "")


def _in_place(body: str, fig: Figure) -> str | None:
    """Ask the figure where it stands: "... are outnumbered by what ratio?"."""
    before, _, after = body.partition(SLOT)
    if SLOT in after or re.search(r"\bthe\s*$", before):
        return None  # "the two main cities" describes, it does not count
    before = re.sub(r"\b(?:only|just)\s*$", "", before)
    if fig.kind in ("year", "date") and re.fullmatch(r"\s*(?:in|on)\s*", before, re.IGNORECASE):
        # "In 2023 the state launched ...", "In June 2013, heavy rain sent ..."
        return _do_support(COMMA.split(after.strip(" ,"))[0], "", "when" if fig.kind == "date" else "in what year")
    if after.startswith(","):
        return None  # the figure closes an opening phrase: "In the next three days, ..."
    if re.search(r"\b(?:ranging|ranged|ranges|varying|varied)(?:\s+from)?\s*$", before):
        return None  # "fragments ranging up to 2 km": "ranging how many kilometres" reads as no question
    after = _first_clause(COMMA.split(after)[0])  # "... and many families depended on the dole": not asked
    if COMMA.search(before) and fig.kind not in ("year", "date"):
        return None
    if fig.kind in ("year", "date") and re.match(r"\s+(?:and|or|to)\s+\d", after):
        return None  # "in 1848 and 1849": one of two
    if re.search(r"\b(?:total|figure|number|amount|level|rate|record|peak|high|low|maximum|minimum|magnitude|size|"
                 r"score|result|toll|value|count)\s+(?:was|is|were|"
                 r"are|stood\s+at|reached)\s*$", before):
        return None  # "the highest official total was how many ...": a total of what?
    prep = re.search(r"\b(in|on|since|by|until|from|to|of)\s*$", before)
    kind = fig.kind
    noun = fig.noun
    if noun and after.startswith(" " + noun):
        after = after[len(noun) + 1:]
    if kind in ("count", "vague", "range"):
        if not noun and not re.match(r"\s+[a-z]", after) and fig.kind != "count":
            return None
        if not noun:
            nxt = re.match(r"\s+([a-z]+)", after)
            if not nxt or nxt.group(1) in FUNCTION_WORDS:
                return None
        wh = f"how many {noun}" if noun else "how many"
        if fig.bound == "approx":
            wh = "about " + wh
    elif kind == "measure":
        wh = "how much" if fig.dimension == "money" else f"how many {fig.unit_name}"
        if fig.bound == "approx":
            wh = "about " + wh
    elif kind == "percent":
        wh = "what percentage"
    elif kind == "fraction":
        wh = f"what share of {noun}" if noun else "what share" if after.startswith(" of") else "what fraction"
    elif kind == "ratio":
        if not prep and re.search(r"\boutnumbered\s*$", before):
            wh = "by what ratio"
        else:
            wh = "what ratio"
    elif kind == "multiple":
        if fig.extra in ("doubled", "tripled", "quadrupled", "halved"):
            return None
        wh = "how many times"
    elif kind in ("year", "date"):
        if not prep or prep.group(1) not in ("in", "on", "since", "by", "until"):
            return None
        if re.search(r"\b(?:since|after|before|while|upon|until)\s+[a-z]+ing\b[^,;]*$", before[:prep.start()]):
            return None  # "opened ... since becoming Queen in 1952": the year is the becoming's, not the opening's
        head, tail = _subclause(before[:prep.start()], after)
        if kind == "date" or prep.group(1) == "in":
            do = _do_support(head, tail, "when" if kind == "date" else "in what year")
            if do:
                return do
        if tail.strip(" ,") or kind == "date":
            return None
        wh = f"{prep.group(1)} what year"
        before = before[:prep.start()]
    elif kind == "decade":
        wh = "what decade"
    else:
        return None
    last = before.split()[-1].lower() if before.split() else ""
    if last and not (last in FUNCTION_WORDS or last in FINITE_VERBS or last.endswith(("ed", "ing"))):
        return None  # "a then World Cup record how many tries": a question word after a noun reads as nonsense
    text = f"{before}{wh}{after}"
    if not has_verb(before + after):
        return None  # "A high turnout of what percentage in Thursday's vote?": no clause to ask in
    if len(text.split()) < 4 or len(text.split()) > 28:
        return None
    if re.match(r"\s*[a-z]*\s*of (?:which|whom)\b", after):
        return None  # "has how many stations of which 17 are underground?": the part reads as asked of the blank
    return text


_SUBORDINATOR = re.compile(r"^.*\b(?:since|when|after|before|until|because|that|as|while)\s+", re.IGNORECASE)
_MAIN_VERB = re.compile(r"\s+(?:may|might|will|would|can|could|is|are|was|were|has|have|had)\b.*$")


def _subclause(before: str, after: str) -> tuple[str, str]:
    """The clause a date sits in: "losses since [the invasion began] in 2022 may exceed" -> "the invasion began"."""
    if after.strip(" ,") and (_MAIN_VERB.match(after) or after.startswith(",")):
        m = _SUBORDINATOR.match(before)
        if m:
            return before[m.end():], ""
    after = re.split(r",\s| and ", after)[0]
    return before, after


_PREPOSITIONS = frozenset("to of by for with in on at from into after before".split())


def _do_support(before: str, after: str, wh: str | None) -> str | None:
    """"the invasion began in [2022]" -> "In what year did the invasion begin"."""
    if wh is None or after.strip(" ,") or re.search(r"\band\s+(?:the|a|an|[A-Z])", before):
        return None  # "the colonies federated and the Commonwealth was formed": two clauses, no one question
    if len(re.findall(r"\b(?:is|are|was|were)\b", before)) > 1:
        return None  # "The first time that the draw was extraordinary was in 1818": one "was" moved reads as nonsense
    pieces = COMMA.split(before)
    if len(pieces) > 1 and re.search(r"\b[A-Z][\w'’-]*\s*$", pieces[-2]) and re.match(r"\s*[A-Z]", pieces[-1]):
        return None  # "The marathon in Los Angeles, California was held": not "When was California held?"
    before = pieces[-1]
    words = before.split()
    if not words or words[0] in PAST_TO_BASE or words[0] in FINITE_VERBS or words[-1] in ("and", "or", "but") \
            or words[0].endswith("ing") and words[0].islower():  # "being ever-present since the league": no subject
        return None  # "The project, organised by Eurotunnel, | began ... and opened": its subject cut off
    for i, w in enumerate(words):
        # "The 1997 United Kingdom general election was held": a name's "United" is no verb
        base = PAST_TO_BASE.get(w) or (w[:-2] if w.endswith("ed") and len(w) > 5 and i > 0 and w.islower()
                                       else None)
        if base and i > 0:
            if words[i - 1] in ("and", "or"):
                return None  # "the Bank sought and received": the first verb read as the subject's
            if i > 2 and words[i - 2].lower() in ("a", "an", "the") and words[i - 3].lower() in _PREPOSITIONS:
                return None  # "dates back to a concession awarded by royal decree": a participle, the verb before
            if any(_irregular_past(x) for x in words[1:i]):
                return None  # "Dang Hongxin chose a membrane that resolved": "chose" is the verb, not "resolved"
            last = words[-1]
            if len(words) - 1 > i + 1 and (last in PAST_TO_BASE or last.endswith("ed")) and last.islower():
                return None  # "It replaced an older bridge constructed in 1954": the year is the older bridge's
            base = verb_base(w)
            if base is None:
                return None
            subj = " ".join(words[:i])
            rest = " ".join(words[i + 1:])
            if w in ("was", "were") or all(x.endswith("ly") or x in FUNCTION_WORDS for x in words[:i]):
                return None  # "..., officially founded in 1984": no subject left to ask "did" of
            return f"{wh} did {_lower_det(subj)} {base}{' ' + rest if rest else ''}"
        if w in ("was", "were") and i > 0:
            rest = " ".join(words[i + 1:])
            if re.match(r"(?:an?|the)\s", rest):
                return None  # "Lehman Brothers was a firm founded in": "In what year was ... a firm founded?"
            return f"{wh} {w} {_lower_det(' '.join(words[:i]))}{' ' + rest if rest else ''}"
        if w in FINITE_VERBS and i > 0:
            return None
    return None


def _irregular_past(word: str) -> bool:
    """"chose", "sold": a past tense the "-ed" rule and PAST_TO_BASE miss (lemminflect's lexicon)."""
    from lemminflect import getInflection, getLemma

    if not word.isalpha() or not word.islower() or word.endswith("ed") or word in FUNCTION_WORDS:
        return False
    return any(word != lemma and word in getInflection(lemma, tag="VBD") for lemma in getLemma(word, upos="VERB"))


def verb_base(past: str) -> str | None:
    """"announced" -> "announce", "struck" -> "strike": for "when did X announce ...?".

    From lemminflect's lexicon: a rule cannot tell "scored" (score) from
    "poured" (pour), and on this corpus the rule it replaced got one past form
    in five wrong (docs/generator.md). Loaded on first use, off the UI thread."""
    from lemminflect import getLemma

    lemmas = getLemma(past, upos="VERB")
    return lemmas[0] if lemmas and lemmas[0] != past else PAST_TO_BASE.get(past)


def statement(fr: Frame, fig_text: str) -> str:
    """The clause as a statement, with its source: "According to Zelensky, Ukrainian forces ... ."."""
    body = fr.body if fr.keep_case else fr.body[0].lower() + fr.body[1:]
    text = body.replace(SLOT, fig_text) + (" " + fr.lead if fr.lead else "")
    text = f"According to {fr.source}, {text}" if fr.source else capitalize(text)
    return text.rstrip(" ,") + "."
