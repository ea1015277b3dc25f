"""What "the X" points back to, which a question on its sentence alone cannot name."""

from __future__ import annotations

import re

# "The strikes, as well as ...", "In South Korea, the ratios rose": the subject, a plural in "the".
_THE_PLURAL_SUBJECT = re.compile(r"^(?:[^,.]{0,60},\s*)?(?P<np>[Tt]he (?P<noun>[a-z]{3,}s))\b"
                                 r"(?!\s+(?:of|in|at|on|for|from|that|who|which|whose|with|by|to)\b)")


def the_earlier(sentence: str, earlier: set[str], main_nouns: frozenset[str]) -> str:
    """"The strikes" when an earlier sentence spoke of strikes (or of a strike):
    those strikes, which a question on this sentence alone cannot name."""
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
        if noun not in _NAMED_HEADS or re.search(rf"\b[A-Z][\w'’]*\s+{noun.capitalize()}", sentence[:m.start()]):
            continue  # "the island": as often the page's own; "the International Olympic Committee ... the committee"
        # the last word of a name ("Betty Trask Awards"), not its first ("the Battle of Actium")
        if noun not in main_nouns and re.search(rf"\b[A-Z][\w'’]*\s+{noun.capitalize()}s?\b(?!\s+(?:of\b|[A-Z]))",
                                                previous):
            return m.group()
    return ""
