"""The house rules that keep Study Desk easy to change (docs/architecture.md):
the import-linter contracts in pyproject.toml (layers, panes apart, no
cycles), small files, and no module reaching into another's private names."""

import ast
import shutil
import subprocess
import sys
from pathlib import Path

import tomli

from tests.support import ROOT

SOURCE = ROOT / "desktop" / "studydesk"
MAX_LINES = 400


def test_import_contracts_hold():
    contracts = tomli.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["tool"]["importlinter"]["contracts"]
    lint = shutil.which("lint-imports") or str(Path(sys.executable).parent / "lint-imports")
    out = subprocess.run([lint, "--no-cache"], cwd=ROOT, capture_output=True, text=True, timeout=300)
    assert out.returncode == 0, out.stdout + out.stderr
    assert f"Contracts: {len(contracts)} kept, 0 broken." in out.stdout, out.stdout


def test_no_source_file_is_over_400_lines():
    long = {str(p.relative_to(ROOT)): n for p in SOURCE.rglob("*.py")
            if (n := len(p.read_text(encoding="utf-8").splitlines())) > MAX_LINES}
    assert long == {}


def test_the_main_window_only_makes_and_wires_the_panes():
    # Under 300 lines: menus, focus, state, notices and warm-up live in modules of their own.
    assert len((SOURCE / "ui" / "main_window.py").read_text(encoding="utf-8").splitlines()) < 300


def test_no_module_uses_another_modules_private_names():
    """`_name` is private to its module or class: no `from x import _name`,
    and no `thing._name` but on self or cls."""
    reaching = []
    for path in sorted(SOURCE.rglob("*.py")):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.ImportFrom):
                names = [a.name for a in node.names]
            elif isinstance(node, ast.Attribute) and not (isinstance(node.value, ast.Name)
                                                          and node.value.id in ("self", "cls")):
                names = [node.attr]
            else:
                continue
            reaching += [f"{path.relative_to(ROOT)}:{node.lineno}: {name}" for name in names
                         if name.startswith("_") and not name.startswith("__")]
    assert reaching == []
