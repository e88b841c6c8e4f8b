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
    """``text`` on one line, cut at a word boundary to at most ``limit`` characters (with "…")."""
    text = " ".join(text.split())
    if len(text) <= limit:
        return text
    cut = text.rfind(" ", 0, limit)  # the space before the word the limit falls in
    if cut < limit // 2:  # one very long word: cut inside it
        cut = limit - 1
    return text[:cut].rstrip(" ,;:") + "…"


def word_alternation(words) -> str:
    """A regular expression for any of ``words``, as a trie: "agree|agreed|agrees" is
    "agree(?:[ds])?", which the engine tries in one pass where a flat alternation tries each word."""
    trie: dict = {}
    for word in words:
        node = trie
        for ch in word:
            node = node.setdefault(ch, {})
        node[""] = {}

    def build(node: dict) -> str:
        ends = "" in node
        branches = [re.escape(ch) + build(node[ch]) for ch in sorted(k for k in node if k)]
        if not branches:
            return ""
        body = branches[0] if len(branches) == 1 else "(?:" + "|".join(branches) + ")"
        if ends:
            return body + "?" if len(branches) == 1 and len(branches[0]) == 1 else f"(?:{body})?"
        return body

    return build(trie)
