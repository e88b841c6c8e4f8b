"""Text edits the code actions offer, as (start, end, new text) in code-point offsets.

Nothing here writes a file: the editor applies the edits to its buffer, where
the user can undo them.
"""
from __future__ import annotations

import re

HEADING = re.compile(r"^ {0,3}#{1,6}(?:[ \t]|$)")
FRONT_MATTER = re.compile(r"---[ \t]*\r?\n(?:.*?\n)?---[ \t]*(?:\r?\n|\Z)", re.S)


def fix_edit(finding) -> tuple[int, int, str]:
    """The replacement a fixable rule attached to ``finding``."""
    return finding.fix.start, finding.fix.end, finding.fix.replacement


def fix_title(text: str, finding) -> str:
    old = _short(text[finding.fix.start:finding.fix.end])
    new = _short(finding.fix.replacement)
    if not finding.fix.replacement:
        return f'Delete "{old}" ({finding.code} {finding.rule})'
    return f'Replace "{old}" with "{new}" ({finding.code} {finding.rule})'


def _short(text: str, limit: int = 40) -> str:
    text = " ".join(text.split())
    return text if len(text) <= limit else text[:limit - 1] + "…"


def suppression_edit(text: str, finding, markdown: bool) -> tuple[str, tuple[int, int, str], tuple | None]:
    """Comment(s) that suppress ``finding``'s rule where it is: (title, first edit, second edit or None).

    A finding with no text of its own at the very start of the document (or in
    its front matter) gets a ``disable-file`` comment for the rule, after any
    front matter; nothing is ever put above the front matter.
    On the first line of a block (a paragraph, heading or list that follows a
    blank line or a heading) a ``disable-next-line`` comment goes above it.
    Inside a block a comment line would split it (a Markdown HTML comment
    interrupts a paragraph; in plain text it ends one), so the block is
    wrapped in ``disable`` ... ``enable`` for that rule instead.
    """
    front = FRONT_MATTER.match(text) if markdown else None
    top = text.count("\n", 0, front.end()) if front else 0  # no comment may go above the front matter
    if finding.start == finding.end == 0 or finding.line - 1 < top:  # no line of its own to comment
        return _file_suppression(text, finding, markdown)
    lines = text.split("\n")
    index = finding.line - 1
    first = index
    while first > top and lines[first - 1].strip() and not (markdown and HEADING.match(lines[first - 1])):
        first -= 1
    eol = "\r\n" if lines[first].endswith("\r") else "\n"
    indent = re.match(r"[ \t]*", lines[first]).group()
    start = sum(len(line) + 1 for line in lines[:first])
    if first == index:
        comment = _comment(f"policylint-disable-next-line {finding.rule}", markdown)
        return f"Disable {finding.rule} for this line", (start, start, indent + comment + eol), None
    last = index
    while last + 1 < len(lines) and lines[last + 1].strip() and not (markdown and HEADING.match(lines[last + 1])):
        last += 1
    before = (start, start, indent + _comment(f"policylint-disable {finding.rule}", markdown) + eol)
    end = sum(len(line) + 1 for line in lines[:last + 1])
    enable = indent + _comment(f"policylint-enable {finding.rule}", markdown)
    after = (end, end, enable + eol) if end <= len(text) else (len(text), len(text), eol + enable)
    kind = "block" if markdown else "paragraph"
    return f"Disable {finding.rule} for this {kind}", before, after


def _file_suppression(text: str, finding, markdown: bool):
    at = 0
    front = FRONT_MATTER.match(text) if markdown else None
    if front:
        at = front.end()
    eol = "\r\n" if text[:text.find("\n") + 1].endswith("\r\n") else "\n"
    comment = _comment(f"policylint-disable-file {finding.rule}", markdown)
    if front and not front.group().endswith("\n"):
        return f"Disable {finding.rule} for this file", (at, at, eol + comment + eol), None
    return f"Disable {finding.rule} for this file", (at, at, comment + eol), None


def _comment(words: str, markdown: bool) -> str:
    return f"<!-- {words} -->" if markdown else words
