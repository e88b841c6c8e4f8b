"""``--fix`` and ``--diff``: apply the replacements fixable rules attach to findings.

Fixes are applied to the decoded text (offsets are the rules' own), the
document is linted again and the loop repeats until nothing is left to fix,
so a second ``--fix`` changes nothing; a fix still changing the text after
``MAX_ROUNDS`` rounds is its rule's error and nothing is written. Overlapping
fixes wait for the next round.

What is written is the file's own bytes with the encoded replacements spliced
in at the byte offsets of the fixed spans, so every byte outside them (a stray
non-UTF-8 byte, the BOM, the line endings) stays as it was. The file is read
again and compared with what was linted before anything is written, and once
more right before the new file takes its place: a file that changed on disk
meanwhile is never overwritten. Writing is atomic (a temporary file in the same
folder, then ``os.replace``) and keeps the mode, owner and group; a file with
other hard links, or whose owner a new file could not keep, is rewritten in
place instead. Read-only files are refused.
"""
from __future__ import annotations

import os
import stat
from .records import field, record

from .errors import PolicylintError
from .source import FALLBACK_ENCODING, Source, byte_offsets, decode, stamp_of

MAX_ROUNDS = 10


@record
class Outcome:
    """One document after fixing: its new text, its findings now and how many fixes were applied."""

    original: Source
    text: str
    result: object  # engine.Result of the fixed text
    findings: list
    applied: int
    # the text as pieces: (start, end) spans of the original text and inserted strings
    pieces: list = field(default_factory=list)
    error: str | None = None  # a fix that never settled: nothing may be written

    @property
    def changed(self) -> bool:
        return self.error is None and self.text != self.original.text

    @property
    def edits(self) -> list[tuple[int, int, str]]:
        """(start, end, replacement) in the original text's offsets: everything the fix changed."""
        edits, position, inserted = [], 0, []
        for piece in self.pieces:
            if isinstance(piece, str):
                inserted.append(piece)
                continue
            if piece[0] != position or inserted:
                edits.append((position, piece[0], "".join(inserted)))
            position, inserted = piece[1], []
        if position != len(self.original.text) or inserted:
            edits.append((position, len(self.original.text), "".join(inserted)))
        original = self.original.text
        return [(a, b, new) for a, b, new in edits if original[a:b] != new]


def fixable_span(doc, start: int, end: int, replacement: str) -> bool:
    """May ``[start, end)`` be replaced by ``replacement`` without damage?

    Only plain text: rules match the masked text, where markup inside a name is
    blank (``Cloud[walk](url)`` reads "Cloud walk"), and replacing that span
    would delete the link's bracket. Not inside code. And not where the fix would change a
    Markdown heading's anchor, which links elsewhere may point to. Such a
    finding is reported but not fixed.
    """
    from .normalize import typography

    if typography(doc.source[start:end]) != doc.text[start:end]:  # curly quotes are text, not markup
        return False
    if doc.in_code(start, end):
        return False  # a name set as code ("`Cloudwalk`") is read as prose but is the author's code
    index = doc.block_index_at(start)
    block = doc.blocks[index] if index >= 0 else None
    if doc.fmt != "markdown" or block is None or block.kind != "heading" or start >= block.end:
        return True
    title = doc.text[block.start:block.end]
    fixed = title[:start - block.start] + replacement + title[end - block.start:]
    return _anchor(title) == _anchor(fixed)


def _anchor(title: str) -> str:
    from .slugs import Slugger

    return Slugger().slug(" ".join(title.split()))


def choose(text: str, findings) -> list:
    """The fixes of ``findings`` to apply to ``text`` now: sorted, non-overlapping, each a change."""
    fixes = sorted({f.fix for f in findings if f.fix is not None}, key=lambda fix: (fix.start, fix.end))
    chosen, position = [], 0
    for fix in fixes:
        if fix.start < position:
            continue  # overlaps the previous fix: the next round sees it again
        if text[fix.start:fix.end] == fix.replacement:
            continue
        chosen.append(fix)
        position = fix.end
    return chosen


def _replace(text: str, fixes) -> str:
    pieces, position = [], 0
    for fix in fixes:
        pieces.append(text[position:fix.start])
        pieces.append(fix.replacement)
        position = fix.end
    pieces.append(text[position:])
    return "".join(pieces)


