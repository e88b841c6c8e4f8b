"""Read bytes into text the way policylint lints it: UTF-8, BOM stripped, EOLs kept."""
from __future__ import annotations

import codecs
from dataclasses import dataclass

from .errors import PolicylintError

BOM = "\ufeff"
MARKDOWN_SUFFIXES = (".md", ".markdown", ".mdown", ".mkd", ".mdx")


@dataclass
class Source:
    path: str
    text: str
    bom: bool = False
    encoding: str = "utf-8"

    @property
    def fmt(self) -> str:
        return "markdown" if self.path.lower().endswith(MARKDOWN_SUFFIXES) else "text"


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
    if is_binary(data):
        raise PolicylintError("binary file (contains NUL bytes), not a text document", path)
    warning = None
    try:
        text = data.decode("utf-8")
        encoding = "utf-8"
    except UnicodeDecodeError as exc:
        line = data.count(b"\n", 0, exc.start) + 1
        text = data.decode("utf-8", errors=_FALLBACK)
        encoding = "cp1252"
        warning = f"{path}:{line}: warning: not valid UTF-8, decoded as cp1252"
    bom = text.startswith(BOM)
    if bom:
        text = text[1:]
    return Source(path, text, bom, encoding), warning


def read_path(path: str) -> tuple[Source, str | None]:
    try:
        with open(path, "rb") as handle:
            data = handle.read()
    except FileNotFoundError:
        raise PolicylintError("no such file or directory", path) from None
    except IsADirectoryError:
        raise PolicylintError("is a directory", path) from None
    except PermissionError:
        raise PolicylintError("permission denied", path) from None
    except OSError as exc:
        raise PolicylintError(f"cannot read: {exc.strerror or exc}", path) from None
    return decode(data, path)
