"""Installed, not only checked out: a wheel built from the repo carries the seed
bank and article, and finds them from any folder."""

import os
import shutil
import subprocess
import sys

import pytest

from tests.support import ROOT, seed_ok


@pytest.mark.slow
def test_installed_package_finds_seed_bank_and_article(tmp_path):
    # Build from a copy so the checkout gets no build/ or egg-info folders.
    source = tmp_path / "source"
    shutil.copytree(ROOT, source, ignore=shutil.ignore_patterns(
        ".git", ".venv", "build", "dist", "*.egg-info", "__pycache__", ".pytest_cache", ".hypothesis"))
    target = tmp_path / "site"
    build = subprocess.run(
        [sys.executable, "-m", "pip", "install", "--quiet", "--no-deps", "--target", str(target), str(source)],
        capture_output=True, text=True, timeout=600,
    )
    assert build.returncode == 0, build.stdout + build.stderr
    code = (
        "import studydesk, sys\n"
        "from studydesk.paths import seed_bank, window_icon_files\n"
        "from studydesk.cli import main\n"
        "print(studydesk.__file__)\n"
        "print(seed_bank())\n"
        "print(len(window_icon_files()), window_icon_files()[0].parent)\n"
        "sys.exit(main(['check', str(seed_bank())]))\n"
    )
    elsewhere = tmp_path / "elsewhere"
    elsewhere.mkdir()
    env = {**os.environ, "PYTHONPATH": str(target)}
    out = subprocess.run([sys.executable, "-c", code], cwd=elsewhere, env=env, capture_output=True, text=True,
                         timeout=60)
    assert out.returncode == 0, out.stdout + out.stderr
    package_file, bank_path, icons, verdict = out.stdout.strip().splitlines()
    assert package_file.startswith(str(target))
    assert bank_path.startswith(str(target))
    count, folder = icons.split(" ", 1)
    assert int(count) == len(list((ROOT / "resources" / "icons").glob("studydesk-*.png"))) and \
        folder.startswith(str(target))  # the window icon's PNGs ship too
    assert verdict.endswith(seed_ok())
    assert (target / "studydesk" / "seeds" / "000_bbb594c5c87ceaad.txt").read_bytes() == \
        (ROOT / "seeds" / "000_bbb594c5c87ceaad.txt").read_bytes()

    # The first start copies the seed bank and its article into Documents/Study Desk, and that copy is
    # the bank opened and edited: never the one inside the installed package.
    home = tmp_path / "home"
    first_start = (
        "from PySide6.QtCore import QSettings\n"
        "from studydesk.ui.library_list import Library\n"
        "print(Library(QSettings()).starter_bank())\n"
    )
    env = {**env, "HOME": str(home), "XDG_CONFIG_HOME": str(home / "config"), "QT_QPA_PLATFORM": "offscreen"}
    env.pop("XDG_DOCUMENTS_DIR", None)
    out = subprocess.run([sys.executable, "-c", first_start], cwd=elsewhere, env=env, capture_output=True, text=True,
                         timeout=60)
    assert out.returncode == 0, out.stderr
    copy = home / "Documents" / "Study Desk" / "pokrovsk.toml"
    assert out.stdout.strip() == str(copy)
    assert (copy.parent / "pokrovsk.txt").read_bytes() == (ROOT / "seeds" / "000_bbb594c5c87ceaad.txt").read_bytes()
    checked = subprocess.run([sys.executable, "-m", "studydesk", "check", str(copy)], cwd=elsewhere, env=env,
                             capture_output=True, text=True, timeout=60)
    assert checked.stdout.strip().endswith(seed_ok())
