"""The quicker PySide6 module check gives PySide6's own answers."""

import importlib
import sys

import pytest

from studydesk.ui import pyside_imports

MODULES = [
    "typing", "zipfile", "os", "json", "sqlite3",  # stdlib sources without PySide6
    "sys", "_sqlite3", "math",  # built in, or compiled: no source to read
    "studydesk.core.bank", "studydesk.ui.main_window", "studydesk.ui.article_view", "studydesk.ui.app",
    "PySide6.QtCore", "PySide6",
]


def test_installs_on_this_pyside_and_only_once():
    import PySide6.QtCore  # noqa: F401

    assert pyside_imports.install()
    feature = sys.modules["shibokensupport.feature"]
    hook = feature._mod_uses_pyside
    assert hook.studydesk
    assert pyside_imports.install()
    assert feature._mod_uses_pyside is hook  # not wrapped twice


@pytest.mark.parametrize("name", MODULES)
def test_answers_as_pyside_does(name):
    pyside_imports.install()
    hook = sys.modules["shibokensupport.feature"]._mod_uses_pyside
    module = importlib.import_module(name)
    assert hook(module) == hook.original(module)


def test_a_module_that_uses_pyside_is_seen(tmp_path, monkeypatch):
    pyside_imports.install()
    hook = sys.modules["shibokensupport.feature"]._mod_uses_pyside
    (tmp_path / "uses_qt.py").write_text("from PySide6.QtCore import QObject\n", encoding="utf-8")
    (tmp_path / "plain_mod.py").write_text("VALUE = 'PySide2 only'\n", encoding="utf-8")
    monkeypatch.syspath_prepend(str(tmp_path))
    uses_qt, plain_mod = importlib.import_module("uses_qt"), importlib.import_module("plain_mod")
    assert hook(uses_qt) is True and hook.original(uses_qt) is True
    assert hook(plain_mod) is False and hook.original(plain_mod) is False


def test_a_vanished_source_falls_back_to_pyside(tmp_path, monkeypatch):
    pyside_imports.install()
    hook = sys.modules["shibokensupport.feature"]._mod_uses_pyside
    (tmp_path / "gone_mod.py").write_text("X = 1\n", encoding="utf-8")
    monkeypatch.syspath_prepend(str(tmp_path))
    gone = importlib.import_module("gone_mod")
    (tmp_path / "gone_mod.py").unlink()
    assert hook(gone) == hook.original(gone)


def test_a_source_file_is_searched_not_read_through_inspect(monkeypatch):
    import inspect
    import typing

    pyside_imports.install()
    hook = sys.modules["shibokensupport.feature"]._mod_uses_pyside
    read = []
    getsource = inspect.getsource
    monkeypatch.setattr(inspect, "getsource", lambda obj: read.append(obj) or getsource(obj))
    assert hook(typing) is False
    assert read == []  # the quicker way answered
    assert hook(sys) is False
    assert read == [sys]  # built in, no file: PySide6's own way
