"""phrase: regular expressions over the prose, with sentence-level guards.

All patterns of a rule are combined into one alternation compiled once; a
space in a pattern matches any run of whitespace (so hard-wrapped lines
match). A hit is dropped when one of ``unless`` matches in the same
sentence, or ``unless_before`` matches the part of the sentence before it.
"""
from __future__ import annotations

import re

from . import Kind


def compile_patterns(patterns, flags=re.IGNORECASE):
    """One alternation of ``patterns`` where a literal space means ``\\s+``."""
    if not patterns:
        return None
    parts = [f"(?:{_spaces(p)})" for p in patterns]
    return re.compile("|".join(parts), flags)


def _spaces(pattern: str) -> str:
    return re.sub(r"(?<!\\) +", r"\\s+", pattern)


def shorten(text: str, limit: int = 60) -> str:
    text = " ".join(text.split())
    return text if len(text) <= limit else text[: limit - 1].rstrip() + "…"


class Phrase(Kind):
    params = {
        "patterns": [],
        "unless": [],
        "unless_before": [],
        "message": "",
        "case_sensitive": False,
    }
    regex_params = ("patterns", "unless", "unless_before")

    def __init__(self, params):
        super().__init__(params)
        flags = 0 if self.options["case_sensitive"] else re.IGNORECASE
        self.pattern = compile_patterns(self.options["patterns"], flags)
        self.unless = compile_patterns(self.options["unless"])
        self.unless_before = compile_patterns(self.options["unless_before"])
        self.message = self.options["message"]

    def check(self, doc):
        if self.pattern is None:
            return
        text = doc.text
        for block in doc.blocks:
            for m in self.pattern.finditer(text, block.start, block.end):
                if m.end() == m.start():
                    continue
                if self.guarded(doc, m.start(), m.end()):
                    continue
                yield self.hit(m)

    def guarded(self, doc, start: int, end: int) -> bool:
        if not (self.unless or self.unless_before):
            return False
        s_start, s_end = doc.sentence_at(start)
        s_end = max(s_end, end)
        if self.unless and self.unless.search(doc.text, s_start, s_end):
            return True
        return bool(self.unless_before and self.unless_before.search(doc.text, s_start, start))

    def hit(self, m):
        from ..findings import Hit

        return Hit(m.start(), m.end(), self.message.format(match=shorten(m.group(0))))
