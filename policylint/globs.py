"""gitignore-like globs for ``include``/``exclude``, and one matcher for a whole list.

``**`` crosses folders; a pattern without ``/`` matches at any depth; a
pattern without wildcards also matches everything under it. A project may list
thousands of paths to skip, and every file of the walk is tested against all of
them, so ``GlobSet`` sorts the patterns once: plain names and paths go into
sets, ``*.ext``-like suffixes and ``name*`` prefixes into sets of their own,
and only the rest into one compiled alternation. Testing a file then costs a
few set lookups per path component, whatever the number of patterns.
"""
from __future__ import annotations

import re

WILDCARDS = "*?["


def translate(pattern: str) -> str:
    """The regular expression (source) a glob stands for; ValueError for an unclosed ``[``."""
    body, anywhere = _body(pattern)
    out = []
    i = 0
    while i < len(body):
        ch = body[i]
        if body.startswith("**/", i):
            out.append("(?:.*/)?")
            i += 3
            continue
        if body.startswith("**", i):
            out.append(".*")
            i += 2
            continue
        if ch == "*":
            out.append("[^/]*")
        elif ch == "?":
            out.append("[^/]")
        elif ch == "[":
            close = body.find("]", i + 1)
            if close < 0:
                raise ValueError(f'unclosed "[" in glob "{pattern}"')
            out.append("[" + body[i + 1:close].replace("!", "^", 1) + "]")
            i = close + 1
            continue
        else:
            out.append(re.escape(ch))
        i += 1
    suffix = "(?:/.*)?" if body.endswith("/") or not any(c in body for c in WILDCARDS) else ""
    return ("(?:.*/)?" if anywhere else "") + "".join(out).rstrip("/") + suffix + r"\Z"


def _body(pattern: str) -> tuple[str, bool]:
    """The pattern as matched, and whether it matches at any depth (no ``/`` inside)."""
    stripped = pattern.strip()
    anywhere = "/" not in stripped.rstrip("/")
    return (stripped if anywhere else stripped.lstrip("/")), anywhere


def check(patterns) -> tuple[int, str] | None:
    """(index, problem) of the first pattern that is not a valid glob, or None."""
    for index, pattern in enumerate(patterns):
        try:
            if "[" in pattern:  # the only thing translating can refuse
                translate(pattern)
        except ValueError as exc:
            return index, str(exc)
    rest = [p for p in patterns if _shape(p)[0] == "regex"]
    try:
        _alternation(rest)
        return None
    except re.error:
        pass
    for index, pattern in enumerate(patterns):  # only when one is broken: find which
        try:
            compile(pattern)
        except re.error as exc:
            return index, exc.msg
    return None


def compile(pattern: str):
    """One glob as a compiled regular expression (``.`` crosses newlines: they are legal in names)."""
    return re.compile(translate(pattern), re.DOTALL)


def _alternation(patterns):
    return re.compile("|".join(f"(?:{translate(p)})" for p in patterns), re.DOTALL) if patterns else None


def _shape(pattern: str) -> tuple[str, str]:
    """How a pattern can be tested without a regular expression: ("name", n), ("path", p),
    ("under", p), ("suffix", s), ("prefix", p), or ("regex", pattern)."""
    body, anywhere = _body(pattern)
    plain = body.rstrip("/")
    if anywhere:
        if plain and not any(c in plain for c in WILDCARDS):
            return "name", plain
        if not body.endswith("/") and "**" not in body:
            inner = plain[1:] if plain.startswith("*") else plain[:-1] if plain.endswith("*") else None
            if inner and not any(c in inner for c in WILDCARDS):
                return ("suffix", inner) if plain.startswith("*") else ("prefix", inner)
        return "regex", pattern
    if plain and not any(c in plain for c in WILDCARDS) and not plain.startswith("/"):
        return "path", plain
    if body.endswith("/**") and len(body) > 3 and not any(c in body[:-3] for c in WILDCARDS) \
            and not body.startswith("/") and not body[:-3].endswith("/"):
        return "under", body[:-3]
    return "regex", pattern


class GlobSet:
    """Whether a path (relative, ``/``-separated) matches any of many globs."""

    def __init__(self, patterns):
        self.sets: dict = {"name": set(), "path": set(), "under": set(), "suffix": set(), "prefix": set()}
        rest = []
        for pattern in patterns:
            kind, value = _shape(pattern)
            if kind == "regex":
                rest.append(pattern)
            else:
                self.sets[kind].add(value)
        self.regex = _alternation(rest)

    def match(self, rel: str) -> bool:
        sets = self.sets
        parts = rel.split("/")
        if sets["name"] and not sets["name"].isdisjoint(parts):
            return True
        if sets["path"] or sets["under"]:
            prefix = ""
            for index, part in enumerate(parts):
                prefix = prefix + "/" + part if index else part
                if prefix in sets["path"] or (index < len(parts) - 1 and prefix in sets["under"]):
                    return True
        base = parts[-1]
        if sets["suffix"] and any(base[i:] in sets["suffix"] for i in range(len(base))):
            return True
        if sets["prefix"] and any(base[:i] in sets["prefix"] for i in range(1, len(base) + 1)):
            return True
        return bool(self.regex and self.regex.match(rel))
