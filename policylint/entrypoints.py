"""Entry points of one group, read straight from the installed distributions' metadata.

``importlib.metadata`` parses every distribution's METADATA with the e-mail
package: a tenth of a cold run. The entry points live in a small INI file
(``*.dist-info/entry_points.txt``), so reading those is enough. As with
``importlib.metadata``, the first distribution of a name on ``sys.path`` wins.
"""
from __future__ import annotations

import importlib
import os
import re
import sys
from typing import NamedTuple

_DIST = re.compile(r"^(?P<name>[^-]+)-.*\.(?:dist|egg)-info$")
_SECTION = re.compile(r"^\[\s*(?P<group>[^\]]+?)\s*\]\s*$")
_ENTRY = re.compile(r"^(?P<name>[^=\s][^=]*?)\s*=\s*(?P<value>\S.*?)\s*$")


class EntryPoint(NamedTuple):
    name: str
    value: str

    def load(self):
        """The object ``module:attr.attr`` names (the module when there is no attribute)."""
        module, _, attrs = self.value.partition(":")
        target = importlib.import_module(module.strip())
        for attr in filter(None, attrs.strip().split(".")):
            target = getattr(target, attr)
        return target


def entry_points(group: str) -> list[EntryPoint]:
    found, seen = [], set()
    for folder in sys.path:
        try:
            names = sorted(os.listdir(folder or "."))
        except OSError:
            continue
        for name in names:
            match = _DIST.match(name)
            if not match:
                continue
            dist = match.group("name").lower().replace("_", "-").replace(".", "-")
            if dist in seen:
                continue
            seen.add(dist)
            found += _read(os.path.join(folder or ".", name, "entry_points.txt"), group)
    return found


def _read(path: str, group: str) -> list[EntryPoint]:
    try:
        with open(path, encoding="utf-8") as handle:
            lines = handle.read().splitlines()
    except (OSError, UnicodeDecodeError):
        return []
    current, found = None, []
    for line in lines:
        if not line.strip() or line.lstrip().startswith(("#", ";")):
            continue
        section = _SECTION.match(line)
        if section:
            current = section.group("group")
        elif current == group:
            entry = _ENTRY.match(line)
            if entry:
                found.append(EntryPoint(entry.group("name"), entry.group("value")))
    return found
