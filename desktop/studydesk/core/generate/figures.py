"""Questions on one figure: numeric, choice, fill-in-the-blank and true/false, each keeping its qualifier and source."""

from __future__ import annotations

import random
import re
from collections.abc import Sequence

from ..bank import ChoiceQuestion, NumericQuestion, Tolerance, TrueFalseQuestion
from . import distractors as d
from .analysis import Analysis, SentenceInfo, main_clause
from .candidates import Candidate, slug, topic_of
from .centre import OFF_CENTRE, off_centre
from .clause import Frame, frame, has_verb
from .date_choices import date_choices, year_choices
from .facts import fact_of
from .figure import Figure
from .infobox import infobox_disagrees
from .giveaways import (age_from_lifespan, conversion_span, given_away, in_brackets, in_title, span_asked,
                        sum_of_its_parts)
from .lexicon import FINITE_VERBS, capitalize
from .phrasing import question, statement
from .not_asked import why_not_asked
from .quality import is_prose, leaning_opening, reckoned_from_before, without_attribution
from .worth import list_size, worth
from .sources import source_of

Peers = dict[str, list[float]]
_BOUND_NOTE = {"upper": "an upper limit, not an exact count", "lower": "a lower limit, not an exact count",
               "approx": "an approximate figure", "average": "an average"}
# Hedges that stray either way ("nearly 1,000" is below it, "an average of 11" no estimate: asked as choices)
_SYMMETRIC = frozenset({"about", "around", "roughly", "approximately", "some", "an estimated", "estimated",
                        "more or less"})
_SECOND_THING = re.compile(r"\d|[a-z]{3,}s\s+(?:of|in|on|to|from|with|the|an?)\b|(?:north|south|east|west)\w*\s+of\b|"
                           r"(?:[a-z]+\s)?[a-z]{3,}s\?$|(?:an?|the)\s+(?:[a-z]+\s+){1,2}of\s+(?:[a-z]+\s+){0,2}\d")
# after "how many peaks and": a second thing counted too; "how many square miles and a population of 44,500,000?"
# How far an approximate answer may stray, by how the article hedges it.
_TOLERANCE = {"about": 10, "around": 10, "roughly": 10, "approximately": 10, "some": 10, "an estimated": 15,
              "estimated": 15, "nearly": 10, "almost": 10, "close to": 10, "nearer": 15, "more or less": 10}


