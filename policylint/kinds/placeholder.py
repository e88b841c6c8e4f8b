"""placeholder: template text that was never filled in.

``patterns`` match anywhere in the prose (``{{app_name}}``, ``<insert
date>``, ``lorem ipsum``, ``XXX``); ``bracket_fields`` are matched against
the inside of literal ``[...]`` (``[Company Name]``). Template variables of
site generators (``{{ site.title }}``, ``{{ page.date | date }}``, or
``{{title}}`` under a ``Title:`` metadata header) are not placeholders: the
generator fills them. Bracketed fields in an example ("e.g. [user name]
deleted [title]") illustrate a format and are not reported either.
"""
from __future__ import annotations

import re

from ..brackets import TEMPLATE_FIELDS
from ..findings import Hit
from ..patterns import shorten
from . import Kind

VARIABLE = re.compile(r"\{\{\s*([\w-]+)\s*\}\}")
METADATA_HEADER = re.compile(r"\A\ufeff?(?:[A-Za-z][\w-]*:[ \t][^\n]*\n)+")
METADATA_KEY = re.compile(r"^([A-Za-z][\w-]*):", re.M)


class Placeholder(Kind):
    regex_params = ("patterns", "case_sensitive_patterns", "bracket_fields", "unless")
    params = {"patterns": [], "case_sensitive_patterns": [], "bracket_fields": TEMPLATE_FIELDS,
              "unless": []}

    def __init__(self, params):
        super().__init__(params)
        self.patterns, self.unless = self.compile("patterns", "unless")
        self.exact, self.fields = self.compile("case_sensitive_patterns", "bracket_fields", case_sensitive=True)

    def check(self, doc):
        text = doc.text
        hits, generated = [], None
        for pattern in (self.patterns, self.exact):
            if pattern is None:
                continue
            for m in pattern.finditer(text):  # one pass: outside the prose blocks the text is blank
                if self.unless and self.unless.fullmatch(m.group(0)):
                    continue
                variable = VARIABLE.fullmatch(m.group(0))
                if variable:
                    generated = metadata_keys(doc) if generated is None else generated
                    if variable.group(1).lower() in generated:
                        continue
                hits.append((m.start(), m.end(), m.group(0)))
        if self.fields is not None:
            for b in doc.bracketed:
                if self.fields.fullmatch(b.inner) and not b.example:
                    hits.append((b.start, b.end, text[b.start:b.end]))
        covered = -1  # hits are sorted: one inside an earlier hit is the same template text
        for start, end, matched in sorted(hits):
            if start < covered:
                continue
            covered = end
            yield Hit(start, end, f'template text left in: "{shorten(matched)}"')


def metadata_keys(doc) -> set:
    """Keys a site generator fills in: front matter, or a leading ``Key: value`` header block."""
    keys = {str(k).lower() for k in doc.front_matter}
    header = METADATA_HEADER.match(doc.source)
    if header:
        keys.update(key.lower() for key in METADATA_KEY.findall(header.group(0)))
    return keys
