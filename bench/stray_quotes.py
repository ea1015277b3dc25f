"""Check the worst bank we could craft for the evidence search: just under the
20 MB limit, made of questions whose 500-character quotes are not in the
article, and one quote of 4 MB (docs/robustness.md). Set beside a bare tomli
parse of the same file in the same run; the aim is the absolute bound the
robustness work set, 5 s for the whole check.

    python bench/stray_quotes.py

The bank is built here; tests/core/test_long_evidence.py builds the same one
to check what the check reports on it, without timing it.
"""

from __future__ import annotations

import random
import tempfile
from pathlib import Path

try:
    from bench.common import ROOT, medians_in_turn, report
except ImportError:  # run as a script
    from common import ROOT, medians_in_turn, report

import tomli

from studydesk.core.article import PASSAGE_CHARS
from studydesk.core.check import load_bank, problems
from studydesk.core.files import MAX_BANK_BYTES

TYPO = "Pokrovsk lies just 80 kilometres from Kramatorsk"  # the article spells it "kilometers"
MEANT = "Pokrovsk lies just 80 kilometers from Kramatorsk"


def stray_quote(words: list[str], rnd: random.Random, length: int) -> str:
    """The article's own words in an order it never uses."""
    return " ".join(rnd.choice(words) for _ in range(length // 5))[:length].strip()


def question(n: int, quote: str) -> str:
    return f'[[question]]\nid = "q{n}"\nkind = "truefalse"\nprompt = "True?"\nanswer = true\nevidence = "{quote}"\n'


def stray_bank(folder: Path, article_text: str) -> tuple[Path, int]:
    """The bank beside its article in `folder`, and how many questions it holds."""
    (folder / "article.txt").write_text(article_text, encoding="utf-8")
    words = [w for w in article_text.replace('"', "").replace("\\", "").split()]
    rnd = random.Random(15)
    parts = ['[bank]\ntitle = "Stray quotes"\narticle = "article.txt"\n\n', question(0, TYPO + " x" * 2_000_000)]
    size = sum(len(p.encode()) for p in parts)
    while True:
        part = question(len(parts), stray_quote(words, rnd, PASSAGE_CHARS))
        if size + len(part.encode()) > MAX_BANK_BYTES:
            break
        parts.append(part)
        size += len(part.encode())
    bank = folder / "stray.toml"
    bank.write_text("".join(parts), encoding="utf-8")
    return bank, len(parts) - 1


def measure() -> list[tuple]:
    limit, problems.MAX_ERRORS = problems.MAX_ERRORS, 10**9  # every quote looked for: the search, not the stop
    try:
        with tempfile.TemporaryDirectory() as tmp:
            article = (ROOT / "seeds" / "000_bbb594c5c87ceaad.txt").read_text(encoding="utf-8")
            bank, _ = stray_bank(Path(tmp), article)
            raw = bank.read_bytes()
            check, parse = medians_in_turn(lambda: load_bank(bank), lambda: tomli.loads(raw.decode()), repeat=3)
    finally:
        problems.MAX_ERRORS = limit
    return [("check a 20 MB bank of stray quotes", check, "bare tomli parse", parse, None),
            ("check a 20 MB bank of stray quotes", check, "5 s (the aim, absolute)", 5.0, 1.0)]


def main() -> None:
    report(measure())


if __name__ == "__main__":
    main()
