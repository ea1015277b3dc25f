"""Questions beyond single figures."""

from __future__ import annotations


def extra_candidates(analysis, contexts, rng):
    return []
