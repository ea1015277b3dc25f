"""Unreadable, huge or binary files as a bank or an article: a clear message,
and no waiting to read what will be refused."""

import pytest
from hypothesis import given
from hypothesis import strategies as st

from studydesk.core.files import MAX_ARTICLE_BYTES, MAX_BANK_BYTES, TextFileError, decode_text
from studydesk.core.check import load_bank


def sparse(path, size):
    """A file of `size` bytes that costs no disk: a hole, as a huge download would be."""
    with open(path, "wb") as f:
        f.truncate(size)
    return path


def test_a_50_mb_bank_is_refused_by_its_size(tmp_path, monkeypatch):
    import studydesk.core.files as files_module

    path = sparse(tmp_path / "huge.toml", 50 * 2**20)
    reads = []
    monkeypatch.setattr(files_module, "open", lambda *a, **k: reads.append(a) or open(*a, **k), raising=False)
    result = load_bank(path)
    assert not result.ok and reads == []  # refused before reading a byte
    assert "50 MB" in result.errors[0].message and f"{MAX_BANK_BYTES // 2**20} MB" in result.errors[0].message


def test_a_50_mb_article_is_refused_by_its_size(tmp_path):
    sparse(tmp_path / "huge.txt", 50 * 2**20)
    (tmp_path / "bank.toml").write_text('[bank]\ntitle = "t"\narticle = "huge.txt"\n', encoding="utf-8")
    result = load_bank(tmp_path / "bank.toml")
    (error,) = [e for e in result.errors if e.where == "bank"]
    assert "article" in error.message and f"{MAX_ARTICLE_BYTES // 2**20} MB" in error.message
    assert (error.line, error.column) == (3, 11)


def test_a_binary_article(tmp_path):
    (tmp_path / "photo.txt").write_bytes(b"\xff\xd8\xff\xe0\x00\x10JFIF\x00" + bytes(range(256)))  # misnamed
    (tmp_path / "bank.toml").write_text('[bank]\ntitle = "t"\narticle = "photo.txt"\n', encoding="utf-8")
    error = next(e for e in load_bank(tmp_path / "bank.toml").errors if e.where == "bank")
    assert "article is not a text file" in error.message


def test_a_latin1_article(tmp_path):
    (tmp_path / "a.txt").write_bytes("Caf\u00e9 society.\n".encode("latin-1"))
    (tmp_path / "bank.toml").write_text('[bank]\ntitle = "t"\narticle = "a.txt"\n', encoding="utf-8")
    error = next(e for e in load_bank(tmp_path / "bank.toml").errors if e.where == "bank")
    assert "not UTF-8" in error.message and "line 1, column 4" in error.message


def test_an_unreadable_bank(tmp_path, monkeypatch):
    """As in a folder the user may not read (simulated: tests may run as root)."""
    import studydesk.core.files as files_module

    path = tmp_path / "secret.toml"
    path.write_text('[bank]\ntitle = "t"\n', encoding="utf-8")

    def refuse(file, *args, **kwargs):
        raise PermissionError(13, "Permission denied", str(file))

    monkeypatch.setattr(files_module, "open", refuse, raising=False)
    error = load_bank(path).errors[0]
    assert error.message == f"cannot read the bank file {path}: Permission denied"


def test_a_device_or_a_pipe_is_refused_at_once(tmp_path):
    import os

    fifo = tmp_path / "pipe.toml"
    os.mkfifo(fifo)
    assert "not a regular file" in load_bank(fifo).errors[0].message  # would block for ever if read
    assert "not a regular file" in load_bank("/dev/zero").errors[0].message  # would never end
    os.mkfifo(tmp_path / "pipe.txt")
    (tmp_path / "bank.toml").write_text('[bank]\ntitle = "t"\narticle = "pipe.txt"\n', encoding="utf-8")
    error = next(e for e in load_bank(tmp_path / "bank.toml").errors if e.where == "bank")
    assert "not a regular file" in error.message


def test_a_nul_in_the_article_path(tmp_path):
    (tmp_path / "bank.toml").write_text('[bank]\ntitle = "t"\narticle = "a\\u0000b"\n', encoding="utf-8")
    error = next(e for e in load_bank(tmp_path / "bank.toml").errors if e.where == "bank")
    assert error.message == "article path holds a NUL character"


@given(st.binary(max_size=200), st.booleans())
def test_text_is_decoded_as_utf_8_sig_decodes_it(data, bom):
    """Text is decoded as the utf-8-sig codec decodes it, or refused as not
    UTF-8 (as UTF-16, when it starts with UTF-16's byte-order mark)."""
    data = (b"\xef\xbb\xbf" if bom else b"") + data.replace(b"\x00", b"")
    try:
        expected = data.decode("utf-8-sig")
    except UnicodeDecodeError:
        utf16 = data.startswith((b"\xff\xfe", b"\xfe\xff"))
        with pytest.raises(TextFileError, match="is UTF-16 text" if utf16 else "not UTF-8 text"):
            decode_text(data, what="article")
    else:
        assert decode_text(data, what="article") == expected


def test_only_the_first_byte_order_mark_is_dropped():
    assert decode_text("\ufeff\ufeffa".encode("utf-8"), what="bank") == "\ufeffa"


def test_a_bad_byte_after_a_byte_order_mark_is_named_where_it_is():
    # Columns count bytes from the line's start, the mark's three included.
    with pytest.raises(TextFileError, match=r"byte 0xff at line 1, column 6"):
        decode_text(b"\xef\xbb\xbfab\xff", what="bank")