def fix_result(linter, result, findings_of) -> Outcome:
    """Fix one linted document until no fixable finding remains (``findings_of(result)`` -> findings)."""
    source = result.source
    text, total, current, findings = source.text, 0, result, findings_of(result)
    pieces: list = [(0, len(text))] if text else []
    for _ in range(MAX_ROUNDS):
        chosen = choose(text, findings)
        if not chosen:
            break
        text = _replace(text, chosen)
        pieces = _splice(pieces, chosen)
        total += len(chosen)
        current = linter.lint_source(Source(source.path, text, source.bom, source.encoding))
        findings = findings_of(current)
    else:
        pending = choose(text, findings)
        if pending:
            error = _unsettled(linter, source.path, {f.rule for f in findings if f.fix in pending})
            return Outcome(source, source.text, result, findings_of(result), 0, [(0, len(source.text))], error)
    return Outcome(source, text, current, findings, total, pieces)


def _unsettled(linter, path: str, rules) -> str:
    plugins = {rule.name: rule.plugin for rule, _, _ in linter.active_rules(linter.config_for(path))}
    names = ", ".join(f'rule "{name}" (plugin "{plugins.get(name, "?")}")' for name in sorted(rules))
    return (f"{path}: internal error: the fix of {names} still changes the text after {MAX_ROUNDS} rounds; "
            "not fixed")


def _splice(pieces: list, fixes) -> list:
    """The pieces of the text after ``fixes`` (sorted, non-overlapping, in offsets of the text
    the pieces make): one pass, however many fixes."""
    cut = _cut(pieces, sorted({offset for fix in fixes for offset in (fix.start, fix.end)}))
    out, position, k = [], 0, 0
    for piece in cut:
        while k < len(fixes) and fixes[k].start == fixes[k].end == position:  # an insertion
            out.append(fixes[k].replacement)
            k += 1
        size = _size(piece)
        if k < len(fixes) and fixes[k].start <= position < fixes[k].end:  # replaced
            if fixes[k].start == position:
                out.append(fixes[k].replacement)
            position += size
            if position == fixes[k].end:
                k += 1
            continue
        out.append(piece)
        position += size
    out.extend(fix.replacement for fix in fixes[k:])  # insertions at the very end
    return [piece for piece in out if piece != ""]


def _cut(pieces: list, offsets: list) -> list:
    """``pieces`` split at each of the ascending text ``offsets``."""
    out, position, c = [], 0, 0
    for piece in pieces:
        size = _size(piece)
        end = position + size
        while c < len(offsets) and offsets[c] <= position:
            c += 1
        inner = position
        while c < len(offsets) and offsets[c] < end:
            out.append(_part(piece, inner - position, offsets[c] - position))
            inner = offsets[c]
            c += 1
        out.append(_part(piece, inner - position, size))
        position = end
    return out


def _size(piece) -> int:
    return len(piece) if isinstance(piece, str) else piece[1] - piece[0]


def _part(piece, a: int, b: int):
    return piece[a:b] if isinstance(piece, str) else (piece[0] + a, piece[0] + b)


def _lines(text: str) -> list[str]:
    """Lines as git sees them: ended by "\\n" only (``str.splitlines`` also splits on form
    feeds, U+2028, U+0085 ..., which made diffs ``git apply`` refuses)."""
    lines = text.split("\n")
    ends = [line + "\n" for line in lines[:-1]]
    return ends + [lines[-1]] if lines[-1] else ends


def unified_diff(outcome: Outcome) -> str:
    """The fix as a unified diff (``a/`` and ``b/`` prefixes, as git prints it)."""
    import difflib

    path = outcome.original.path.replace(os.sep, "/")
    lines = difflib.unified_diff(_lines(outcome.original.text), _lines(outcome.text), f"a/{path}", f"b/{path}")
    out = []
    for line in lines:
        out.append(line if line.endswith("\n") else line + "\n\\ No newline at end of file\n")
    return "".join(out)


def fixed_bytes(outcome: Outcome, data: bytes) -> bytes:
    """``data`` (the bytes the original was decoded from) with the encoded replacements spliced in
    at the byte offsets of the fixed spans; every other byte is ``data``'s own."""
    source = outcome.original
    edits = outcome.edits
    offsets = sorted({offset for a, b, _ in edits for offset in (a, b)})
    where = dict(zip(offsets, byte_offsets(source, data, offsets)))
    out, position = [], 0
    for start, end, replacement in edits:
        if source.encoding == FALLBACK_ENCODING and not replacement.isascii():
            raise PolicylintError("not fixed: the file is not valid UTF-8 and the fix is not plain ASCII; "
                                  "fix it by hand", source.path)
        out.append(data[position:where[start]])
        out.append(replacement.encode(source.codec))
        position = where[end]
    out.append(data[position:])
    new = b"".join(out)
    try:
        check, _ = decode(new, source.path)
    except PolicylintError:  # the fix would make it binary (a NUL byte)
        check = Source(source.path, "")
    if (check.text, check.bom, check.encoding) != (outcome.text, source.bom, source.encoding):
        raise PolicylintError(f"not fixed: the fix cannot be written in the file's encoding ({source.encoding}) "
                              "without changing other bytes; fix it by hand", source.path)
    return new


