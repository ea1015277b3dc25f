"""Render studydesk.svg to the PNGs the window icon is made of.

    python resources/icons/render_pngs.py

The window icon is built from these rather than from the SVG: an SVG icon
loads QtSvg and is drawn at each size the window manager is sent, some 4 ms
just after the first paint. tests/ui/test_icons.py checks that the PNGs are
what this script makes of the SVG today.
"""

from __future__ import annotations

from pathlib import Path

HERE = Path(__file__).resolve().parent
SIZES = (16, 32, 48, 64, 128, 256)


def render(size: int):
    """The SVG drawn at size x size, as a QImage (a QGuiApplication must exist)."""
    from PySide6.QtGui import QColor, QImage, QPainter
    from PySide6.QtSvg import QSvgRenderer

    image = QImage(size, size, QImage.Format.Format_ARGB32)
    image.fill(QColor(0, 0, 0, 0))
    painter = QPainter(image)
    QSvgRenderer(str(HERE / "studydesk.svg")).render(painter)
    painter.end()
    return image


def main() -> None:
    from PySide6.QtGui import QGuiApplication

    app = QGuiApplication.instance() or QGuiApplication(["render_pngs", "-platform", "offscreen"])  # noqa: F841
    for size in SIZES:
        path = HERE / f"studydesk-{size}.png"
        if not render(size).save(str(path)):
            raise SystemExit(f"could not write {path}")
        print(f"wrote {path.name}")


if __name__ == "__main__":
    main()
