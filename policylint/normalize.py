"""Typographic variants mapped to one form, so rules match words, not keyboards.

Two steps, both keeping every position exact (see ``positions``):

1. ``for_parsing``: before parsing, line endings become ``\\n`` (``\\r\\n``
   and a lone ``\\r`` alike, so a file saved with bare CRs reads like the
   same text with LFs) and invisible characters are taken out (soft hyphens,
   zero-width spaces and joiners, word joiners, direction marks, a BOM inside
   the text), so "con\\u00adsent" is "consent". Their offsets are kept in an
   ``OffsetMap``.
2. ``typography``: the text rules see maps curly apostrophes and quotes to
   straight ones, en and em dashes and the minus sign to ``-``, and no-break
   and other Unicode spaces to a space, and letters in styled fonts
   (mathematical alphanumerics, full-width forms) to ASCII, one character for
   one.

Line breaks inside a paragraph stay (an address block's lines mean
something); rules read them as the whitespace they are (``\\s`` in patterns,
a gap between words for the ``frame`` kind), so a sentence hard-wrapped at
any word matches the same.

The parser sees the text of step 1 only: a no-break space is not Markdown
indentation, and the file's quotes stay in what is shown from the source.
"""
from __future__ import annotations

import re

from .positions import OffsetMap

# taken out before parsing (a CR is taken out only before a LF; a lone CR becomes a LF)
_INVISIBLE = "[\u00ad\u180e\u200b\u200c\u200d\u200e\u200f\u2060\u2061\u2062\u2063\u2064\ufeff]"
_HAS_INVISIBLE = re.compile(_INVISIBLE)
_REMOVE = re.compile(_INVISIBLE + "|\r(?=\n)")

_TYPOGRAPHY = {
    **dict.fromkeys("\u2018\u2019\u201a\u201b\u2032\u02bc\uff07", "'"),
    **dict.fromkeys("\u201c\u201d\u201e\u201f\u2033\u00ab\u00bb\uff02", '"'),
    **dict.fromkeys("\u2010\u2011\u2012\u2013\u2014\u2015\u2212\ufe58\ufe63\uff0d", "-"),
    **dict.fromkeys("\u00a0\u1680\u2000\u2001\u2002\u2003\u2004\u2005\u2006\u2007\u2008\u2009\u200a\u202f\u205f\u3000",
                    " "),
}
# letters and digits in "fancy fonts" (mathematical alphanumerics: "𝚂𝙿𝙾𝚃𝙸𝙵𝚈 𝙷𝚄𝙱", "𝐁𝐨𝐭") and full-width forms
# ("Ｐｒｉｖａｃｙ"): each is one character whose compatibility form is one ASCII letter or digit
_STYLED = "\U0001d400-\U0001d7ff\uff10-\uff19\uff21-\uff3a\uff41-\uff5a"
_VARIANT = re.compile("[" + "".join(_TYPOGRAPHY) + _STYLED + "]")
STYLED = re.compile("[" + _STYLED + "]")


def for_parsing(source: str) -> tuple[str, OffsetMap]:
    """``source`` with ``\\n`` line endings and no invisible characters, and where they were."""
    if "\r\n" not in source and _HAS_INVISIBLE.search(source) is None:  # a character class scans fast
        return (source.replace("\r", "\n") if "\r" in source else source), OffsetMap([])
    removed, pieces, pos = [], [], 0
    for m in _REMOVE.finditer(source):
        pieces.append(source[pos:m.start()])
        removed.append(m.start() - len(removed))
        pos = m.end()
    pieces.append(source[pos:])
    text = "".join(pieces)
    return (text.replace("\r", "\n") if "\r" in text else text), OffsetMap(removed)


def typography(text: str) -> str:
    """``text`` with quotes, apostrophes, dashes and spaces in one form, one character for one."""
    # a scan for the few characters that change: str.translate looks at every character
    return _VARIANT.sub(_canonical, text) if _VARIANT.search(text) else text


def _canonical(m: re.Match) -> str:
    char = m.group()
    return _TYPOGRAPHY.get(char) or _plain(char)


def _plain(char: str) -> str:
    """A styled letter or digit's ASCII form; the character itself where that is not one character."""
    from unicodedata import normalize

    plain = normalize("NFKC", char)
    return plain if len(plain) == 1 else char

