"""Draft banks from an article's plain text, offline and deterministic.

    generated = generate_bank(text, article_ref="article.txt", seed=0)
    write_atomic("bank.toml", generated.to_toml())

See docs/generator.md for what it understands and its limits.
"""

from .build import Generated, GenerateError, generate_bank

__all__ = ["GenerateError", "Generated", "generate_bank"]
