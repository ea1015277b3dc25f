"""Columns that share a table's width by weights and wrap their words: a
narrow pane gets taller rows, never a cut cell or a sideways scroll."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QHeaderView, QTableView


def wrap_columns(table: QTableView) -> None:
    """Set a table up for share_width: words wrap, rows take their height, no sideways scroll."""
    table.setWordWrap(True)
    table.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
    table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
    table.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)


def share_width(table: QTableView, weights: tuple[int, ...]) -> None:
    """Give each column its share of the table's width (call again on resize)."""
    width = table.viewport().width()
    total = sum(weights) or 1
    for column, weight in enumerate(weights):
        table.setColumnWidth(column, width * weight // total)
