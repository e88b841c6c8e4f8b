"""duplicate-heading: two sections with the same title confuse readers and anchors.

Headings are compared by their words (case, punctuation and numbering
ignored) at the same level. With ``siblings_only`` (the default) only
headings under the same parent count, so "Retention" under two products is
fine; the second and later ones are flagged.
"""
from __future__ import annotations

import re

from ..findings import Hit
from . import Kind

NUMBERING = re.compile(r"^\W*(?:\d+(?:\.\d+)*|[ivxlc]+|[a-z])[.)]\s+", re.I)
WORDS = re.compile(r"\w+")


def heading_key(title: str) -> str:
    return " ".join(WORDS.findall(NUMBERING.sub("", title).casefold()))


class DuplicateHeading(Kind):
    params = {"siblings_only": True}

    def check(self, doc):
        seen: dict[tuple, object] = {}
        parents: list = []  # the open heading at each level above
        for heading in doc.headings:
            while parents and parents[-1].level >= heading.level:
                parents.pop()
            parent = parents[-1].start if parents and self.options["siblings_only"] else None
            key = (heading.level, parent, heading_key(heading.title))
            parents.append(heading)
            if not key[2]:
                continue
            first = seen.setdefault(key, heading)
            if first is not heading:
                yield Hit(heading.start, heading.end,
                          f'heading "{heading.title}" repeats the one on line {first.line}')
