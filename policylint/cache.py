"""Per-file results cache, like ruff's: a document is not linted again while its
text, its config, the rules, the plugins and policylint itself are unchanged.

Lives in ``.policylint_cache/`` at the project root (the folder of the config
file, or the working directory), with a ``.gitignore`` of ``*`` so it is never
committed. Each document path has a folder of entries, one per settings key
(options, config, rules, plugins), so runs with different options do not evict
each other; a few of the newest are kept per document, and the folders of
documents that no longer exist are pruned when a run stores new entries.
Entries are written by the process that linted the document (a first run over
thousands of files does not wait for the parent to serialise them), as compact
rows of field values, to a temporary file that is then renamed, so a reader
never sees half of one; an entry that cannot be read or decoded, or whose
fields have the wrong types, is a miss, never an error.
"""
from __future__ import annotations

import contextlib
import json
import os

from . import records
from .fingerprint import digest

CACHE_DIR = ".policylint_cache"
KEEP_PER_DOCUMENT = 8  # settings variants kept per document (--select runs, profiles ...)
_written = 0  # temporary files this process made: their names are unique per process


_NAMES: dict = {}  # record class -> attrgetter of its fields, in order
_PLAIN = (str, int, bool, type(None))


def _row(value) -> list:
    """A record as the list of its field values, in field order: compact to write and
    quick to read back (sets become sorted lists, a Fix its own row)."""
    cls = type(value)
    if cls not in _NAMES:
        import operator

        _NAMES[cls] = operator.attrgetter(*(f.name for f in records.fields(cls)))
    row = list(_NAMES[cls](value))
    for index, item in enumerate(row):
        if type(item) in _PLAIN or type(item) is list:
            continue
        if type(item) is tuple:
            row[index] = [list(place) for place in item]
            continue
        row[index] = sorted(item) if isinstance(item, (set, frozenset)) else _row(item)
    return row


_SCALARS = {"int": int, "str": str, "bool": bool}


def _from_row(cls, row):
    """The ``cls`` that ``_row`` wrote, every field checked against its annotation; a
    wrong shape or type raises ValueError (the entry is then a miss)."""
    fields = records.fields(cls)
    if type(row) is not list or len(row) != len(fields):
        raise ValueError(cls.__name__)
    values = []
    for f, item in zip(fields, row):
        kind = f.type
        if kind in _SCALARS:
            if type(item) is not _SCALARS[kind]:
                raise ValueError(f.name)
        elif kind in ("set", "list"):
            if type(item) is not list or not all(type(v) is str for v in item):
                raise ValueError(f.name)
            item = set(item) if kind == "set" else item
        elif kind == "tuple":  # related places: [path, line, column] rows
            if type(item) is not list or not all(
                    type(place) is list and len(place) == 3 and type(place[0]) is str
                    and type(place[1]) is int and type(place[2]) is int for place in item):
                raise ValueError(f.name)
            item = tuple(tuple(place) for place in item)
        elif kind == "Fix | None":
            from .findings import Fix

            item = None if item is None else _from_row(Fix, item)
        else:
            raise ValueError(f"{f.name}: {kind}")
        values.append(item)
    return cls(*values)


def pack(result) -> dict:
    """What an entry keeps of a Result: its findings, warnings, suppressions and the facts
    its policy set is checked from (see ``sets.facts``)."""
    return {"findings": [_row(f) for f in result.findings], "warnings": result.warnings,
            "suppressions": [_row(s) for s in result.suppressions], "facts": result.facts}


def unpack(data) -> dict:
    """The Result fields ``pack`` wrote; ValueError (or TypeError) for anything else."""
    from .findings import SEVERITIES, Finding

    warnings, rows = data["warnings"], data["suppressions"]
    if type(warnings) is not list or not all(type(w) is str for w in warnings) or type(rows) is not list:
        raise ValueError("warnings")
    findings = [_from_row(Finding, row) for row in data["findings"]]
    if not all(f.severity in SEVERITIES for f in findings):
        raise ValueError("severity")
    suppressions = []
    if rows:  # most documents hold none: do not import the suppression parser for them
        from .suppress import Suppression

        suppressions = [_from_row(Suppression, row) for row in rows]
    facts = data.get("facts")
    if facts is not None and type(facts) is not dict:
        raise ValueError("facts")
    return {"findings": findings, "warnings": warnings, "suppressions": suppressions, "facts": facts}


_BUILTIN_TYPES = {"int": int, "float": float, "str": str, "bool": bool, "set": set, "list": list, "dict": dict,
                  "None": type(None)}
_FIELD_TYPES: dict = {}  # class -> field name -> the exact types its annotation allows


