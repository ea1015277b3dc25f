"""What in a figure's own sentence gives its answer away, so that a blank on it tests nothing: its
conversion in brackets ("27 km (17 mi)"), the list it counts ("four countries—Tanzania, the DRC, Burundi
and Zambia—"), the parts it is the total of ("714,321 casualties, 377,231 French and 337,000 German"), its
neighbour ("began on ____ and ended on 19 September"), the dates or years a length of time runs between
("lasted ____, from July to December 1968"), what ranks before it ("the ____ largest, after the Deepwater
Horizon spill"), the items it counts, named ("the only ____ cities to bid were Moscow and Los Angeles"), or
the factors it is the product of ("three angles, two elevators per angle").
`given_away` asks them all; `product_across` asks the last of another question's stem."""

from __future__ import annotations

import re

from ..numbers import words_value
from .figure import Figure
from .lexicon import MONTH_RE, ORDINAL_NAMES, number_name
from .quantities import find_figures


def in_brackets(sentence: str, fig: Figure) -> bool:
    """The figure stands in brackets: a conversion ("27 km (17 mi)"), or an aside."""
    return sentence.rfind("(", 0, fig.start) > sentence.rfind(")", 0, fig.start)


# up to two words between ("27 km long (17 mi)"), or a unit of four ("850 cubic feet per second (24 m3/s)")
# not a date in brackets: "139,579 inhabitants (31 March 2010)" is the count's date, which a blank keeps
_CONVERSION = re.compile(r"\s*(?:(?:[^\s()]+\s*){0,2}|(?:[a-z]+\s+){3,4})"
                         rf"(?P<open>\((?!\s*(?:\d{{1,2}}\s+)?(?:{MONTH_RE})\b|\s*(?:1\d|20)\d\d\s*\))"
                         r"\s*(?:about\s+|approx\.?\s+|c\.\s*|~)?"
                         # "£827 million (US$1.3 billion)"
                         r"(?:(?:US|A|C|NZ|HK)?[$€£¥])?[-−]?[\d.,]+)(?P<rest>[^()]*\))?")  # "(−89.9 °F)"


def has_conversion(sentence: str, fig: Figure) -> bool:
    """Right after the figure, its conversion in brackets: asking it gives the answer away."""
    return bool(_CONVERSION.match(sentence, fig.end))


def conversion_span(sentence: str, fig: Figure) -> tuple[int, int] | None:
    """Where the figure's conversion in brackets stands, with the space before it ("2,228 metres (7,310 ft)"),
    for a blank that leaves it out; None when there is none."""
    m = _CONVERSION.match(sentence, fig.end)
    if not m or not m.group("rest"):
        return None
    start = m.start("open")
    while start > fig.end and sentence[start - 1] == " ":
        start -= 1
    end = m.end()
    unit = fig.unit_text or fig.noun
    if unit:  # "at least 200,000 acres (810 km2)[1] (perhaps more than 250,000 acres [...])": another
        # estimate in the same unit rules out the wrong choices too, so it goes with the conversion
        other = re.match(rf"(?:\[\d+\])?\s*\([^()]*\d[^()]*\b{re.escape(unit)}\b[^()]*\)", sentence[end:])
        end += other.end() if other else 0
    return start, end


_LIST_AFTER = re.compile(r"^\s*(?:[—–:(]|\s-\s)\s*(?P<items>[^—–()]*(?:\([^()]*\)[^—–()]*)*?)(?:[—–);.]|\s-\s|$)")
_ITEM_BREAK = re.compile(r"\s*,\s*(?:and\s+|or\s+)?|\s+(?:and|or)\s+")


def counts_its_list(sentence: str, fig: Figure) -> bool:
    """The count is followed by the very list it counts: "shared among four countries—Tanzania, the DRC,
    Burundi and Zambia—". A blank on it is answered by counting the sentence's own words."""
    # "Four currencies circulated: the Russian ruble, ...", "four ships were lost in Poland: ...": a plural and a
    # few words before the colon
    plural = re.match(r"\s+[a-z]+s\b(?:\s+[\w'’-]+){0,4}?(?=\s*:)", sentence[fig.end:])
    if fig.kind != "count" or not (fig.noun or plural) or fig.value != int(fig.value) or fig.value < 2:
        return False
    m = _LIST_AFTER.match(sentence[fig.end + plural.end() if plural else max(fig.end, fig.noun_end):])
    if not m:
        return False
    listed = re.sub(r"\([^()]*\)", "", m.group("items")).strip()
    items = [i for i in _ITEM_BREAK.split(listed) if i.strip()]
    # Items long enough to hold commas' "and" ("relations between Russia and Chechnya, ..., and a guarantee"):
    # the commas alone part them
    clauses = [i for i in re.split(r"\s*,\s*(?:and\s+|or\s+)?", listed) if i.strip()]
    return int(fig.value) in (len(items), len(clauses)) if len(clauses) > 2 else len(items) == int(fig.value)