class FigureContext:
    """What every figure question in one sentence shares."""

    def __init__(self, analysis: Analysis, info: SentenceInfo, fig: Figure, rng: random.Random) -> None:
        self.analysis = analysis
        self.info = info
        self.fig = fig
        self.rng = rng
        self.attribution = source_of(info.attributions, fig.start, fig.end)
        self.source = self.attribution.source if self.attribution else ""
        self.frame: Frame | None = frame(info.text, fig, self.attribution, analysis.subject, info.may_resolve,
                                         analysis.entities.proper_words, info.refs)
        self.prompt = question(self.frame, fig, analysis.subject, self.asked_as_claim) if self.frame else None
        self.topic = topic_of(fig, (self.prompt or info.text))

    @property
    def asked_as_claim(self) -> bool:
        """Whether the figure is the source's claim; a background measure inside it ("the 1,200-km front") is
        not, nor a date beside "according to X" ("since the invasion began in 2022"); a date in what
        "X claims that ..." is."""
        if not self.source or self.fig.adjective:
            return False
        if self.fig.kind not in ("year", "date") or (self.frame and self.frame.claimed):
            return True
        # "doubled since 2019, according to estate agents": the date is part of what they say; "the invasion began in
        # 2022, according to X", "In March 2018, it was ranked ..., according to X": a date X does not claim.
        if re.fullmatch(r"(?:In|On)\s+", self.info.text[:self.fig.start]) and self.attribution.start > self.fig.end:
            return False
        clause = re.split(r"[,;:]", self.info.text[:self.fig.start])[-1]
        sub = re.search(r"\b(?:since|when|after|before|while|as|until|which|who)\b(.*)$", clause)
        return not (sub and any(w in FINITE_VERBS or w.endswith("ed") for w in re.findall(r"[a-z]+", sub.group(1))))

    def explain(self) -> str:
        fig = self.fig
        said = f"according to {self.source}" if self.asked_as_claim else "the article says"
        text = f'{capitalize(said)}: "{fig.phrase}".' if not self.asked_as_claim else \
            f'{capitalize(said)}, "{fig.phrase}".'
        if fig.bound:
            text += f" That is {_BOUND_NOTE[fig.bound]}."
        whose = self.info.unverified_whose
        if self.info.unverified and self.asked_as_claim and (not whose or whose in self.source.lower()):
            text += " The article notes that these figures are unverified."
        return text

    def comment(self, what: str) -> str:
        qual = f", qualifier \"{self.fig.qualifier}\"" if self.fig.qualifier else ""
        src = f", source: {self.source}" if self.asked_as_claim else ""
        return f'{what} from the figure "{self.fig.phrase}" ({self.fig.kind}{qual}{src})'

    def shown(self, text: str) -> str:
        return self.analysis.shown(self.info, text)

    def in_headline(self) -> bool:
        """Whether the figure asked is in the title or the heading above ("the 100 m" in an article on the
        100 m), or a year or date in the page's first lines: given away."""
        if in_title(self.fig, self.analysis.article.title):
            return True
        if self.fig.kind not in ("year", "date"):
            return False
        if _WEEKDAY_OPENING.fullmatch(self.info.text[:self.fig.start]) and \
                self.info.text[:60] in self.analysis.article.text[:300]:
            return True  # "Wednesday, November 9, 2005European Space Agency's ...": the dateline, run into the story
        return self.fig.number_text.lower() in self.analysis.headline(self.info).lower()

    def cloze(self, whole: bool, cut: tuple[int, int] | None = None) -> str:
        """The sentence with the figure blanked: its number only, or the whole figure with its qualifier;
        `cut`, a span after the figure left out (its conversion in brackets)."""
        s, fig = self.info.text, self.fig
        s = s[:cut[0]] + s[cut[1]:] if cut else s
        start, end = (fig.start, fig.end) if whole else (fig.num_start, fig.num_end)
        if whole and fig.qualifier and s[:start].endswith(" on or "):
            start -= len("on or ")  # "occurred on or around 19 November": not "occurred on or ____"
        return s[:start] + "____" + s[end:]


