"""Read a text file a person wrote (a bank, an article, a GIFT file) safely.

Only regular files are read, never more than a size limit, and only UTF-8
text: a folder, a device, a pipe, a huge or a binary file gets a message fit
to show at once, instead of a hang or a page of mojibake.
"""

from __future__ import annotations

import stat
from pathlib import Path

from .words import a

# Banks and articles are text a person wrote; anything larger is a mistake
# (a video picked by accident), refused before it is read into memory.
MAX_BANK_BYTES = 20 * 1024 * 1024
MAX_ARTICLE_BYTES = 20 * 1024 * 1024


class TextFileError(Exception):
    """A text file that cannot be used, with a message fit to show and,
    where the problem is inside the file, its line and column."""

    def __init__(self, message: str, line: int = 0, column: int = 0) -> None:
        super().__init__(message)
        self.line = line
        self.column = column


def read_text_file(path: Path, *, limit: int, what: str) -> str:
    """UTF-8 text of a file, or TextFileError saying plainly why not.

    `what` names the file in messages ("bank", "article", "GIFT").
    """
    return decode_text(read_file_bytes(path, limit=limit, what=what), what=what)


def read_file_bytes(path: Path, *, limit: int, what: str) -> bytes:
    try:
        info = path.stat()
    except FileNotFoundError:
        raise TextFileError(f"{what} file not found: {path}") from None
    except (OSError, ValueError) as exc:  # ValueError: a NUL in the path
        raise TextFileError(f"cannot read the {what} file {path}: {getattr(exc, 'strerror', None) or exc}") from None
    if stat.S_ISDIR(info.st_mode):
        raise TextFileError(f"{path} is a folder, not {a(what)} file")
    if not stat.S_ISREG(info.st_mode):
        raise TextFileError(f"{path} is not a regular file (a device or a pipe?); {a(what)} is a text file")
    if info.st_size > limit:
        raise TextFileError(f"the {what} file {path} is {info.st_size / 2**20:.0f} MB; {a(what)} must be under "
                            f"{limit // 2**20} MB")
    try:
        with open(path, "rb") as f:
            data = f.read(limit + 1)
    except OSError as exc:
        raise TextFileError(f"cannot read the {what} file {path}: {exc.strerror or exc}") from None
    if len(data) > limit:  # it grew since stat
        raise TextFileError(f"the {what} file {path} is over {limit // 2**20} MB; {a(what)} must be under that")
    return data


def decode_text(data: bytes, *, what: str) -> str:
    """The text of UTF-8 bytes, a leading byte-order mark dropped (as the
    utf-8-sig codec does); a bad byte is named by its line and column in the
    file, counted in bytes from the line's start."""
    if _utf16(data):
        raise TextFileError(f"the {what} is UTF-16 text, which Study Desk does not read; save it as UTF-8 "
                            "(in the editor's Save As, choose the encoding UTF-8)", 1, 1)
    nul = data.find(b"\x00", 0, 65536)
    if nul >= 0:
        raise TextFileError(f"the {what} is not a text file (it holds binary data)", *_line_col(data, nul))
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError as exc:
        line, col = _line_col(data, exc.start)
        raise TextFileError(
            f"the {what} is not UTF-8 text: byte 0x{data[exc.start]:02x} at line {line}, column {col}; "
            "save it as UTF-8", line, col,
        ) from None
    return text.removeprefix("\ufeff")


def _utf16(data: bytes) -> bool:
    """UTF-16 by its byte-order mark, or by a NUL in every other byte, as
    mostly ASCII text (a TOML bank, say) is in UTF-16 without one."""
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        return True
    head = data[:512] if len(data) % 2 == 0 else data[:511]
    return len(head) >= 4 and any(head[i::2].count(0) == len(head) // 2 and 0 not in head[1 - i::2] for i in (0, 1))


def _line_col(data: bytes, offset: int) -> tuple[int, int]:
    return data.count(b"\n", 0, offset) + 1, offset - (data.rfind(b"\n", 0, offset) + 1) + 1


def content_digest(data: bytes) -> bytes:
    """A short fingerprint of a file's content, to tell whether it changed
    without keeping a copy of it."""
    import hashlib

    return hashlib.blake2b(data, digest_size=16).digest()
