"""Where the seed bank, article and icons are, installed or in a checkout;
and the student's own folders: the history and the library."""

from __future__ import annotations

from pathlib import Path

APP_NAME = "studydesk"
ORG_NAME = "StudyDesk"
LIBRARY_FOLDER = "Study Desk"  # in the user's Documents


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


def _standard(location: str) -> Path:
    """A standard folder, as Qt finds it on each system (QtCore only; the
    command line asks for it too, before any application exists)."""
    from PySide6.QtCore import QCoreApplication, QStandardPaths

    if QCoreApplication.organizationName() != ORG_NAME:  # (the window's application has set them)
        QCoreApplication.setOrganizationName(ORG_NAME)
        QCoreApplication.setApplicationName(APP_NAME)
    return Path(QStandardPaths.writableLocation(getattr(QStandardPaths.StandardLocation, location)))


def history_path() -> Path:
    """The student's history: answers, attempts and the review schedule."""
    return _standard("AppDataLocation") / "history.sqlite"


def library_folder() -> Path:
    """The Study Desk folder in Documents: where the seed bank is copied on
    first start, so that edits never write into the installed package."""
    return _standard("DocumentsLocation") / LIBRARY_FOLDER