def figure_candidates(ctx: FigureContext, peers: Peers, years: list[int]) -> list[Candidate]:
    """The ways to ask one figure: a direct question when its clause allows, a blank when its sentence stands alone."""
    fig, info, prompt = ctx.fig, ctx.info, ctx.prompt
    sentence = info.text
    if sentence[max(0, fig.start - 6):fig.start].rfind("[") > sentence[max(0, fig.start - 6):fig.start].rfind("]"):
        return []  # "[1]", "[nb 2]": a footnote mark
    if not is_prose(sentence, info.section) or in_brackets(sentence, fig) or fig.kind == "decade" \
            or _quoted(sentence, fig) or ctx.in_headline():
        return []  # an aside, a quoted title, or what the headline already gives away
    if fig.start < len(leaning_opening(sentence)) or why_not_asked(fig, sentence, info.figures):
        return []  # "____ later at 9:04 am": the opening that leans on the sentence before; or not_asked.py
    if ctx.analysis.single_topic and infobox_disagrees(fig, sentence, ctx.analysis.article.text) or \
            info.disputed and not ctx.asked_as_claim or age_from_lifespan(fig, sentence, ctx.analysis.article.text):
        return []  # the infobox gives it another value, the next sentence doubts it, or birth and death dates give it
    value, why = worth(fig, sentence, info.figures, ctx.analysis.article.title)
    # Read blind (sets 11, 12), dates in a page's opening paragraph passed 13 times in 15, dates further down 5 in
    # 17: a treaty's or a summit's date, not the story's; the page's subject's own is the story's (set 44).
    own = ctx.analysis.subject_s_own(sentence[:fig.start]) or re.fullmatch(r"\W*(?:On|In)\s+", sentence[:fig.start]) \
        and ctx.analysis.subject_s_own(main_clause(sentence[fig.end:]))  # "On ____, the C5 was unveiled"
    if fig.kind in ("year", "date") and info.block != ctx.analysis.lead_block and not own:
        value -= 0.1
        why = [*why, "a date away from the opening paragraph"]
    if off_centre(ctx.analysis, info):
        value -= OFF_CENTRE
        why = [*why, "further down the page, naming nothing of its name"]
    evidence = (sentence,)
    base = dict(topic=ctx.topic, evidence=evidence, explain=ctx.explain())
    sl = slug(fig.noun or fig.unit_name or "", prompt or sentence)
    key = f"{info.index}:{fig.start}"
    out: list[Candidate] = []

    def add(q, what: str, score: float, *reasons: str) -> None:
        out.append(Candidate(q, ctx.comment(what), ctx.topic, "figure", sl, key, info.index,
                             round(max(0.0, min(1.0, score)), 3), tuple(why) + reasons, fact))

    fact = fact_of(fig, sentence)  # the same figure of the same thing, wherever it is said: asked once

    choices = _choices(fig, ctx.rng, peers, years, sentence, ctx.analysis.topic, info.figures)
    # A figure to the unit ("19,726,579 votes", "11,722.98"): recognised among choices, not typed from memory.
    exact_number = fig.kind in ("count", "measure", "percent", "year") and (
        fig.bound == "" or fig.bound == "approx" and fig.qualifier in _SYMMETRIC) and (
        fig.kind == "year" or len(re.sub(r"\D", "", fig.number_text).strip("0")) <= 4)
    # Measured in the blind reviews (docs/generator.md): a blank in the article's own sentence reads well
    # more often than a question rebuilt from its clause, so the blank ranks first unless the clause is whole.
    # A clause cut from after the first leaves behind what it is about (the flood the agency counted the
    # damaged homes of): offered to the teacher, not kept.
    direct = -0.45 if ctx.frame is not None and ctx.frame.partial else 0.0
    if re.match(r"^\s+(?!(?:of|in|on|at|to|for|from|by|and|or|per|a|an|the)\b)[a-z]+\b(?<!s)", sentence[fig.end:]) \
            and not fig.noun and not fig.unit:
        prompt = None  # "a magnitude 6.3 earthquake": the number names the thing after it; no "how many" fits
    # "270 people died, of whom 259 were confirmed dead and 11 reported missing": a total beside its parts is
    # asked only by a question that shows none of them; a blank would leave the sum in view
    parts_in_view = sum_of_its_parts(info.figures, fig)
    named = False  # the direct question names the article: kept only when no blank is
    if re.match(r"\s+(?:[a-z]+\s+){0,2}and\s+(?:\d|one|two|three|four|five|six|seven|eight|nine|ten|[a-z]+ty\b|"
                r"hundreds|thousands|a\s+(?:hundred|thousand))", sentence[fig.end:]) \
            or list_size(info.figures, fig) > 2 and not parts_in_view:
        prompt = None  # "how many photographs and two hundred video clips": asked in its sentence, as a blank
    if prompt and any(f is not fig and f.number_text in prompt for f in info.figures
                      if parts_in_view or f.unit and f.unit == fig.unit):
        prompt = None  # "reaching how many metres and 1,035 metres deep": one of two asked beside the other
    second = re.search(r"\b(?:how (?:many|much|long|far|high|deep|wide)|what)\b.*?\s+and\s+(.*)$", prompt or "", re.I)
    if second and (has_verb(second.group(1)) or _SECOND_THING.match(second.group(1))):
        prompt = None  # "how many km long and 20 to 203 km wide?", "and consists of two islands?", "and deep gorges?"
    if prompt and span_asked(prompt, fig):
        prompt = None  # "lasted how many weeks from 16 December 1944 to 28 January 1945?": count them
    if fig.extra == "BC":
        prompt = None  # "In what year did the battle take place?" keyed "490" loses the era; the blank keeps it
    if ctx.analysis.given_otherwise(info, fig):
        prompt = None  # "operational for how many sols?", where the article also says "active for 83 sols"
    if prompt and (not ctx.analysis.names_the_topic(prompt) or not ctx.analysis.names_a_name(prompt)):
        # "The purchase added ... for how much?", "When did the battle begin?", "East and West Germany registered
        # how many deaths?" on a page about a flu: the question must say what it is about. On a page about one
        # thing, the article's name may ("How many people died as a result of the collapse, according to the
        # article "Brumadinho dam disaster"?"), but only where no blank can be asked: a blank in the article's
        # own sentence reads well more often; on a page of several stories, nothing can
        named = ctx.analysis.single_topic and prompt.endswith("?") \
            and not re.search(r"\baccording to\b", prompt, re.IGNORECASE)
        prompt = f"{prompt[:-1]}, according to {ctx.analysis.the_article}?" if named else None
    if re.search(r"\b(?:declared?|declaring|designated?|designating|proclaimed?|proclaiming)\b", sentence) \
            and re.search(r"\bas\s", sentence[fig.end:]):
        prompt = None  # "declared September 1 ... as Disaster Prevention Day": a question stopping short of "as"
    if fig.dimension == "money" and _RESTATED.search(sentence):
        return []  # "In modern terms, ... equivalent to $140 million in 2021 dollars": a price asked again, converted
    if re.search(r"\bin\s+$", sentence[:fig.start]) and re.fullmatch(r"(?:1[89]|20)\d\d", fig.number_text) \
            and re.match(r"(?:\s+|-)(?:US\s+)?(?:dollars|pounds|euros|prices|terms)\b", sentence[fig.num_end:]):
        return []  # "in 2021 dollars": the year a price is reckoned in, not a figure of the story
    opening = leaning_opening(sentence)
    before = sentence[:fig.start]
    if opening and not _PRONOUN.fullmatch(opening) or reckoned_from_before(sentence) or re.search(
            r"\b(?:all|as much as|as many as)\s+$|\b(?:estimated|estimates?|put|puts|valued|values|placed|places)\b"
            r"[^,;]*\bat\s+$", before):
        # "In addition to the number killed" moved to the end, still leaning back; "died as a result in İzmit";
        # "all how many seats", "as much as how much"; "estimated the cost at how much", the verb lost to "According to"
        prompt = None
    if prompt and ctx.analysis.stands_alone(info, without_attribution(prompt)):
        if exact_number:
            add(NumericQuestion(id="", prompt=prompt, answer=fig.value, unit=_unit(fig), tolerance=_tolerance(fig),
                                **base), "Numeric question", value + direct)
        elif choices:
            answer, wrong = choices
            add(ChoiceQuestion(id="", prompt=prompt, choices=_shuffled([answer, *wrong], ctx.rng), answer=answer,
                               **base), "Choice question", value + direct)
    # "at ____ metres (7,310 ft)": the conversion would give the blank away, so the blanked sentence leaves it
    # out; only in the opening paragraph, where a page gives its headline sizes (lengths further down were
    # read blind as trivia far more often than kept)
    cut = conversion_span(sentence, fig) if info.block == ctx.analysis.lead_block else None
    if parts_in_view or given_away(sentence[:cut[0]] + sentence[cut[1]:] if cut else sentence, fig):
        return out  # the list it counts, its neighbour, its dates or its betters (giveaways.py)
    direct_only = out
    out = []
    # "losses totalling ____": a typed number loses the "£" and the "million" the sentence wrote; choices keep them
    number_blank = exact_number and fig.kind != "year" and not fig.words and not fig.bound and not fig.scale \
        and fig.dimension != "money"
    shown = ctx.shown(ctx.cloze(not number_blank and not fig.adjective, cut))
    if not ctx.analysis.stands_alone(info, shown):
        return direct_only  # a blank in a sentence that leans on another, or that names nothing it is about
    # A date's year in view ("The 1997 ... election was held on ____") is no giveaway, as its wrong choices keep it
    # (_choices); but another date beside it bounds them ("lasted from ____ until 7 July 1991")
    other_date = fig.kind == "date" and any(f is not fig and f.kind == "date" for f in info.figures)
    said = [fig.number_text] + ([str(int(fig.value))] if other_date else [])
    if any(re.search(rf"(?<![\w,.]){re.escape(t)}(?!\w|,\d)", shown, re.IGNORECASE) for t in said):
        return direct_only  # "held every ____, ... every four years", "The 2002 earthquake occurred on ____"
    source = ctx.analysis.from_the_article(shown)
    if number_blank:
        add(NumericQuestion(id="", prompt=f'Fill in the missing number in this sentence {source}: '
                                          f'"{shown}"', answer=fig.value, unit=fig.unit, **base),
            "Fill-in-the-blank question", value)
    elif choices:
        answer, wrong = choices
        add(ChoiceQuestion(id="", prompt=f'Which words complete this sentence {source}? "{shown}"',
                           choices=_shuffled([answer, *wrong], ctx.rng), answer=answer, **base),
            "Fill-in-the-blank choice", value + 0.02)
    return out if named and out else direct_only + out


