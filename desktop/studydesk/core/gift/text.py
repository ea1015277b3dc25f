"""GIFT text: Moodle's backslash escapes, the [format] markers, and turning
HTML or Markdown into the plain text Study Desk shows.

Reading follows Moodle's qformat_gift: escaped control characters are
swapped for placeholders before the structure is looked at, and swapped back
in each piece of text afterwards. Writing follows its repchar().
"""

from __future__ import annotations

import html
import re
from html.parser import HTMLParser
from urllib.parse import unquote

FORMATS = ("moodle", "html", "plain", "markdown")

# PHP's trim(): Moodle trims with it, and it leaves other Unicode spaces alone.
PHP_SPACE = " \t\n\r\0\x0b"

# Private-use characters stand in for escaped control characters while the
# structure is parsed, as Moodle's "&&058;" placeholders do.
_ESCAPED = ":#={}~n"
_PLACEHOLDER = {ch: chr(0xE000 + i) for i, ch in enumerate(_ESCAPED)}
_RESTORE = str.maketrans({ph: ("\n" if ch == "n" else ch) for ch, ph in _PLACEHOLDER.items()})
# A doubled backslash is one backslash and escapes nothing: reading left to
# right, "\\\:" is a backslash and then an escaped colon, as in Moodle.
_ESCAPE = re.compile(r"\\([\\:#={}~n])")


def php_trim(text: str) -> str:
    return text.strip(PHP_SPACE)


def hide_escapes(text: str) -> str:
    """Replace escaped control characters by placeholders (Moodle's escapedchar_pre)."""
    return _ESCAPE.sub(lambda m: "\\" if m.group(1) == "\\" else _PLACEHOLDER[m.group(1)], text)


def restore(text: str) -> str:
    """Turn placeholders back into the characters they stand for (escapedchar_post)."""
    return text.translate(_RESTORE)


def split_format(text: str, default: str) -> tuple[str, str]:
    """(text, format) of a piece that may start with [html], [markdown], [plain] or [moodle].

    An unknown marker is part of the text, and the piece takes `default`, as
    in Moodle's parse_text_with_format(). The text comes back unescaped and trimmed.
    """
    fmt = default
    if text.startswith("["):
        end = text.find("]")
        if end > 0 and text[1:end] in FORMATS:
            fmt, text = text[1:end], text[end + 1:]
    return php_trim(restore(text)), fmt


def escape(text: str) -> str:
    """Text written into GIFT: control characters escaped, newlines as \\n (Moodle's repchar)."""
    text = text.replace("\\", "\\\\")
    for ch in "#=~{}:":
        text = text.replace(ch, "\\" + ch)
    return text.replace("\r\n", "\n").replace("\r", "\n").replace("\n", "\\n")


# Plain text from the formats Moodle knows.

_TAG = re.compile(r"</?[A-Za-z][^<>]*>")


def looks_like_html(text: str) -> bool:
    return bool(_TAG.search(text))


def to_plain(text: str, fmt: str) -> str:
    """What a student should read of text in a Moodle format; plain and moodle stay as written."""
    return to_plain_noting(text, fmt)[0]


def to_plain_noting(text: str, fmt: str) -> tuple[str, list[str]]:
    """to_plain(), and what the plain text lost that a student may need: each
    image, sound, video or embedded page, and each link to a file in Moodle,
    named ('the image "map.png"'). A link to a web page or an address keeps its
    target in the text: "the report (https://example.org/r)"."""
    if fmt == "html":
        return html_to_plain_noting(text)
    if fmt == "markdown":
        return markdown_to_plain_noting(text)
    return text, []


_MEDIA_TAGS = {"img": "image", "audio": "sound", "video": "video", "source": "media file", "track": "caption file",
               "embed": "embedded file", "object": "embedded file", "iframe": "embedded page"}
_KEPT_TARGET = re.compile(r"^(?:https?://|mailto:)", re.IGNORECASE)
_MOODLE_FILE = "@@PLUGINFILE@@/"


def _file_name(target: str) -> str:
    """A file as a teacher knows it: Moodle's @@PLUGINFILE@@/ prefix and URL escapes dropped."""
    target = target.strip()
    return unquote(target[len(_MOODLE_FILE):]) if target.startswith(_MOODLE_FILE) else target


def _lost_media(tag: str, attrs: dict[str, str | None], inside: str = "") -> str | None:
    target = attrs.get("src") or attrs.get("data") or ""
    if not target and tag in ("audio", "video"):
        return None  # its <source> tags name the files
    what = _MEDIA_TAGS[inside if tag == "source" and inside else tag]
    return f'the {what} "{_file_name(target)}"' if target else f"an {what}" if what[0] in "ei" else f"a {what}"


def _link_target(words: str, target: str) -> tuple[str, str | None]:
    """The words a link shows, with its target where that makes sense; and,
    for a link to a file only Moodle has, what was lost."""
    target = target.strip()
    if not target or target.startswith("#") or target == words.strip():
        return words, None
    if _KEPT_TARGET.match(target):
        shown = target[len("mailto:"):] if target.lower().startswith("mailto:") else target
        return (f"{words} ({shown})" if words.strip() else shown), None
    return words, f'the link to "{_file_name(target)}"'


_BLOCK_TAGS = frozenset(
    "address article aside blockquote br dd div dl dt figcaption figure footer h1 h2 h3 h4 h5 h6 header hr "
    "li ol p pre section table tbody thead tfoot tr ul".split()
)
_SKIP_TAGS = frozenset(("script", "style", "head", "title"))
_BREAK = "\x1e"  # a line break from a block tag; spaces around it are layout, not text


