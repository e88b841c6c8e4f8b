"""policylint's code-point offsets <-> LSP positions: the server's only position arithmetic.

The engine counts Unicode code points; LSP counts in the encoding the client
and server agreed on at initialisation, UTF-16 code units unless both chose
otherwise. An emoji is one code point but two UTF-16 units (four UTF-8
bytes); a CJK character is one code point, one UTF-16 unit, three UTF-8
bytes. Lines are those of the engine's PositionMap: ``\\n`` ends a line and a
``\\r`` before it is part of the line's end, as LSP reads ``\\r\\n``.
"""
from __future__ import annotations

from ..positions import PositionMap

UTF8, UTF16, UTF32 = "utf-8", "utf-16", "utf-32"


def _utf16(text: str) -> int:
    return len(text) if text.isascii() else len(text.encode("utf-16-le")) // 2


def _utf8(text: str) -> int:
    return len(text) if text.isascii() else len(text.encode("utf-8"))


UNITS = {UTF8: _utf8, UTF16: _utf16, UTF32: len}


class LineIndex:
    """Positions of one text in one LSP position encoding."""

    __slots__ = ("text", "map", "units", "encoding")

    def __init__(self, text: str, encoding: str = UTF16):
        self.text = text
        self.map = PositionMap(text)
        self.encoding = encoding if encoding in UNITS else UTF16
        self.units = UNITS[self.encoding]

    def position(self, offset: int) -> tuple[int, int]:
        """0-based line and character (in the encoding's units) of a code-point ``offset``."""
        line, column = self.map.line_col(offset)
        start = self.map.line_starts[line - 1]
        return line - 1, self.units(self.text[start:start + column - 1])

    def range(self, start: int, end: int) -> tuple[tuple[int, int], tuple[int, int]]:
        return self.position(start), self.position(end)

    def offset(self, line: int, character: int) -> int:
        """The code-point offset of an LSP position; past the end of a line is its end."""
        if line < 0:
            return 0
        if line >= self.map.line_count:
            return len(self.text)
        start, end = self.map.line_span(line + 1)
        body = self.text[start:end]
        if self.encoding == UTF32 or body.isascii():
            return start + max(0, min(character, len(body)))
        count = 0
        for index, char in enumerate(body):
            if count >= character:
                return start + index
            count += self.units(char)
        return end

    def line_text(self, line: int) -> str:
        """The 0-based ``line`` without its end of line."""
        start, end = self.map.line_span(line + 1)
        return self.text[start:end]
