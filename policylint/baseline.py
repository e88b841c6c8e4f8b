"""Baselines: record today's findings, then report only new ones.

A finding's fingerprint is its rule code, the normalised text of the line it
starts on and its occurrence index among findings of that rule on lines with
the same text in the file (the eslint/ruff approach). Line numbers are left
out, so inserting or removing lines above a finding does not make it "new";
editing the flagged line does, which is what a reviewer wants to see. A
finding about the whole document (a rule with ``reports: document``: no
contact e-mail, no date) is keyed by its message instead: it is not about the
line it is shown on, so editing the title must not make it new.
Paths are stored relative to the baseline file's folder, so the file works
from any working directory and on any machine.
"""
from __future__ import annotations

import hashlib
import json
import os
import re
from pathlib import Path

from .errors import PolicylintError
from .escape import encodable
from .positions import PositionMap

VERSION = 1
_SPACE = re.compile(r"\s+")


def normalised_line(text: str, line: int, positions: PositionMap | None = None) -> str:
    """The text of 1-based ``line`` with runs of white space collapsed."""
    positions = positions or PositionMap(text)
    if not 1 <= line <= positions.line_count:
        return ""
    start, end = positions.line_span(line)
    return _SPACE.sub(" ", text[start:end]).strip()


def fingerprints(findings, sources: dict) -> dict:
    """Finding -> fingerprint for every finding (``sources``: path -> Source)."""
    maps: dict = {}
    seen: dict = {}
    result = {}
    for finding in sorted(findings, key=lambda f: f.sort_key):
        source = sources.get(finding.path)
        if source is None or finding.whole:
            line = "\0document\0" + finding.message
        else:
            if finding.path not in maps:
                maps[finding.path] = PositionMap(source.text)
            line = normalised_line(source.text, finding.line, maps[finding.path])
        key = (finding.path, finding.code, line)
        occurrence = seen.get(key, 0)
        seen[key] = occurrence + 1
        digest = hashlib.sha256(f"{finding.code}\0{line}\0{occurrence}".encode("utf-8", "surrogatepass")).hexdigest()
        result[finding] = digest[:20]
    return result


def _relative(path: str, folder: str) -> str:
    """``path`` as recorded: relative to ``folder``, bytes that are not UTF-8 written ``\\xff``."""
    try:
        return encodable(Path(os.path.relpath(os.path.abspath(path), folder)).as_posix())
    except ValueError:  # another drive on Windows
        return encodable(Path(os.path.abspath(path)).as_posix())


def write(target: str, findings, sources: dict) -> int:
    """Record ``findings`` in ``target``; returns how many were written."""
    folder = os.path.dirname(os.path.abspath(target))
    prints = fingerprints(findings, sources)
    entries = [
        {"path": _relative(f.path, folder), "code": f.code, "rule": f.rule, "fingerprint": prints[f],
         "line": f.line, "message": encodable(f.message)}
        for f in sorted(findings, key=lambda f: f.sort_key)
    ]
    data = {"version": VERSION, "tool": "policylint", "findings": entries}
    try:
        with open(target, "w", encoding="utf-8", newline="\n") as handle:
            json.dump(data, handle, indent=2, ensure_ascii=False)
            handle.write("\n")
    except OSError as exc:
        raise PolicylintError(f"cannot write baseline: {exc.strerror or exc}", target) from None
    return len(entries)


def load(target: str) -> set:
    """The (path, fingerprint) pairs recorded in ``target``."""
    try:
        with open(target, "rb") as handle:
            data = json.loads(handle.read().decode("utf-8"))
    except FileNotFoundError:
        raise PolicylintError("no such baseline file (create it with --write-baseline)", target) from None
    except OSError as exc:
        raise PolicylintError(f"cannot read baseline: {exc.strerror or exc}", target) from None
    except json.JSONDecodeError as exc:
        raise PolicylintError(f"not a policylint baseline: {exc.msg}", target, exc.lineno, exc.colno) from None
    except UnicodeDecodeError as exc:
        raise PolicylintError(f"not a policylint baseline: not valid UTF-8 (byte {exc.start + 1})", target) from None
    except RecursionError:
        raise PolicylintError("not a policylint baseline: nested too deeply", target) from None
    if not isinstance(data, dict) or data.get("version") != VERSION or not isinstance(data.get("findings"), list):
        raise PolicylintError(f"not a policylint baseline (expected version {VERSION} with a findings list)", target)
    entries = data["findings"]
    if not all(isinstance(entry, dict) and isinstance(entry.get("path"), str)
               and isinstance(entry.get("fingerprint"), str) for entry in entries):
        raise PolicylintError("not a policylint baseline: each finding needs path and fingerprint", target)
    return {(entry["path"], entry["fingerprint"]) for entry in entries}


def new_findings(findings, sources: dict, target: str) -> tuple[list, int]:
    """The findings not recorded in the baseline ``target``, and how many were recorded."""
    known = load(target)
    folder = os.path.dirname(os.path.abspath(target))
    prints = fingerprints(findings, sources)
    kept = [f for f in findings if (_relative(f.path, folder), prints[f]) not in known]
    return kept, len(findings) - len(kept)
