"""What the main window remembers between runs (its size, the split between
article and side pane, the zoom), and the split it takes while editing."""

from __future__ import annotations

from PySide6.QtCore import QByteArray, QSettings
from PySide6.QtWidgets import QMainWindow, QSplitter

from .article_view import ArticleView


class Split:
    """Editing wants the wider pane; reading and quizzing want the article.
    The reading split is the one remembered."""

    def __init__(self, splitter: QSplitter) -> None:
        self.splitter = splitter
        self._reading: list[int] | None = None

    def fit(self, editing: bool) -> None:
        if editing and self._reading is None:
            self._reading = self.splitter.sizes()
            total = sum(self._reading)
            self.splitter.setSizes([total * 7 // 20, total * 13 // 20])
        elif not editing and self._reading is not None:
            self.splitter.setSizes(self._reading)
            self._reading = None

    def state(self) -> QByteArray:
        if self._reading is not None:  # remember the reading split, not the editing one
            self.splitter.setSizes(self._reading)
        return self.splitter.saveState()


def restore(window: QMainWindow, settings: QSettings, split: Split, article: ArticleView) -> None:
    geometry = settings.value("window/geometry")
    if isinstance(geometry, QByteArray) and not geometry.isEmpty():
        window.restoreGeometry(geometry)
    else:
        window.resize(1280, 800)
    splitter = settings.value("window/splitter")
    if isinstance(splitter, QByteArray) and not splitter.isEmpty():
        split.splitter.restoreState(splitter)
    else:  # the article a little wider (11:9); Qt scales these to the width the splitter gets
        split.splitter.setSizes([1100, 900])
    try:
        zoom = float(settings.value("article/zoom", 1.0))
    except (TypeError, ValueError):
        zoom = 1.0
    article.set_zoom(zoom)


def save(window: QMainWindow, settings: QSettings, split: Split, article: ArticleView) -> None:
    settings.setValue("window/geometry", window.saveGeometry())
    settings.setValue("window/splitter", split.state())
    settings.setValue("article/zoom", article.zoom)
    settings.sync()
