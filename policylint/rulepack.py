"""The compiled rule pack: the rules of a run, validated once and kept as plain data.

Loading the rule files means YAML parsing and validating every rule against its
kind: most of a cold run's start-up. Once that is done, the rules are stored in
the project's cache folder (``.policylint_cache/rules/``) with ``marshal``, keyed
by policylint's code, the installed plugins and their code, the config's extra
plugins and rule packs, and the rule files' names and contents. A later run whose
rules are unchanged reads them back without importing a YAML parser, pluggy or any
kind it does not use: a rule's kind is imported when the rule first applies to a
document (see ``LazyKind``).

Under ``--no-cache`` a stored pack is read but nothing is written: the pack depends
on no document, only the results cache is switched off.
"""
from __future__ import annotations

import contextlib
import importlib
import marshal
import os

from . import fingerprint
from .rules import RuleDef

FORMAT = 1  # bump when the stored layout changes
_FIELDS = ("code", "name", "severity", "summary", "rationale", "kind", "params", "examples", "languages", "path",
           "text", "plugin", "fixable", "scope", "supersedes", "reports", "per_set")


class LazyKind:
    """A rule's kind class, imported on first use (an attribute or a call)."""

    __slots__ = ("module", "qualname", "_cls")

    def __init__(self, module: str, qualname: str):
        self.module, self.qualname, self._cls = module, qualname, None

    def resolve(self) -> type:
        if self._cls is None:
            target = importlib.import_module(self.module)
            for part in self.qualname.split("."):
                target = getattr(target, part)
            self._cls = target
        return self._cls

    def __getattr__(self, name):
        return getattr(self.resolve(), name)

    def __call__(self, *args, **kwargs):
        return self.resolve()(*args, **kwargs)


def plugin_packs(linter, config, store, write: bool) -> list | None:
    """The rule pack paths of ``config``'s plugins (see ``plugin_index``), or None."""
    index = plugin_index(linter, config, store, write)
    return None if index is None else index["packs"]


def plugin_index(linter, config, store, write: bool) -> dict | None:
    """The small plugin index in ``store``: the rule packs, reporters and modules of
    ``config``'s plugins, keyed by the installed distributions (built from the registry when
    missing and ``write`` is set). None when unknown or when plugins failed (such runs are
    never cached). Sets the linter's reporter index as well."""
    extras = (tuple(config.plugins), tuple(config.rule_packs))
    name = os.path.join(store.dir, "plugins-" + fingerprint.digest(fingerprint.environment(), fingerprint.code(),
                                                                   extras) + ".json")
    index = store.read(name)
    if not (isinstance(index, dict) and isinstance(index.get("packs"), list)
            and isinstance(index.get("reporters"), dict)):
        if not write:
            return None
        registry = linter.registry_for(config)
        index = {"packs": [path for _, path in registry.packs],
                 "reporters": {fmt: plugin for fmt, (plugin, _) in registry.reporter_plugins.items()},
                 "modules": list(fingerprint.plugin_modules(config))}
        if registry.internal_errors or linter.internal_errors:
            return None
        store.write(name, index)
    if extras == ((), ()):
        linter.reporter_plugins = index["reporters"]
    return index


def _entry(store, config, index) -> str:
    # the plugin modules come from the index (keyed by the installed distributions), which
    # spares reading every distribution's entry points on each run
    modules = index.get("modules")
    modules = tuple(modules) if isinstance(modules, list) else fingerprint.plugin_modules(config)
    packs = index["packs"]
    key = fingerprint.digest(FORMAT, fingerprint.code(), fingerprint.environment(),
                             fingerprint.plugin_code(modules), tuple(config.plugins),
                             tuple(config.rule_packs), packs, fingerprint.files(fingerprint.pack_files(packs)))
    return os.path.join(store.dir, "rules", key + ".marshal")


def load(linter, config, write: bool) -> dict:
    """name -> RuleDef for the rules under ``config``: from the stored pack when it matches,
    else from the registry (then stored, when ``write`` is set and no plugin failed)."""
    from .cache import ResultCache

    store = ResultCache(config.root)
    index = plugin_index(linter, config, store, write)
    entry = _entry(store, config, index) if index is not None else None
    if entry is not None:
        from . import regexstore

        regexstore.install(os.path.join(os.path.dirname(entry), fingerprint.digest(entry, regexstore.version()) + ".re"),
                           write)
        rules = _read(entry)
        if rules is not None:
            return rules
    rules = linter.registry_for(config).rules
    if entry is not None and write and not linter.internal_errors and not linter.registry_for(config).internal_errors:
        _write(store, entry, rules)
    return rules


def _read(path: str) -> dict | None:
    try:
        with open(path, "rb") as handle:
            rows = marshal.loads(handle.read())
        rules = {}
        for row in rows:
            module, qualname = row["kind_class"]
            rule = RuleDef(**{name: row[name] for name in _FIELDS}, kind_class=LazyKind(module, qualname))
            rules[rule.name] = rule
        return rules
    except (OSError, EOFError, ValueError, TypeError, KeyError):  # missing, truncated or another layout: a miss
        return None


def _write(store, path: str, rules: dict) -> None:
    """Store ``rules``; kinds that cannot be imported by name (made inside a function) keep
    the pack out of the cache."""
    rows = []
    for rule in rules.values():
        cls = rule.kind_class
        if isinstance(cls, LazyKind):
            module, qualname = cls.module, cls.qualname
        else:
            module, qualname = getattr(cls, "__module__", None), getattr(cls, "__qualname__", "")
        if not module or "<" in qualname:
            return
        row = {name: getattr(rule, name) for name in _FIELDS}
        row["kind_class"] = (module, qualname)
        rows.append(row)
    try:
        data = marshal.dumps(rows)
    except ValueError:  # a param value marshal cannot keep
        return
    with contextlib.suppress(OSError):
        store.ready()
        os.makedirs(os.path.dirname(path), exist_ok=True)
        temporary = f"{path}.{os.getpid()}.tmp"
        with open(temporary, "wb") as out:
            out.write(data)
        os.replace(temporary, path)
    trim(os.path.dirname(path))


KEEP = 8  # packs (and pattern stores) kept: a few configs, and the versions just before


def trim(folder: str) -> None:
    """Keep the newest few of each kind of file: each upgrade or edited rule file makes a new one."""
    with contextlib.suppress(OSError):
        for suffix in (".marshal", ".re"):
            found = sorted((e for e in os.scandir(folder) if e.name.endswith(suffix)),
                           key=lambda e: e.stat().st_mtime_ns, reverse=True)
            for old in found[KEEP:]:
                os.unlink(old.path)