class _PlainText(HTMLParser):
    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.out: list[str] = []
        self.lost: list[str] = []
        self.pre = 0
        self.skip = 0
        self.pre_start = False
        self.links: list[tuple[int, str]] = []  # (where its words start in out, its target)
        self.media = ""  # the <audio> or <video> its <source> tags are in

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag in _MEDIA_TAGS:
            named = dict(attrs)
            lost = _lost_media(tag, named, self.media)
            if lost is not None:
                self.lost.append(lost)
            if tag in ("audio", "video"):
                self.media = tag
            if tag == "img" and named.get("alt"):
                self.out.append(f" {named['alt']} ")
        elif tag == "a":
            self.links.append((len(self.out), dict(attrs).get("href") or ""))
        if tag in _SKIP_TAGS:
            self.skip += 1
        elif tag in _BLOCK_TAGS:
            self.out.append(_BREAK)
            if tag == "li":
                self.out.append("- ")
        if tag == "pre":
            self.pre += 1
            self.pre_start = True

    def handle_startendtag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag in ("br", "hr") or tag in _MEDIA_TAGS:
            self.handle_starttag(tag, attrs)

    def handle_endtag(self, tag: str) -> None:
        if tag in ("audio", "video"):
            self.media = ""
        if tag == "a" and self.links:
            start, target = self.links.pop()
            words, lost = _link_target("".join(self.out[start:]), target)
            self.out[start:] = [words]
            if lost is not None:
                self.lost.append(lost)
        if tag in _SKIP_TAGS:
            self.skip = max(0, self.skip - 1)
        elif tag in _BLOCK_TAGS:
            self.out.append(_BREAK)
        if tag == "pre":
            self.pre = max(0, self.pre - 1)

    def handle_data(self, data: str) -> None:
        if self.skip:
            return
        data = data.replace("\xa0", " ")
        if self.pre_start and data.startswith("\n"):
            data = data[1:]  # as in HTML, a newline straight after <pre> is not text
        self.pre_start = False
        self.out.append(data if self.pre else re.sub(r"\s+", " ", data))


def html_to_plain(text: str) -> str:
    return html_to_plain_noting(text)[0]


def html_to_plain_noting(text: str) -> tuple[str, list[str]]:
    """Tags dropped (block tags become line breaks), entities decoded, spacing
    tidied; and what was lost (see to_plain_noting)."""
    parser = _PlainText()
    try:
        parser.feed(text)
        parser.close()
        while parser.links:  # a link never closed
            parser.handle_endtag("a")
        raw, lost = "".join(parser.out), parser.lost
    except (AssertionError, ValueError, IndexError):  # very broken markup: drop anything tag-shaped
        raw = html.unescape(_TAG.sub(" ", text)).replace("\xa0", " ")
        lost = ["markup too broken to read: every tag"] if _TAG.search(text) else []
    # Block tags next to each other make one line break, as a browser shows them.
    raw = re.sub(f"[ \t]*{_BREAK}[ \t{_BREAK}]*", _BREAK, raw).strip(_BREAK + " ")
    return php_trim(raw.replace(_BREAK, "\n")), lost


_MD_IMAGE = re.compile(r"!\[([^\]]*)\]\(([^)\s]*)[^)]*\)")
_MD_LINK = re.compile(r"\[([^\]]+)\]\(([^)\s]*)[^)]*\)")
_MD_INLINE = (
    (re.compile(r"`([^`\n]+)`"), r"\1"),
    (re.compile(r"(\*\*|__)(?=\S)(.+?)(?<=\S)\1"), r"\2"),
    (re.compile(r"(?<![\w*])\*(?=[^\s*])(.+?)(?<=[^\s*])\*(?![\w*])"), r"\1"),
    (re.compile(r"(?<!\w)_(?=[^\s_])(.+?)(?<=[^\s_])_(?!\w)"), r"\1"),
)
_MD_LINE = re.compile(r"^ {0,3}(?:#{1,6}[ \t]+|>[ \t]?)")
_MD_ESCAPE = re.compile(r"\\([\\`*_{}\[\]()#+\-.!>])")


def markdown_to_plain(text: str) -> str:
    return markdown_to_plain_noting(text)[0]


def markdown_to_plain_noting(text: str) -> tuple[str, list[str]]:
    """The words of Markdown: emphasis, code, heading and quote marks dropped;
    an image gives its alt text, a link its words (with its target where that
    makes sense); inline HTML as html_to_plain. Lines stay lines. And what
    was lost (see to_plain_noting)."""
    lost: list[str] = []

    def image(m: re.Match[str]) -> str:
        lost.append(f'the image "{_file_name(m.group(2))}"' if m.group(2) else "an image")
        return m.group(1)

    def link(m: re.Match[str]) -> str:
        words, gone = _link_target(m.group(1), m.group(2))
        if gone is not None:
            lost.append(gone)
        return words

    text = "\n".join(_MD_LINE.sub("", line) for line in text.split("\n"))
    text = _MD_LINK.sub(link, _MD_IMAGE.sub(image, text))
    for pattern, repl in _MD_INLINE:
        text = pattern.sub(repl, text)
    text = _MD_ESCAPE.sub(r"\1", text)
    if looks_like_html(text):
        text, in_html = html_to_plain_noting(text)
        lost += in_html
    return php_trim(html.unescape(text)), lost


_CONTROL = re.compile(r"[\x00-\x08\x0b-\x1f\x7f]")


def comment_safe(text: str) -> str:
    """TOML comments may not hold control characters; GIFT titles and comments might."""
    return _CONTROL.sub("\ufffd", text)
