"""Pattern lists from rule files, compiled once into one alternation."""
from __future__ import annotations

import re


def compile_patterns(patterns, flags=re.IGNORECASE):
    """One alternation of ``patterns`` where a literal space means ``\\s+``."""
    if not patterns:
        return None
    parts = [f"(?:{_spaces(p)})" for p in patterns]
    return re.compile("|".join(parts), flags)


def _spaces(pattern: str) -> str:
    """A space means ``\\s+``; an optional space (`` ?`` or `` *``) means ``\\s*``."""
    return re.sub(r"(?<!\\) +([?*])?", lambda m: r"\s*" if m.group(1) else r"\s+", pattern)


def shorten(text: str, limit: int = 60) -> str:
    text = " ".join(text.split())
    return text if len(text) <= limit else text[: limit - 1].rstrip() + "…"
