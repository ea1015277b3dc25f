"""Load and check a 10,000-question bank, against a bare tomli parse of the same
file in the same run. Aim: within 1.5 times the bare parse.

    python bench/load_bank.py [--questions N]
"""

from __future__ import annotations

import argparse
import random
import shutil
import tempfile
from pathlib import Path

try:
    from bench.common import ROOT, medians_in_turn, report
except ImportError:  # run as a script
    from common import ROOT, medians_in_turn, report

import tomli

from studydesk.core.article import parse_article
from studydesk.core.check import load_bank

SEED = ROOT / "seeds" / "000_bbb594c5c87ceaad.txt"


def _q(s: str) -> str:
    return '"' + s.replace("\\", "\\\\").replace('"', '\\"') + '"'


def make_bank(folder: Path, count: int, seed: int = 1) -> Path:
    """A bank of `count` questions of every kind, quoting real sentences of the seed."""
    rng = random.Random(seed)
    shutil.copy(SEED, folder / "article.txt")
    sentences = [s.text for s in parse_article(SEED.read_text(encoding="utf-8")).sentences]
    out = ['[bank]\ntitle = "Benchmark"\narticle = "article.txt"\nformat = 1\n']
    for i in range(count):
        ev = _q(rng.choice(sentences))
        kind = ("choice", "multi", "truefalse", "numeric", "text", "order", "match")[i % 7]
        head = f'\n[[question]]\nid = "q{i}"\ntopic = "topic-{i % 9}"\nkind = "{kind}"\nprompt = "Question {i}?"\n'
        body = {
            "choice": 'choices = ["A", "B", "C", "D"]\nanswer = "C"\n',
            "multi": 'choices = ["A", "B", "C", "D"]\nanswer = ["A", "C"]\n',
            "truefalse": "answer = true\n",
            "numeric": f'answer = {i}\nunit = "km"\ntolerance = "5%"\n',
            "text": 'answer = "Donetsk"\naccept = ["Donetsk region"]\n',
            "order": 'items = ["one", "two", "three", "four"]\n',
            "match": 'pairs = [["a", "1"], ["b", "2"], ["c", "3"]]\n',
        }[kind]
        out.append(head + body + f"evidence = {ev}\nexplain = \"Because.\"\n")
    path = folder / "bank.toml"
    path.write_text("".join(out), encoding="utf-8")
    return path


def measure(questions: int = 10_000) -> list[tuple]:
    with tempfile.TemporaryDirectory() as tmp:
        path = make_bank(Path(tmp), questions)
        result = load_bank(path)
        assert result.ok, result.problems[:3]
        # In turn, so that the machine's drift hits both alike.
        bare, full = medians_in_turn(lambda: tomli.loads(path.read_bytes().decode()), lambda: load_bank(path))
    return [(f"load + check a {questions:,}-question bank", full, "bare tomli parse of it", bare, 1.5)]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--questions", type=int, default=10_000)
    args = parser.parse_args()
    report(measure(args.questions))


if __name__ == "__main__":
    main()
