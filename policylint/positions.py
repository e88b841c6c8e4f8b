"""Offset -> (line, column) in the source file: the only place positions are computed.

Rules report offsets into ``Document.text``, which has the offsets of the
parsed text (masked parts are blanked, not removed, and typography is mapped
one character to one). The parsed text is the file's text with its line
endings made ``\\n`` and invisible characters (soft hyphens, zero-width
spaces) taken out (see ``normalize``); ``OffsetMap`` remembers where
characters were taken out, so every offset maps back to the file exactly.
A line ends at ``\\n``, ``\\r\\n`` or a lone ``\\r``, as editors count them.
Lines and columns are 1-based; columns count Unicode code points.
"""
from __future__ import annotations

import re
from bisect import bisect_left, bisect_right

_EOL = re.compile(r"\r\n?|\n")


def line_starts(text: str) -> list[int]:
    """Offset of the first character of every line (``\\n``, ``\\r\\n`` and lone ``\\r`` end a line)."""
    starts = [0]
    if "\r" in text:
        starts.extend(m.end() for m in _EOL.finditer(text))
        return starts
    find = text.find
    pos = find("\n")
    while pos != -1:
        starts.append(pos + 1)
        pos = find("\n", pos + 1)
    return starts


class OffsetMap:
    """Parsed-text offset -> source offset, given where characters were taken out.

    ``removed`` holds, for every character taken out, the parsed-text offset it
    sat at (the offset of the next kept character), in order.
    """

    __slots__ = ("removed",)

    def __init__(self, removed: list[int]):
        self.removed = removed

    def to_source(self, offset: int, end: bool = False) -> int:
        """The source offset of ``offset``; an ``end`` offset does not take in removed characters after it."""
        if not self.removed:
            return offset
        count = bisect_left(self.removed, offset) if end else bisect_right(self.removed, offset)
        return offset + count


class PositionMap:
    """Line starts of the parsed text (for parsers) and exact source positions (for findings).

    ``PositionMap(text)`` alone maps offsets of ``text`` itself; with ``source``
    and ``offsets`` it maps offsets of the parsed ``text`` to ``source``.
    """

    __slots__ = ("line_starts", "length", "source_starts", "offsets", "source")

    def __init__(self, text: str, source: str | None = None, offsets: OffsetMap | None = None):
        self.line_starts = line_starts(text)
        self.length = len(text)
        if source is None or source == text:
            self.source_starts, self.offsets, self.source = self.line_starts, None, None
        else:
            self.source_starts, self.offsets, self.source = line_starts(source), offsets, source

    def source_offset(self, offset: int, end: bool = False) -> int:
        """The offset in the source of a parsed-text ``offset``."""
        offset = max(0, min(offset, self.length))
        if self.offsets is None:
            return offset
        raw = self.offsets.to_source(offset, end)
        source = self.source
        if 0 < raw < len(source) and source[raw] == "\n" and source[raw - 1] == "\r":
            raw -= 1  # the end of a CRLF line is its CR, as for an LF line its LF
        return raw

    def line_col(self, offset: int, end: bool = False) -> tuple[int, int]:
        """1-based line and code-point column in the source of ``offset``."""
        raw = self.source_offset(offset, end)
        index = bisect_right(self.source_starts, raw) - 1
        return index + 1, raw - self.source_starts[index] + 1

    def line_span(self, line: int) -> tuple[int, int]:
        """Offsets of the first and one-past-last character of 1-based ``line`` (no EOL), in this text."""
        start = self.line_starts[line - 1]
        end = self.line_starts[line] - 1 if line < len(self.line_starts) else self.length
        return start, end

    @property
    def line_count(self) -> int:
        return len(self.line_starts)
