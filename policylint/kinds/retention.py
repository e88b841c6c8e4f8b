"""retention: how long is personal data kept?

Raised at a vague retention phrase ("as long as necessary", "a reasonable
period") in a sentence about keeping data, unless a period ("six years",
"30 days") or criteria ("the criteria we use ...") appear in the same
section, or the sentence itself ties the end to an event ("until you delete
your account").
"""
from __future__ import annotations

from ..findings import Hit
from .phrase import compile_patterns, shorten
from . import Kind


class RetentionVague(Kind):
    params = {"vague": [], "about_keeping": [], "period": [], "criteria": [], "event": []}

    def __init__(self, params):
        super().__init__(params)
        o = self.options
        self.vague = compile_patterns(o["vague"])
        self.about_keeping = compile_patterns(o["about_keeping"])
        self.period = compile_patterns(o["period"])
        self.criteria = compile_patterns(o["criteria"])
        self.event = compile_patterns(o["event"])

    def check(self, doc):
        if self.vague is None:
            return
        text = doc.text
        for block in doc.prose_blocks:
            for m in self.vague.finditer(text, block.start, block.end):
                s_start, s_end = doc.sentence_at(m.start())
                s_end = max(s_end, m.end())
                if self.about_keeping and not self.about_keeping.search(text, s_start, s_end):
                    continue
                if self.event and self.event.search(text, s_start, s_end):
                    continue
                a, b = self._section(doc, m.start())
                if any(p and p.search(text, a, b) for p in (self.period, self.criteria)):
                    continue
                yield Hit(m.start(), m.end(),
                          f'retention stated only as "{shorten(m.group(0))}": give a period or the criteria used to set it')

    @staticmethod
    def _section(doc, offset: int) -> tuple[int, int]:
        """The span of the section holding ``offset`` (the whole document when it has no headings)."""
        start, end = 0, len(doc.text)
        for heading in doc.headings:
            if heading.start <= offset:
                start = heading.end
                end = doc.section_end(heading)
            else:
                break
        return start, max(end, offset)
