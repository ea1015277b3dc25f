"""An article's plain text as a reader sees it: title, headings, paragraphs,
sentences, and where a quoted passage sits in it.

Every block and sentence keeps its offsets into the original text, so a view
that shows block texts verbatim can turn an evidence span into a highlight.
"""

from __future__ import annotations

import bisect
import heapq
import re
from functools import cached_property

import msgspec

from .page_chrome import is_chrome
from .wrapped_lines import unwrapped

# Curly and straight quotes, the dash family and white space are the only
# differences a quote may have from the article text and still be found.
_FORGIVE_MAP = (
    {
        "\u201c": '"', "\u201d": '"', "\u201e": '"', "\u201f": '"', "\u2033": '"',
        "\u2018": "'", "\u2019": "'", "\u201a": "'", "\u201b": "'", "\u2032": "'",
        "\u2010": "-", "\u2011": "-", "\u2012": "-", "\u2013": "-", "\u2014": "-",
        "\u2015": "-", "\u2212": "-",
    }
)
# A regex touching only these characters is several times faster than
# str.translate with a dict, which looks up every character in Python.
_FORGIVE = re.compile("[" + "".join(_FORGIVE_MAP) + "]")


def _translate(text: str) -> str:
    return _FORGIVE.sub(lambda m: _FORGIVE_MAP[m.group()], text)
# White space collapses to one space, and vanishes around a dash, so that
# "Pokrovsk—once" finds "Pokrovsk — once".
_SPACING = re.compile(r"\s*-\s*|\s+")

_DATE_LINE = re.compile(r"^(?:[A-Z][a-z]+day,?\s+)?(?:[A-Z][a-z]+\.?\s+\d{1,2},?|\d{1,2}\s+[A-Z][a-z]+)\s+\d{4}$")
_END_PUNCT = ".!?:;,\"'\u201d\u2019)]\u2026"
_ABBREVIATIONS = frozenset(
    """mr mrs ms dr prof st gen col lt sgt capt cmdr adm gov sen rep pres jr sr vs etc e.g i.e
    maj brig gens lieut cpl pvt rev hon
    u.s u.k u.n e.u jan feb mar apr jun jul aug sep sept oct nov dec no nos fig approx inc ltd co
    corp mt ft est dept univ vol pp al ca cf lit op""".split()
)
# Footnote marks after the stop belong to the sentence they close: "Tulipmania.[3][4] At the peak ...", and
# spaced, as some copies print them: "ever seen. [5] It was".
_BOUNDARY = re.compile(r"[.!?]+(?:\[[^\]\n]{1,20}\]|\s+\[\d{1,3}\](?=\s))*"
                       # 'staged."[6] It': a footnote mark after the quotation's close
                       r"[\"'\u201d\u2019)\]]*(?:\[\d{1,3}\])*\s+(?=[\"'\u201c\u2018(\[]?[A-Z0-9\u00c0-\u024f])"
                       # Run together, as pasted text often is: "the harbour.Because of ...", "the 1990s.It"
                       # (two lower-case letters, the stop, then a capitalised word).
                       r"|(?<=[a-z0-9%\u00df-\u024f][a-z\u00df-\u024f])[.!?]+(?=[A-Z\u00c0-\u00de][a-z\u00df-\u024f])"
                       r"|(?<=\w\))[.!?](?=[A-Z][a-z])"  # "by the agency (ISRO).The mission"
                       r"|(?<=\b\d{4})\.(?=[A-Z][a-z]{2,})"  # "work began in 1906.Requirements of speed"
                       # "until 549.In 2013": a year, then the next sentence (not "No.5", "3.5")
                       r"|(?:(?<=\s[1-9]\d\d)|(?<=\s[1-9]\d\d\d))\."
                       r"(?=(?:In|On|The|By|At|After|It|This|A|An|He|She|They)\s)")
_DATELINE_OPENING = re.compile(r"[A-Z][a-z]+day,\s+[A-Z][a-z]+\s+\d{1,2},\s+\d{4}\s+(?=[A-Z][a-z])")
# Names written with "!": "later Yahoo! GeoCities, was" goes on
_BANG_NAMES = frozenset("yahoo jeopardy wham".split())
_WORD_BEFORE = re.compile(r"([\w.]+)\W*$")


_DASH_SPACES = re.compile(r" ?- ?")
_WORD = re.compile(r"\w+")
# How much of a quote, and of a sentence, closest_passage compares.
PASSAGE_CHARS = 500


