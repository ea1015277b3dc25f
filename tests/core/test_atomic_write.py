"""Saving a bank changes its text and nothing else: not who may read it, not
the link that points to it, and no temporary files are left about
(issue 15, item 4)."""

import os
import stat
import subprocess
import sys

import pytest

from studydesk.core.write import remove_stale_temporaries, write_atomic

posix_only = pytest.mark.skipif(os.name != "posix", reason="file modes and owners are POSIX")


def mode(path) -> int:
    return stat.S_IMODE(os.stat(path).st_mode)


def dead_pid() -> int:
    """The id of a process that has exited."""
    proc = subprocess.run([sys.executable, "-c", "import os; print(os.getpid())"], capture_output=True, text=True)
    return int(proc.stdout)


@posix_only
def test_a_private_bank_stays_private(tmp_path):
    path = tmp_path / "key.toml"
    path.write_text("one")
    path.chmod(0o640)
    write_atomic(path, "two", backup=True)
    assert path.read_text() == "two"
    assert mode(path) == 0o640
    assert mode(tmp_path / "key.toml~") == 0o640  # the backup holds the same answers


@posix_only
def test_odd_modes_are_kept_too(tmp_path):
    path = tmp_path / "bank.toml"
    path.write_text("one")
    path.chmod(0o604)
    write_atomic(path, "two")
    assert mode(path) == 0o604


@posix_only
def test_a_new_file_follows_the_umask(tmp_path):
    old = os.umask(0o077)
    try:
        write_atomic(tmp_path / "new.toml", "one")
    finally:
        os.umask(old)
    assert mode(tmp_path / "new.toml") == 0o600


@posix_only
@pytest.mark.skipif(not hasattr(os, "geteuid") or os.geteuid() != 0, reason="only root may give a file away")
def test_the_owner_and_group_are_kept_where_we_may_set_them(tmp_path):
    path = tmp_path / "bank.toml"
    path.write_text("one")
    os.chown(path, 65534, 65534)  # nobody, nogroup
    write_atomic(path, "two")
    info = os.stat(path)
    assert (info.st_uid, info.st_gid) == (65534, 65534)


@posix_only
def test_the_group_is_kept_when_it_is_one_of_ours(tmp_path):
    others = [g for g in os.getgroups() if g != os.getgid()]
    if not others and os.geteuid() != 0:
        pytest.skip("needs a second group to give the file, and this user (not root) belongs to one group only")
    group = others[0] if others else 65534
    path = tmp_path / "bank.toml"
    path.write_text("one")
    os.chown(path, -1, group)
    write_atomic(path, "two")
    assert os.stat(path).st_gid == group


@pytest.mark.skipif(not hasattr(os, "symlink") or os.name != "posix", reason="symbolic links")
def test_saving_through_a_symbolic_link_writes_the_file_it_points_to(tmp_path):
    (tmp_path / "real").mkdir()
    real = tmp_path / "real" / "bank.toml"
    real.write_text("one")
    link = tmp_path / "bank.toml"
    link.symlink_to(os.path.join("real", "bank.toml"))
    chain = tmp_path / "again.toml"
    chain.symlink_to("bank.toml")

    write_atomic(link, "two", backup=True)
    assert link.is_symlink() and real.read_text() == "two"
    assert (tmp_path / "real" / "bank.toml~").read_text() == "one"  # beside the real file
    write_atomic(chain, "three")
    assert chain.is_symlink() and link.is_symlink() and real.read_text() == "three"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["again.toml", "bank.toml", "real"]


def test_a_save_removes_the_temporary_files_a_killed_save_left(tmp_path):
    path = tmp_path / "bank.toml"
    path.write_text("one")
    gone = dead_pid()
    stale = [tmp_path / f".bank.toml.studydesk-{gone}-0a1b2c3d.tmp",
             tmp_path / f".bank.toml~.studydesk-{gone}-0a1b2c3d.tmp",
             tmp_path / f".bank.toml.{gone}.tmp"]  # as saves before this one named them
    kept = [tmp_path / f".bank.toml.studydesk-{os.getpid()}-0a1b2c3d.tmp",  # a save under way
            tmp_path / f".other.toml.studydesk-{gone}-0a1b2c3d.tmp",  # another bank's
            tmp_path / ".bank.toml.notes.tmp"]  # not ours
    for p in stale + kept:
        p.write_text("x" * 1000)
    write_atomic(path, "two", backup=True)
    assert path.read_text() == "two"
    assert sorted(p.name for p in tmp_path.iterdir()) == sorted(["bank.toml", "bank.toml~", *(p.name for p in kept)])


def test_removing_stale_temporaries_names_what_it_removed(tmp_path):
    path = tmp_path / "bank.toml"
    gone = dead_pid()
    stale = tmp_path / f".bank.toml.studydesk-{gone}-ffff0000.tmp"
    stale.write_text("x")
    assert remove_stale_temporaries(path) == [stale]
    assert remove_stale_temporaries(path) == []
    assert not path.exists()