_PRONOUN = re.compile(r"[\"“‘(]?(?:It|Its|They|Their|Them|He|His|Him|She|Her)")  # named in brackets when known
# A news story's dateline: "November 17, Brisbane, Australia - The team ..."
_RESTATED = re.compile(r"\b(?:equivalent|equal)\s+to\s+[^.;]{0,40}?\bin\s+(?:(?:1[89]|20)\d\d|today's|modern|current)"
                       r"(?:\s+|-)(?:US\s+)?(?:dollars|pounds|euros|prices|terms|money)\b|"
                       r"\bin\s+(?:modern|today's|present-day)\s+(?:terms|money|dollars|prices)\b", re.IGNORECASE)
_WEEKDAY_OPENING = re.compile(r"\W*(?:(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day,?\s*)?")


def _quoted(sentence: str, fig: Figure) -> bool:
    """Inside quotation marks: a title ("11 charged") or someone's words, not the article's figure."""
    before = sentence[:fig.start]
    if before.endswith(("'", "’")):
        return []  # "the Crash of '29": a year cut short inside a name
    return before.count("\u201c") > before.count("\u201d") or before.count('"') % 2 == 1


def _unit(fig: Figure) -> str:
    unit = fig.unit if fig.unit != "%" or fig.kind == "percent" else "%"
    if not unit and fig.noun and len(fig.noun.split()) <= 2:
        unit = fig.noun.split()[-1]
    return unit


