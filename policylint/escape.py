"""Text from documents, file names and plugins, made safe to print.

A file name or a message can hold anything: terminal escape sequences that
recolour or rewrite the screen, a newline that starts a second line (in CI, a
GitHub workflow command such as ``::error ...``), bidi overrides that show
text in another order, or bytes that are not UTF-8 (a POSIX file name arrives
as lone surrogates, which no UTF-8 stream can hold). Every reporter and every
line written to stderr goes through here, so one finding or one warning is
always one harmless line.
"""
from __future__ import annotations

import re

# C0 and C1 controls, DEL, bidi marks, embeddings, overrides and isolates,
# line and paragraph separators, and surrogates (undecodable bytes of a file name);
# compiled on first use by re's cache, not at import (every start-up imports this)
_UNSAFE = "[\x00-\x1f\x7f-\x9f\u061c\u200e\u200f\u2028\u2029\u202a-\u202e\u2066-\u2069\ud800-\udfff]"
_SURROGATE = "[\ud800-\udfff]"
_NAMED = {"\n": "\\n", "\r": "\\r", "\t": "\\t"}
# what GitHub Actions reads as a workflow command at the start of a line
_COMMAND_START = ("::", "##[")


def _escape(match) -> str:
    char = match.group()
    if char in _NAMED:
        return _NAMED[char]
    code = ord(char)
    if 0xDC80 <= code <= 0xDCFF:  # a byte that was not UTF-8 (surrogateescape)
        return f"\\x{code - 0xDC00:02x}"
    return f"\\x{code:02x}" if code <= 0xFF else f"\\u{code:04x}"


def printable(text: str, keep: str = "") -> str:
    """``text`` with every character that could change the terminal, the line
    structure or the reading order written as a backslash escape (``\\n``,
    ``\\x1b``, ``\\u202e``; an undecodable byte of a file name as ``\\xff``).
    Characters in ``keep`` stay as they are (the HTML report keeps tabs)."""
    if text.isprintable():  # every unsafe character is unprintable: most text takes this path
        return text
    if keep:
        return re.sub(_UNSAFE, lambda m: m.group() if m.group() in keep else _escape(m), text)
    return re.sub(_UNSAFE, _escape, text)


def encodable(text: str) -> str:
    """``text`` with only the undecodable bytes of a file name escaped: for formats
    that escape control characters themselves (JSON) but must stay valid UTF-8."""
    return text if text.isprintable() else re.sub(_SURROGATE, _escape, text)


def one_line(text: str) -> str:
    """One printable line that GitHub Actions cannot take for a workflow command
    (a path starting ``::`` is written ``./::``)."""
    text = printable(text)
    if text.lstrip(" ").startswith(_COMMAND_START):
        return "./" + text
    return text


def say(text: str) -> None:
    """``text`` on stderr as one safe line: every warning and error is written here."""
    import sys

    print(one_line(text), file=sys.stderr)
