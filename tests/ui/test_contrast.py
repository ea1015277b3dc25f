"""Contrast in both palettes, computed from the colours the app paints with
(issue 19): text 4.5:1 or more on each background it sits on, and the
borders of controls and cards and the focus ring 3:1 or more (WCAG 2
1.4.3 and 1.4.11)."""

import re

import pytest
from PySide6.QtGui import QColor, QPalette

from studydesk.ui.style import DARK, LIGHT, OUTLINED, STYLESHEET, apply_style
from tests.ui.colour import contrast

# Where each text colour is drawn, by the backgrounds under it.
TEXT_ON = {
    "text": ("window", "base", "alt", "button", "right_bg", "wrong_bg", "partial_bg"),
    "muted": ("window", "base", "alt", "right_bg"),  # notes, descriptions, disabled words
    "link": ("window", "base"),
    "right": ("window", "base", "alt", "right_bg"),  # marks on choices, and the verdict on its card
    "wrong": ("window", "base", "alt", "wrong_bg"),
    "partial": ("window", "base", "alt", "partial_bg"),
    "highlighted": ("highlight",),  # the primary buttons, selected rows
    "evidence": ("evidence_bg",),  # the evidence in the article
}
# Lines that identify a control or a card, and the focus ring, by what they sit beside.
LINES_ON = {
    "border": ("window", "base", "alt", "button", "right_bg", "wrong_bg", "partial_bg"),
    "focus": ("window", "base", "alt", "button", "right_bg", "wrong_bg", "partial_bg"),
    "right": ("right_bg",), "wrong": ("wrong_bg",), "partial": ("partial_bg",),  # a card's coloured edge
    "highlight": ("window", "base"),  # a primary button's edge, the progress bar
    "text": ("highlight",),  # the focus ring of a primary button, drawn on its blue
}


@pytest.mark.parametrize("palette", [LIGHT, DARK], ids=["light", "dark"])
def test_text_contrast(palette):
    low = {f"{fg} on {bg}": round(contrast(palette[fg], palette[bg]), 2)
           for fg, bgs in TEXT_ON.items() for bg in bgs if contrast(palette[fg], palette[bg]) < 4.5}
    assert low == {}


@pytest.mark.parametrize("palette", [LIGHT, DARK], ids=["light", "dark"])
def test_border_and_focus_contrast(palette):
    low = {f"{fg} beside {bg}": round(contrast(palette[fg], palette[bg]), 2)
           for fg, bgs in LINES_ON.items() for bg in bgs if contrast(palette[fg], palette[bg]) < 3}
    assert low == {}


def test_every_colour_the_style_sheet_draws_with_is_checked():
    used = set(re.findall(r"(?:color|border[\w-]*|background)\s*:[^;{}]*?\{(\w+)\}", STYLESHEET))
    checked = set(TEXT_ON) | set(LINES_ON) | {bg for bgs in (*TEXT_ON.values(), *LINES_ON.values()) for bg in bgs}
    assert used - checked <= {"line"}  # separators between areas identify no control


@pytest.mark.parametrize("dark", [False, True], ids=["light", "dark"])
def test_fusion_outlines_controls_in_the_border_colour(qapp, dark):
    """Fusion draws a field's, button's or tab's outline in its palette's
    Window colour darkened 140%: that shade must be the 3:1 border."""
    palette = DARK if dark else LIGHT
    try:
        apply_style(qapp, dark)
        for kind in OUTLINED:
            outline = qapp.palette(kind).color(QPalette.ColorRole.Window).darker(140)
            for bg in ("window", "base", "button"):
                assert contrast(outline.name(), palette[bg]) >= 3, (kind, bg, outline.name())
        assert qapp.palette().color(QPalette.ColorRole.Window) == QColor(palette["window"])
    finally:
        apply_style(qapp, False)
