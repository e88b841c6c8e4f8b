"""Plain text -> Document: lines, paragraphs and headings by layout heuristics.

A non-empty line is a paragraph; a line that does not end a sentence is
continued by the next one when the paragraph is hard-wrapped (its first line
is long) or the next line starts in lower case; a short line without final
punctuation followed by body text is a heading.
"""
from __future__ import annotations

import re

from .document import Block, Document, Heading
from .inline import build_text, mask_block
from .slugs import Slugger

LIST_MARKER = re.compile(r"^\s*(?:[-*•·●▪–]|\d{1,3}(?:\.\d{1,3})+\.?(?=\s)|\d{1,3}[.)、]|[a-zA-Z][.)]|\((?:[ivxlc]+|[a-z]|\d{1,3})\)|[一二三四五六七八九十]+、)\s*")
BULLET = re.compile(r"^\s*[-*•·●▪–]")
LONE_MARKER = re.compile(r"^\s*[-*•·●▪–]\s*$")
RULE_LINE = re.compile(r"^\s*([-=~_*#])\1{2,}\s*$")
SENTENCE_END = re.compile(r"[.!;:。！；：]['\"’”)\]]*\s*$")
SUPPRESSION = re.compile(r"^\s*(?:<!--\s*)?policylint-(?:disable|enable)")
# a line that ends on the word a section number follows: the number that opens the next line is that reference's
REFERENCE_WORD_END = re.compile(r"\b(?:[Ss]ections?|[Cc]lauses?|[Pp]aragraphs?|[Pp]arts?|[Aa]rticles?|[Pp]oints?|[Ii]tems?)\s*$")
WRAP_WIDTH = 60
FILL_WIDTH = 40  # narrower runs of lines are lists or addresses, not filled paragraphs
# a line that dates the text: "Last revised 2 February 2025", "_Updated 3 March_", "Version 3.1, effective ..." (here a
# title stands over it; in entities a first paragraph that is only this is passed over)
DATE_LINE = re.compile(r"[\W_]*(?i:(?:last[\s_]+)?(?:updated|revised|modified|changed|reviewed)\b|effective\b|version\s+\d|dated\b)")
_PROSE_LINE = re.compile(r"\w+\W+\w+\W+\w+[^\w\s]?\s*$")  # ends on a word, a few words in
HEADING_WIDTH = 80
HEADING_WORDS = 12
SHOUTED_HEADING_WORDS = 14  # a question in capitals is a title even when longer: "HOW CAN YOU REVIEW, UPDATE, OR DELETE ...?"