def _gap(match: re.Match[str]) -> str:
    """What a stretch of white space, or a dash with its spaces, is forgiven to."""
    return "-" if "-" in match.group() else " "


def forgive(text: str) -> str:
    """The text as quote matching compares it (the same rules as Article._index)."""
    if not text.isascii():
        text = _translate(text)
    text = " ".join(text.split())
    return _DASH_SPACES.sub("-", text) if "-" in text else text


class Block(msgspec.Struct, frozen=True):
    """A heading or a paragraph: one line of the plain text, verbatim."""

    kind: str  # "heading" or "paragraph"
    text: str
    start: int
    end: int


class Sentence(msgspec.Struct, frozen=True):
    text: str
    start: int
    end: int
    block: int  # index into Article.blocks


class Span(msgspec.Struct, frozen=True):
    start: int
    end: int


_OPENING = "\"'\u201c\u2018"
_CLOSING = "\"'\u201d\u2019"


def quoted(quote: str) -> str:
    """A quote from the article in quotation marks, without doubling marks
    the quote already starts or ends with."""
    opening = "" if quote[:1] in _OPENING else "\u201c"
    closing = "" if quote[-1:] in _CLOSING else "\u201d"
    return f"{opening}{quote}{closing}"


def _looks_like_heading(line: str) -> bool:
    words = line.split()
    return (
        0 < len(words) <= 12
        and len(line) <= 90
        and line[-1] not in _END_PUNCT
        and not line[0].islower()
    )

# An image's caption with its credit, above a page that has no title line: "Statue of Booming Ben by Todd McGrain"
CREDITED_CAPTION = re.compile(r"\W*(?:Statue|Bust|Portrait|Photo(?:graph)?|Painting|Drawing|Engraving|Sculpture|Map)"
                              r"\s+of\s+.+\sby\s+[A-Z][^|]*(?:\s*\|)*$")


def _reads_as_title(first: str, second: str) -> bool:
    """The first line is the page's title when it reads as one, whatever comes under it: an infobox, a caption,
    or the dateline under a news headline. "Treaty of Paris (1898)" too; "Friday, October 12, 2018" is no title."""
    if _DATE_LINE.match(first) or "|" in re.sub(r"(?:\s*\|)+$", "", first) or CREDITED_CAPTION.match(first):
        return False  # a date, a table's row ("Industry | Financial services; Banking |"), an image's caption
    return _looks_like_heading(re.sub(r"\s\([^()]{1,30}\)$", "", first)) or bool(_DATE_LINE.match(second)) and (
        len(first.split()) <= 20 and first[-1] not in _END_PUNCT and not first[0].islower())


