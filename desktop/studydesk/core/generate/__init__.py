"""Draft banks from an article's plain text."""
