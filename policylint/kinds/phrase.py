"""phrase: regular expressions over the prose, with sentence-level guards.

All patterns of a rule are combined into one alternation compiled once; a
space in a pattern matches any run of whitespace (so hard-wrapped lines
match). A hit is dropped when one of ``unless`` matches in the same
sentence, or ``unless_before`` matches the part of the sentence before it,
or, when ``require`` is given, none of it matches in the sentence.
"""
from __future__ import annotations


from ..patterns import shorten
from . import Kind


class Phrase(Kind):
    params = {
        "patterns": [],
        "unless": [],
        "unless_before": [],
        "require": [],
        "message": "",
        "case_sensitive": False,
    }
    regex_params = ("patterns", "unless", "unless_before", "require")

    def __init__(self, params):
        super().__init__(params)
        (self.pattern,) = self.compile("patterns", case_sensitive=self.options["case_sensitive"])
        self.unless, self.unless_before, self.require = self.compile("unless", "unless_before", "require")
        self.message = self.options["message"]

    def check(self, doc):
        for m in self.matches(doc):
            yield self.hit(m)

    def matches(self, doc):
        """Every unguarded match in the document's prose blocks."""
        if self.pattern is None:
            return
        text = doc.text
        for block in doc.blocks:
            for m in self.pattern.finditer(text, block.start, block.end):
                if m.end() > m.start() and not self.guarded(doc, m.start(), m.end()):
                    yield m

    def guarded(self, doc, start: int, end: int) -> bool:
        if not (self.unless or self.unless_before or self.require):
            return False
        s_start, s_end = doc.sentence_at(start)
        s_end = max(s_end, end)
        if self.require and not self.require.search(doc.text, s_start, s_end):
            return True
        if self.unless and self.unless.search(doc.text, s_start, s_end):
            return True
        return bool(self.unless_before and self.unless_before.search(doc.text, s_start, start))

    def hit(self, m):
        from ..findings import Hit

        return Hit(m.start(), m.end(), self.message.format(match=shorten(m.group(0))))
