"""Paths and helpers shared by tests."""

from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SEED_ARTICLE = ROOT / "seeds" / "000_bbb594c5c87ceaad.txt"
SEED_BANK = ROOT / "resources" / "banks" / "pokrovsk.toml"
DATA = Path(__file__).resolve().parent / "data"
