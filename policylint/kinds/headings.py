"""duplicate-heading: two sections with the same title confuse readers and anchors.

Headings are compared by their words (case, punctuation and numbering
ignored) at the same level, as markdownlint's MD024 does: two "### Prompts"
under different sections share one anchor name and leave the reader unsure
which is meant. Under different parents, a numbered heading ("III. Sub-processors"
in parts A and B: an outline repeated on purpose) and a heading under another
level-1 title (a second language or a second document in the file) are not
duplicates. With ``siblings_only`` only headings under the same parent count.
The second and later ones are flagged.
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
    params = {"siblings_only": False}

    def check(self, doc):
        seen: dict[tuple, object] = {}
        parents: list = []  # the open heading at each level above
        for heading in doc.headings:
            while parents and parents[-1].level >= heading.level:
                parents.pop()
            parent = parents[-1].start if parents else None
            title = heading_key(heading.title)
            if self.options["siblings_only"] or NUMBERING.match(heading.title):
                scope = parent
            else:  # its level-1 section (or the whole file when there is none above it)
                scope = ("top", parents[0].start if parents and parents[0].level == 1 else None)
            key = (heading.level, scope, title)
            parents.append(heading)
            if not title:
                continue
            first = seen.setdefault(key, heading)
            if first is not heading:
                yield Hit(heading.start, heading.end,
                          f'heading "{heading.title}" repeats the one on line {first.line}')


# a line that is only decoration or a code comment ("// ****", "/* ... */", "=====")
_BANNER = re.compile(r"^\s*(?://|/\*|\*/|#!|;;|<!--)|^[\W_]*$")


def title_span(doc) -> tuple[int, int]:
    """Where a finding about something the whole document lacks belongs: its title.

    The first heading when the document opens with one (or its first level-1
    heading), else its first prose block; never front matter, a comment banner
    or a blank first line. (0, 0) for a document with no prose at all.
    """
    blocks = [b for b in doc.blocks if not _BANNER.search(doc.text[b.start:b.end].strip())]
    if not blocks:
        return 0, 0
    first = blocks[0]
    if first.kind != "heading":
        top = next((h for h in doc.headings if h.level == 1 and h.start >= first.start), None)
        if top is not None and top.start < first.end + 400 and not _BANNER.search(top.title):
            return top.start, top.end  # "Last updated ..." above "# Privacy Policy"
    return first.start, first.end
