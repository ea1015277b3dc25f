"""Whether a sentence can carry a question on its own: prose, not a caption or a list; not leaning on
the one before ("It runs for ...", "at that rate") unless what it points to can be named in brackets as
an editor would ("[Snow] marked each death ..."). What a figure is worth is worth.py; what is never
asked, not_asked.py.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from .lexicon import FINITE_VERBS, FUNCTION_WORDS, GENERIC_AFTER, INFLECTED_VERBS, MONTH_RE, NOT_NAMES
from .page_marks import FOOTNOTE
from .pronouns import SUBJECT_SLOT, name_before, object_clause, pronoun_resolved

# A reference back to something the sentence does not name: the question would not stand on its own.
_LEADING = re.compile(r"^[\"“‘(]?(?:It|Its|They|Their|Them|He|His|Him|She|Her|This|These|Those|That|Such|Both|"
                      r"The latter|The former|The one(?= in )|Here|There,|Another|Others|Each|The same|Neither|Either|"
                      r"The (?:two|three|four|five|six|seven|eight|nine|ten)(?= (?:were|was|are|had|have)\b)|"
                      r"Other\s+(?:sources|estimates|accounts|reports|figures|counts|historians|records)|"  # which?
                      r"Instead|As a result|Therefore|Thus|In turn|In contrast|By contrast|(?:By|In|For) comparison|"
                      r"In (?:that|this|either|each|such an?) (?:case|event)s?|"  # "In that case, the winner ..."
                      r"Similarly|Likewise|As such(?=,)|(?:When|Once|If) (?:complete|completed|finished|built|done)|"
                      r"In addition|Moreover|Furthermore|Nevertheless|Nonetheless|Even so|Then|However(?=,)|But|"
                      r"In particular|Specifically|Notably|Additionally|Meanwhile|"  # "In particular, Owens won 4"
                      r"More recent|Earlier|Later|Subsequent|Soon after(?:wards)?\b(?! [a-z]+ing)|"  # than which?
                      r"Of (?:these|those|them|whom|which)|Among (?:them|these|those)|"  # "Of these, 25,000 were"
                      # Inverted: "Trailing are South Korea with 13%", "Next came ...": behind what?
                      r"(?:[A-Z][a-z]+ing|Next|Behind|Close behind|Below|Further down|Ahead)\s+"
                      r"(?:(?:them|it|him|her)\s+)?(?:is|are|was|were|came|come|comes)|"
                      # "Eight months later, the Red Army invaded", "About 20 minutes later": later than what?
                      r"(?:(?:About|Approximately|Around|Nearly|Roughly|Almost|Some|Just|Only)\s+)?"
                      r"(?:[A-Z][a-z]+|\d+|A few|Several|Some)\s+(?:[a-z]+\s+)?(?:days?|weeks?|months?|years?|hours?|"
                      r"minutes?|seconds?|decades?)\s+(?:later|earlier|afterwards?|before))\b")
_DEICTIC = re.compile(
    r"\b(?:(?:this|these|those|such)\s+(?!who\b|that\b|which\b|whose\b|as\b)[a-z][a-z-]*|"
    r"(?:at|by|from|in|on|for|of|over|since|after|before|until)\s+that\s+(?:definition|standard|measure|rate|time|"
    r"point|stage|year|month|day|"
    # "records that game", not "said that night flights"
    r"moment|period|level|pace|figure|number|date)|\bthat\s+(?:game|match|night)\b(?!\s+[a-z]+s\b)|"
    r"the\s+same\s+(?:period|year|time|day|month|amount|number|rate|place|way)|the\s+(?:latter|former|above)|"
    # "will then reach 22,500 MW", "since then": a time the sentence before set ("a then record" does not lean)
    r"(?:since|by|until|till)\s+then\b(?!-)|(?:will|would|could|may|might|can|had|did)\s+then\b(?!-)|"
    r"(?<!was\s)(?<!were\s)\bfollowed\s+(?:in|on|soon|shortly|suit)\b|"  # "A 500 fils coin followed in 2000": what?
    r"\b(?:said|told|announced|rallied|began|started|opened|voted)\b[^.;]{0,40}\btoday\b|\b[Yy]esterday\b|"  # news days
    # "Because the success occurred four days before", "The stability of the new currency was": named before, as
    # the subject of a verb (not "the failure to resolve", "the new currency design", "for the new currency.")
    r"the\s+(?:success|failure|breakthrough|new\s+(?:currency|law|constitution|government|regime|rules?|system|"
    r"coins?|(?:bank)?notes?))\s+(?:was|were|is|are|had|has|would|could|occurred|came|proved)\b|"
    r"the\s+(?:city|town|village|country|region|area|state|project|company|plan|scheme|group|agency|capital|"
    # "the area between the western tip of Anatolia and the island of Chios" names itself, "the city between 1990
    # and 1995" does not
    r"district|province|site)\b(?!\s+of\b)"
    r"(?!(?:(?<=area)|(?<=region))\s+between\s+(?:the\s+[a-z]+(?:\s+[a-z]+)?\s+of\s+)?(?-i:[A-Z]))|"
    # "The hypocenter was", "after the initial quake": part of an event named before (a page may name several)
    r"the\s+(?:(?:original\s+)?(?:hypocent|epicent)(?:er|re)|(?:initial|first|main|original)\s+(?:earth)?quake|"
    r"main\s*shock)\b(?!\s+of\b)|"
    r"(?:the|that)\s+(?:next|following|previous|preceding|same)\s+(?:[a-z]+\s+)?(?:days?|weeks?|months?|years?|"
    r"nights?|morning|evening)|^(?:nearby|there|at the moment)\b|\b(?:is|are)\s+(?:farther|closer|nearer)\s+at\b|"
    # "Sicily is farther at 205 km": than what?; "exceeds that", "like that": "that" stands for something said before
    r"\b(?:than|exceeds?|exceeded|matches|matched|equals|equalled|like|as|of)\s+that\b(?=\s*[,.;:)]|\s+(?:with|by|in|"
    r"for|and|but)\b)|"
    # "named to the post on 16 September": which post, the sentence before said
    r"\bthe\s+(?:post|position|office)\b(?!\s+of\b)|"
    # "A second line ...", "The other team ...": one of something named before
    r"^(?:A|An|The)\s+(?:second|third|fourth|fifth|other|latter|former|next|new|latest|same|earlier|later|"
    r"previous|similar)\s+[a-z]+|^The\s+remaining\b|"  # "The remaining 23 escapees": of those named before
    # "The last four parties would become ...": of those listed before (not "The first two days of the siege")
    r"^The\s+(?:first|last|latter|former)\s+(?:two|three|four|five|six|seven|eight|nine|ten|\d+)\s+"
    r"(?!(?:days?|weeks?|months?|years?|decades?|centuries|seasons?|hours?|minutes?)\b)[a-z]+\b(?!\s+of\b)|"
    r"\bthe\s+remaining\s+(?:\d|how\s+many\b|____)|"  # "blocked the remaining how many transactions?"
    r"\bthe\s+(?:programme|program|project|plan|scheme|proposal|bill|deal|agreement|policy|measure|"
    r"initiative|figure|figures|vote|election|challenges|decision|move|incident|material|suspects?|game|match|news|"
    r"sport|team|club|season|tournament|race|company|firm|survey|blurbs?|index)\b(?!\s+(?:of|to|for|on|"
    r"by|that|which|called|named|entitled)\b)(?!\s+(?-i:[A-Z])))",
    re.IGNORECASE)
# "The middle day of the middle year of the war, it is remembered as ...": the description leads, the
# thing described is left for the sentence before to name.
_FRONTED = re.compile(r"^(?P<front>(?:The|A|An)\s[^,]{3,90}),\s+(?P<pronoun>it|they|he|she)\s")
_PLURAL_PRONOUN = re.compile(r"\b(?:they|their|them)\b")
# The page speaking of itself: "according to our estimate" means a source the question cannot name.
# "I" opening a sentence or after a lower-case word or a stop; after a name it is a king's numeral ("Yusuf I")
_FIRST_PERSON = re.compile(r"\b(?P<w>we|our|ours|us|my)\b|(?:^|[^\w\s]\s*|\b[a-z0-9]+\s+)(?P<i>I)\b")
_SINGULAR_PRONOUN = re.compile(r"\b(?:it|its)\b")
_PERSON_PRONOUN = re.compile(r"\b(?:he|his|him|she|her|hers)\b")
# Not prose: a list of sources, a caption, a dateline, a copy's slip ("13.7% percent", "over a -year period").
_NOT_PROSE = re.compile(r"^(?:sources?|references?|see also|external links|notes?|image|photo|file|caption|"
                        r"related|retrieved|archived)\b|[|•·]|https?://|www\.|%\s*percent\b|\b(?:an?|the)\s+-[a-z]|"
                        # A broadcast's own furniture: "The time is 21:00 UTC ...", "Today is Wednesday ..."
                        r"^(?:\[[^\]]*\]\s*)?(?:the time is|today is|this is (?:the )?(?:audio )?\w+ news|"
                        r"(?:welcome to|you are listening to)\b|i am \w+(?: \w+)? and this is)|"
                        r"\bthis is (?:the )?audio\b|\b(?:we invite you to|thank you for listening)\b|"
                        r"^[-*•–]\s|"  # a bullet: a list, not prose
                        r"\(\s*\)|\d\.,\s|\b(?:more than|over)\s+(?:above|across)\b|\bthe over the\b|\bduring at\b|"
                        # losses in the copy: "in the over the 35 years", "produced during at the time",
                        # "sextillion () percent", "2008., it", "more than above the", "near the .", "in were", "by and"
                        r"\b(?:the|an?|of|by|near|in|at|to|from|with)\s+[.,;:]|\b(?:the|an?|of|by|near|in|at|"
                        r"from|with)\s+(?:were|was|is|are|has|have|had)\b|\bby\s+(?:and\s+(?!large\b)|with\b)|"
                        r"\d\s+\.(?:\s|$)|\b(?:from\s+to|between\s+and)\s|"  # "took place from to 1917"
                        # "electrified at and has": the copy lost what it was electrified at
                        r"\b[a-z]+(?:ed|en)\s+at\s+and\s+(?:has|have|had|is|was|were|are)\b|"
                        r"\s(?:the|an?|of|near|from|with)\.$|"  # "5,036 individuals in an area of."
                        r"\b[a-z]{3,}\s+,\s|"  # "the Australian light cruiser , under": the copy lost a name
                        r"\d\s*e\d[a-z]{2,}\b|"  # "60 e6impgal": a conversion template the copy broke
                        r"\d\s*[GMk]oilbbl\b|"  # "16 Goilbbl": the same template's billions of barrels
                        # "350000 acre": the same template, its number left bare
                        r"\b\d{5,}\s+(?:acre|hectare|mile|foot|metre|meter|kilometre|kilometer|tonne)\b(?!s)|"
                        # a photo's caption: "The fast platforms 4 and 3, looking south in 2008"
                        r",\s+(?:looking|seen)\s+(?:(?:north|south)(?:-?(?:east|west))?|east|west|from|towards?)\b|"
                        r"^a compilation of\b|\bTemplate:|^today on \w+:|\bnews briefs?\b|\blicen[cs]ed under\b|"
                        r"\bcreative commons\b|\bCC[ -]BY\b|"
                        r"\b(?:should|must|please|you can|you will need|you may)\b",  # instructions, opinions
                        re.IGNORECASE)
_NOT_PROSE_SECTION = re.compile(r"^(?:sources?|references?|see also|external links|notes?|further reading|"
                                r"related news|related articles|bibliography)(?:\s*\[edit\])?$", re.IGNORECASE)


def leaning_opening(sentence: str) -> str:
    """The opening that leans on the sentence before ("About 20 minutes later", "Of these"), or "".
    A blank over it hides it from `dangling`, yet the question still asks later than what."""
    m = _LEADING.match(sentence)
    return m.group() if m else ""


_DATED = re.compile(rf"\b(?:{MONTH_RE})\b|\b(?:1\d|20)\d\d\b|\b\d{{1,2}}:\d\d\b|____")  # or the blank, a date


def dangling(sentence: str, blank_names: bool = False, subject: str = "", names: frozenset[str] = frozenset(),
             subject_nouns: frozenset[str] = frozenset()) -> str:
    """Why the sentence does not stand on its own ("" when it does).
    `blank_names`: the blank stands for the name a pronoun may point to.
    `subject`: the one thing the whole article is about, which "the city" or
    a possessive "its" after a name may be taken to mean."""
    m = _LEADING.match(sentence)
    if m:
        return f'opens with "{m.group()}"'
    reckoned = reckoned_from_before(sentence)
    if reckoned and not subject:
        # "two years earlier", "died as a result", on a page of several stories: of which? (On a page of one,
        # its event; a year reckoned from it is not_asked.py's)
        return f'"{reckoned}": than what, of what?'
    for m in _DEICTIC.finditer(sentence):
        if _this_names(m.group()) or _named_after(sentence, m):
            continue
        if subject and re.fullmatch(r"this\s+the", m.group(), re.IGNORECASE) and re.search(
                r"\b(?:makes?|made|making)\s+$", sentence[:m.start()]):
            continue  # "The death toll of 47 makes this the fourth-deadliest ...": on a page about one disaster
        if re.match(r"these\b", m.group(), re.IGNORECASE) and re.search(
                r"\d[^,;.]*,\s+(?:\d[\d,]*|[a-z]+|____)\s+of\s+$", sentence[:m.start()]):
            continue  # "112 deaths and 340 injuries, 88 of these being detained": the injuries just named
        if re.match(r"the\s+(?:next|following)\b", m.group()) and _DATED.search(sentence[:m.start()]):
            continue  # "on March 24, 1989, ... over the next few days": the days after the date it gives
        noun = m.group().split()[-1].lower()
        if _PLACE_LIKE.match(m.group()) and (noun in subject_nouns or re.search(
                rf"\b[A-Z][\w'’-]*\s+{noun.capitalize()}\b", sentence[:m.start()])):
            continue  # "the city" in an article about one city; "Lagos State ... the state"
        return f'refers back: "{m.group()}"'
    for m in _PERSON_PRONOUN.finditer(sentence):
        if not name_before(sentence, object_clause(sentence, m), blank_names, names):
            return f'"{m.group()}" with nobody named before it'
    m = _FIRST_PERSON.search(sentence)
    if m and not _inside_quote(sentence, m.start(m.lastgroup)):
        return f'"{m.group(m.lastgroup)}": the page speaking of itself'
    m = _FRONTED.match(sentence)
    if m and not any(w in FINITE_VERBS or w.endswith("ed") for w in m.group("front").lower().split()):
        return f'"{m.group("pronoun")}" after a description put before it: of what?'
    for pattern in (_SINGULAR_PRONOUN, _PLURAL_PRONOUN):
        for m in pattern.finditer(sentence):
            if not pronoun_resolved(sentence, m, blank_names) and not (
                    subject and m.group().lower() in ("its", "their") and subject in sentence[:m.start()]) and not (
                    # "1,012 died, making it the worst" (or "in 1664 making it", comma lost): on a one-topic page
                    subject and m.group().lower() == "it" and re.search(r"[,\d_]\s+making\s+$", sentence[:m.start()])) \
                    and not _ahead(sentence, m, subject_nouns) and not _its_clause_s(sentence, m, subject):
                return f'"{m.group()}" that may mean something named before the sentence'
    return ""


_PLACE_LIKE = re.compile(r"the\s+(?:city|town|village|country|region|area|state|capital|district|province|site|"
                         r"company|group|agency)\b", re.IGNORECASE)


def _ahead(sentence: str, pronoun: re.Match, nouns: frozenset[str]) -> bool:
    """"Despite its profitability, the company was ...": an "its" in an opening phrase, meaning the page's own
    thing named right after it (or named in brackets there: "[the Ostend Company] was")."""
    after = re.match(r"[^,]*,\s+(?:the\s+([a-z]+)\b|\[[^\]]+\])", sentence[pronoun.end():])
    return pronoun.group().lower() in ("its", "their") and "," not in sentence[:pronoun.start()] \
        and after is not None and (after.group(1) is None or after.group(1) in nouns)


def _its_clause_s(sentence: str, pronoun: re.Match, subject: str) -> bool:
    """"On 10 January 1985, the C5 was unveiled ..., but it was received ...": an "it" after "but" or "and" whose
    clause before opened with the page's subject."""
    name = re.escape(subject.removeprefix("the "))
    return bool(subject) and pronoun.group() == "it" and re.search(
        rf"(?:^|,\s+)(?:[Tt]he\s+)?{name}\s+(?:was|is|were|are|had|has|[a-z]+ed)\b[^;]*,\s+(?:but|and|yet)\s+$",
        sentence[:pronoun.start()]) is not None


