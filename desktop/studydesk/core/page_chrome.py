"""Lines a web page adds around an article (navigation, sharing, banners, bylines): not the article."""

from __future__ import annotations

import re

# Lines a web page adds around an article: navigation, sharing, assistants,
# cookie banners, captions, a wiki's maintenance banners and hatnotes ("This article is
# about ... For other uses, see ..."). Matched against a whole line, ignoring case.
_CHROME_PATTERN = r"""^(?:
        ask\ me\ anything | explore\ related\ questions | related\ (?:questions|articles|stories|topics)
      | jump\ to:?\ (?:content|navigation|search)(?:,?\ (?:jump\ to\ )?(?:navigation|search))?
      | skip\ to\ (?:main\ )?content | (?:open\ )?main\ menu | page\ version\ status
      | (?:category|wikinews|wikipedia|portal|file):\S.*
      | share\ (?:this\ )?(?:article|story|page)? | share\ on\ \w+ | copy\ link | print | email
      | advertisement | sponsored(?:\ content)? | (?:listen\ to|save)\ this\ article
      | read\ more | see\ also | more\ on\ this\ story | most\ read | trending(?:\ now)?
      | sign\ (?:up|in)\b.* | subscribe\b.* | log\ in | newsletter\b.*
      | .*\bcookies?\b.* | accept(?:\ all)? | reject\ all | manage\ (?:preferences|settings)
      | (?:image|photo|video)\ (?:caption|source|credit)\b.* | (?:photo|image|credit|getty\ images)\s*[:/].*
      | this\ (?:article|section)\ (?:needs\ additional\ citations|has\ multiple\ issues|does\ not\ cite\ any
               |relies\ (?:largely|too\ much|excessively)|may\ (?:need|require)\ (?:cleanup|copy\ editing|rewriting)
               |possibly\ contains\ original\ research|is\ missing\ information)\b.*
      | (?:this\ article\ is\ about\ [^.]{1,100}\.\s+)?(?:for\ [^.,]{1,80},\ see\ (?!the\ (?:table|chart|list|map)
               |below|above|you\b)[^.]{1,100}(?:\.|$)\s*)+
      | from\ wikipedia,\ the\ free\ encyclopedia | from\ wikinews,\ the\ free\ news\ source\ you\ can\ write!
      | \[edit\] | edit | retrieved\ from\b.*
      | .*\b(?:thank\ you\ for\ listening|this\ recording\ has\ been\ released\ under)\b.*
      | \d+\ min(?:ute)?s?\ read | (?:published|updated|last\ updated|posted)\b[^.!?]{0,40}\d[^.!?]{0,30}
      | (?:\u00a9|\(c\)|copyright\b).* | .*\ball\ rights\ reserved\b.*
      | (?:follow\ us|download\ (?:the|our)\ app|click\ here)\b.*
      | (?:[^|\n]{1,40}\ \|\ ){2,}[^|\n]{1,40}
    )\s*$"""
# Matched in lower case rather than with re.IGNORECASE, which compiles in
# half the time (it is compiled at every start). The same lines match: the
# pattern's letters are all ASCII, and the only other letters IGNORECASE
# takes for ASCII ones are folded first (lower() would make İ two letters).
_CHROME = re.compile(_CHROME_PATTERN, re.VERBOSE)
_FOLD_TO_ASCII = str.maketrans({"\u0130": "i", "\u0131": "i", "\u017f": "s", "\u212a": "k"})
# A byline ("By Amara Okafor", "By Jo Lee and Sam Roe"): names only, so it
# is checked case-sensitively, apart from the other chrome.
_BYLINE = re.compile(r"^By\s+[A-Z][\w.'\u2019-]+(?:\s+(?:and\s+)?[A-Z][\w.'\u2019-]+){0,5},?(?:\s+\w+){0,3}$")


def is_chrome(line: str) -> bool:
    line = line.strip()
    folded = line.lower() if line.isascii() else line.translate(_FOLD_TO_ASCII).lower()
    return bool(_CHROME.match(folded) or _BYLINE.match(line))
