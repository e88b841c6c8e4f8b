"""Source -> Document: pick the parser by format, then detect the language."""
from __future__ import annotations

from .document import Document
from .normalize import for_parsing
from .source import Source


def parse(source: Source, lang: str | None = None) -> Document:
    text, offsets = for_parsing(source.text)
    raw = source.text if text != source.text else None
    doc = Document(path=source.path, source=text, text="", fmt=source.fmt, raw=raw, offsets=offsets)
    if source.fmt == "markdown":
        from .markdown import parse_markdown

        parse_markdown(doc)
    else:
        from .plaintext import parse_text

        parse_text(doc)
    from .lang import detect

    declared = doc.front_matter.get("lang") or doc.front_matter.get("language") or lang
    doc.lang = str(declared).lower().replace("_", "-") if declared else detect(doc.text)
    return doc