def _inside_quote(text: str, at: int) -> bool:
    """Inside someone's quoted words, where "we" is theirs."""
    before = text[:at]
    return before.count("\u201c") > before.count("\u201d") or before.count('"') % 2 == 1


_RELATIVE = re.compile(r"\b(?:\d+|a|one|two|three|four|five|six|seven|eight|nine|ten|several|a few)\s+"
                       r"(?:years?|months?|weeks?|days?)\s+(?:earlier|later)\b(?!\s+than\b)|"
                       r"\bas\s+a\s+(?:direct\s+)?result\b(?!\s+of\b)", re.IGNORECASE)
_JOINED = re.compile(r"[,;]\s*(?:and|so|but)?\s")  # "Rain fell for a week, and as a result ..." (not "between 1 and 2")


def reckoned_from_before(text: str) -> str:
    """"two years later", "as a result": a time or a cause reckoned from what the sentence before gave, not
    this one's own year or an earlier clause ("" when there is none)."""
    m = _RELATIVE.search(text)
    if m is None or re.search(r"\b(?:1\d|20)\d\d\b|____", text[:m.start()]) or _JOINED.search(text[:m.start()]):
        return ""
    return m.group()


def without_attribution(text: str) -> str:
    """A question without the attribution it opens with ("According to the UN, ..."): its own words."""
    return re.sub(r"^According to [^,]+, ", "", text)