def parse_text(doc: Document) -> None:
    source = doc.source
    starts = doc.positions.line_starts
    raw_lines = source.split("\n")
    lines = []  # (start, end, text) of each non-empty line, markers stripped
    rules = set()  # lines of "-------" or "=======": the line above is a title
    for number, raw in enumerate(raw_lines):
        body = raw.rstrip("\r").rstrip()
        if RULE_LINE.match(body):
            rules.add(number)
        if not body.strip() or SUPPRESSION.match(body) or number in rules:
            lines.append(None)  # a blank, a suppression comment, or a rule (not a list of dashes)
            continue
        if LONE_MARKER.match(body):
            lines.append("marker")
            continue
        marker = LIST_MARKER.match(body)
        if marker and number and REFERENCE_WORD_END.search(raw_lines[number - 1]):
            marker = None  # "... is given in section" / "11. The contact details ...": the hard wrap split a reference
        lead = marker.end() if marker else len(body) - len(body.lstrip())
        if lead >= len(body):  # a marker alone ("1.", "(a)"): its item is on the next line
            lines.append("marker")
            continue
        start = starts[number] + lead
        numbered = bool(marker) and not BULLET.match(body)
        lines.append((start, starts[number] + len(body), body[lead:], bool(marker) and not numbered, numbered))

    widths = _run_widths(lines, starts)

    def wrapped_after(index: int) -> bool:
        """Does the line go on below: it ends on "the", "by" ..., or the next word would not have fit
        on it in a paragraph filled to its width (hard-wrapped at any word, whatever the case)?"""
        line = lines[index]
        following = lines[index + 1] if index + 1 < len(lines) else None
        if not isinstance(line, tuple) or not isinstance(following, tuple):
            return False
        if _dangles(line[2]):
            return True
        if DATE_LINE.match(following[2]):
            return False  # a title over its date: "Harlow & Finch Piano Hire - Cookie Notice" / "Last revised 2 February 2025"
        if not _PROSE_LINE.search(line[2][-80:]):  # the line's end only: a long line costs no more
            return False  # a rule of asterisks, a banner: not a sentence going on below
        width = widths[index]
        return width >= FILL_WIDTH and line[1] - starts[index] + 1 + len(following[2].split()[0]) > width

    spans: list[tuple[str, int, int]] = []
    paragraph = None  # [start, end, first line length, open, kind, index of its last line]
    previous_marker = in_list = False
    last_body = ""

    def close():
        if paragraph:
            spans.append((paragraph[4], paragraph[0], paragraph[1]))

    for index, line in enumerate(lines):
        if line is None or line == "marker":
            close()
            paragraph = None
            previous_marker = line == "marker"
            continue
        start, end, body, listed, numbered = line
        listed = listed or previous_marker
        previous_marker = False
        if paragraph and not listed and not numbered and _continues(paragraph, body, wrapped_after(paragraph[5])):
            last_body = body
            paragraph[1] = end
            paragraph[3] = not SENTENCE_END.search(body)
            paragraph[5] = index
            continue
        close()
        candidate = _heading_candidate(body)
        underlined = candidate and index + 1 in rules
        # a numbered title in capitals ("15. HOW CAN YOU REVIEW ...?") starts a section, not the next item of a list
        in_list = candidate and not underlined and not (numbered and body.isupper()) and (
            in_list or last_body.endswith((":", "：")))
        last_body = body
        paragraph = None
        first = not spans and paragraph is None
        # a short line right under a line of text, no blank between, is one line of a block (an address: "Keystone
        # Home Inspections, LLC" / "412 Brandt Street, Suite 2" / "Pittsburgh, PA 15212"), not a title
        in_block = index > 0 and isinstance(lines[index - 1], tuple) and not numbered and not underlined \
            and not _shouted_title(body) and _heading_candidate(lines[index - 1][2]) \
            and re.search(r"[^\W\d_]{2}", lines[index - 1][2]) is not None \
            and not (spans and spans[-1][0] == "heading" and spans[-1][2] == lines[index - 1][1])
        dated = DATE_LINE.match(body) is not None and re.search(r"\d", body) is not None  # "Last revised 2 May 2025"
        # the first of a block of short lines right under a title ("11. CONTACT US" over "Data Protection Officer" /
        # "PlotShare Ltd" / an address): the block's first line, not a sub-title
        following = lines[index + 1] if index + 1 < len(lines) else None
        opens_block = bool(spans) and spans[-1][0] == "heading" and not numbered and not _shouted_title(body) \
            and isinstance(following, tuple) and not following[3] and not following[4] and _heading_candidate(following[2])
        if not listed and candidate and not in_list and not in_block and not opens_block and not dated and not _continued(lines, index) \
                and not wrapped_after(index) \
                and (first or underlined or _body_follows(lines, index, wrapped_after) or _shouted_title(body)):
            spans.append(("heading", start, end))
            continue
        is_open = not SENTENCE_END.search(body)
        paragraph = [start, end, len(body), is_open, "item" if listed or numbered or in_list else "paragraph", index]
        if in_list:
            paragraph[3] = False
    close()

    visible = [(a, b) for _, a, b in spans]
    pre_text = build_text(source, visible, [])
    blanks: list[tuple[int, int]] = []
    for _, a, b in spans:
        mask_block(doc, pre_text, a, b, blanks, None)
    doc.text = build_text(source, visible, blanks)
    slugger = Slugger()
    for kind, a, b in spans:
        doc.blocks.append(Block(kind, a, b))
        if kind == "heading":
            title = _README_MARKS.sub(r"\1", " ".join(doc.text[a:b].split()))
            doc.headings.append(Heading(_numbered_level(source[source.rfind("\n", 0, a) + 1:b].lstrip()), title, a, b, doc.line_col(a)[0], slugger.slug(title)))
    if doc.headings and doc.headings[0].start == doc.blocks[0].start:
        first = doc.headings[0]
        doc.headings[0] = Heading(1, first.title, first.start, first.end, first.line, first.slug)


# "=== FormFlair ===", "== Changelog ==": a WordPress readme's heading marks, not its title
_README_MARKS = re.compile(r"^=+\s*(\S.*?)\s*=+$")


