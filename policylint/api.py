"""The library API: lint strings in any process, reading nothing from the disk unless asked.

Results are plain records (dicts with the fields of ``--format json``), so
they pickle, cross process boundaries and become table rows as they are.
Each process keeps the compiled rules of the last few configs it was given,
so calling ``lint_text`` once per document in a worker compiles the rules
once, not once per call.
"""
from __future__ import annotations

import os
import threading

from .errors import PolicylintError

# the fields of --format json, in its order (then "fix")
FIELDS = ("path", "line", "column", "end_line", "end_column", "rule", "code", "severity", "message")
KEEP = 8  # configs whose compiled rules a process keeps
_LOCK = threading.Lock()
_REGISTRY = None
_LINTERS: dict = {}  # key -> (Linter, Config), least recently used first


def lint_text(text, path: str = "<string>.md", config=None, lang: str | None = None) -> list[dict]:
    """The findings of ``text`` read as the document ``path``, sorted by line, column and code.

    ``path`` is reported as given and picks the parser: Markdown for ``.md``,
    ``.markdown`` (and the like), plain text otherwise. ``text`` may be bytes,
    decoded as the command line decodes a file. ``config`` is None (the
    built-in defaults; no ``.policylint.yaml`` is looked for), the path of a
    config file, a mapping with the keys of ``.policylint.yaml``, or a
    ``policylint.config.Config``; a config file is read once per process.
    ``lang`` (an ISO 639-1 tag, as ``--lang``) is the language of a document
    whose front matter names none, instead of the config's or a guess.

    Each record has path, line, column, end_line, end_column, rule, code,
    severity, message and fix (``{"replacement": ...}`` or None). A document
    policylint cannot read (binary bytes) or a rule that fails raises
    ``PolicylintError`` (``lint_document`` reports them instead), as does a bad
    config or language.
    """
    result = lint_document(text, path, config, lang)
    if result["errors"]:
        raise PolicylintError(result["errors"][0])
    return result["findings"]


def lint_texts(documents, config=None, lang: str | None = None) -> list[dict]:
    """The findings of many documents, in their order: ``documents`` is a mapping of path to
    text or an iterable of ``(path, text)`` pairs; ``config`` and ``lang`` as for ``lint_text``."""
    pairs = documents.items() if hasattr(documents, "items") else documents
    found: list[dict] = []
    for path, text in pairs:
        found.extend(lint_text(text, path, config, lang))
    return found


def lint_document(text, path: str, config=None, lang: str | None = None) -> dict:
    """``{"path", "findings", "errors", "warnings"}`` for one document; never raises for the
    document's own problems, so one unreadable file does not stop a batch of thousands.

    ``errors`` are the one-line messages the command line prints with exit 2
    (binary bytes, a rule that failed, bad front matter); ``warnings`` those it
    prints and goes on (bytes decoded as cp1252). A bad ``config`` or ``lang``
    is the caller's mistake and raises ``PolicylintError``.
    """
    from .source import BOM, Source, decode

    _linter(config, lang)  # a bad config is the caller's error, even for a document that is not read
    warning = None
    if isinstance(text, (bytes, bytearray)):
        try:
            source, warning = decode(bytes(text), path)
        except PolicylintError as exc:
            return {"path": path, "findings": [], "errors": [str(exc)], "warnings": []}
    elif isinstance(text, str):
        source = Source(path, text[1:] if text.startswith(BOM) else text, text.startswith(BOM))
    else:
        raise TypeError(f"text must be str or bytes, not {type(text).__name__}")
    result = lint_source(source, config, lang)
    if warning:
        result["warnings"].insert(0, warning)
    return result


def lint_source(source, config=None, lang: str | None = None) -> dict:
    """``lint_document`` for a ``policylint.source.Source`` already read and decoded."""
    from .reporters.json import record

    linter, settings = _linter(config, lang)
    result = linter.lint_source(source, settings)
    return {"path": source.path, "findings": [record(f) for f in result.findings], "errors": list(result.errors),
            "warnings": []}


def settings(config=None, lang: str | None = None):
    """The ``Config`` that ``config`` stands for (see ``lint_text``), loaded once per process;
    a bad config or language raises ``PolicylintError`` here, before any document is linted."""
    return _linter(config, lang)[1]


def _linter(config, lang):
    """The Linter and Config for these settings, built once per process."""
    global _REGISTRY
    key = (_config_key(config), lang)
    with _LOCK:
        if key in _LINTERS:
            _LINTERS[key] = _LINTERS.pop(key)  # most recently used last
            return _LINTERS[key]
        from .engine import Linter
        from .languages import language_problem
        from .plugins import Registry

        if lang is not None and language_problem(lang):
            raise PolicylintError(f"lang: {language_problem(lang)}")
        if _REGISTRY is None:
            _REGISTRY = Registry()
        linter = Linter(registry=_REGISTRY, lang=lang)
        built = _LINTERS[key] = (linter, _config(config, _REGISTRY))
        while len(_LINTERS) > KEEP:
            del _LINTERS[next(iter(_LINTERS))]
        return built


def _config_key(config):
    from .config import Config

    if config is None:
        return ("default",)
    if isinstance(config, (str, os.PathLike)):
        return ("file", os.path.abspath(os.fspath(config)))
    if isinstance(config, Config):
        return ("config", repr(config))
    if isinstance(config, dict):
        return ("mapping", repr(sorted(config.items(), key=lambda item: str(item[0]))))
    raise TypeError(f"config must be None, a file path, a mapping or a Config, not {type(config).__name__}")


def _config(config, registry):
    from .config import Config, config_from_data, load_config

    if config is None:
        return Config()
    if isinstance(config, (str, os.PathLike)):
        return load_config(os.fspath(config), registry)
    if isinstance(config, Config):
        return config
    settings = config_from_data(config, "config", registry, root=os.getcwd())
    settings.path = None
    return settings
