"""The library: every bank a student has opened or keeps in a folder they
added, each with what the Library page lists: its title, its article, how
many questions, the last score and the reviews due. A bank that is missing
or does not check out is listed with the reason, never dropped.

The list itself (which banks, which folders) is the window's, kept in its
settings; this module reads the banks. It also copies the seed bank and its
article into the student's own folder on first start, so that a teacher's
edits never write into the installed package.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from pathlib import Path

import msgspec

from .bank import Bank
from .check.result import LoadResult
from .history import History, bank_key
from .review import Schedule
from .words import plural

SEED_NAME = "pokrovsk"  # the seed bank and its article in the library folder: pokrovsk.toml, pokrovsk.txt


class LibraryEntry(msgspec.Struct, frozen=True):
    path: Path
    title: str  # the bank's title, or its file name when it cannot be read
    article: str = ""  # the article's title
    questions: int = 0
    last_score: float | None = None  # the last finished attempt's fraction
    due: int = 0  # cards due today
    new: int = 0  # questions never answered
    problem: str = ""  # why it cannot be opened; "" when it can

    @property
    def ok(self) -> bool:
        return not self.problem


def find_banks(known: Iterable[str | Path], folders: Iterable[str | Path]) -> list[Path]:
    """The banks listed, then those in each folder (its .toml files, and
    those one folder down, by name), each once."""
    out: dict[Path, None] = {}
    for path in known:
        out.setdefault(Path(path).resolve(), None)
    for folder in folders:
        folder = Path(folder)
        try:
            found = sorted([*folder.glob("*.toml"), *folder.glob("*/*.toml")], key=lambda p: str(p).casefold())
        except OSError:
            continue
        for path in found:
            if not any(part.startswith(".") for part in path.relative_to(folder).parts):
                out.setdefault(path.resolve(), None)
    return list(out)


def read_entry(path: Path, history: History | None = None, schedule: Schedule | None = None,
               load: Callable[[Path], LoadResult] | None = None) -> LibraryEntry:
    """What the Library lists for one bank file; a missing or broken one says why.
    `load` reads and checks it (check.load_bank unless given)."""
    from .check import load_bank

    if not path.exists():
        return LibraryEntry(path, path.name, problem="file not found: moved, renamed or deleted")
    result = (load or load_bank)(path)
    bank = result.bank
    if bank is None:
        errors = result.errors
        first = errors[0] if errors else None
        reason = f"line {first.line}: {first.message}" if first is not None and first.line else (
            first.message if first is not None else "it cannot be read")
        return LibraryEntry(path, path.name, problem=f"{plural(len(errors), 'problem')}; the first: {reason}")
    return entry_for(bank, history, schedule)


def entry_for(bank: Bank, history: History | None = None, schedule: Schedule | None = None) -> LibraryEntry:
    assert bank.path is not None
    last = None
    if history is not None:
        finished = [a for a in history.attempts(bank, limit=20) if a.finished is not None and a.possible]
        last = finished[0].fraction if finished else None
    due = new = 0
    if schedule is not None:
        schedule.sync(bank)
        due = schedule.due_counts().get(bank_key(bank), 0)
        new = len(schedule.new_questions(bank))
    article = (bank.article.title if bank.article is not None and bank.article.title
               else bank.article_path.name if bank.article_path is not None else "")
    return LibraryEntry(bank.path, bank.title, article, len(bank.questions), last, due, new)


def copy_seed(seed: Path, folder: Path) -> Path:
    """The seed bank and its article, copied into `folder` (made if need be)
    with the bank's article path made to point at the copy; the bank's path.
    A copy already there is kept as it is: it may hold a teacher's edits."""
    target = folder / f"{SEED_NAME}.toml"
    if target.exists():
        return target  # (at every start after the first: before tomlkit, 8 ms to import)
    import tomlkit

    from .check import load_bank
    from .write import write_atomic

    bank = load_bank(seed).bank
    if bank is None or bank.article_path is None:
        raise ValueError(f"the seed bank {seed} does not check out")
    folder.mkdir(parents=True, exist_ok=True)
    article = folder / f"{SEED_NAME}.txt"
    if not article.exists():
        write_atomic(article, bank.article_path.read_text(encoding="utf-8"))
    doc = tomlkit.parse(seed.read_text(encoding="utf-8"))
    doc["bank"]["article"] = article.name
    doc["bank"]["article"].comment("relative to this file")
    write_atomic(target, tomlkit.dumps(doc))
    return target