def names_something(text: str) -> bool:
    """Whether a question says what it is about: a name (other than its
    opening word), a name in brackets, or a year. "At the moment there are
    how many reports of fatalities?" says nothing of which event."""
    text = without_attribution(text)
    return bool(re.search(r"(?<=[\s(\[\"“‘])\[?[A-Z][a-z]|\b(?:1\d{3}|20\d{2})\b", text)) or (
        bool(re.match(r"^\[?[A-Z][a-z]", text)) and text.split(" ", 1)[0].strip("[") not in NOT_NAMES
        and text.split(" ", 1)[0].lower() not in FUNCTION_WORDS)


def _named_after(sentence: str, m: re.Match[str]) -> bool:
    """"the city of Lagos", "the river Danube", "the capital, Zagreb, to": named on the spot."""
    return bool(re.match(r"\s+(?:of\s+)?[A-Z]|,\s+[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+)*,", sentence[m.end():]))


# An "it" that names nothing: "It was the first time that ...", "It took three days before the men ..."
DUMMY_IT = re.compile(r"It (?:is|was) the (?:first|only|last|second|\w+est) (?:time )?(?:that|when)\b|"
                      r"It (?:takes|took|will take|would take|has taken|had taken)\s+(?:about |approximately |"
                      r"around |nearly |almost |over |more than |only |just |up to )?(?:\d|one|two|three|four|five|"
                      r"six|seven|eight|nine|ten|twelve|twenty|several|many|a few|an? |____|\u27e6)"
                      r"[^.;]{0,50}?\b(?:to|before|"
                      r"until|for)\b|"
                      # "It was estimated that around 10 million people ...": what was estimated, not a thing
                      r"It (?:is|was|has been|had been) (?:estimated|reported|believed|thought|said|claimed|feared|"
                      r"expected|announced|known|agreed|decided|alleged) (?:that\b|(?-i:(?=[A-Z])))|"
                      r"It (?:is|was) not until\b|"  # "It was not until late November that ..."
                      r"It (?:takes|took|will take|would take) until\b", re.IGNORECASE)  # "It took until the 1860s ..."
