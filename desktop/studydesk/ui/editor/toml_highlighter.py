"""TomlHighlighter: colours for a bank's TOML (tables, keys, strings, numbers, comments)."""

from __future__ import annotations

import re

from PySide6.QtGui import QColor, QFont, QSyntaxHighlighter, QTextCharFormat, QTextDocument

# Block states: inside a multi-line basic ("""), or literal (''') string.
NONE, IN_BASIC, IN_LITERAL = 0, 1, 2

_TABLE = re.compile(r"^\s*\[\[?[^\]]*\]\]?")
_KEY = re.compile(r"^\s*([A-Za-z0-9_.-]+|\"[^\"]*\"|'[^']*')\s*=")
_TOKENS = re.compile(
    r'(?P<ml>"""|\'\'\')|(?P<str>"(?:\\.|[^"\\])*"?|\'[^\']*\'?)|(?P<comment>#.*)'
    r"|(?P<bool>\b(?:true|false)\b)|(?P<num>[-+]?\b\d[\d_]*(?:\.\d+)?(?:[eE][-+]?\d+)?\b)"
)


def _fmt(colour: str, bold: bool = False, italic: bool = False) -> QTextCharFormat:
    f = QTextCharFormat()
    f.setForeground(QColor(colour))
    if bold:
        f.setFontWeight(QFont.Weight.Bold)
    f.setFontItalic(italic)
    return f


class TomlHighlighter(QSyntaxHighlighter):
    def __init__(self, document: QTextDocument, dark: bool = False) -> None:
        super().__init__(document)
        # Okabe-Ito hues, lighter on dark backgrounds.
        self.formats = {
            "table": _fmt("#8cc2ff" if dark else "#005a9c", bold=True),
            "key": _fmt("#f0a0d0" if dark else "#9b2a7a"),
            "str": _fmt("#9ee3c4" if dark else "#00704f"),
            "num": _fmt("#ffc36b" if dark else "#a05a00"),
            "bool": _fmt("#ffc36b" if dark else "#a05a00", bold=True),
            "comment": _fmt("#9a9aa0" if dark else "#6b6b70", italic=True),
        }

    def highlightBlock(self, text: str) -> None:  # noqa: N802 (Qt override)
        state = self.previousBlockState()
        start = 0
        if state in (IN_BASIC, IN_LITERAL):
            close = '"""' if state == IN_BASIC else "'''"
            end = text.find(close)
            if end < 0:
                self.setFormat(0, len(text), self.formats["str"])
                self.setCurrentBlockState(state)
                return
            self.setFormat(0, end + 3, self.formats["str"])
            start = end + 3
        self.setCurrentBlockState(NONE)
        if start == 0:
            table = _TABLE.match(text)
            if table:
                self.setFormat(0, table.end(), self.formats["table"])
                start = table.end()
            else:
                key = _KEY.match(text)
                if key:
                    self.setFormat(key.start(1), key.end(1) - key.start(1), self.formats["key"])
                    start = key.end()
        for m in _TOKENS.finditer(text, start):
            kind = m.lastgroup
            if kind == "ml":
                close = m.group()
                end = text.find(close, m.end())
                if end < 0:
                    self.setFormat(m.start(), len(text) - m.start(), self.formats["str"])
                    self.setCurrentBlockState(IN_BASIC if close == '"""' else IN_LITERAL)
                    return
                self.setFormat(m.start(), end + 3 - m.start(), self.formats["str"])
                continue
            self.setFormat(m.start(), m.end() - m.start(), self.formats[kind])
