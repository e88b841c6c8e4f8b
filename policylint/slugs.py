"""GitHub-style heading anchors (github-slugger): lowercase, drop punctuation, spaces to '-'."""
from __future__ import annotations

import re

_DROP = re.compile(r"[^\w\- ]", re.UNICODE)
_RUNS = re.compile(r"[\W_]+", re.UNICODE)


def loose(anchor: str) -> str:
    """An anchor as every site generator would agree on it: GitHub keeps "cookies--tracking" for
    "Cookies & Tracking" and "-cookie-jar" for "🍪 Cookie jar", MkDocs and VitePress write
    "cookies-tracking" and "cookie-jar", Python-Markdown drops accents ("fur" for "für")."""
    import unicodedata

    plain = "".join(ch for ch in unicodedata.normalize("NFKD", anchor.lower()) if not unicodedata.combining(ch))
    return _RUNS.sub("-", plain).strip("-")


class Slugger:
    """Slugs in document order; repeated headings get ``-1``, ``-2`` like GitHub."""

    def __init__(self):
        self.seen: dict[str, int] = {}

    def slug(self, title: str) -> str:
        base = _DROP.sub("", title.strip().lower()).replace(" ", "-")
        if base not in self.seen:
            self.seen[base] = 0
            return base
        self.seen[base] += 1
        candidate = f"{base}-{self.seen[base]}"
        while candidate in self.seen:
            self.seen[base] += 1
            candidate = f"{base}-{self.seen[base]}"
        self.seen[candidate] = 0
        return candidate
