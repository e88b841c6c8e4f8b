"""Pattern lists from rule files, compiled once into one alternation."""
from __future__ import annotations

import re


def compile_patterns(patterns, flags=re.IGNORECASE):
    """One alternation of ``patterns`` where a literal space means ``\\s+``."""
    if not patterns:
        return None
    parts = [f"(?:{spaced(p)})" for p in patterns]
    return re.compile("|".join(parts), flags)


class LazyPattern:
    """A pattern compiled on its first use: a rule with many patterns, most of them needed only
    when the cheap ones find nothing, does not make every run pay for compiling them all."""

    __slots__ = ("source", "_flags", "_compiled")

    def __init__(self, source: str, flags: int):
        self.source, self._flags, self._compiled = source, flags, None

    def __getattr__(self, name):
        if self._compiled is None:
            self._compiled = re.compile(self.source, self._flags)
        return getattr(self._compiled, name)


def lazy_patterns(patterns, flags=re.IGNORECASE):
    """``compile_patterns``, compiled when first used (None when empty)."""
    if not patterns:
        return None
    return LazyPattern("|".join(f"(?:{spaced(p)})" for p in patterns), flags)


def spaced(pattern: str) -> str:
    """A space means ``\\s+``; an optional space (`` ?`` or `` *``) means ``\\s*``."""
    return re.sub(r"(?<!\\) +([?*])?", lambda m: r"\s*" if m.group(1) else r"\s+", pattern)


def shorten(text: str, limit: int = 60) -> str:
    text = " ".join(text.split())
    return text if len(text) <= limit else text[: limit - 1].rstrip() + "…"
