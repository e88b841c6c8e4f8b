"""Code-point offsets <-> LSP positions, checked against Python's own encoders (no pygls needed)."""
from __future__ import annotations

import pytest

from policylint.server.ranges import LineIndex

TEXT = "# 隐私政策 😀\r\n\r\nA 😀😀 B 日本 C\nplain\n\U0001F468\u200D\U0001F469 end"
UNITS = {"utf-16": ("utf-16-le", 2), "utf-8": ("utf-8", 1), "utf-32": ("utf-32-le", 4)}


def expected(text: str, offset: int, encoding: str) -> tuple[int, int]:
    codec, width = UNITS[encoding]
    start = text.rfind("\n", 0, offset) + 1
    return text.count("\n", 0, offset), len(text[start:offset].encode(codec)) // width


@pytest.mark.parametrize("encoding", UNITS)
def test_every_offset_maps_to_the_encoded_column_and_back(encoding):
    index = LineIndex(TEXT, encoding)
    for offset in range(len(TEXT) + 1):
        line, character = index.position(offset)
        assert (line, character) == expected(TEXT, offset, encoding)
        assert index.offset(line, character) == offset


def test_emoji_counts_two_utf16_units_and_cjk_one():
    index = LineIndex("😀日b", "utf-16")
    assert [index.position(i) for i in range(4)] == [(0, 0), (0, 2), (0, 3), (0, 4)]
    utf8 = LineIndex("😀日b", "utf-8")
    assert [utf8.position(i) for i in range(4)] == [(0, 0), (0, 4), (0, 7), (0, 8)]


def test_positions_past_a_line_or_the_text_are_clamped():
    index = LineIndex("ab\r\ncd", "utf-16")
    assert index.offset(0, 99) == 3  # end of line 0, before its \n (the \r is the line's end)
    assert index.offset(7, 0) == len("ab\r\ncd")
    assert index.offset(-1, 5) == 0
    assert index.position(99) == (1, 2)


def test_an_unknown_encoding_falls_back_to_utf16():
    assert LineIndex("😀x", "utf-7").position(1) == (0, 2)