def sum_of_its_parts(figures: list[Figure], fig: Figure) -> bool:
    """The sentence gives a total and its parts: "714,321 casualties, 377,231 on the French side and
    337,000 on the German one". Any one of them is worked out from the others in view (to within 1%:
    pages slip a digit), so none is blanked."""
    alike = [f for f in figures if f.kind in ("count", "measure") and f.kind == fig.kind and f.unit == fig.unit
             and f.value > 0]
    if fig not in alike or len(alike) < 3:
        return False
    total = max(alike, key=lambda f: f.value)
    parts = sum(f.value for f in alike if f is not total)
    return abs(parts - total.value) <= 0.01 * total.value


def parts_in_brackets(sentence: str, fig: Figure) -> bool:
    """Its parts in the bracket after it: "won the trophy nine times (six times as the main pilot, three times as
    the co-pilot)"."""
    bracket = re.match(r"([^().;]{0,40})\(([^()]*)\)", sentence[fig.end:])
    if bracket is None or any(f.kind not in ("year", "date") for f in find_figures(bracket.group(1))):
        return False  # "10 ships and 10 aircraft (6 fighters and 4 bombers)": another figure's bracket
    parts = [f for f in find_figures(bracket.group(2)) if f.kind in ("count", "multiple", "measure")]
    return len(parts) >= 2 and abs(sum(p.value for p in parts) - fig.value) <= 0.01 * fig.value


def neighbour_in_view(sentence: str, fig: Figure) -> bool:
    """The sentence holds the figure's neighbour, which narrows its choices to one: the month of a date
    ("began on 15 September 1950 and ended on 19 September": no other month can be right), its year cut short
    ("Mars Surveyor '98"), or the next or last ordinal ("for the second goal, and then helped provide the third")."""
    rest = sentence[:fig.start] + " " + sentence[fig.end:]
    if fig.kind in ("year", "date") and re.search(rf"['’]{int(fig.value) % 100:02d}\b", rest):
        return True  # "the Mars Surveyor '98 Orbiter ... launched on ____": the one 1998 choice
    if fig.kind == "date" and fig.extra:
        return re.search(rf"\b{re.escape(fig.extra)}\b", rest) is not None
    if fig.kind == "ordinal":
        near = [ORDINAL_NAMES[n] for n in (int(fig.value) - 1, int(fig.value) + 1) if n in ORDINAL_NAMES]
        return any(re.search(rf"\b(?:the|a)\s+{word}\b", rest, re.IGNORECASE) for word in near)
    return False


_DAY_MONTH = rf"(?:\d{{1,2}}\s+)?(?:(?:{MONTH_RE})\s+)?"  # "16 December ", "December ", or nothing
# "from July to December 1968", "from 16 December 1944 to 28 January 1945", "between 1830 and 1850"
_SPAN = re.compile(rf"\b(?:from|between)\s+(?:\d{{1,2}}\s+)?(?:{MONTH_RE}|\d{{4}})\b[^.;]{{0,30}}?"
                   rf"\s(?:to|until|and|–)\s+(?:\d{{1,2}}\s+)?(?:{MONTH_RE}|\d{{4}})\b")
# "the 16-month Sino-French War (December 1883 – April 1885)": the dates in brackets after what lasted, not a
# lifespan before it ("Eichmann (1906–1962) spent 15 years in hiding")
_BRACKETED_SPAN = re.compile(rf"[^,.;()]{{0,40}}\(\s*{_DAY_MONTH}\d{{4}}\s*[–—-]\s*{_DAY_MONTH}\d{{4}}\s*\)")


def span_in_view(sentence: str, fig: Figure) -> bool:
    """A length of time beside the dates it runs between: "The outbreak lasted six months in total, from July
    to December 1968" is answered by counting the months the sentence names."""
    return span_asked(sentence[:fig.start] + " " + sentence[fig.end:], fig) or \
        fig.dimension == "duration" and _BRACKETED_SPAN.match(sentence, fig.end) is not None


def span_asked(question: str, fig: Figure) -> bool:
    """A question on a length of time that names the dates it runs between ("lasted how many weeks from 16
    December 1944 to 28 January 1945?")."""
    return fig.dimension == "duration" and _SPAN.search(question) is not None


def ranked_after(sentence: str, fig: Figure) -> bool:
    """A rank followed by what is ranked before it: "the second largest in US waters, after the 2010 Deepwater
    Horizon oil spill" can only be the second."""
    return fig.kind == "ordinal" and _RANKED_BEFORE.search(sentence[fig.end:]) is not None


