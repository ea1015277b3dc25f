"""Charts of figures that belong together."""

from __future__ import annotations

from ..bank import Chart
from .analysis import Analysis


def charts_for(analysis: Analysis) -> list[Chart]:
    return []
