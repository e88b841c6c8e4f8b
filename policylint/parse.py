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

    declared = _front_matter_lang(doc) or lang
    doc.lang = declared.strip().lower().replace("_", "-") if declared else detect(doc.text)
    doc.lang_declared = bool(declared)
    return doc


def _front_matter_lang(doc: Document) -> str | None:
    """The front matter's ``lang`` (or ``language``); one that is not a language tag is an
    error on the document, and the language is then taken from the config or the text."""
    import re

    for key in ("lang", "language"):
        value = doc.front_matter.get(key)
        if value is None or value == "":
            continue
        from .languages import language_problem

        problem = language_problem(value)
        if not problem:
            return value
        where = re.search(rf"^{key}[ \t]*:", doc.source, re.M)
        line = doc.source.count("\n", 0, where.start()) + 1 if where else 1
        doc.errors.append(f'{doc.path}:{line}:1: front matter "{key}": {problem}')
        return None
    return None
