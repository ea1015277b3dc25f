"""The command starts with the cyclic collector paused and resumes it, and
calling the command line as a library leaves the caller's collector alone."""

import gc

import pytest

from studydesk import cli, launch


@pytest.fixture(autouse=True)
def collector_restored():
    yield
    gc.enable()
    gc.unfreeze()


def test_the_command_runs_with_the_collector_paused_and_resumes_it(monkeypatch):
    seen = []
    monkeypatch.setattr(cli, "main", lambda: seen.append(gc.isenabled()) or 0)
    assert launch.main() == 0
    assert seen == [False]
    assert gc.isenabled() and gc.get_freeze_count() > 0  # what start-up built is left out from now on


def test_a_tool_resumes_the_collector_before_it_runs(monkeypatch, tmp_path):
    from tests.support import SEED_BANK

    seen = []
    check = cli._module("check")
    real_run = check.run
    monkeypatch.setattr(check, "run", lambda args: seen.append(gc.isenabled()) or real_run(args))
    launch.pause_collector()
    assert not gc.isenabled()
    assert cli.main(["check", str(SEED_BANK)]) == 0
    assert seen == [True]


def test_the_command_line_as_a_library_leaves_the_collector_alone():
    from tests.support import SEED_BANK

    assert cli.main(["check", str(SEED_BANK)]) == 0
    assert gc.isenabled() and gc.get_freeze_count() == 0
