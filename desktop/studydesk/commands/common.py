"""What every tool says the same way: failures, and files it will not replace."""

from __future__ import annotations

import sys
from pathlib import Path


def fail(prog: str, message: str) -> int:
    """Print `prog: message` on standard error; the exit status for it."""
    print(f"{prog}: {message}", file=sys.stderr)
    return 1


def refuse_overwrite(prog: str, out: Path | None, force: bool) -> int | None:
    """An exit status when `out` exists and --force was not given, else None."""
    if out is not None and out.exists() and not force:
        return fail(prog, f"{out} already exists; add --force to overwrite it")
    return None