# "..., after the Deepwater Horizon spill", "(behind Goldman Sachs, ...)", "exceeded only by the Nile and the Congo"
_RANKED_BEFORE = re.compile(r"^[^.;]{0,80}\(?\b(?:after|behind|(?:exceeded|surpassed)(?:\s+only)?\s+by|second to)\s")


_NAME = r"[A-Z][\w'’.-]*(?:\s+(?:of\s+|de\s+)?[A-Z][\w'’.-]*)*"
_NAMED_LIST = re.compile(rf"{_NAME}(?:\s*,\s*{_NAME})*(?:,?\s+and\s+{_NAME})")


def names_its_items(sentence: str, fig: Figure) -> bool:
    """A small count the sentence answers by naming what it counts ("The only ____ cities to bid ... were
    Moscow and Los Angeles"), or two that a link joins by nature ("a bridge connecting ____ peninsulas")."""
    if fig.kind != "count" or fig.value != int(fig.value) or not 2 <= fig.value <= 6:
        return False
    if fig.value == 2 and re.search(r"\b(?:connect(?:s|ing)?|link(?:s|ing)?|join(?:s|ing)?|between)\s+(?:the\s+)?$",
                                    sentence[:fig.start]):
        return True
    for m in _NAMED_LIST.finditer(sentence, fig.end):
        items = re.split(r"\s*,\s*(?:and\s+)?|,?\s+and\s+", m.group())
        if len(items) == int(fig.value):
            return True
    return False


def difference_in_view(fig: Figure) -> bool:
    """A number of years that two years in the sentence subtract to: "The 1999 earthquake was part of a
    sequence that started in 1939 ... over a period of 60 years" (a year inside a name counts too)."""
    if fig.unit != "years":
        return False
    years = {int(y) for y in re.findall(r"\b(1\d{3}|20\d\d)\b", fig.sentence)}
    # "The AD 79 eruption was preceded by an earthquake seventeen years beforehand, in AD 62"
    years |= {int(a or b) for a, b in re.findall(r"\b(?:AD|CE)\s+(\d{1,4})\b|\b(\d{1,4})\s+(?:AD|CE)\b", fig.sentence)}
    years |= {-int(y) for y in re.findall(r"\b(\d{1,4})\s+BCE?\b", fig.sentence)}
    return any(abs(abs(a - b) - fig.value) <= 1 for a in years for b in years if a != b)


_FACTOR = re.compile(r"\b(\d+|two|three|four|five|six|seven|eight|nine|ten|twelve)\b", re.IGNORECASE)


def product_in_view(sentence: str, fig: Figure) -> bool:
    """A count the sentence multiplies out: "six elevators ... in the three angles of its hexagonal shape (two
    elevators per angle)" is answered by three times two."""
    if fig.kind != "count" or fig.value != int(fig.value) or not re.search(r"\b(?:per|each)\b", sentence):
        return False
    rest = sentence[:fig.start] + " " + sentence[fig.end:]
    factors = [float(m) if m.isdigit() else float(words_value(m.lower()) or 0) for m in _FACTOR.findall(rest)]
    return any(a * b == fig.value for i, a in enumerate(factors) for b in factors[i + 1:] if a > 1 and b > 1)


_EACH = re.compile(rf"{_FACTOR.pattern}\s+(?:[a-z]+\s+){{0,2}}?(?:per|from each|for each|in each|each)\s+([a-z]+)",
                   re.IGNORECASE)


def product_across(prompt: str, other: str, value: float) -> bool:
    """A count one stem multiplies out with another's: "The Senate had ____ seats, with two from each county"
    beside "each of Liberia's 15 counties" in another stem is answered by two times fifteen."""
    for m in _EACH.finditer(prompt):
        a = float(m.group(1)) if m.group(1).isdigit() else float(words_value(m.group(1).lower()) or 0)
        noun = m.group(2).lower()
        stem = noun[:-1] if noun.endswith("y") else noun  # "county": "counties"
        for n in re.finditer(rf"{_FACTOR.pattern}\s+(?:[a-z'’]+\s+)?{stem}(?:y|ies|s|es)?\b", other, re.IGNORECASE):
            b = float(n.group(1)) if n.group(1).isdigit() else float(words_value(n.group(1).lower()) or 0)
            if a > 1 and b > 1 and a * b == value:
                return True
    return False


_NUMBER = r"(\d+|[a-z]+(?:-[a-z]+)?)"
_INCLUDING = re.compile(rf"[^.;]{{0,40}}?,?\s+including\s+{_NUMBER}\s[^.;]*?\s+and\s+{_NUMBER}\s", re.IGNORECASE)


