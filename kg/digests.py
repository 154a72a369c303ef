"""Short, stable digests: the keys of things with no number, at every stage."""

from __future__ import annotations

import hashlib


def short_hash(*parts: str, length: int = 12) -> str:
    """A short, stable digest of ``parts`` (for IRIs of things with no number)."""
    digest = hashlib.sha256("\x1f".join(parts).encode("utf-8")).hexdigest()
    return digest[:length]
