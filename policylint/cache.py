"""Per-file results cache, like ruff's: a document is not linted again while its
text, its config, the rules, the plugins and policylint itself are unchanged.

Lives in ``.policylint_cache/`` at the project root (the folder of the config
file, or the working directory), with a ``.gitignore`` of ``*`` so it is never
committed. Each document path has a folder of entries, one per settings key
(options, config, rules, plugins), so runs with different options do not evict
each other; a few of the newest are kept per document, and the folders of
documents that no longer exist are pruned when a run stores new entries.
Entries are written to a temporary file and renamed, so a reader never sees
half of one; an entry that cannot be read or decoded, or whose fields have the
wrong types, is a miss, never an error.
"""
from __future__ import annotations

import contextlib
import dataclasses
import json
import os

from .fingerprint import digest

CACHE_DIR = ".policylint_cache"
KEEP_PER_DOCUMENT = 8  # settings variants kept per document (--select runs, profiles ...)
STORED = ("findings", "warnings", "suppressions")  # the fields of a Result kept in an entry


class _Types(dict):
    """Type name -> class, imported on first use (most entries hold no suppression)."""

    def __missing__(self, name):
        if name in ("Finding", "Fix"):
            from . import findings as module
        elif name == "Suppression":
            from . import suppress as module
        else:
            raise KeyError(name)
        self[name] = getattr(module, name)
        return self[name]


def encode(value):
    """Plain JSON data for findings and suppressions (dataclasses, sets, tuples)."""
    if dataclasses.is_dataclass(value):
        data = {f.name: encode(getattr(value, f.name)) for f in dataclasses.fields(value)}
        data["__type__"] = type(value).__name__
        return data
    if isinstance(value, (set, frozenset)):
        return {"__set__": sorted(encode(v) for v in value)}
    if isinstance(value, (list, tuple)):
        return [encode(v) for v in value]
    return value


def decode(value, types: dict):
    """The inverse of ``encode``; a value of the wrong type for its field raises TypeError."""
    if isinstance(value, dict):
        if "__set__" in value:
            return set(decode(v, types) for v in value["__set__"])
        data = {k: decode(v, types) for k, v in value.items() if k != "__type__"}
        if "__type__" not in value:
            return data
        cls = types[value["__type__"]]
        _check_fields(cls, data, types)
        return cls(**data)
    if isinstance(value, list):
        return [decode(v, types) for v in value]
    return value


_BUILTIN_TYPES = {"int": int, "str": str, "bool": bool, "set": set, "list": list, "dict": dict, "None": type(None)}
_FIELD_TYPES: dict = {}  # class -> field name -> the exact types its annotation allows


def _check_fields(cls, data: dict, types) -> None:
    """Each value has a type its field's annotation names (exactly: True is not a line number),
    and the lists and sets of the cached classes hold only names."""
    allowed = _FIELD_TYPES.get(cls)
    if allowed is None:
        allowed = _FIELD_TYPES[cls] = {
            f.name: tuple(_BUILTIN_TYPES.get(name) or types[name] for name in map(str.strip, str(f.type).split("|")))
            for f in dataclasses.fields(cls)}
    for name, value in data.items():
        kind = type(value)
        if kind not in allowed.get(name, ()):
            raise TypeError(f"{cls.__name__}.{name}")
        if kind in (set, list) and not all(type(item) is str for item in value):
            raise TypeError(f"{cls.__name__}.{name}")


def _valid_result(fields: dict, types) -> bool:
    """Exactly the stored fields, holding findings, suppressions and warnings."""
    from .findings import SEVERITIES

    findings, suppressions, warnings = fields.get("findings"), fields.get("suppressions"), fields.get("warnings")
    return (set(fields) == set(STORED) and type(findings) is list and type(suppressions) is list
            and type(warnings) is list
            and all(type(f) is types["Finding"] and f.severity in SEVERITIES for f in findings)
            and all(type(s) is types["Suppression"] for s in suppressions)
            and all(type(w) is str for w in warnings))