# A noun after "the state" that makes it a modifier: "the state capital" is the state's capital.
_ADJUNCT_HEAD = re.compile(r"\s+(?:capital|government|legislature|parliament|premier|governor|borders?|names?|"
                           r"economy|flag|police|elections?|population|budget|area|basin|region|shores?|council)\b")


@dataclass(frozen=True)
class References:
    """What the words of one sentence that point back can be taken to mean."""

    person: str = ""  # who "he" or "she" is, when only one person can be meant
    subject: str = ""  # what a leading "It" or "Its" is (the article's subject, nothing else just named)
    things: tuple[tuple[str, str], ...] = ()  # ("delta", "the Danube Delta"): what "the delta" names
    it: str = ""  # what "it" means: the thing the sentence before opened with ("The bridge ... It ...")


def resolve(text: str, refs: References, blank_names: bool = False, brackets: bool = True) -> str:
    """The references a reader cannot follow out of context, named as an editor would, in brackets: "he" ->
    "[Snow]", "Its population" -> "[Pokrovsk's] population", "The delta" -> "[The Danube Delta]"."""
    def named(name: str) -> str:
        return f"[{name}]" if brackets else name

    if refs.person:
        done = False

        def name_person(m: re.Match[str]) -> str:
            nonlocal done
            word, after = m.group().lower(), text[m.end():]
            possessive = word in ("his", "hers") or (
                word == "her" and re.match(r"\s+[a-z]", after) is not None
                and re.match(r"\s+(?:to|in|on|at|by|for|from|with|and|as|that|when|if)\b", after) is None) or (
                # "until her First Communion": a preposition's object is hers, whatever its capitals
                word == "her" and re.match(r"\s+[A-Z][a-z]", after) is not None
                and re.search(r"\b(?:until|till|from|after|before|during|since|of|at|for|in|with|to|on|by)\s+$",
                              text[:m.start()], re.IGNORECASE) is not None)
            if done or name_before(text, m.start(), blank_names) or refs.person in text[:m.start()]:
                return m.group()  # "Snow died ... his theory": named already
            done = True
            return named(f"{refs.person}'s") if possessive else named(refs.person)
        text = re.sub(r"\b(?:[Hh]e|[Hh]is|him|[Ss]he|[Hh]er|hers)\b", name_person, text)
    thing = refs.it or refs.subject
    if thing:
        m = next((m for m in re.finditer(r"\b(?:[Ii]t|[Ii]ts)\b", text)
                  if not pronoun_resolved(text, m, blank_names)), None)
        if m is not None and (DUMMY_IT.match(text, m.start()) or re.search(rf"\b{re.escape(thing)}\s+\d", text)):
            m = None  # "It was the first time that ...": the event; "Its sister probe Chang'e 2": which Chang'e?
        # The thing the sentence before opened with is what a subject "it" or an "its" means, not an object:
        # "the colonists destroyed the tea by throwing it into the harbour" (the tea, not the Tea Party).
        # But a sentence with a subject of its own most likely means that by a later subject "it": "The massive
        # flow buried 150 people ... as it hit the sea" (the flow, not the volcano the sentence before named).
        own_subject = m is not None and m.start() > 0 and m.group().lower() == "it" and re.match(
            r"[\"“]?(?:The|A|An)\s", text)
        if m is not None and not own_subject and (m.start() == 0 or refs.it and (
                m.group().lower() == "its" or SUBJECT_SLOT.search(text[:m.start()]))):
            whole = thing if m.start() else thing[:1].upper() + thing[1:]
            text = text[:m.start()] + named(f"{whole}'s" if m.group().lower() == "its" else whole) + text[m.end():]
    for noun, name in refs.things:
        m = re.search(rf"(?:\b[Tt]he|^This) {re.escape(noun)}\b(?!\s+of\b)(?!\s+[A-Z]){GENERIC_AFTER}", text)
        if m and name not in text[:m.start()]:
            whole = name if m.start() else name[:1].upper() + name[1:]
            end = m.end()
            if _ADJUNCT_HEAD.match(text, end):  # "the state capital": "[Tasmania's] capital"
                whole = whole.removeprefix("the ").removeprefix("The ") + "'s"
            elif text.startswith(("'s", "’s"), end):  # "the rover's arm": "[Curiosity's] arm"
                whole, end = whole + text[end:end + 2], end + 2
            elif noun.isupper() and (after := re.match(rf"\s+{re.escape(name.split()[-1])}\b", text[end:], re.I)):
                end += after.end()  # "The MOM mission began": "[The Mars Orbiter Mission] began", not "... mission"
            text = text[:m.start()] + named(whole) + text[end:]
    return text


