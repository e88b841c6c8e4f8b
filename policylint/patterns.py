"""Pattern lists from rule files, compiled once into one alternation."""
from __future__ import annotations

import re
import sys


def compile_patterns(patterns, flags=re.IGNORECASE):
    """One alternation of ``patterns`` where a literal space means ``\\s+``.

    When every pattern can only begin with one of a few characters, the
    alternation is prefixed with a look-ahead for them: the engine then skips
    the positions where no pattern can start, where it would try each one.
    """
    if not patterns:
        return None
    body = "|".join(f"(?:{spaced(p)})" for p in patterns)
    starts = first_chars(body, flags)
    if starts and len(starts) <= 40:
        body = "(?=[" + "".join(re.escape(ch) for ch in sorted(starts)) + "])(?:" + body + ")"
    return re.compile(body, flags)


def compile_groups(patterns, flags=re.IGNORECASE, most: int = 16) -> list:
    """``patterns`` as a few alternations, each with a look-ahead for the characters its matches
    can begin with (at most ``most`` of them), and the patterns whose first characters are not
    known together in one more: a long list of patterns that start anywhere would otherwise
    make the one alternation try every branch at every position (``compile_patterns``)."""
    if not patterns:
        return []
    groups, loose = [], []  # [set of first characters, patterns]; patterns with no known start
    for pattern in patterns:
        starts = first_chars(f"(?:{spaced(pattern)})", flags)
        if not starts or len(starts) > most:
            loose.append(pattern)
            continue
        group = next((g for g in groups if len(g[0] | starts) <= most), None)
        if group is None:
            groups.append([set(starts), [pattern]])
        else:
            group[0] |= starts
            group[1].append(pattern)
    compiled = [compile_patterns(members, flags) for _, members in groups]
    return compiled + ([compile_patterns(loose, flags)] if loose else [])


def first_chars(pattern: str, flags: int = 0) -> set[str] | None:
    """The characters a match of ``pattern`` can begin with (both cases of letters), or None when
    that is not known from the pattern's first item (a class like ``\\w``, an optional start)."""
    try:  # the regex parser's own view of the pattern (re._parser from Python 3.11, sre_parse before)
        from re import _constants as c, _parser
    except ImportError:  # pragma: no cover - Python 3.10
        import sre_constants as c
        import sre_parse as _parser
    from .regexstore import first_chars as kept

    def compute():
        try:
            return _first(list(_parser.parse(pattern, flags)), c, bool(flags & re.IGNORECASE))
        except Exception:  # an unknown construct: no prefix, the pattern works as written
            return None

    return kept(pattern, flags, compute)


def _first(items, c, fold: bool = True):
    """``fold``: letters match in both cases (the pattern, or the group it is in, ignores case)."""
    cases = _cases if fold else (lambda ch: {ch})
    for op, av in items:
        if op is c.AT or op in (c.ASSERT, c.ASSERT_NOT):
            continue  # \b, ^, look-arounds: they take no character
        if op is c.LITERAL:
            return cases(chr(av))
        if op is c.IN:
            chars: set[str] = set()
            for kind, value in av:
                if kind is c.LITERAL:
                    chars |= cases(chr(value))
                elif kind is c.RANGE and value[1] - value[0] < 64:
                    for code in range(value[0], value[1] + 1):
                        chars |= cases(chr(code))
                else:
                    return None  # a negated class, \w, a wide range
            return chars
        if op is c.BRANCH:
            union: set[str] = set()
            for branch in av[1]:
                found = _first(list(branch), c, fold)
                if found is None:
                    return None
                union |= found
            return union
        if op is c.SUBPATTERN:
            _, add, remove, body = av
            inner = (fold or bool(add & re.IGNORECASE)) and not remove & re.IGNORECASE
            return _first(list(body), c, inner)
        if op is getattr(c, "ATOMIC_GROUP", None):
            return _first(list(av), c, fold)
        if op in (c.MAX_REPEAT, c.MIN_REPEAT, getattr(c, "POSSESSIVE_REPEAT", None)) and av[0] >= 1:
            return _first(list(av[2]), c, fold)
        return None  # anything else, or something that may match nothing
    return None


def _cases(ch: str) -> set[str]:
    return {ch, ch.lower(), ch.upper()}