class ResultCache:
    """The cache of one project root."""

    def __init__(self, root: str):
        self.dir = os.path.join(root, CACHE_DIR)
        self._prepared = False
        self._stored = False  # whether this run stored an entry (then prune)

    # -- entries ----------------------------------------------------------
    def key(self, source, settings: str) -> str:
        return digest(settings, source.path, source.bom, source.encoding, source.text)

    def _folder(self, source) -> str:
        return os.path.join(self.dir, "files", digest(os.path.abspath(source.path)))

    def _entry(self, source, settings: str) -> str:
        return os.path.join(self._folder(source), digest(settings) + ".json")

    def get(self, source, settings: str):
        """The cached Result for ``source``, or None."""
        from .engine import Result

        data = self.read(self._entry(source, settings))
        if not isinstance(data, dict) or data.get("key") != self.key(source, settings):
            return None
        types = _Types()
        try:
            fields = decode(data["result"], types)
            if not _valid_result(fields, types):
                return None
            return Result(path=source.path, source=source, **fields)
        except (KeyError, TypeError, ValueError, AttributeError):
            return None

    def put(self, result, settings: str) -> None:
        fields = {name: encode(getattr(result, name)) for name in STORED}
        folder = self._folder(result.source)
        if not os.path.isdir(folder):
            self.write(os.path.join(folder, "path"), os.path.abspath(result.source.path))
        self.write(self._entry(result.source, settings), {"key": self.key(result.source, settings), "result": fields})
        self._stored = True

    def prune(self) -> None:
        """Drop the entries of documents that are gone, and all but the newest few of each
        document; a run that stored nothing new skips this."""
        if not self._stored:
            return
        files = os.path.join(self.dir, "files")
        try:
            folders = os.listdir(files)
        except OSError:
            return
        import shutil

        for name in folders:
            folder = os.path.join(files, name)
            path = self.read(os.path.join(folder, "path"))
            if not isinstance(path, str) or not os.path.exists(path):
                shutil.rmtree(folder, ignore_errors=True)
                continue
            with contextlib.suppress(OSError):
                entries = [e for e in os.scandir(folder) if e.name.endswith(".json")]
                entries.sort(key=lambda e: e.stat().st_mtime_ns, reverse=True)
                for old in entries[KEEP_PER_DOCUMENT:]:
                    os.unlink(old.path)

    # -- files ------------------------------------------------------------
    def read(self, path: str):
        try:
            with open(path, encoding="utf-8") as handle:
                return json.load(handle)
        except (OSError, ValueError):  # missing, unreadable, truncated or not JSON: a miss
            return None

    def write(self, path: str, data) -> None:
        """Atomic write; a read-only or full disk only costs the cache."""
        try:
            self._prepare()
            os.makedirs(os.path.dirname(path), exist_ok=True)
            import tempfile

            handle, temporary = tempfile.mkstemp(dir=os.path.dirname(path), prefix=".tmp-", suffix=".json")
            try:
                with os.fdopen(handle, "w", encoding="utf-8") as out:
                    json.dump(data, out, ensure_ascii=False, separators=(",", ":"))
                os.replace(temporary, path)
            except BaseException:
                with contextlib.suppress(OSError):
                    os.unlink(temporary)
                raise
        except (OSError, TypeError, ValueError):
            pass

    def _prepare(self) -> None:
        if self._prepared:
            return
        os.makedirs(self.dir, exist_ok=True)
        ignore = os.path.join(self.dir, ".gitignore")
        if not os.path.exists(ignore):
            with open(ignore, "w", encoding="utf-8") as handle:
                handle.write("# created by policylint: the results cache is never committed\n*\n")
        self._prepared = True


def load_config_cached(path: str, linter):
    """``load_config`` without YAML, plugins or rule files when an earlier run validated
    this very file against these very rules: a cached run of a configured project
    then loads no more than one without a config.

    The entry lives in the cache at the config's folder and records the rule pack
    paths it was validated against; their contents are compared on every use.
    """
    from . import fingerprint
    from .config import Config, load_config

    store = ResultCache(os.path.dirname(os.path.abspath(path)))
    entry = os.path.join(store.dir, "configs", digest(os.path.abspath(path)) + ".json")
    key = digest(fingerprint.code(), fingerprint.environment(), path, fingerprint.files([path]))
    data = store.read(entry)
    if isinstance(data, dict) and data.get("key") == key and isinstance(data.get("packs"), list):
        try:
            if data.get("rules") == fingerprint.files(fingerprint.pack_files(data["packs"])):
                _check_fields(Config, data["config"], {})
                if all(type(rule) is dict and set(rule) == {"severity", "params"} and type(rule["params"]) is dict
                       and type(rule["severity"]) in (str, type(None)) for rule in data["config"]["rules"].values()):
                    return Config(**data["config"])
        except (TypeError, ValueError, AttributeError, KeyError):
            pass
    config = load_config(path, linter.registry)
    registry = linter.registry_for(config)
    packs = [pack for _, pack in registry.packs]
    if not (registry.internal_errors or linter.internal_errors):
        fields = {f.name: getattr(config, f.name) for f in dataclasses.fields(config)}
        store.write(entry, {"key": key, "packs": packs, "rules": fingerprint.files(fingerprint.pack_files(packs)),
                            "config": fields})
    return config
