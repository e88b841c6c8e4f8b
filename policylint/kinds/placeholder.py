"""placeholder: template text that was never filled in.

``patterns`` match anywhere in the prose (``{{app_name}}``, ``<insert
date>``, ``lorem ipsum``, ``XXX``); ``bracket_fields`` are matched against
the inside of literal ``[...]`` (``[Company Name]``). Template variables of
site generators (``{{ site.title }}``, ``{{ page.date | date }}``) are not
placeholders: the generator fills them.
"""
from __future__ import annotations

from ..brackets import TEMPLATE_FIELDS, bracketed
from ..findings import Hit
from .phrase import compile_patterns, shorten
from . import Kind


class Placeholder(Kind):
    params = {"patterns": [], "case_sensitive_patterns": [], "bracket_fields": TEMPLATE_FIELDS, "unless": []}

    def __init__(self, params):
        super().__init__(params)
        o = self.options
        self.patterns = compile_patterns(o["patterns"])
        self.exact = compile_patterns(o["case_sensitive_patterns"], flags=0)
        self.fields = compile_patterns(o["bracket_fields"])
        self.unless = compile_patterns(o["unless"])

    def check(self, doc):
        text = doc.text
        hits = []
        for pattern in (self.patterns, self.exact):
            if pattern is None:
                continue
            for block in doc.blocks:
                for m in pattern.finditer(text, block.start, block.end):
                    if self.unless and self.unless.fullmatch(m.group(0)):
                        continue
                    hits.append((m.start(), m.end(), m.group(0)))
        if self.fields is not None:
            for b in bracketed(doc):
                if self.fields.fullmatch(b.inner):
                    hits.append((b.start, b.end, text[b.start:b.end]))
        seen = set()
        for start, end, matched in sorted(hits):
            if any(a <= start < z for a, z in seen):
                continue
            seen.add((start, end))
            yield Hit(start, end, f'template text left in: "{shorten(matched)}"')
