"""Offset -> (line, column) for one source text: the only place positions are computed.

Rules report offsets into ``Document.text``, which has the same length and
offsets as the decoded source (masked parts are blanked, not removed), so one
bisect over the source's line starts gives the true line and column.
Lines and columns are 1-based; columns count Unicode code points.
"""
from __future__ import annotations

from bisect import bisect_right


class PositionMap:
    __slots__ = ("line_starts", "length")

    def __init__(self, source: str):
        starts = [0]
        find = source.find
        pos = find("\n")
        while pos != -1:
            starts.append(pos + 1)
            pos = find("\n", pos + 1)
        self.line_starts = starts
        self.length = len(source)

    def line_col(self, offset: int) -> tuple[int, int]:
        """1-based line and code-point column of ``offset``."""
        offset = max(0, min(offset, self.length))
        index = bisect_right(self.line_starts, offset) - 1
        return index + 1, offset - self.line_starts[index] + 1

    def line_span(self, line: int) -> tuple[int, int]:
        """Offsets of the first and one-past-last character of 1-based ``line`` (no EOL)."""
        start = self.line_starts[line - 1]
        end = self.line_starts[line] - 1 if line < len(self.line_starts) else self.length
        return start, end

    @property
    def line_count(self) -> int:
        return len(self.line_starts)
