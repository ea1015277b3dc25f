"""Where the seed bank, article and icons are, installed or in a checkout."""

from __future__ import annotations

from pathlib import Path


def data_root() -> Path:
    """The folder holding resources/ and seeds/.

    Installed, they ship inside the package (pyproject maps them there); in a
    checkout they sit at the top of the repository, next to desktop/.
    """
    from importlib.resources import files  # here: a start that opens the last bank never needs it

    package = files("studydesk")
    if isinstance(package, Path) and (package / "resources" / "banks").is_dir():
        return package
    return Path(__file__).resolve().parent.parent.parent


def resource(*parts: str) -> Path:
    return data_root().joinpath("resources", *parts)


def seed_bank() -> Path:
    return resource("banks", "pokrovsk.toml")


def window_icon_files() -> list[Path]:
    """The PNGs the window icon is made of, smallest first (rendered from
    studydesk.svg by resources/icons/render_pngs.py)."""
    return sorted(resource("icons").glob("studydesk-*.png"), key=lambda p: int(p.stem.rpartition("-")[2]))
