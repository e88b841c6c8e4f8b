"""Compiled regular expressions kept between runs, next to the compiled rule pack.

Python compiles a pattern in two steps written in Python (parse, then generate the
engine's code) and one in C (build the pattern object from that code). The rules'
patterns are long word lists and frames: the first two steps are most of a cold
run's start-up. This store keeps their output (the code, a list of numbers) so a
later run only does the C step. It is keyed like the rule pack plus the exact
interpreter and regex engine version; the C step checks the code it is given, so
a damaged store can at worst cost a compile, never give a wrong pattern.

Only patterns that do not depend on a document are kept (module constants and the
rules' own patterns, compiled at start or on first use), so the store does not grow
with the documents linted; ``dynamic()`` marks where rules compile patterns made
from a document's text, ``static()`` where a rule's fixed pattern is compiled late.
"""
from __future__ import annotations

import contextlib
import marshal
from array import array
import os
import sys

LIMIT = 3000  # patterns kept: about the rules' and modules' own, with room for plugins

try:  # CPython's regex compiler; any other Python simply compiles every time
    import _sre
    from re import _compiler, _parser
except ImportError:  # pragma: no cover - Python 3.10 or another implementation
    _compiler = None

_stored: dict = {}  # (pattern, flags) -> the arguments of _sre.compile after the pattern
_first: dict = {}  # (pattern, flags) -> the characters a match begins with ("" for unknown)
_values: dict = {}  # (what, inputs...) -> a value worked out from a rule's params (see ``remembered``)
_added = False  # whether this run compiled a pattern to keep
_path: str | None = None  # where to save, when this run may write
_dynamic = 0  # inside rules' checks: patterns made from a document are not kept
_static = 0  # a rule's own pattern compiled late: kept even inside a check
_real = None


FORMAT = 2  # the engine's code kept as bytes (4 per number): read back without building a list per pattern


def version() -> str:
    """What the stored code depends on besides the patterns: interpreter, engine and this store's layout."""
    return f"{sys.version}|{getattr(_sre, 'MAGIC', '') if _compiler else ''}|{FORMAT}"


def install(path: str, write: bool) -> None:
    """Read the store at ``path`` and compile through it from now on; ``write``: save new
    patterns there at the end of the run (``save``)."""
    global _real, _path
    if _compiler is None:
        return
    patterns, first, values = _read(path)
    _stored.update(patterns)
    _first.update(first)
    _values.update(values)
    _path = path if write else None
    if _real is None:
        _real = _compiler.compile
        _compiler.compile = _compile


def _read(path: str) -> tuple[dict, dict, dict]:
    """The stored patterns, first characters and values; none when missing or unreadable."""
    try:
        with open(path, "rb") as handle:
            data = marshal.loads(handle.read())
        if type(data) is tuple and len(data) == 3 and all(type(part) is dict for part in data):
            return data
    except (OSError, EOFError, ValueError, TypeError):
        pass  # none yet, or unreadable: compile as usual
    return {}, {}, {}


def _compile(p, flags=0):
    if type(p) is not str or flags & 128:  # 128: re.DEBUG, which prints as it compiles
        return _real(p, flags)
    key = (p, flags)
    args = _stored.get(key)
    if args is not None:
        try:
            flags, code, *rest = args
            return _sre.compile(p, flags, array("I", code).tolist(), *rest)
        except Exception:  # not code this engine accepts: compile it again
            del _stored[key]
    tree = _parser.parse(p, flags)
    state = tree.state
    indexgroup = [None] * state.groups
    for name, index in state.groupdict.items():
        indexgroup[index] = name
    code = list(map(int, _compiler._code(tree, flags)))  # named constants would not marshal
    args = (int(flags | state.flags), array("I", code).tobytes(), state.groups - 1, dict(state.groupdict),
            tuple(indexgroup))
    if (_dynamic == 0 or _static > 0) and len(_stored) < LIMIT:
        global _added
        _stored[key] = args
        _added = True
    return _sre.compile(p, args[0], code, *args[2:])


def first_chars(pattern: str, flags: int, compute):
    """``compute()`` (the characters a match of ``pattern`` begins with), kept like the patterns."""
    key = (pattern, int(flags))  # a RegexFlag would not marshal
    if key in _first:
        found = _first[key]
        return set(found) if found else None
    found = compute()
    if _real is not None and (_dynamic == 0 or _static > 0) and len(_first) < LIMIT:
        global _added
        _first[key] = "".join(sorted(found)) if found else ""
        _added = True
    return found


def remembered(key: tuple, compute):
    """``compute()``, kept like the patterns: what a rule works out from its own params alone (the
    inflected forms of a word class) is read back by the next run instead of worked out again.
    ``key`` holds everything the value depends on; key and value must be plain data (marshal)."""
    if key in _values:
        return _values[key]
    value = compute()
    if _real is not None and (_dynamic == 0 or _static > 0) and len(_values) < LIMIT:
        global _added
        try:
            marshal.dumps((key, value))
        except ValueError:
            return value  # not plain data: worked out every time
        _values[key] = value
        _added = True
    return value


@contextlib.contextmanager
def dynamic():
    """Patterns compiled inside are made from a document: do not keep them."""
    global _dynamic
    _dynamic += 1
    try:
        yield
    finally:
        _dynamic -= 1


@contextlib.contextmanager
def static():
    """A rule's fixed pattern compiled on first use: keep it even inside a check."""
    global _static
    _static += 1
    try:
        yield
    finally:
        _static -= 1


def save() -> None:
    """Write the store when this run may and compiled patterns it did not hold (atomically)."""
    global _added
    if not (_added and _path):
        return
    _added = False
    patterns, first, values = _read(_path)  # what other processes (workers) saved meanwhile is kept
    patterns.update(_stored)
    first.update(_first)
    values.update(_values)
    with contextlib.suppress(OSError, ValueError):
        data = marshal.dumps(tuple(dict(list(table.items())[:LIMIT]) for table in (patterns, first, values)))
        os.makedirs(os.path.dirname(_path), exist_ok=True)
        temporary = f"{_path}.{os.getpid()}.tmp"
        with open(temporary, "wb") as out:
            out.write(data)
        os.replace(temporary, _path)
