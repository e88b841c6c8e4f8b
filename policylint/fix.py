"""``--fix`` and ``--diff``: apply the replacements fixable rules attach to findings.

Fixes are applied to the decoded text (offsets are the rules' own), the
document is linted again and the loop repeats until nothing is left to fix,
so a second ``--fix`` changes nothing. Overlapping fixes wait for the next
round. Writing is atomic (a temporary file in the same folder, then
``os.replace``) and keeps the BOM, the line endings (fixes never touch them)
and the file's permissions. A file that changed on disk after it was read is
not written: the fix would silently undo someone's edit.
"""
from __future__ import annotations

import difflib
import os
import stat
import tempfile
from dataclasses import dataclass

from .errors import PolicylintError
from .source import BOM, Source, decode

MAX_ROUNDS = 10


@dataclass
class Outcome:
    """One document after fixing: its new text, its findings now and how many fixes were applied."""

    original: Source
    text: str
    result: object  # engine.Result of the fixed text
    findings: list
    applied: int

    @property
    def changed(self) -> bool:
        return self.text != self.original.text


def apply(text: str, findings) -> tuple[str, int]:
    """``text`` with the non-overlapping fixes of ``findings`` applied; and how many."""
    fixes = sorted({f.fix for f in findings if f.fix is not None}, key=lambda fix: (fix.start, fix.end))
    pieces, position, applied = [], 0, 0
    for fix in fixes:
        if fix.start < position:
            continue  # overlaps the previous fix: the next round sees it again
        if text[fix.start:fix.end] == fix.replacement:
            continue
        pieces.append(text[position:fix.start])
        pieces.append(fix.replacement)
        position = fix.end
        applied += 1
    pieces.append(text[position:])
    return "".join(pieces), applied


def fix_result(linter, result, findings_of) -> Outcome:
    """Fix one linted document until no fixable finding remains (``findings_of(result)`` -> findings)."""
    source = result.source
    text, total, current, findings = source.text, 0, result, findings_of(result)
    for _ in range(MAX_ROUNDS):
        text, applied = apply(text, findings)
        if not applied:
            break
        total += applied
        current = linter.lint_source(Source(source.path, text, source.bom, source.encoding))
        findings = findings_of(current)
    return Outcome(source, text, current, findings, total)


def unified_diff(outcome: Outcome) -> str:
    """The fix as a unified diff (``a/`` and ``b/`` prefixes, as git prints it)."""
    path = outcome.original.path.replace(os.sep, "/")
    lines = difflib.unified_diff(outcome.original.text.splitlines(keepends=True),
                                 outcome.text.splitlines(keepends=True), f"a/{path}", f"b/{path}")
    out = []
    for line in lines:
        out.append(line if line.endswith("\n") else line + "\n\\ No newline at end of file\n")
    return "".join(out)


def encode(source: Source, text: str) -> bytes:
    """``text`` as the file's bytes: its encoding and its BOM."""
    try:
        return ((BOM if source.bom else "") + text).encode(source.encoding)
    except UnicodeEncodeError:
        raise PolicylintError(f"not fixed: the file is not valid UTF-8 and cannot be written back as "
                              f"{source.encoding} unchanged; fix it by hand", source.path) from None


def write(outcome: Outcome) -> None:
    """Write the fixed text atomically, unless the file changed since it was read."""
    source = outcome.original
    target = os.path.realpath(source.path)  # write through a symbolic link, keep the link
    try:
        with open(target, "rb") as handle:
            now, _ = decode(handle.read(), source.path)
        mode = stat.S_IMODE(os.stat(target).st_mode)
    except OSError as exc:
        raise PolicylintError(f"cannot fix: {exc.strerror or exc}", source.path) from None
    if (now.text, now.bom) != (source.text, source.bom):
        raise PolicylintError("changed on disk since it was read; not fixed (run again)", source.path)
    data = encode(source, outcome.text)
    folder = os.path.dirname(target) or "."
    fd, temp = tempfile.mkstemp(dir=folder, prefix=f".{os.path.basename(target)}.", suffix=".tmp")
    try:
        with os.fdopen(fd, "wb") as handle:
            handle.write(data)
            handle.flush()
            os.fsync(handle.fileno())
        os.chmod(temp, mode)
        os.replace(temp, target)
    except OSError as exc:
        try:
            os.unlink(temp)
        except OSError:
            pass
        raise PolicylintError(f"cannot write the fix: {exc.strerror or exc}", source.path) from None
