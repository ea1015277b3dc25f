"""A chart as an image file: the scene a plot shows, painted to PNG or SVG.

pyqtgraph's own SVGExporter fails with Qt 6 (pyqtgraph issue #3485); QtSvg's
generator paints the same scene as vector graphics.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QRectF, QSize
from PySide6.QtGui import QColor, QImage, QPainter
from PySide6.QtSvg import QSvgGenerator

if TYPE_CHECKING:
    from PySide6.QtWidgets import QGraphicsScene


def write_png(scene: QGraphicsScene, source: QRectF, size: QSize, background: QColor, path: Path, *,
              scale: float = 2.0) -> Path:
    """Paint `source` (a part of `scene`) at `size` times `scale` pixels to a PNG file."""
    image = QImage(QSize(int(size.width() * scale), int(size.height() * scale)), QImage.Format.Format_ARGB32)
    image.fill(background)
    painter = QPainter(image)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.setRenderHint(QPainter.RenderHint.TextAntialiasing)
    _paint(painter, scene, source, image.width(), image.height(), background)
    painter.end()
    if not image.save(str(path), "PNG"):
        raise OSError(f"could not write {path}")
    return path


def write_svg(scene: QGraphicsScene, source: QRectF, size: QSize, background: QColor, path: Path, *,
              title: str) -> Path:
    """Paint `source` (a part of `scene`) at `size` to an SVG file."""
    generator = QSvgGenerator()
    generator.setFileName(str(path))
    generator.setSize(size)
    generator.setViewBox(QRectF(0, 0, size.width(), size.height()))
    generator.setTitle(title)
    generator.setDescription("Exported from Study Desk")
    painter = QPainter(generator)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    _paint(painter, scene, source, size.width(), size.height(), background)
    painter.end()
    if not path.exists():
        raise OSError(f"could not write {path}")
    return path


def _paint(painter: QPainter, scene: QGraphicsScene, source: QRectF, width: int, height: int,
           background: QColor) -> None:
    painter.fillRect(QRectF(0, 0, width, height), background)
    scene.render(painter, QRectF(0, 0, width, height), source)