def _check_fields(cls, data: dict, types) -> None:
    """Each value has a type its field's annotation names (exactly: True is not a line number),
    and the lists and sets of the cached classes hold only names."""
    allowed = _FIELD_TYPES.get(cls)
    if allowed is None:
        allowed = _FIELD_TYPES[cls] = {
            f.name: tuple(_BUILTIN_TYPES.get(name) or types[name] for name in map(str.strip, str(f.type).split("|")))
            for f in records.fields(cls)}
    for name, value in data.items():
        kind = type(value)
        if kind not in allowed.get(name, ()):
            raise TypeError(f"{cls.__name__}.{name}")
        if kind in (set, list) and not all(type(item) is str for item in value):
            raise TypeError(f"{cls.__name__}.{name}")


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

    def get(self, source, settings: str, facts: bool = True):
        """The cached Result for ``source``, or None; ``facts``: only one that carries the
        facts for policy sets (an entry made by a one-document run has none)."""
        from .engine import Result

        data = self.read(self._entry(source, settings))
        if not isinstance(data, dict) or data.get("key") != self.key(source, settings):
            return None
        if facts and data.get("facts") is None:
            return None
        try:
            return Result(path=source.path, source=source, **unpack(data))
        except (KeyError, TypeError, ValueError):
            return None

    def put(self, result, settings: str) -> None:
        """Store ``result``; runs in the process that linted it, so the parent does not
        serialise every entry of a big first run. A document's folder keeps its newest few."""
        folder = self._folder(result.source)
        try:
            self._prepare()
            new = self._mkdir(folder)
        except OSError:
            return
        self.write(self._entry(result.source, settings), {"key": self.key(result.source, settings),
                                                          "path": os.path.abspath(result.source.path), **pack(result)})
        if not new:
            self._trim(folder)
        self._stored = True

    def stored(self) -> None:
        """Note that an entry was stored (by this process or a worker): prune after the run."""
        self._stored = True

    def _mkdir(self, folder: str) -> bool:
        """Create a document's folder; False when it was there already."""
        try:
            os.mkdir(folder)
        except FileExistsError:
            return False
        except FileNotFoundError:
            os.makedirs(folder, exist_ok=True)
        return True

    def _trim(self, folder: str) -> None:
        with contextlib.suppress(OSError):
            entries = [e for e in os.scandir(folder) if e.name.endswith(".json") and not e.name.startswith(".")]
            if len(entries) > KEEP_PER_DOCUMENT:
                entries.sort(key=lambda e: e.stat().st_mtime_ns, reverse=True)
                for old in entries[KEEP_PER_DOCUMENT:]:
                    os.unlink(old.path)

    def prune(self, present=()) -> None:
        """Drop the folders of documents that are gone; a run that stored nothing new skips
        this. ``present`` are documents of this run: they exist, so their folders are kept
        without reading them."""
        if not self._stored:
            return
        files = os.path.join(self.dir, "files")
        try:
            folders = os.listdir(files)
        except OSError:
            return
        import shutil

        keep = {os.path.basename(self._folder(source)) for source in present}
        for name in folders:
            if name in keep:
                continue
            folder = os.path.join(files, name)
            path = None
            with contextlib.suppress(OSError, StopIteration):
                entry = next(e.path for e in os.scandir(folder) if e.name.endswith(".json") and e.name[0] != ".")
                data = self.read(entry)
                path = data.get("path") if isinstance(data, dict) else None
            if not isinstance(path, str) or not os.path.exists(path):
                shutil.rmtree(folder, ignore_errors=True)

    # -- files ------------------------------------------------------------
    def read(self, path: str):
        try:
            with open(path, encoding="utf-8") as handle:
                return json.load(handle)
        except (OSError, ValueError):  # missing, unreadable, truncated or not JSON: a miss
            return None

    def write(self, path: str, data) -> None:
        """Atomic write (a temporary file renamed); a read-only or full disk only costs the cache."""
        global _written
        try:
            text = json.dumps(data, ensure_ascii=False, separators=(",", ":")).encode("utf-8")
            self._prepare()
            folder = os.path.dirname(path)
            _written += 1
            temporary = os.path.join(folder, f".tmp-{os.getpid()}-{_written}.json")
            try:
                try:
                    handle = os.open(temporary, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o666)
                except FileNotFoundError:  # the first entry in this folder
                    os.makedirs(folder, exist_ok=True)
                    handle = os.open(temporary, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o666)
                with open(handle, "wb") as out:
                    out.write(text)
                os.replace(temporary, path)
            except BaseException:
                with contextlib.suppress(OSError):
                    os.unlink(temporary)
                raise
        except (OSError, TypeError, ValueError):
            pass

    def ready(self) -> None:
        """Create the cache folder now (a read-only disk is left for ``write`` to ignore)."""
        with contextlib.suppress(OSError):
            self._prepare()

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
        fields = {f.name: getattr(config, f.name) for f in records.fields(config)}
        store.write(entry, {"key": key, "packs": packs, "rules": fingerprint.files(fingerprint.pack_files(packs)),
                            "config": fields})
    return config