class LazyPattern:
    """A pattern compiled on its first use: a rule with many patterns, most of them needed only
    when the cheap ones find nothing, does not make every run pay for compiling them all."""

    __slots__ = ("source", "_flags", "_compiled")

    def __init__(self, source: str, flags: int):
        self.source, self._flags, self._compiled = source, flags, None

    def __getattr__(self, name):
        if self._compiled is None:
            from .regexstore import static

            with static():
                self._compiled = re.compile(self.source, self._flags)
        return getattr(self._compiled, name)


class LazyGroups:
    """A long pattern list searched across a whole document, as a few alternations grouped by the
    characters their matches begin with (``compile_groups``), compiled on first use: one alternation
    of branches that start anywhere is tried at every position. ``finditer`` gives the matches of
    every group in the order of their start (branches of different groups may overlap)."""

    __slots__ = ("_patterns", "_flags", "_groups")

    def __init__(self, patterns, flags: int):
        self._patterns, self._flags, self._groups = list(patterns), flags, None

    def _compiled(self) -> list:
        if self._groups is None:
            from .regexstore import static

            with static():
                self._groups = compile_groups(self._patterns, self._flags)
        return self._groups

    def finditer(self, text: str, pos: int = 0, endpos: int = sys.maxsize):
        from heapq import merge

        return merge(*(group.finditer(text, pos, endpos) for group in self._compiled()), key=lambda m: m.start())

    def search(self, text: str, pos: int = 0, endpos: int = sys.maxsize):
        found = [m for m in (group.search(text, pos, endpos) for group in self._compiled()) if m]
        return min(found, key=lambda m: m.start()) if found else None


def lazy_groups(patterns, flags=re.IGNORECASE):
    """``LazyGroups`` of ``patterns`` (None when empty)."""
    return LazyGroups(patterns, flags) if patterns else None


def guarded(source: str, flags: int = re.IGNORECASE) -> str:
    """``source`` behind a look-ahead for the characters a match can begin with, when they are
    known and few: the engine then skips the positions where no branch can start instead of
    trying each branch there. Matches exactly what ``source`` matches."""
    starts = first_chars(source, flags)
    if starts and len(starts) <= 40:
        return "(?=[" + "".join(re.escape(ch) for ch in sorted(starts)) + "])(?:" + source + ")"
    return source


def lazy_patterns(patterns, flags=re.IGNORECASE):
    """``compile_patterns``, compiled when first used (None when empty)."""
    if not patterns:
        return None
    return LazyPattern("|".join(f"(?:{spaced(p)})" for p in patterns), flags)


def spaced(pattern: str) -> str:
    """A space means ``\\s+``; an optional space (`` ?`` or `` *``) means ``\\s*``. Inside a character
    class a space stays a space: ``[ \\t]`` is a gap on one line, not ``[\\s+\\t]``."""
    return _SPACE_OR_CLASS.sub(lambda m: m.group(0) if m.group(0)[0] in "[\\" else r"\s*" if m.group(1) else r"\s+", pattern)


# an escape, a character class (kept as it is), or a run of spaces with what makes it optional
_SPACE_OR_CLASS = re.compile(r"\\.|\[\^?\]?(?:\\.|[^\]\\])*\]| +([?*])?")


def shorten(text: str, limit: int = 60) -> str:
    """``text`` on one line, cut at a word boundary to at most ``limit`` characters (with "…")."""
    text = " ".join(text.split())
    if len(text) <= limit:
        return text
    cut = text.rfind(" ", 0, limit)  # the space before the word the limit falls in
    if cut < limit // 2:  # one very long word: cut inside it
        cut = limit - 1
    return text[:cut].rstrip(" ,;:") + "…"


def word_alternation(words) -> str:
    """A regular expression for any of ``words``, as a trie: "agree|agreed|agrees" is
    "agree(?:[ds])?", which the engine tries in one pass where a flat alternation tries each word."""
    trie: dict = {}
    for word in words:
        node = trie
        for ch in word:
            node = node.setdefault(ch, {})
        node[""] = {}

    def build(node: dict) -> str:
        ends = "" in node
        branches = [re.escape(ch) + build(node[ch]) for ch in sorted(k for k in node if k)]
        if not branches:
            return ""
        body = branches[0] if len(branches) == 1 else "(?:" + "|".join(branches) + ")"
        if ends:
            return body + "?" if len(branches) == 1 and len(branches[0]) == 1 else f"(?:{body})?"
        return body

    return build(trie)