class Article(msgspec.Struct, frozen=True, dict=True):  # dict: room for its cached properties
    text: str
    title: str
    blocks: tuple[Block, ...]

    @property
    def body_blocks(self) -> tuple[Block, ...]:
        """The blocks below the title (the title line is blocks[0] when there is one)."""
        return self.blocks[1:] if self.title else self.blocks  # a title is always the first block's

    @cached_property
    def sentences(self) -> tuple[Sentence, ...]:
        out: list[Sentence] = []
        for index, block in enumerate(self.blocks):
            if block.kind != "paragraph":
                continue
            for start, end in split_sentences(block.text):
                out.append(Sentence(block.text[start:end], block.start + start, block.start + end, index))
        return tuple(out)

    @cached_property
    def _sentence_starts(self) -> list[int]:
        return [s.start for s in self.sentences]

    @cached_property
    def body(self) -> str:
        """The article without its chrome: blocks joined by newlines."""
        return "\n".join(b.text for b in self.blocks)

    @cached_property
    def visible(self) -> str:
        """The text as the reader sees it: chrome blanked out, offsets unchanged,
        so evidence can only be found where it can also be highlighted."""
        parts = []
        pos = 0
        for block in self.blocks:
            parts.append("\n" * (block.start - pos))
            parts.append(block.text)
            pos = block.end
        parts.append("\n" * (len(self.text) - pos))
        return "".join(parts)

    @cached_property
    def _translated(self) -> str:
        """The visible text with curly quotes and dashes made plain (same offsets)."""
        return _translate(self.visible)

    @cached_property
    def _forgiven(self) -> str:
        """The forgiven text alone, which is all contains() needs: built in a
        third of the time it takes with find()'s map back to the original."""
        return _SPACING.sub(_gap, self._translated)

    @cached_property
    def _index(self) -> tuple[str, list[int], list[int], list[int], list[bool]]:
        """The forgiven text, with a map from its offsets back to the original.

        Each entry is a run: where it starts in the forgiven text, where it
        starts and ends in the original, and whether it is a gap. Inside a
        plain run offsets advance together; a gap (white space, or a dash with
        its spaces) is one forgiven character standing for its whole stretch.
        """
        source = self._translated
        parts: list[str] = []
        norm_starts: list[int] = []
        orig_starts: list[int] = []
        orig_ends: list[int] = []
        gaps: list[bool] = []
        npos = 0

        def run(start: int, end: int, gap: str = "") -> None:
            nonlocal npos
            norm_starts.append(npos)
            orig_starts.append(start)
            orig_ends.append(end)
            gaps.append(bool(gap))
            piece = gap or source[start:end]
            parts.append(piece)
            npos += len(piece)

        pos = 0
        for m in _SPACING.finditer(source):
            if m.start() > pos:
                run(pos, m.start())
            run(m.start(), m.end(), _gap(m))
            pos = m.end()
        if pos < len(source):
            run(pos, len(source))
        return "".join(parts), norm_starts, orig_starts, orig_ends, gaps

    def _span(self, at: int, length: int) -> Span:
        """The original span of `length` forgiven characters from `at`."""
        _, norm_starts, orig_starts, orig_ends, gaps = self._index
        first = bisect.bisect_right(norm_starts, at) - 1
        last_at = at + length - 1
        last = bisect.bisect_right(norm_starts, last_at) - 1
        start = orig_starts[first] if gaps[first] else orig_starts[first] + (at - norm_starts[first])
        end = orig_ends[last] if gaps[last] else orig_starts[last] + (last_at - norm_starts[last]) + 1
        # A quote that starts or ends on a dash does not take the spaces around it.
        while start < end and self.text[start].isspace():
            start += 1
        while end > start and self.text[end - 1].isspace():
            end -= 1
        return Span(start, end)

    def find(self, quote: str) -> Span | None:
        """Where the quote is in the visible text, forgiving quotes, dashes and spacing."""
        needle = forgive(quote)
        if not needle:
            return None
        at = self._index[0].find(needle)
        if at < 0:
            return None
        return self._span(at, len(needle))

    def contains(self, quote: str) -> bool:
        if quote in self.visible and quote.strip() and quote == quote.strip():
            return True  # copied verbatim: the common case, and a fast one
        needle = forgive(quote)
        return bool(needle) and needle in self._forgiven

    def sentence_at(self, offset: int) -> Sentence | None:
        i = bisect.bisect_right(self._sentence_starts, offset) - 1
        if 0 <= i < len(self.sentences) and self.sentences[i].start <= offset < self.sentences[i].end:
            return self.sentences[i]
        return None

    def block_at(self, offset: int) -> int | None:
        for index, block in enumerate(self.blocks):
            if block.start <= offset <= block.end:
                return index
        return None

    @cached_property
    def _sentence_words(self) -> tuple[frozenset[str], ...]:
        return tuple(frozenset(_WORD.findall(s.text.lower())) for s in self.sentences)

    def closest_passage(self, quote: str) -> str | None:
        """The sentence most like a quote that was not found, to suggest a fix.

        Only the quote's first PASSAGE_CHARS characters, and each sentence's,
        are compared: difflib's time grows with the product of the lengths,
        and a quote longer than a long paragraph is no slip of one sentence.
        """
        import difflib  # only for evidence that was not found

        if not self.sentences:
            return None
        head = quote[:PASSAGE_CHARS]
        words = set(_WORD.findall(head.lower()))
        if not words:
            return None
        # Word overlap picks candidates cheaply; difflib ranks the few left.
        overlap = [len(words & sentence) for sentence in self._sentence_words]
        candidates = heapq.nlargest(8, range(len(overlap)), key=overlap.__getitem__)
        needle = forgive(head)
        best = max(candidates, key=lambda i: difflib.SequenceMatcher(
            None, needle, forgive(self.sentences[i].text[:PASSAGE_CHARS])).ratio())
        return self.sentences[best].text if overlap[best] else None


