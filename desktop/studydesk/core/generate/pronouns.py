"""Whom or what a pronoun in one sentence can be read as meaning, from that sentence alone: "it" as the
noun the sentence opens with, "he" as a name before it. quality.dangling asks these questions.
"""

from __future__ import annotations

import re

from .lexicon import DEMONYMS, FINITE_VERBS, FUNCTION_WORDS, INFLECTED_VERBS, NOT_NAMES

_SPEECH_THAT = re.compile(r"\b(?:says?|said|projects?|projected|estimates?|estimated|expects?|expected|believes?|"
                          r"warns?|warned|claims?|claimed|reports?|reported)\s+(?:that\s+)?$")

_LEAD_CLAUSE = r"^[\"“]?(?:(?:If|When|Once|After|Before|Although|Though|While|Because|Since|Unless|Until|As)\s+)?"
_NAME = r"(?:[Tt]he\s+)?(?P<name>[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+)*)"
_OPENING_NOUN = re.compile(_LEAD_CLAUSE + r"(?:(?:[Tt]he|[Aa]n?|[Mm]ost|[Mm]any|[Ss]ome)\s+(?:[\w-]+\s+){0,3}?"
                           r"(?P<head>[a-z][\w-]*)"
                           r"(?=\s+(?:of|in|at|on|with|from|for|to|near|by|and|who|which|that|[a-z]+(?:s|ed)\b)|,)"
                           r"|" + _NAME + ")")
_OPENING_NAME = re.compile(_LEAD_CLAUSE + _NAME)
_NOT_NOUNS = FUNCTION_WORDS | FINITE_VERBS | INFLECTED_VERBS
SUBJECT_SLOT = re.compile(r"(?:^|[,;:](?:\[\d+\])*\s*|\b(?:and|but|because|while|when|as|if|since|so|although|"
                          r"though|until|before|after|where)\s+)$")
_PLURAL_HEAD = re.compile(r"(?:[^s]s|people|men|women|children|police|staff)$")


def pronoun_resolved(sentence: str, m: re.Match[str], blank_names: bool) -> bool:
    """Whether "it", "its", "they" can be read from the sentence itself: as a
    subject or a possessive, it most likely means the noun the sentence opens
    with, if that agrees in number ("A workhouse ... because it had its own
    well"). An object ("Trajan crossed it") means something else, and is
    taken to lean on an earlier sentence."""
    before = sentence[:m.start()]
    if _SPEECH_THAT.search(before):
        return False  # "The UN projects that it will ...": most likely not the UN
    word = m.group().lower()
    if word == "it" and re.search(r"^[\"“]?The\s[^,]*,\s+(?:making|leaving|rendering)\s+$", before):
        return True  # "The collapse killed 502 people, making it the largest ...": the clause's own subject
    if word not in ("its", "their") and not SUBJECT_SLOT.search(before):
        return False
    if word == "their" and sentence[m.end():].startswith(" own ") and re.search(
            r"\b[Tt]he\s+(?:[A-Z][a-z]+\s+)?(?:government|authorities|council|army|navy|police)\s+(?!of\b)[^.;]*$",
            before):
        return True  # "after the British government exerted pressure ..., fearing ... on their own traders"
    opening = _OPENING_NOUN.match(sentence)
    if opening and opening.group("name") is None and opening.group("head") in _NOT_NOUNS:
        opening = _OPENING_NAME.match(sentence)  # "The Free Democrats also scored", "The Chicago Bulls lost"
    if not opening or opening.end() > m.start():
        return False
    lead = re.match(r"^[\"“]?(?:If|When|Once|After|Before|Although|Though|While|Because|Since|Unless|Until|As)\s",
                    sentence)
    if lead:  # "If Pokrovsk falls, it ...": a clause, whose subject "it" may mean; "Before the war, its ...": not
        clause = sentence[:sentence.find(",")] if "," in sentence[:m.start()] else ""
        if not any(w in FINITE_VERBS or w.endswith("ed") for w in re.findall(r"[a-z]+", clause[lead.end():])):
            return False
    name = opening.group("name")
    head = name or opening.group("head")  # one of the two matched
    adverb = head.endswith("ly") and re.match(r"\s+[a-z]+ed\b", sentence[opening.end():])  # "Officially recognized"
    if name and (head.split()[0] in NOT_NAMES or head.split()[0].endswith(("ed", "ing")) or adverb):
        return False
    last = head.split()[-1]
    if name and len(head.split()) == 1 and re.match(
            r"\s+(?:of|in|for|from|at|on|to|with)\b", sentence[opening.end():]):
        # "Estimates of its size ...", "Rents in ...": a common noun that opens the sentence, not a name.
        plural = last.endswith("s")
    elif name:
        if last.endswith("s") and last[:-1] not in DEMONYMS and _plural_noun(last):
            return True  # "The Free Democrats ... their", "The Chicago Bulls ... its": either reads
        plural = last.endswith("s") and last[:-1] in DEMONYMS  # "The Romans", not "Lagos"
    else:
        plural = bool(_PLURAL_HEAD.search(last.lower()))
    return plural == (word in ("they", "their", "them"))


