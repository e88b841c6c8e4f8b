"""Turn the command line's paths into the documents to lint."""
from __future__ import annotations

import errno
import os


SKIP_DIRS = {".git", ".hg", ".svn", "node_modules", ".venv", "venv", "__pycache__", ".tox", ".nox",
             ".mypy_cache", ".pytest_cache", ".ruff_cache", ".policylint_cache", "site-packages"}


def collect(paths, linter, warn, error=None, follow_links: bool = False) -> list[str]:
    """Files to lint, in a stable order. Folders are walked; a symbolic link in one that
    leads outside it is followed only with ``follow_links`` (a pull request must not pull
    outside text into a report).

    A path that cannot be linted (missing, a broken link, a folder without
    documents) and a symbolic link loop met while walking are passed to
    ``error`` (a warning when ``error`` is None); the other paths are still linted.
    """
    error = error or warn
    chosen: list[str] = []
    for path in paths:
        if path == "-":
            chosen.append(path)
        elif os.path.isdir(path):
            found = list(_walk(path, linter, warn, error, follow_links))
            if not found:
                error(f"{path}: no Markdown or text documents in this folder")
            chosen.extend(found)
        elif os.path.lexists(path) and not os.path.exists(path):
            error(f"{path}: {'symbolic link loop' if _is_loop(path) else 'broken symbolic link'}")
        elif not os.path.exists(path):
            error(f"{path}: {_missing(path)}")
        elif not linter.config_for(path).excluded(path):
            chosen.append(path)
    seen = set()
    return [p for p in chosen if not (identity(p) in seen or seen.add(identity(p)))]


def identity(path: str):
    """The file behind ``path``: ``t.md`` and ``./t.md``, a symbolic or a hard link to it are one
    document, linted (and fixed) once."""
    if path == "-":
        return path
    try:
        info = os.stat(path)
    except OSError:
        return os.path.realpath(path)
    return info.st_dev, info.st_ino


def _missing(path: str) -> str:
    try:
        os.stat(path)
    except OSError as exc:
        if exc.errno == errno.ENAMETOOLONG:
            return "file name too long"
    return "no such file or directory"


def _is_loop(path: str) -> bool:
    try:
        os.stat(path)
    except OSError as exc:
        return exc.errno == errno.ELOOP
    return False


def _walk(top: str, linter, warn, error, follow_links: bool):
    real_of: dict[str, str] = {}  # folder as walked -> its real path
    visited = set()
    inside = _inside(top) if not follow_links else lambda path: True

    def stays_inside(path: str) -> bool:
        if not os.path.islink(path) or inside(path):
            return True
        warn(f"{path}: warning: symbolic link leads outside {top}, not followed (--follow-links follows it)")
        return False

    for folder, dirs, files in os.walk(top, followlinks=True, onerror=lambda e: warn(f"{e.filename}: warning: cannot read folder: {e.strerror}")):
        real = os.path.realpath(folder)
        real_of[folder] = real
        if real in visited:
            ancestor = _ancestor_with(folder, real, top, real_of)
            if ancestor is not None:
                error(f"{folder}: symbolic link loop (leads back to {ancestor}), not followed")
            dirs[:] = []  # a second link to a folder already linted: nothing new to see
            continue
        visited.add(real)
        dirs[:] = sorted(d for d in dirs if d not in SKIP_DIRS and not _is_virtualenv(os.path.join(folder, d))
                         and stays_inside(os.path.join(folder, d)))
        config = linter.config_for(os.path.join(folder, "x"))
        for name in sorted(files):
            path = os.path.join(folder, name)
            if os.path.islink(path) and _is_loop(path):
                error(f"{path}: symbolic link loop")
            elif config.included(path) and not config.excluded(path) and os.path.isfile(path) and stays_inside(path):
                yield path


def _inside(top: str):
    """Does a path lead (through any links) to ``top`` or below it?"""
    root = os.path.realpath(top)
    prefix = root.rstrip(os.sep) + os.sep

    def test(path: str) -> bool:
        real = os.path.realpath(path)
        return real == root or real.startswith(prefix)

    return test


def _ancestor_with(folder: str, real: str, top: str, real_of: dict) -> str | None:
    """The folder on the way to ``folder`` that is ``real`` itself (a loop), or None."""
    parent = os.path.dirname(folder)
    while parent and parent != folder:
        if real_of.get(parent) == real:
            return parent
        if parent == top:
            break
        folder, parent = parent, os.path.dirname(parent)
    return None


def _is_virtualenv(folder: str) -> bool:
    return os.path.exists(os.path.join(folder, "pyvenv.cfg"))