def split_sentences(text: str) -> list[tuple[int, int]]:
    """Sentence spans in one paragraph.

    A boundary is end punctuation, then space, then a capital or digit; not
    after a known abbreviation or a lone initial, and not inside a quotation.
    """
    spans: list[tuple[int, int]] = []
    start = 0
    # A quote mark opening the paragraph that nothing closes is a copy's stray mark ('"The Hong Kong flu, ...'),
    # not a quotation that holds the whole paragraph in one sentence.
    stray = text.startswith('"') and text.count('"') % 2 == 1
    dateline = _DATELINE_OPENING.match(text)  # "Tuesday, December 21, 2004 Thieves have ...": the date stands apart
    if dateline:
        spans.append((0, len(dateline.group().rstrip())))
        start = dateline.end()
    for m in _BOUNDARY.finditer(text):
        if m.start() < start:
            continue
        head = text[start:m.end()].rstrip()
        word = _WORD_BEFORE.search(text[max(start, m.start() - 20):m.start()])
        if word and text[m.start() - 1] not in ")]":  # "(18,506 ft). It": the bracket closed, so the stop ends
            w = word.group(1).lower().rstrip(".")
            if w in _ABBREVIATIONS or _initial_before(text, m.start()) or text[m.start()] == "!" and w in _BANG_NAMES:
                continue
        if _inside_quotation(head[1:] if stray and start == 0 else head) \
                or _inside_brackets(text, start, m.start(), m.end()):
            continue
        end = m.end()
        stripped_end = end
        while stripped_end > start and text[stripped_end - 1].isspace():
            stripped_end -= 1
        spans.append((start, stripped_end))
        start = end
    rest_end = len(text.rstrip())
    if start < rest_end:
        spans.append((start, rest_end))
    return spans


def _initial_before(text: str, stop: int) -> bool:
    """Whether a lone initial ends just before the stop ("J. R. R. Tolkien").
    Not a letter after an apostrophe ("Japan's. As"), before a bracket ("(172 m). It") or a degree ("31°C. Later")."""
    if re.search(r"(?:\d\s[a-z]|\bWar\sI)$", text[max(0, stop - 6):stop]):
        return False  # a unit after its number ("322 m. Illumination"), a war's numeral ("World War I. After")
    return (stop >= 1 and text[stop - 1].isalpha()
            and (stop == 1 or not (text[stop - 2].isalnum() or text[stop - 2] in "'\u2019°")))


def _inside_brackets(text: str, start: int, stop: int, end: int) -> bool:
    """A stop inside an aside that closes soon after: "Mir (Russian: Мир; lit. Peace or World) was"."""
    head = text[start:end]
    return head.rfind("(") > head.rfind(")") and ")" in text[stop:stop + 80].split("(")[0]


def _inside_quotation(text: str) -> bool:
    opened = text.count("\u201c") - text.count("\u201d")
    if opened > 0:
        return True
    # Straight double quotes open and close alike: an odd count is still open,
    # unless the boundary's own punctuation carried the closing one.
    return text.count('"') % 2 == 1 and not text.rstrip().endswith('"')


def parse_article(text: str) -> Article:
    """Split plain text into a title, headings and paragraphs, dropping page chrome."""
    lines: list[tuple[str, int, int]] = []
    pos = 0
    for raw in text.splitlines(keepends=True):
        body = raw.rstrip("\r\n")
        stripped = body.strip()
        if stripped and not is_chrome(stripped):
            lead = len(body) - len(body.lstrip())
            lines.append((stripped, pos + lead, pos + lead + len(stripped)))
        pos += len(raw)
    lines = unwrapped(text, lines)
    # Short lines at the very end are the page's furniture, not headings.
    while lines and _looks_like_heading(lines[-1][0]):
        lines.pop()
    # A copy that prints its title twice ("Battle of Navarino", "Battle of Navarino", then the infobox): once
    doubled = len(lines) > 2 and lines[0][0] == lines[1][0] and _looks_like_heading(lines[0][0])
    lines = lines[:1] + lines[2:] if doubled else lines
    title = ""
    blocks: list[Block] = []
    for i, (line, start, end) in enumerate(lines):
        heading = i + 1 < len(lines) and (_reads_as_title(line, lines[1][0]) if i == 0 else
                                          _looks_like_heading(line) and not _looks_like_heading(lines[i + 1][0]))
        if i == 0 and heading:
            # "= Lake Nyos =", "# Brazilian cruzeiro real" (Markdown), "Lake Malawi | |"
            title = re.sub(r"^(?:=+\s*|#+\s+)|\s*=+$|(?:\s*\|)+$", "", line) or line  # not "#MeToo movement"
        blocks.append(Block("heading" if heading else "paragraph", line, start, end))
    return Article(text=text, title=title, blocks=tuple(blocks))
