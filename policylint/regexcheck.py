"""Refuse regular expressions that can backtrack catastrophically.

A rule pattern runs on every document a repository has; ``(a+)+`` or
``(\\w+\\s?)*`` take exponential time on a line that almost matches. The check
is structural: an unbounded repeat whose body is nothing but unbounded
repeats (ignoring optional and zero-width parts) can split one string in
exponentially many ways, so it is refused.
"""
from __future__ import annotations

import re

try:  # Python >= 3.11
    from re import _constants as sre_constants
    from re import _parser as sre_parse
except ImportError:  # pragma: no cover - Python 3.10
    import sre_constants
    import sre_parse

_REPEATS = {sre_constants.MAX_REPEAT, sre_constants.MIN_REPEAT}
_REPEATS |= {getattr(sre_constants, "POSSESSIVE_REPEAT")} if hasattr(sre_constants, "POSSESSIVE_REPEAT") else set()
_ZERO_WIDTH = {sre_constants.AT, sre_constants.ASSERT, sre_constants.ASSERT_NOT}
_UNBOUNDED = sre_constants.MAXREPEAT


def nested_quantifier(pattern: str) -> str | None:
    """The offending part of ``pattern`` (as text) when it has a nested quantifier, else None.

    Raises ``re.error`` for a pattern that does not compile.
    """
    re.compile(pattern)
    return _find(sre_parse.parse(pattern))


def _find(items) -> str | None:
    for op, av in items:
        for body in _children(op, av):
            if op in _REPEATS and av[1] == _UNBOUNDED and _only_repeats(body):
                return _describe(op, av)
            found = _find(body)
            if found:
                return found
    return None


def _children(op, av):
    if op in _REPEATS:
        return [av[2]]
    if op == sre_constants.SUBPATTERN:
        return [av[3]]
    if op == sre_constants.BRANCH:
        return av[1]
    if op in (sre_constants.ASSERT, sre_constants.ASSERT_NOT):
        return [av[1]]
    if op == getattr(sre_constants, "ATOMIC_GROUP", None):
        return [av]
    return []


def _kind(op, av) -> str:
    """'star' (unbounded repeat), 'skip' (optional or zero-width) or 'fixed' (must consume)."""
    if op in _ZERO_WIDTH:
        return "skip"
    if op in _REPEATS:
        if av[1] == _UNBOUNDED:
            return "star"
        return "skip" if av[0] == 0 else "fixed"
    if op == sre_constants.SUBPATTERN:
        return "star" if _only_repeats(av[3]) else "fixed"
    if op == sre_constants.BRANCH:
        return "star" if any(_only_repeats(branch) for branch in av[1]) else "fixed"
    return "fixed"


def _only_repeats(items) -> bool:
    kinds = [_kind(op, av) for op, av in items]
    return "star" in kinds and "fixed" not in kinds


def _describe(op, av) -> str:
    low, high = av[0], av[1]
    return {0: "*", 1: "+"}.get(low, f"{{{low},}}") if high == _UNBOUNDED else f"{{{low},{high}}}"
