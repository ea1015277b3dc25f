"""The window icon's PNGs are the SVG rendered at their sizes, and they ship."""

import importlib.util
from pathlib import Path

import pytest
from PySide6.QtGui import QImage

from studydesk.paths import window_icon_files

ICONS = Path(__file__).resolve().parents[2] / "resources" / "icons"
spec = importlib.util.spec_from_file_location("render_pngs", ICONS / "render_pngs.py")
render_pngs = importlib.util.module_from_spec(spec)
spec.loader.exec_module(render_pngs)


def test_the_window_icon_has_every_size_smallest_first():
    assert [int(p.stem.rpartition("-")[2]) for p in window_icon_files()] == list(render_pngs.SIZES)


@pytest.mark.parametrize("size", render_pngs.SIZES)
def test_each_png_is_the_svg_at_its_size(qapp, size):
    stored = QImage(str(ICONS / f"studydesk-{size}.png")).convertToFormat(QImage.Format.Format_ARGB32)
    fresh = render_pngs.render(size)
    assert stored.size() == fresh.size()
    # Channel by channel, allowing a step or two of anti-aliasing between Qt versions.
    worst = max(abs(a - b) for a, b in zip(stored.constBits().tobytes(), fresh.constBits().tobytes()))
    assert worst <= 8, f"studydesk-{size}.png differs from the SVG: run resources/icons/render_pngs.py"


def test_the_icon_made_from_them_has_their_sizes(qapp):
    from studydesk.ui.app import set_window_icon
    from PySide6.QtGui import QIcon

    before = qapp.windowIcon()
    try:
        qapp.setWindowIcon(QIcon())
        set_window_icon(qapp)
        assert [s.width() for s in qapp.windowIcon().availableSizes()] == list(render_pngs.SIZES)
    finally:
        qapp.setWindowIcon(before)