def _tolerance(fig: Figure) -> Tolerance:
    return Tolerance(_TOLERANCE.get(fig.qualifier, 10), percent=True) if fig.bound else Tolerance()


def truefalse_candidate(ctx: FigureContext, peers: Peers, years: list[int], alter: bool) -> Candidate | None:
    """A statement of the figure, true as the article words it or false with the figure changed.

    Only from a clause taken out of its sentence: a statement that copies the
    sentence word for word tests nothing."""
    if ctx.frame is None or ctx.fig.kind in ("ordinal", "decade") or not is_prose(ctx.info.text, ctx.info.section):
        return None
    true_text = statement(ctx.frame, ctx.fig.text)
    if len(true_text.split()) > 0.6 * len(ctx.info.text.split()):
        return None  # close to a copy of the sentence, even with the source moved to the front
    if not ctx.analysis.stands_alone(ctx.info, without_attribution(true_text)) or reckoned_from_before(true_text):
        return None  # leaning on a sentence, or on a time or cause before it ("... people died as a result.")
    text, answer = true_text, True
    choices = _choices(ctx.fig, ctx.rng, peers, years, ctx.info.text, ctx.analysis.topic, ctx.info.figures)
    if alter:
        if not choices or ctx.fig.start != ctx.fig.num_start and not ctx.fig.qualifier:
            return None
        if ctx.fig.qualifier and ctx.fig.start == ctx.fig.num_start and ctx.fig.bound == "lower" \
                and ctx.fig.qualifier.startswith(("exceed", "surpass", "top")):
            return None  # "may exceed 900,000" has no wrong figure that is plainly false
        wrong = choices[1][0]
        text = statement(ctx.frame, _inline(wrong, ctx.frame, ctx.fig))
        answer = False
        if text == true_text:
            return None
    explain = ctx.explain() if answer else f"False: {ctx.explain()[0].lower()}{ctx.explain()[1:]}"
    q = TrueFalseQuestion(id="", prompt=text, answer=answer, topic=ctx.topic, evidence=(ctx.info.text,),
                          explain=explain)
    how = "True statement" if answer else "Altered statement (the figure changed)"
    value, why = worth(ctx.fig, ctx.info.text, ctx.info.figures, ctx.analysis.article.title)
    # Reviewers read a statement made from the article's own clause as a copy of it, true or altered:
    # offered to the teacher below the draft, not kept.
    return Candidate(q, ctx.comment(how), ctx.topic, "truefalse", "tf-" + slug(ctx.fig.noun, ctx.info.text, limit=2),
                     f"tf:{ctx.info.index}:{ctx.fig.start}", ctx.info.index, round(min(value - 0.1, 0.45), 3),
                     tuple(why))


def _inline(choice: str, fr: Frame, fig: Figure) -> str:
    """A choice as it reads inside a sentence: "About 6,000" -> "about 6,000"."""
    at_start = fr.body.startswith("\u27e6")
    return choice if at_start and not fr.source else choice[0].lower() + choice[1:]


