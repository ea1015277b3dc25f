"""What "the X" points back to, which a question on its sentence alone cannot name."""

from __future__ import annotations

import re

# "The strikes, as well as ...", "In South Korea, the ratios rose": the subject, a plural in "the".
_THE_PLURAL_SUBJECT = re.compile(r"^(?:[^,.]{0,60},\s*)?(?P<np>[Tt]he (?P<noun>[a-z]{3,}s))\b"
                                 r"(?!\s+(?:of|in|at|on|for|from|that|who|which|whose|with|by|to)\b)")


# "Sales were initially brisk", "Sales of annual season tickets amounted to": whose, the sentence before said
_WHOSE_FIGURES = re.compile(r"^(?:Sales|Profits|Revenues?|Earnings|Exports|Imports|Shipments)(?!\s+of\s+[A-Z])(?=\s+(?:"
                            r"of|were|was|had|have|rose|fell|grew|reached|amounted|totall?ed|increased|dropped)\b)")


def the_earlier(sentence: str, earlier: set[str], main_nouns: frozenset[str]) -> str:
    """"The strikes" when an earlier sentence spoke of strikes (or of a strike):
    those strikes, which a question on this sentence alone cannot name; an opening "Sales" too."""
    whose = _WHOSE_FIGURES.match(sentence)
    if whose and not re.search(r"\b[A-Z]\w+", sentence[whose.end():]):  # no name after it: whose, then?
        return whose.group()
    m = _THE_PLURAL_SUBJECT.match(sentence)
    if m is None or m.group("noun").endswith("ss"):
        return ""
    noun = m.group("noun")
    if noun in main_nouns or noun[:-1] in main_nouns or not ({noun, noun[:-1]} & earlier):
        return ""
    return m.group("np")


# The heads of names that stand for one thing of many: "the award" after "the Betty Trask Awards"
_NAMED_HEADS = frozenset("""award awards prize report study treaty agreement plan programme program project fund
    company firm bank court committee commission ministry department agency party team club band festival
    competition tournament conference summit film novel album song""".split())


def the_named_before(sentence: str, previous: str, main_nouns: frozenset[str]) -> str:
    """"the award" just after a sentence that named it ("... won a Betty Trask Award."): which award, the
    question cannot say."""
    for m in re.finditer(r"\b[Tt]he ([a-z]{4,})\b(?!\s+of\b)", sentence):
        noun = m.group(1)
        if noun not in _NAMED_HEADS or _named_here(sentence[:m.start()], noun):
            continue  # "the island": as often the page's own; "the International Olympic Committee ... the committee"
        # the last word of a name ("Betty Trask Awards"), not its first ("the Battle of Actium")
        if noun not in main_nouns and re.search(rf"\b[A-Z][\w'’]*\s+{noun.capitalize()}s?\b(?!\s+(?:of\b|[A-Z]))",
                                                previous):
            return m.group()
    return ""


# "the carrier has", "the airplanes 14,278 times", "The two were charged": a noun phrase that ends at its noun
_THE_ALONE = re.compile(r"\b[Tt]he ([a-z]{3,})(?=\s*(?:[,.;:)]|\d|(?:is|are|was|were|has|have|had|will|would|can|could|"
                        r"may|might|must|says?|said|did|does|do|into|to|from|with|for|in|on|at|by)\b|[a-z]{3,}ed\b))")
# What "the" names without a sentence before: one world, one sun, the public
_UNIQUE = frozenset("world sun moon earth public police press media internet time day year night morning evening "
                    "same first last rest following other former latter".split())


def the_said_before(sentence: str, earlier: set[str], main_nouns: frozenset[str]) -> str:
    """"The carrier has 30 days to appeal the fine" after sentences on American Airlines' fine: which carrier, which
    fine, a question on this sentence alone cannot say. A noun the page used before, not its subject's."""
    for m in _THE_ALONE.finditer(sentence):
        noun = m.group(1)
        forms = {noun, noun[:-1], noun + "s"} if noun.endswith("s") else {noun, noun + "s"}
        if noun in _UNIQUE or forms & main_nouns or not forms & earlier:
            continue
        if _named_here(sentence[:m.start()], noun):
            continue  # "the Northern Bank ... the bank": named in the sentence itself
        return m.group()
    return ""


def _named_here(before: str, noun: str) -> bool:
    """Whether the sentence named the thing before its "the <noun>": "the Northern Bank ... the bank"."""
    return re.search(rf"\b[A-Z][\w'’]*\s+{noun.capitalize()}", before) is not None