def _this_names(phrase: str) -> bool:
    """"this year", "this week": a time, not a reference back."""
    return bool(re.fullmatch(r"this\s+(?:year|week|month|morning|afternoon|evening|season|century|decade)",
                             phrase, re.IGNORECASE))


# A verb in the present after a singular noun, before its object: "The dam irrigates 1.2 million hectares",
# "Its power station produces 4,888 megawatts" (the lexicon cannot list every verb an encyclopedia uses).
_PRESENT = re.compile(r"\b(?P<noun>[a-z]+)\s+[a-z]{2,}[^s\W]s\s+(?:(?:the|a|an|some|about|around|over|more|up|nearly|"
                      r"almost)\b|\d)", re.IGNORECASE)


def _present_verb(sentence: str) -> bool:
    return any(not m.group("noun").lower().endswith("s") and m.group("noun").lower() not in FUNCTION_WORDS
               for m in _PRESENT.finditer(sentence))


# Verbs with no object, so no passive: after a comma they are still the sentence's verb
_NEVER_PASSIVE = frozenset("occurred happened erupted arrived died existed lasted emerged ended collapsed".split())


def is_prose(sentence: str, section: str = "") -> bool:
    """A sentence a question can be asked on: not a source list, caption or link."""
    sentence = FOOTNOTE.sub("", sentence)  # "in the Gulf of Guinea.[1]": the page's mark, not the sentence's
    if _NOT_PROSE.search(sentence) or (section and _NOT_PROSE_SECTION.match(section.strip())):
        return False
    words = sentence.split()
    if not re.match(r"^[\"“‘(\[]?(?:[A-Z]|\d[\d,.]*\s+(?:[a-z]+—|(?:[a-z]+\s+)?(?:were|was|have|had|are|is|"
                    r"died|[a-z]{3,}ed)\b))", sentence):
        # "and then ...": a fragment, cut from a line before; but "39 people—mostly Italians—were killed",
        # "600 were injured" and "270 people died" open a sentence with their figure
        return False
    if re.match(r"^(?:[A-Z][a-z]{3,}|[A-Z][a-z]+(?:\s[a-z]+)+)(?:[A-Z]|\d)", sentence) or (
            sentence.rstrip().endswith(")") and not re.search(r"[.!?][\"”’]?\)$", sentence.rstrip())):
        return False  # "FormedOctober 26, 1998 (...)": an infobox's label and value glued (not "McCain", "GeoCities")
    tokens = re.findall(r"[a-z]+|,", re.sub(r"\bMay(?=\s+\d)", "", sentence).lower())  # "in May 2014": no verb
    words_lower = [t for i, t in enumerate(tokens) if t != "," and not (
        i and tokens[i - 1] in (",", "as") and t.endswith("ed") and t not in _NEVER_PASSIVE)]
    # ", founded by", "as viewed by": participles; but "The ... disaster, also known as ..., occurred at": a verb
    finite = any(w in INFLECTED_VERBS or (len(w) > 4 and w.endswith("ed")) or (
        # a bare stem after a plural subject: "Analysts say", "defenders describe", "they remain"
        w in FINITE_VERBS and i and (words_lower[i - 1] in ("they", "we", "you", "i", "people", "police")
                                     or words_lower[i - 1].endswith("s") and words_lower[i - 1] not in FUNCTION_WORDS))
        for i, w in enumerate(words_lower)) or _present_verb(sentence)
    return 6 <= len(words) <= 60 and finite and sentence.rstrip()[-1:] in ".!?\"”’)"