def peers_of(figures: list[Figure], per_unit: int = 40) -> Peers:
    """A few values of each unit in the article, for plausible wrong answers (bounded, so never quadratic)."""
    peers: dict[str, list[float]] = {}
    for f in figures:
        if f.kind in ("count", "measure"):
            values = peers.setdefault(f.unit, [])
            if len(values) < per_unit and f.value not in values:
                values.append(f.value)
    return peers


def _choices(fig: Figure, rng: random.Random, peers: Peers, years: list[int], sentence: str = "", topic: str = "",
             others: Sequence[Figure] = ()):
    """`topic`: the page's name as a blank quotes it ('"1998 German federal election"'), which may give a
    date's year away; `others`: the sentence's other figures, shown beside a blank, so no wrong choice."""
    shown = {f.value for f in others if f is not fig and f.kind == fig.kind and f.unit == fig.unit}
    if fig.kind in ("count", "measure"):
        return d.number_choices(fig, rng, peers, shown)
    if fig.kind == "percent":
        return d.percent_choices(fig, rng)
    if fig.kind == "fraction":
        return d.fraction_choices(fig, rng, sentence[:fig.start] + sentence[fig.end:])
    if fig.kind == "ratio":
        return d.ratio_choices(fig, rng)
    if fig.kind == "multiple":
        return d.multiple_choices(fig, rng)
    if fig.kind == "vague":
        return d.vague_choices(fig, rng)
    if fig.kind == "ordinal":
        return d.ordinal_choices(fig)
    if fig.kind == "range":
        return d.range_choices(fig)
    if fig.kind == "year":
        return year_choices(fig, rng, years, *_span_ends(fig, sentence), shown=shown)
    if fig.kind == "date":  # the year in view beside the blank ("The 2015-2016 turbulence began on ____")
        year = str(int(fig.value))
        answer, wrong = date_choices(fig, rng, keep_year=year in topic or year in sentence[:fig.start] +
                                       sentence[fig.end:])
        if fig.qualifier:  # "around 3 December 1915": the blank holds the qualifier, so does every choice
            return capitalize(f"{fig.qualifier} {answer}"), [capitalize(f"{fig.qualifier} {w}") for w in wrong]
        return answer, wrong
    return None


def _span_ends(fig: Figure, sentence: str) -> tuple[int | None, int | None]:
    """The years a year lies between in its sentence: "between ____ and 1936" ends before 1936 (so does
    "began in ____ and was completed in 1936"), and "from 1891 to ____" after 1891, so a wrong choice
    outside them is ruled out at a glance."""
    after = re.search(r"\b(?:between|from)\s+(\d{4})\s+(?:and|to)\s+$", sentence[:fig.start])
    before = re.match(r"\s+(?:and|to)\s+(\d{4})\b", sentence[fig.end:]) if re.search(
        r"\b(?:between|from)\s+$", sentence[:fig.start]) else None
    before = before or re.match(r"\s+and\s+(?:was|were)\s+(?:completed|finished|opened|ended)\s+in\s+(\d{4})\b",
                                sentence[fig.end:])
    return (int(after.group(1)) if after else None), (int(before.group(1)) if before else None)


def _shuffled(items: list[str], rng: random.Random) -> tuple[str, ...]:
    items = list(dict.fromkeys(items))
    rng.shuffle(items)
    return tuple(items)


def unverified_candidate(source: str, evidence: tuple[str, ...], figure: str = "") -> Candidate:
    """"According to the article, the figures given by X have been verified": false.
    One figure or several, as the article says: "the government's figure" is one."""
    said = evidence[-1].lower()
    one = re.search(r"\b(?:figure|estimate|number|claim|count)\b", said) and not re.search(
        r"\b(?:figures|estimates|numbers|claims|these)\b", said)
    what = "the figure given by {} has" if one else "the figures given by {} have"
    example = f', such as "{figure}",' if figure and not one else ""
    q = TrueFalseQuestion(
        id="", prompt=f"According to the article, {what.format(source + example)} been independently verified.",
        answer=False, topic="sources", evidence=evidence,
        explain=f"The article says {'this figure is' if one else 'these figures are'} unverified: "
                f"{source}'s claim{'' if one else 's'}, not established fact{'' if one else 's'}.")
    return Candidate(q, f"Attribution check: the article calls {source}'s figures unverified", "sources", "sources",
                     "verified-" + slug(source, limit=2), f"unverified:{source}", None, 0.8)
