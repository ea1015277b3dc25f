"""Paths and helpers shared by tests."""

from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SEED_ARTICLE = ROOT / "seeds" / "000_bbb594c5c87ceaad.txt"
SEED_BANK = ROOT / "resources" / "banks" / "pokrovsk.toml"
DATA = Path(__file__).resolve().parent / "data"


def copy_seed(folder: Path, name: str = "mine.toml") -> Path:
    """The seed bank and article copied to a folder, for tests that change them."""
    import shutil

    (folder / "seeds").mkdir(exist_ok=True)
    (folder / "banks").mkdir(exist_ok=True)
    shutil.copy(SEED_ARTICLE, folder / "seeds" / SEED_ARTICLE.name)
    bank = folder / "banks" / name
    bank.write_text(SEED_BANK.read_text(encoding="utf-8").replace("../../seeds/", "../seeds/"), encoding="utf-8")
    return bank


def seed_counts() -> tuple[int, int]:
    """How many questions and charts the seed bank holds, read with tomli
    alone rather than the loader the tests check."""
    import tomli

    doc = tomli.loads(SEED_BANK.read_text(encoding="utf-8"))
    return len(doc["question"]), len(doc.get("chart", []))


def seed_ok(questions_added: int = 0) -> str:
    """What `check` says of the seed bank, with `questions_added` more questions."""
    questions, charts = seed_counts()
    return f"ok: {questions + questions_added} questions, {charts} charts"


def pdf_pages(path: Path) -> int:
    """Page objects in a PDF: "/Type /Page", not the "/Type /Pages" tree node."""
    import re

    return len(re.findall(rb"/Type\s*/Page(?![a-zA-Z])", path.read_bytes()))


def many_questions(bank_text: str, count: int) -> str:
    """A bank's text with `count` more true-or-false questions, copies of its first one with ids of their own."""
    start = bank_text.rindex("[[question]]", 0, bank_text.index('kind = "truefalse"'))
    table = bank_text[start:bank_text.index("\n\n", start)]
    qid = table.split('id = "')[1].split('"')[0]
    return bank_text + "".join("\n\n" + table.replace(f'id = "{qid}"', f'id = "extra-{i}"')
                               for i in range(count)) + "\n"


def large_seed(folder: Path, questions: int = 1500, name: str = "large.toml") -> Path:
    """The seed bank with `questions` more, copied to a folder: too large to be loaded at once."""
    bank = copy_seed(folder, name)
    bank.write_text(many_questions(bank.read_text(encoding="utf-8"), questions), encoding="utf-8")
    return bank