def write(outcome: Outcome) -> None:
    """Write the fixed document over its file, unless the file changed since it was read."""
    source = outcome.original
    target = os.path.realpath(source.path)  # write through a symbolic link, keep the link
    try:
        with open(target, "rb") as handle:
            info = os.fstat(handle.fileno())
            data = handle.read()
    except OSError as exc:
        raise PolicylintError(f"cannot fix: {exc.strerror or exc}", source.path) from None
    now, _ = decode(data, source.path)
    if (source.stamp not in (None, stamp_of(info))
            or (now.text, now.bom, now.encoding) != (source.text, source.bom, source.encoding)):
        raise _changed(source)
    if not info.st_mode & (stat.S_IWUSR | stat.S_IWGRP | stat.S_IWOTH) or not os.access(target, os.W_OK):
        raise PolicylintError("read-only file; not fixed", source.path)
    new = fixed_bytes(outcome, data)
    if info.st_nlink > 1 or not _replace_file(source, target, new, data, info):
        _rewrite_in_place(source, target, new, data, info)


def _changed(source: Source) -> PolicylintError:
    return PolicylintError("changed on disk since it was read; not fixed (run again)", source.path)


def _unchanged(source: Source, target: str, data: bytes, info) -> None:
    """Raise unless ``target`` still has the bytes and identity it had when ``data`` was read."""
    try:
        with open(target, "rb") as handle:
            now = os.fstat(handle.fileno())
            same = stamp_of(now) == stamp_of(info) and handle.read() == data
    except OSError:
        same = False
    if not same:
        raise _changed(source)


def _replace_file(source: Source, target: str, new: bytes, data: bytes, info) -> bool:
    """Write ``new`` to a temporary file and rename it over ``target``; False (nothing done)
    when the new file could not keep the owner and group."""
    import tempfile

    folder = os.path.dirname(target) or "."
    name = os.path.basename(target)
    try:  # a short prefix: a long file name plus the suffix could pass the file system's limit
        fd, temp = tempfile.mkstemp(dir=folder, prefix=f".{name[:40]}.", suffix=".tmp")
    except OSError as exc:
        raise PolicylintError(f"cannot write the fix: cannot create a file in its folder: {exc.strerror or exc}",
                              source.path) from None
    done = False
    try:
        with os.fdopen(fd, "wb") as handle:
            handle.write(new)
            handle.flush()
            os.fsync(handle.fileno())
        os.chmod(temp, stat.S_IMODE(info.st_mode))
        mine = os.stat(temp)
        if (mine.st_uid, mine.st_gid) != (info.st_uid, info.st_gid):
            try:
                os.chown(temp, info.st_uid, info.st_gid)
            except OSError:
                return False  # not allowed to give the file away: write in place instead
        _unchanged(source, target, data, info)  # an editor may have saved it meanwhile
        os.replace(temp, target)
        done = True
    except OSError as exc:
        raise PolicylintError(f"cannot write the fix: {exc.strerror or exc}", source.path) from None
    finally:
        if not done:  # an error, a refusal or Ctrl-C: leave no temporary file behind
            try:
                os.unlink(temp)
            except OSError:
                pass
    return True


def _rewrite_in_place(source: Source, target: str, new: bytes, data: bytes, info) -> None:
    """Overwrite ``target``'s own bytes: its inode, hard links, owner and group stay.

    Not atomic, so Ctrl-C is held back while the bytes are written.
    """
    import signal

    held = hasattr(signal, "pthread_sigmask")
    try:
        with open(target, "r+b") as handle:
            now = os.fstat(handle.fileno())
            if stamp_of(now) != stamp_of(info) or handle.read() != data:
                raise _changed(source)
            if held:
                signal.pthread_sigmask(signal.SIG_BLOCK, {signal.SIGINT})
            try:
                handle.seek(0)
                handle.write(new)
                handle.truncate()
                handle.flush()
                os.fsync(handle.fileno())
            finally:
                if held:
                    signal.pthread_sigmask(signal.SIG_UNBLOCK, {signal.SIGINT})
    except OSError as exc:
        raise PolicylintError(f"cannot write the fix: {exc.strerror or exc}", source.path) from None
