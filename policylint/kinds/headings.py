"""duplicate-heading: two sections with the same title confuse readers and anchors.

Headings are compared by their words (case, punctuation and numbering
ignored) at the same level, as markdownlint's MD024 does: two "### Prompts"
under different sections share one anchor name and leave the reader unsure
which is meant. Under different parents, a numbered heading in an outline that
starts again in each part ("III. Sub-processors" in parts A and B, which share
more titles than that one) and a heading under another level-1 title (a second
language or a second document in the file) are not duplicates; a numbered
heading out of its part's order ("3. Security" after "6. Retention": copied
from part A) is. With ``siblings_only`` only headings under the same parent
count. The second and later ones are flagged.
"""
from __future__ import annotations

import re

from ..findings import Hit
from . import Kind

NUMBERING = re.compile(r"^\W*(?:\d+(?:\.\d+)*|[ivxlc]+|[a-z])[.)]\s+", re.I)
WORDS = re.compile(r"\w+")
# a section's number at the start of its title or line: "2.2. Other", "Section 4", "§ 3"
NUMBER_AT_START = re.compile(r"^\W{0,3}(?:(?:section|part|chapter|article|clause|§)\s*)?(\d+(?:\.\d+)*)\b", re.I)


def title_stems(title: str, stop=frozenset()) -> set:
    """A title's words of four letters or more, by their first five ("Transfers" and "Transferring" meet)."""
    return {w.lower()[:5] for w in re.findall(r"[A-Za-z]{4,}", title) if w.lower() not in stop}


# "3. Security", "IV. Legal basis"; in a decimal outline the last part: "2.4. User Avatars" -> 4 (under "2. Use")
_NUMBER = re.compile(r"^\W*(?:(?:\d+\.)+(\d+)(?=[.)]?\s)|(\d+|[ivxlc]+)(?=[.)]\s))", re.I)
_ROMAN = {"i": 1, "v": 5, "x": 10, "l": 50, "c": 100}


def _number(title: str) -> int | None:
    """The outline number a heading starts with ("3. Security" -> 3, "IV. Legal basis" -> 4, "2.4. Avatars" -> 4), or None."""
    m = _NUMBER.match(title)
    if m is None:
        return None
    token = (m.group(1) or m.group(2)).lower()
    if token.isdigit():
        return int(token)
    total = 0
    for a, b in zip(token, token[1:] + " "):
        value = _ROMAN[a]
        total += -value if b != " " and _ROMAN[b] > value else value
    return total


_DECIMAL = re.compile(r"^\W*(\d+(?:\.\d+)*)\.(\d+)\b")
_PART = re.compile(r"^\W*(\d+(?:\.\d+)*)\b")


def _outside_its_part(title: str, parents: list) -> bool:
    """"### 2.3 Returns" under "## 3. Selling": a decimal number whose part is not its parent's (copied from part 2)."""
    m = _DECIMAL.match(title)
    if m is None or not parents:
        return False
    part = _PART.match(parents[-1].title)
    return part is not None and part.group(1) != m.group(1)


def heading_key(title: str) -> str:
    return " ".join(WORDS.findall(NUMBERING.sub("", title).casefold()))


class DuplicateHeading(Kind):
    params = {"siblings_only": False}

    def check(self, doc):
        seen: dict[tuple, object] = {}
        children, parent_of = _outline(doc)
        parents: list = []  # the open heading at each level above
        last_number: dict = {}  # (level, parent) -> the number of the last numbered heading there
        for heading in doc.headings:
            if heading.pseudo:
                continue  # a bold line is judged by no heading rule
            while parents and parents[-1].level >= heading.level:
                parents.pop()
            parent = parents[-1].start if parents else None
            title = heading_key(heading.title)
            number = _number(heading.title)
            out_of_order = number is not None and (number <= last_number.get((heading.level, parent), 0)
                                                   or _outside_its_part(heading.title, parents))
            if number is not None:
                last_number[heading.level, parent] = number
            if self.options["siblings_only"] or (number is not None and not out_of_order):
                scope = parent  # an outline that starts again in each part: "I. Data" under A and under B
            else:  # its level-1 section (or the whole file when there is none above it)
                scope = ("top", parents[0].start if parents and parents[0].level == 1 else None)
            top = ("top", parents[0].start if parents and parents[0].level == 1 else None)
            key = (heading.level, scope, title)
            parents.append(heading)
            if not title:
                continue
            first = seen.setdefault(key, heading)
            anywhere = seen.setdefault((heading.level, top, title, "any"), heading)
            if out_of_order and first is heading:
                first = anywhere  # copied from another part: the same title anywhere above counts
            elif first is heading and anywhere is not heading and scope == parent and not self.options["siblings_only"] \
                    and heading.title.casefold() == anywhere.title.casefold() \
                    and len(children.get(parent, set()) & children.get(parent_of[anywhere.start], set())) < 2:
                first = anywhere  # "### 3. Advertising" under "How We Use It" and under "Your Choices": one title, number
                # and all, met by chance in two outlines, not parts that repeat one outline ("I. Data", "II. Legal basis"
                # in each) nor a decimal outline's own numbers ("1.3. User Avatars", "2.4. User Avatars")
            if first is not heading and not _in_contents(doc, first):
                yield Hit(heading.start, heading.end,
                          f'heading "{heading.title}" repeats the one on line {first.line}')


def _outline(doc) -> tuple[dict, dict]:
    """The outline's two maps: each heading's start -> the titles of the headings directly under it (None -> the top
    level's), and each heading's start -> its parent's start."""
    children: dict = {}
    parent_of: dict = {}
    parents: list = []
    for heading in doc.headings:
        if heading.pseudo:
            continue
        while parents and parents[-1].level >= heading.level:
            parents.pop()
        parent = parent_of[heading.start] = parents[-1].start if parents else None
        children.setdefault(parent, set()).add(heading_key(heading.title))
        parents.append(heading)
    return children, parent_of


def _in_contents(doc, heading) -> bool:
    """Is ``heading`` an entry of a table of contents: one of three or more headings in a row on
    consecutive lines ("13. DO WE MAKE UPDATES TO THIS NOTICE?" listed before the sections it names)?"""
    # once per document, not once per repeated heading (a file of 32 copies repeats every heading)
    lines, source_lines = doc.memo(("heading lines",), lambda: ({h.line for h in doc.headings}, doc.source.splitlines()))

    def entry(line: int) -> bool:  # another heading, or a numbered line of a contents list
        return line in lines or (0 < line <= len(source_lines) and CONTENTS_ENTRY.match(source_lines[line - 1]) is not None)

    run = 1
    for step in (-1, 1):
        line = heading.line + step
        while entry(line):
            run += 1
            line += step
    return run >= 3


CONTENTS_ENTRY = re.compile(r"^[ \t]*(?:[-*+][ \t]+)?\d{1,2}[.)][ \t]+\S.{0,100}$")
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
