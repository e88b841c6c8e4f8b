"""Turn the command line's paths into the documents to lint."""
from __future__ import annotations

import os

from .errors import PolicylintError

SKIP_DIRS = {".git", ".hg", ".svn", "node_modules", ".venv", "venv", "__pycache__", ".tox", ".nox",
             ".mypy_cache", ".pytest_cache", ".ruff_cache", ".policylint_cache", "site-packages"}


def collect(paths, linter, warn) -> list[str]:
    """Files to lint, in a stable order. Folders are walked; missing paths are errors."""
    chosen: list[str] = []
    for path in paths:
        if path == "-":
            chosen.append(path)
        elif os.path.isdir(path):
            found = list(_walk(path, linter, warn))
            if not found:
                raise PolicylintError("no Markdown or text documents in this folder", path)
            chosen.extend(found)
        elif os.path.lexists(path) and not os.path.exists(path):
            raise PolicylintError("broken symbolic link", path)
        elif not os.path.exists(path):
            raise PolicylintError("no such file or directory", path)
        elif not linter.config_for(path).excluded(path):
            chosen.append(path)
    seen = set()
    return [p for p in chosen if not (p in seen or seen.add(p))]


def _walk(top: str, linter, warn):
    visited = set()
    for folder, dirs, files in os.walk(top, followlinks=True, onerror=lambda e: warn(f"{e.filename}: warning: cannot read folder: {e.strerror}")):
        real = os.path.realpath(folder)
        if real in visited:
            warn(f"{folder}: warning: symbolic link loop, skipped")
            dirs[:] = []
            continue
        visited.add(real)
        dirs[:] = sorted(d for d in dirs if d not in SKIP_DIRS and not _is_virtualenv(os.path.join(folder, d)))
        config = linter.config_for(os.path.join(folder, "x"))
        for name in sorted(files):
            path = os.path.join(folder, name)
            if config.included(path) and not config.excluded(path) and os.path.isfile(path):
                yield path


def _is_virtualenv(folder: str) -> bool:
    return os.path.exists(os.path.join(folder, "pyvenv.cfg"))
