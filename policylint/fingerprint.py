"""What a lint result depends on besides the document itself.

A cached result is reused only when all of it is unchanged: policylint's own
code, the installed plugins, the rule files, the config file and the
command-line options. Computed with ``os.stat`` and file hashes only, without
importing pluggy, ruamel.yaml or the rule kinds, so a fully cached run stays
a fraction of a cold one.
"""
from __future__ import annotations

import json
import os
import sys
from functools import lru_cache

from . import __version__

try:  # the built-in module: hashlib would load OpenSSL, a tenth of a cached run
    from _blake2 import blake2b
except ImportError:  # pragma: no cover - other Pythons
    from hashlib import blake2b

FORMAT = 3  # bump when the cache entry layout changes


def digest(*parts) -> str:
    """A short stable hash of ``parts`` (bytes or anything with a str())."""
    h = blake2b(digest_size=20)
    for part in parts:
        h.update(part if isinstance(part, bytes) else str(part).encode("utf-8", "surrogatepass"))
        h.update(b"\0")
    return h.hexdigest()


@lru_cache(maxsize=1)
def code() -> str:
    """policylint's version and modules: an editable install changes code without a new version."""
    root = os.path.dirname(os.path.realpath(__file__))
    stamps = [__version__, FORMAT, sys.version_info[:2]]  # the regex engine is the interpreter's
    for folder, dirs, files in os.walk(root):
        dirs[:] = sorted(d for d in dirs if d != "__pycache__")
        for name in sorted(files):
            if name.endswith(".py"):
                info = os.stat(os.path.join(folder, name))
                stamps.append((os.path.relpath(os.path.join(folder, name), root), info.st_mtime_ns, info.st_size))
    return digest(*stamps)


@lru_cache(maxsize=1)
def environment() -> str:
    """The installed distributions and their entry points: installing, removing or
    upgrading a plugin changes it."""
    stamps = []
    for entry in sys.path:
        try:
            with os.scandir(entry or ".") as scan:
                names = sorted(e.name for e in scan if e.name.endswith((".dist-info", ".egg-info", ".egg-link", ".pth")))
        except OSError:
            continue
        if names:  # a folder without distributions (the working directory under -m) changes nothing
            stamps.append(entry)
        for name in names:
            try:
                info = os.stat(os.path.join(entry, name, "entry_points.txt"))
                stamps.append((name, info.st_mtime_ns, info.st_size))
            except OSError:
                stamps.append(name)
    return digest(*stamps)


@lru_cache(maxsize=8)
def plugin_code(modules: tuple[str, ...]) -> str:
    """The source files of the plugin modules: an editable install or a module on
    PYTHONPATH changes code without changing any distribution's metadata.
    Found with the path finder, without importing them."""
    from importlib.machinery import PathFinder

    stamps = []
    for module in modules:
        top = module.split(":")[0].strip().split(".")[0]
        spec = PathFinder.find_spec(top) if top else None
        if spec is None:
            stamps.append((module, "<missing>"))
            continue
        roots = list(spec.submodule_search_locations or []) or [spec.origin]
        for root in roots:
            for path in _python_files(root):
                info = os.stat(path)
                stamps.append((path, info.st_mtime_ns, info.st_size))
    return digest(*stamps)


def _python_files(root: str) -> list[str]:
    if not root or not os.path.isdir(root):
        return [root] if root and os.path.exists(root) else []
    found = []
    for folder, dirs, names in os.walk(root):
        dirs[:] = sorted(d for d in dirs if d != "__pycache__")
        found += [os.path.join(folder, n) for n in sorted(names) if n.endswith(".py")]
    return found


def plugin_modules(config) -> tuple[str, ...]:
    """The modules of the third-party plugins a run under ``config`` loads."""
    from .entrypoints import entry_points
    from .plugins import GROUP

    installed = [ep.value for ep in entry_points(group=GROUP) if not ep.value.startswith("policylint")]
    return tuple(installed) + tuple(config.plugins)


def files(paths) -> str:
    """The names and contents of ``paths`` (rule files, a config file)."""
    parts = []
    for path in paths:
        try:
            with open(path, "rb") as handle:
                parts += [str(path), handle.read()]
        except OSError:
            parts += [str(path), "<unreadable>"]
    return digest(*parts)


def settings(linter, config, packs) -> str:
    """Everything but the document that a result under ``config`` depends on.

    ``packs`` are the rule pack paths of the config's registry. The config file
    is hashed as written: any edit invalidates, which is stricter than
    comparing the resolved settings.
    """
    rules = pack_files(packs)
    options = json.dumps(linter.options, sort_keys=True, default=str)
    config_file = files([config.path]) if config.path else "default"
    return digest(code(), environment(), plugin_code(plugin_modules(config)), options, config_file,
                  json.dumps(config.as_dict(), sort_keys=True, default=str), files(rules))


def pack_files(packs) -> list[str]:
    """The rule files of ``packs`` (as ``rules.rule_files`` finds them), without importing the rule loader."""
    found = []
    for pack in packs:
        if os.path.isdir(pack):
            found += [os.path.join(pack, n) for n in sorted(os.listdir(pack)) if n.endswith((".yaml", ".yml"))]
        else:
            found.append(pack)
    return found
