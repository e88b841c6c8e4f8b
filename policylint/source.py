"""Read bytes into text the way policylint lints it: BOM stripped, EOLs kept.

UTF-8 by default; UTF-16 and UTF-32 when the file starts with their byte-order
mark (Notepad and PowerShell write them). Bytes UTF-8 rejects are read as
cp1252, one character per byte, so ``--fix`` can still put every byte it did
not change back where it was (see ``byte_offsets``).
"""
from __future__ import annotations

import codecs
import os
from .records import field, record

from .errors import PolicylintError

BOM = "\ufeff"
MARKDOWN_SUFFIXES = (".md", ".markdown", ".mdown", ".mkd", ".mdx")
# "cp1252" marks a file that is UTF-8 except for bytes read as cp1252
FALLBACK_ENCODING = "cp1252"
# UTF-32 LE first: its mark starts with the UTF-16 LE one
WIDE_BOMS = ((codecs.BOM_UTF32_LE, "utf-32-le", "UTF-32"), (codecs.BOM_UTF32_BE, "utf-32-be", "UTF-32"),
             (codecs.BOM_UTF16_LE, "utf-16-le", "UTF-16"), (codecs.BOM_UTF16_BE, "utf-16-be", "UTF-16"))


@record
class Source:
    path: str
    text: str
    bom: bool = False
    encoding: str = "utf-8"
    # (size, mtime_ns, device, inode) when read: --fix writes nothing if the file changed since
    stamp: tuple | None = None
    # the bytes, kept only for stdin (a file is read again before it is fixed)
    data: bytes | None = field(default=None, repr=False, compare=False)

    @property
    def fmt(self) -> str:
        return "markdown" if self.path.lower().endswith(MARKDOWN_SUFFIXES) else "text"

    @property
    def codec(self) -> str:
        """The codec of the text around the fallback bytes (what a fix is written in)."""
        return "utf-8" if self.encoding == FALLBACK_ENCODING else self.encoding


def _cp1252_bytes(exc: UnicodeDecodeError):
    """Decode the bytes UTF-8 rejects as cp1252, one character per byte.

    Valid UTF-8 around them stays as it is, so a file that is UTF-8 but for a
    stray byte keeps its columns, and a cp1252 file reads as cp1252.
    """
    bad = exc.object[exc.start:exc.end]
    return bad.decode("cp1252", errors="replace"), exc.end


_FALLBACK = "policylint-cp1252"
codecs.register_error(_FALLBACK, _cp1252_bytes)


def is_binary(data: bytes) -> bool:
    return b"\x00" in data[:8192]


def decode(data: bytes, path: str) -> tuple[Source, str | None]:
    """Decode ``data``; returns the source and a warning when a fallback was needed."""
    for mark, encoding, name in WIDE_BOMS:
        if data.startswith(mark):
            return _decode_wide(data[len(mark):], encoding, name, path), None
    if is_binary(data):
        raise PolicylintError("binary file (contains NUL bytes), not a text document", path)
    warning = None
    try:
        text = data.decode("utf-8")
        encoding = "utf-8"
    except UnicodeDecodeError as exc:
        line = data.count(b"\n", 0, exc.start) + 1
        text = data.decode("utf-8", errors=_FALLBACK)
        encoding = FALLBACK_ENCODING
        warning = f"{path}:{line}: warning: not valid UTF-8, decoded as cp1252"
    bom = text.startswith(BOM)
    if bom:
        text = text[1:]
    return Source(path, text, bom, encoding), warning


def _decode_wide(body: bytes, encoding: str, name: str, path: str) -> Source:
    """A UTF-16 or UTF-32 document (its byte-order mark already taken off)."""
    try:
        text = body.decode(encoding)
    except UnicodeDecodeError:
        text = None
    if text is None or "\x00" in text[:8192]:
        raise PolicylintError(f"binary file (starts with a {name} byte-order mark but is not {name} text), "
                              "not a text document", path)
    return Source(path, text, True, encoding)


def byte_offsets(source: Source, data: bytes, offsets) -> list[int]:
    """Where each of the ascending text ``offsets`` of ``source`` starts in ``data``, the bytes
    ``source`` was decoded from (BOM included)."""
    position = len(BOM.encode(source.codec)) if source.bom else 0
    text, found, previous = source.text, [], 0
    if source.encoding != FALLBACK_ENCODING:  # the codec maps every character to its own bytes
        for offset in offsets:
            position += len(text[previous:offset].encode(source.codec))
            found.append(position)
            previous = offset
        return found
    for offset in offsets:  # a character is its UTF-8 bytes where they are there, else one byte
        for char in text[previous:offset]:
            if char < "\x80":
                position += 1
            else:
                encoded = char.encode("utf-8")
                position += len(encoded) if data.startswith(encoded, position) else 1
        found.append(position)
        previous = offset
    return found


def stamp_of(info: os.stat_result) -> tuple:
    """What says a file was not replaced or rewritten since it was read."""
    return info.st_size, info.st_mtime_ns, info.st_dev, info.st_ino


def read_path(path: str, name: str | None = None) -> tuple[Source, str | None]:
    """The document in the file ``path``, reported as ``name`` (default: ``path``; a Dask
    worker reads the absolute path of a file the command line names relatively)."""
    name = path if name is None else name
    try:
        with open(path, "rb") as handle:
            stamp = stamp_of(os.fstat(handle.fileno()))
            data = handle.read()
    except FileNotFoundError:
        raise PolicylintError("no such file or directory", name) from None
    except IsADirectoryError:
        raise PolicylintError("is a directory", name) from None
    except PermissionError:
        raise PolicylintError("permission denied", name) from None
    except OSError as exc:
        raise PolicylintError(f"cannot read: {exc.strerror or exc}", name) from None
    source, warning = decode(data, name)
    source.stamp = stamp
    return source, warning


def read_stdin(stream, path: str) -> tuple[Source, str | None]:
    """Standard input as a source; its bytes are kept, since ``--fix`` cannot read them again."""
    data = stream.read()
    source, warning = decode(data, path)
    source.data = data
    return source, warning