def _plural_noun(word: str) -> bool:
    """Whether a name's last word is an English plural noun ("Democrats",
    "Greens", "Nations"), by lemminflect's lexicon, which does not hold
    place names ("Lagos", "Athens"). Loaded on first use, off the UI thread."""
    from lemminflect import getAllLemmas

    return any(lemma != word.lower() for lemma in getAllLemmas(word.lower()).get("NOUN", ()))


def object_clause(sentence: str, m: re.Match[str]) -> int:
    """Where a name must come before the pronoun `m` to be whom it means. The
    subject of "Mubarak freed him" is not "him": an object pronoun means
    someone named before its clause ("When Smith met the king, he gave him ...")."""
    word, after = m.group().lower(), sentence[m.end():]
    possessive = word == "her" and re.match(r"\s+[a-z]", after) and not re.match(
        r"\s+(?:to|in|on|at|by|for|from|with|and|as|that|when|if)\b", after)
    if word not in ("him", "her") or possessive:  # "her husband": whose, most likely the subject's
        return m.start()
    starts = [c.end() for c in re.finditer(r"[,;:]\s|\s(?:and|but|when|after|before|because|while)\s",
                                           sentence[:m.start()])]
    return starts[-1] if starts else 0


def name_before(text: str, at: int, blank_names: bool = False, names: frozenset[str] = frozenset()) -> bool:
    """A name before `at`: a capitalised word, unless it only opens the sentence ("When", "The"). `names`: words
    capitalised mid-sentence; an opening word not among them ("Police had served her ...") is a common noun."""
    if blank_names and "____" in text[:at]:
        return True
    for m in re.finditer(r"(?:^|(?<=[\s(\[]))\[?([A-Z][\w'’-]+)", text[:at]):
        word = m.group(1)
        if word in DEMONYMS and re.match(r"\s+[a-z]", text[m.end():]):  # "of the Russian government, he went"
            continue
        if _NO_ONE.match(text, m.start(1)) or _AN_EVENT.match(text, m.start(1)):
            continue  # "After World War II he fled", "During the Great Depression he": a war is not who "he" is
        if m.start() > 0 or m.group().startswith("["):
            return True
        if word not in NOT_NAMES and word.lower() not in FUNCTION_WORDS and (not names or word in names):
            return True
    return False


# Capitalised words that name a time or an event, never a person: "World War II", "Christmas", "the Holocaust"
_NO_ONE = re.compile(r"(?:[IVX]+|World|War|Wars|Revolution|Christmas|Easter|Ramadan|Holocaust|Depression|Olympics|"
                     r"January|February|March|April|June|July|August|September|October|November|December)\b")
# A name that ends as an event's does: "the Second World War", "the Korean War", "the Great Depression"
_AN_EVENT = re.compile(r"(?:[A-Z][\w'’-]*\s+)+(?:War|Wars|Revolution|Depression|Olympics|Crisis|Rising|Uprising)"
                       r"(?:\s+I{1,3})?\b(?!\s+[A-Z])")
