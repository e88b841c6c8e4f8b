"""The other members of the given files' policy sets, read but not reported on.

pre-commit passes only the changed files; a set rule judging a changed German
copy needs the English source, and a changed product notice needs the main
policy it defers to. For each given file this finds, without parsing: the
documents in its folder (``privacy.de.md``, ``privacy_de.md``, pages side by
side), its copies in sibling locale folders (``en/x.md`` for ``de/x.md``), the
files its Markdown links reach, and the members of any ``sets`` its config
declares. A set spread over folders that do not link to each other is found
only through ``sets``.
"""
from __future__ import annotations

import os
import re

from .locales import normalize_tag

LINK = re.compile(r"\]\(\s*<?([^)\s>]+)>?(?:\s+\"[^\"]*\")?\s*\)|^\s*\[[^\]]+\]:\s*<?(\S+?)>?\s*$", re.MULTILINE)
EXTENSIONS = (".md", ".markdown", ".txt")


def companions(paths, linter, warn, rounds: int = 3) -> list[str]:
    """Documents to read beside ``paths`` (files), in a stable order, none of ``paths`` itself:
    what the given files reach, then what those reach, ``rounds`` steps out (a notice's main
    policy, then that policy's locale copies)."""
    from ..files import identity

    seen = {identity(p) for p in paths if p != "-"}
    kept: list[str] = []
    frontier = [p for p in paths if p != "-" and os.path.isfile(p)]
    for step in range(rounds):
        found: list[str] = []
        for path in frontier:
            found += _reached(path, linter, warn, neighbours=step == 0)
        frontier = []
        for candidate in found:
            key = identity(candidate) if os.path.isfile(candidate) else None
            if key is not None and key not in seen and not linter.config_for(candidate).excluded(candidate):
                seen.add(key)
                kept.append(candidate)
                frontier.append(candidate)
        if not frontier:
            break
    return sorted(kept)


def _reached(path: str, linter, warn, neighbours: bool) -> list[str]:
    """What ``path`` leads to; the documents beside it only for a given file (else a corpus of
    many folders would be read whole, one folder per step)."""
    config = linter.config_for(path)
    folder = os.path.dirname(path) or "."
    found = (_documents_in(folder, config) if neighbours else _suffix_copies(path, config))
    found += _locale_copies(path, config) + _linked(path, config)
    if config.sets:
        found += _declared(path, config, linter, warn)
    return [os.path.normpath(p) for p in found]


def _documents_in(folder: str, config) -> list[str]:
    try:
        names = sorted(os.listdir(folder))
    except OSError:
        return []
    return [os.path.join(folder, name) for name in names
            if name.lower().endswith(EXTENSIONS) and config.included(os.path.join(folder, name))]


def _suffix_copies(path: str, config) -> list[str]:
    """``privacy.md``, ``privacy.de.md``, ``privacy_fr.md``: the copies of one page in one folder."""
    from .locales import locate

    folder, name = os.path.split(path)
    page = locate(name)[1]
    return [p for p in _documents_in(folder or ".", config) if locate(os.path.basename(p))[1] == page]


def _locale_copies(path: str, config) -> list[str]:
    """``<root>/<other locale>/<rest>`` for every locale folder on ``path``."""
    parts = os.path.normpath(path).split(os.sep)
    found = []
    for index, part in enumerate(parts[:-1]):
        if not normalize_tag(part) or not part[:2].islower():
            continue
        parent = os.sep.join(parts[:index]) or ("/" if path.startswith("/") else ".")
        try:
            siblings = sorted(os.listdir(parent))
        except OSError:
            continue
        for sibling in siblings:
            if sibling != part and normalize_tag(sibling) and sibling[:2].islower():
                found.append(os.path.join(parent, sibling, *parts[index + 1:]))
    return found


def _linked(path: str, config) -> list[str]:
    """Files the document's Markdown links reach: relative, or from the config's folder for ``/x``."""
    try:
        with open(path, encoding="utf-8", errors="replace") as handle:
            text = handle.read(1_000_000)
    except OSError:
        return []
    folder = os.path.dirname(path) or "."
    found = []
    for m in LINK.finditer(text):
        target = (m.group(1) or m.group(2) or "").split("#", 1)[0].split("?", 1)[0]
        if not target or re.match(r"[A-Za-z][\w+.-]*:|//", target):
            continue
        base = config.root if target.startswith("/") else folder
        full = os.path.normpath(os.path.join(base, target.lstrip("/")))
        for candidate in (full, *(full + ext for ext in EXTENSIONS), os.path.join(full, "index.md")):
            if os.path.isfile(candidate) and candidate.lower().endswith(EXTENSIONS):
                found.append(candidate)
                break
    return found


def _declared(path: str, config, linter, warn) -> list[str]:
    """The documents under the config's folder that its ``sets`` name, when ``path`` is one of them."""
    from ..config import _relative
    from ..files import collect
    from ..globs import GlobSet

    rel = _relative(path, config.root)
    found = []
    for patterns in config.sets.values():
        matcher = GlobSet(patterns)
        if matcher.match(rel):
            found += [p for p in collect([config.root], linter, warn) if matcher.match(_relative(p, config.root))]
    return found