def _dangles(body: str) -> bool:
    """Does the line end on a word no sentence ends with ("by", "the"): the sentence goes on below."""
    words = body.split()
    return bool(words) and words[-1].lower() in DANGLING_END


def _run_widths(lines, starts) -> list[int]:
    """For each line, the longest line of its run of consecutive non-empty lines: the width it was filled to."""
    widths = [0] * len(lines)
    run: list[int] = []
    for index, line in enumerate(lines + [None]):
        if isinstance(line, tuple):
            run.append(index)
            continue
        width = max((lines[i][1] - starts[i] for i in run), default=0)
        for i in run:
            widths[i] = width
        run = []
    return widths


def _continues(paragraph, body: str, wrapped: bool) -> bool:
    """Does ``body`` continue the open paragraph (a hard-wrapped sentence)?"""
    if not paragraph[3]:
        return False
    first = body[:1]
    if first.islower() or first in ",;:)" or wrapped or (first == "(" and body[1:2].isalnum()):
        return True  # "(13 if you live outside the EU)." goes on the open sentence
    return paragraph[2] >= WRAP_WIDTH


DANGLING_END = {"be", "the", "to", "of", "and", "or", "a", "an", "in", "for", "with", "that", "is", "are",
                "may", "our", "your", "by", "as", "at", "from", "on", "this", "we", "not", "can", "will",
                "these", "those", "its", "their", "his", "her", "my", "into", "than", "about", "under", "via", "per"}


def _heading_candidate(body: str) -> bool:
    shouted_question = body.endswith(("?", "？")) and body.isupper()
    if len(body) > HEADING_WIDTH or len(body.split()) > (SHOUTED_HEADING_WORDS if shouted_question else HEADING_WORDS):
        return False
    if body.startswith("|") or body.split()[-1].lower() in DANGLING_END and not _shouted_title(body):
        return False  # (a title in capitals may end so: "WHO WE SHARE WITH", "WHAT WE USE IT FOR")
    if body[:1].islower():
        return False
    if body.endswith(("?", "？")):  # "HOW CAN YOU REVIEW, UPDATE, OR DELETE THE DATA WE COLLECT FROM YOU?"
        return shouted_question or len(body.split()) <= 10
    return not re.search(r"[.,;:!。，；：！]['\"’”)\]]*$", body)


def _shouted_title(body: str) -> bool:
    """ "CONTACT US" over a block of short lines (a name, an address, an e-mail): a title in capitals of a few
    words is a heading whatever follows it."""
    words = body.split()
    return body.isupper() and 1 <= len(words) <= 5 and all(w.isalpha() or w in "&-" for w in words)


def _continued(lines, index: int) -> bool:
    """Is the next line the rest of this one's sentence (hard-wrapped: it starts in lower case, or
    with a bracket that goes on the sentence: "to sign up" / "(13 if you live outside the EU).")?"""
    following = lines[index + 1] if index + 1 < len(lines) else None
    return isinstance(following, tuple) and not following[3] and not following[4] and (
        following[2][:1].islower() or (following[2][:1] in "(" and following[2][1:2].isalnum()
                                        and not lines[index][2].endswith(":")))


def _body_follows(lines, index: int, wrapped=None, depth: int = 2) -> bool:
    """Is the next non-empty line body text (long, a finished sentence, a list, the start of a
    hard-wrapped paragraph), or a heading itself followed by body text (a sub-heading)?"""
    for offset in range(index + 1, len(lines)):  # not lines[index + 1:]: a copy per line was quadratic
        line = lines[offset]
        if line is None:
            continue
        if line == "marker":
            return True
        body = line[2]
        if len(body) > HEADING_WIDTH or bool(SENTENCE_END.search(body)) or line[3] or (wrapped and wrapped(offset)):
            return True
        return depth > 1 and _heading_candidate(body) and _body_follows(lines, offset, wrapped, depth - 1)
    return False


SUBSECTION_NUMBER = re.compile(r"(?:section\s+)?\d{1,3}((?:\.\d{1,3})+)\.?[ \t]", re.IGNORECASE)


def _numbered_level(title: str) -> int:
    """A plain-text title's level: 2, one deeper for each part of a subsection's number ("2.4 Photos" is 3, under
    "2. WHAT WE COLLECT"), so that "2.4 Photos and videos" and "6. PHOTOS AND VIDEOS" are not one heading twice."""
    m = SUBSECTION_NUMBER.match(title)
    return 2 + (m.group(1).count(".") if m else 0)

