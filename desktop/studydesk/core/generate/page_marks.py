"""What a page's copy adds to a sentence that no question should carry: footnote marks and editors' tags,
pronunciations and a name's spellings in other scripts, links to sections and other wikis, and a mirror's
own marks. A question quotes the sentence without them; its evidence keeps them, as the page has them."""

from __future__ import annotations

import re

# A name's Greek, Cyrillic, Armenian, Hebrew, Arabic, Indic, Thai, Georgian, Chinese, Japanese or Korean spelling
_SCRIPTS = ("\u0370-\u03ff\u0400-\u058f\u0590-\u06ff\u0900-\u0dff\u0e00-\u0e7f\u10a0-\u10ff"
            "\u3040-\u30ff\u3400-\u9fff\uac00-\ud7af")
# after a capitalised word of 3 to 16 letters, as a lookbehind must be of one width ("a biomarker" keeps its own);
# looked back at only once "marker" is found, which keeps the pattern quick
_MARKED = "|".join(rf"(?<=\b[A-Z][a-z]{{{n}}}marker)" for n in range(2, 16))
# an empty bracket after a capitalised word (a name whose other spelling the copy lost), by the same one-width trick
_NAMED_EMPTY = "|".join(rf"(?<=\b[A-Z][a-z]{{{n}}}) \(\)" for n in range(1, 16))
_BRACKET = r"\((?:[^()]|\([^()]*\))*\)"  # one bracket, which may hold another: "[ˈoli(m)bos]"

FOOTNOTE = re.compile(
    r"\s+\[\d{1,3}\](?=\s|$)|(?<=[\d_]) \(\)(?=[\s,.;:])|"  # "in 1985, [7] to"; "fined $100 ()"
    r"\s\((?:equal|equivalent) to [£$€¥]?\s*today\)|"  # "£500 (equal to £ today)": an inflation template, lost
    rf"(?:{_NAMED_EMPTY})(?=[\s,.;:])|"  # "The Vega Expedition () of 1878": not "89.7 sextillion () percent"
    # "[3]", "[nb 1]", "[a]", "[?]", "[citation needed]", "[by whom?]"
    r"\[\s*(?:nb |note |n |lower-alpha |upper-alpha )?\d+\s*\]|\[\s*[a-z?]\s*\]|\[\s*[a-z ]*(?:needed|\?)\s*\]"
    r"|\s\[(?:es|de|fr|it|ru|pt|nl|pl|sv|ja|zh|uk)\](?=\s)"  # "nigrescens [es]": another wiki
    # "(/ˌkiːlaʊˈeɪə/, US:; Hawaiian: [kiːlɐwˈwɛjə])": a pronunciation's whole bracket, or one the copy lost
    rf"|\s(?=\((?:[^()]|\([^()]*\))*[ˈˌ]){_BRACKET}|\s\((?:[A-Z][a-z]+\s+)?pronunciation:\s*\)"
    # "(Russian: Беломорско-Балтийский канал, romanized: ...)": the name in another script
    rf"|\s(?=\([A-Z][a-z]+(?:\s[A-Z][a-z]+)?:\s[^()]*[{_SCRIPTS}]){_BRACKET}"
    rf"|\s(?=\([{_SCRIPTS}]){_BRACKET}"  # "(Σύμβαση για ..., Türk ve Yunan ...)": the same, with no language named
    rf"|\s(?=\([^()]*\$\\[a-z]){_BRACKET}"  # "($\mathrm{CRS}\!\!\!\Vert$, plural: ...)": a formula the copy left raw
    r"|[,;]\s*see §\s*[A-Z][\w-]*(?=\))"  # "(Chinese: 神舟五号, see § Etymology)": a section link
    r"|\s\([^()]*\d\+\d+⁄\d+[^()]*\)"  # "20.2 km2 (7+13⁄16 sq mi)": a conversion the copy broke
    rf"|marker(?=[\s,.;:)])(?:{_MARKED})"  # "the Bulgarianmarker government": a mirror's mark on a place's link
    r"|\s/[^/\s]*[ˈˌːəɒʊɪʌæɔθðŋʃʒɛ][^/]*/(?=[\s,.;[])"  # "Kosciuszko /ˌkɒziˈʌskoʊ/"
    r"|\s/[a-z]{2,3}/(?=\))"  # "(Sceilg Mhichíl /ga/)": a pronunciation the copy lost, its language code left
    rf"|\s(?=\(/[a-z]{{2,3}}/[,;)]){_BRACKET}"  # "(/de/, ; Alemannic: Büesinge am Hochrhi, /gsw/)": the same
    # "(simplified Chinese: ; traditional Chinese: ; pinyin: ...)": the script the copy lost, its labels left
    rf"|\s(?=\((?:[A-Za-z]+\s)?[A-Z][a-z]+:\s*;\s*(?:[A-Za-z]+\s)?[A-Z][a-z]+:\s*;){_BRACKET}")


def without_marks(text: str) -> str:
    """The text without the page's marks (FOOTNOTE), and without the comma a dropped bracket leaves before the verb
    of a name that opens the sentence: "The University of Dhaka (Bengali: ..., ... DU), is" reads "The University
    of Dhaka is"; "The Nedelin catastrophe, known ... as the Catastrophe at Baikonur Cosmodrome, was" keeps it."""
    cleaned = FOOTNOTE.sub("", text)
    if re.match(rf"[^,()]*{_BRACKET},\s+(?:is|was|are|were)\s", text):
        cleaned = re.sub(r"^([^,()]*),(?=\s+(?:is|was|are|were)\s)", r"\1", cleaned, count=1)
    return cleaned
