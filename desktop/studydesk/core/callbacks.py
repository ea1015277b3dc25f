"""Event: a list of callbacks, so core objects can announce changes without Qt."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any


class Event:
    """Listeners are called in the order they connected, with the emitted arguments."""

    def __init__(self) -> None:
        self._listeners: list[Callable[..., Any]] = []

    def connect(self, listener: Callable[..., Any]) -> None:
        self._listeners.append(listener)

    def disconnect(self, listener: Callable[..., Any]) -> None:
        self._listeners.remove(listener)

    def emit(self, *args: Any) -> None:
        for listener in list(self._listeners):
            listener(*args)
