"""Test set-up shared by every test: Qt renders offscreen, and the user's
real settings and history are never touched."""

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

import pytest  # noqa: E402

from hypothesis import HealthCheck, settings  # noqa: E402

from studydesk.core.check import load_bank  # noqa: E402
from tests.support import SEED_ARTICLE, SEED_BANK  # noqa: E402

# Property tests: enough examples in every run to matter, and many more with
#   pytest --hypothesis-profile=long
settings.register_profile("ci", max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
settings.register_profile("long", max_examples=5000, deadline=None, suppress_health_check=list(HealthCheck))
settings.load_profile("ci")


def pytest_configure(config):
    # Also here, not only in pyproject.toml: CI runs the core tests with no project settings.
    config.addinivalue_line("markers", "slow: builds a wheel or starts subprocesses (still run by default)")


@pytest.fixture(autouse=True)
def _isolated_home(tmp_path_factory, monkeypatch):
    """Point XDG folders at a temporary home so tests never write the user's files."""
    home = tmp_path_factory.mktemp("home")
    monkeypatch.setenv("HOME", str(home))
    monkeypatch.setenv("XDG_DATA_HOME", str(home / "data"))
    monkeypatch.setenv("XDG_CONFIG_HOME", str(home / "config"))
    monkeypatch.setenv("XDG_CACHE_HOME", str(home / "cache"))
    return home


@pytest.fixture
def seed_text() -> str:
    return SEED_ARTICLE.read_text(encoding="utf-8")


@pytest.fixture
def seed_bank():
    return load_bank(SEED_BANK).bank