def parts_listed(sentence: str, fig: Figure) -> bool:
    """"a total of ____ major tournaments, including eleven ... and eight ...": the blank is their sum."""
    m = _INCLUDING.match(sentence, fig.end)
    if fig.kind != "count" or not m:
        return False
    a, b = (float(n) if n.isdigit() else float(words_value(n.lower()) or 0) for n in m.groups())
    return a > 0 and b > 0 and a + b == fig.value


_SHAPES = {3: "triangle|triangular", 4: "quadrilateral", 5: "pentagon|pentagonal", 6: "hexagon|hexagonal",
           7: "heptagon|heptagonal", 8: "octagon|octagonal"}  # not "square": "2 square kilometres", "the town square"


def shape_or_order_gives_it(sentence: str, fig: Figure) -> bool:
    """"an irregular pentagon, and ____ angles" (five); "renovated ____, once by ... in 2001 and secondly by ..."
    (twice): the sentence's shape word, or its "once ... secondly", counts for the student."""
    shape = _SHAPES.get(int(fig.value)) if fig.value == int(fig.value) else None
    if shape and re.search(rf"\b(?:{shape})\b", sentence) \
            and re.match(r"\s+(?:\w+\s+)?(?:angles|sides|corners|vertices|bastions|points)\b", sentence[fig.end:]):
        return True
    return fig.kind == "multiple" and fig.value == 2 and re.search(r"\bonce\s+by\b.*\b(?:secondly|the second time)\b",
                                                                   sentence[fig.end:]) is not None


def the_other_named(sentence: str, fig: Figure) -> bool:
    """"one of only ____ commercial airports in New Zealand (the other being Christchurch)": two."""
    return fig.value == 2 and bool(re.search(r"\(\s*the other (?:one )?(?:being|is|was)\b", sentence[fig.end:]))


def share_of_counts(sentence: str, fig: Figure) -> bool:
    """"17 of the 33 cases resulted in death, a 52% case fatality rate": any of the three is worked out from the
    other two."""
    pairs = [(int(a.replace(",", "")), int(b.replace(",", ""))) for a, b in re.findall(
        r"\b(\d[\d,]*)\s+(?:of|out of)\s+(?:the\s+|all\s+)?(\d[\d,]*)\b", sentence)]
    shares = [float(p) for p in re.findall(r"\b(\d+(?:\.\d+)?)\s*(?:%|per\s?cent\b)", sentence)]
    return any(b and abs(100 * a / b - p) <= 1 and fig.value in (a, b, p) for a, b in pairs for p in shares)


def given_away(sentence: str, fig: Figure) -> str:
    """What in the sentence gives the figure away ("" when nothing does), for a blank in it."""
    for why, gives in (("its conversion in brackets", has_conversion), ("the list it counts", counts_its_list),
                       ("its neighbour", neighbour_in_view), ("the dates it runs between", span_in_view),
                       ("what ranks before it", ranked_after), ("the items it counts, named", names_its_items),
                       ("the factors it is the product of", product_in_view), ("the parts it sums", parts_listed),
                       ("the other one, named", the_other_named), ("the counts it is the share of", share_of_counts),
                       ("the shape or the order that counts it", shape_or_order_gives_it),
                       ("its parts in brackets", parts_in_brackets)):
        if gives(sentence, fig):
            return why
    return "the years it runs between" if difference_in_view(fig) else ""


def in_title(fig: Figure, title: str) -> bool:
    """Whether the page's title gives the figure: "the 100 m" on the page "100 m", "500" on the page
    "Five-hundred-meter Aperture Spherical Telescope"."""
    title = title.lower()
    if re.search(rf"(?<![\w.,]){re.escape(fig.number_text.lower())}(?![\w,]|\.\d)", title):
        return True
    words = number_name(int(fig.value)) if fig.value == int(fig.value) and 2 <= fig.value < 1000 else ""
    return bool(words) and re.search(rf"\b{words}\b", title.replace("-", " ")) is not None


_AGE = re.compile(r"\b(?:at\s+(?:the\s+)?age\s+(?:of\s+)?|aged\s+)$", re.IGNORECASE)
_LIFESPAN = re.compile(r"\((?:born\s+)?[^()]{0,25}\b(?:1\d|20)\d\d\s*[–—-]\s*[^()]{0,25}\b(?:1\d|20)\d\d\s*\)")


def age_from_lifespan(fig: Figure, sentence: str, page: str) -> bool:
    """An age at death ("She died at age 49") on a page that gives the birth and death dates ("(3 February
    1967 – 22 April 2016)"): worked out by subtraction from what another question's stem may print."""
    return fig.kind == "count" and bool(_AGE.search(sentence[:fig.start])) and bool(_LIFESPAN.search(page)) \
        and re.search(r"\b(?:died|dies|death)\b", sentence) is not None
