"""Suppression comments: disable-next-line, disable ... enable, disable-file."""
from __future__ import annotations

import re
from bisect import bisect_right
from .records import field, record

DIRECTIVE = re.compile(
    r"^[ \t]*(?:<!--[ \t]*)?policylint-(disable-next-line|disable-file|disable|enable)\b"
    r"(?P<rest>[^\n]*?)[ \t]*(?:-->)?[ \t]*\r?$",
    re.M,
)


@record
class Suppression:
    action: str
    rules: set  # rule names/codes; empty means all rules
    line: int
    first: int = 0  # first line covered
    last: int = 0  # last line covered
    reason: str = ""
    used: bool = False
    names: list = field(default_factory=list)
    matched: set = field(default_factory=set)  # names of the rules it suppressed (for --strict)

    def covers(self, finding) -> bool:
        if not self.first <= finding.line <= self.last:
            return False
        return not self.rules or finding.rule in self.rules or finding.code in self.rules


def parse_suppressions(source: str, positions, code=()) -> list[Suppression]:
    """The directives in ``source``; those inside ``code`` (sorted code spans) are examples, not directives."""
    if "policylint-" not in source:
        return []
    found = []
    open_ranges: list[Suppression] = []
    last_line = positions.line_count
    for m in DIRECTIVE.finditer(source):
        if _inside(m.start(1), code):
            continue
        line = positions.line_col(m.start())[0]
        rest, _, reason = m.group("rest").partition("--")
        names = [n for n in re.split(r"[\s,]+", rest.strip()) if n]
        item = Suppression(m.group(1), set(names), line, reason=reason.strip(), names=names)
        if item.action == "disable-file":
            item.first, item.last = 1, last_line
            found.append(item)
        elif item.action == "disable-next-line":
            target = _next_content_line(source, positions, m.end(), last_line)
            item.first = item.last = target
            found.append(item)
        elif item.action == "disable":
            item.first, item.last = line, last_line
            open_ranges.append(item)
            found.append(item)
        else:  # enable: close the matching open ranges
            for opened in list(open_ranges):
                if not names or opened.rules & set(names) or not opened.rules:
                    opened.last = line
                    open_ranges.remove(opened)
    return found


def _inside(offset: int, spans) -> bool:
    index = bisect_right(spans, (offset, float("inf"))) - 1
    return index >= 0 and spans[index][0] <= offset < spans[index][1]


def _next_content_line(source: str, positions, offset: int, last_line: int) -> int:
    """The next line after ``offset`` that is not blank (formatters insert blank lines)."""
    match = re.compile(r"\S").search(source, offset)
    return positions.line_col(match.start())[0] if match else last_line + 1


def apply(findings: list, suppressions: list[Suppression]) -> list:
    if not suppressions:
        return findings
    # next-line suppressions by line, so many of them against many findings stay linear
    by_line: dict[int, list[Suppression]] = {}
    spans = []
    for item in suppressions:
        if item.first == item.last:
            by_line.setdefault(item.first, []).append(item)
        else:
            spans.append(item)
    kept = []
    for finding in findings:
        hit = False
        for item in (*by_line.get(finding.line, ()), *spans):
            if item.covers(finding):
                item.used = True
                item.matched.add(finding.rule)
                hit = True
        if not hit:
            kept.append(finding)
    return kept
