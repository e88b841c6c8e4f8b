"""retention: how long is personal data kept?

Raised at a vague retention phrase ("as long as necessary", "a reasonable
period") near a word about keeping data, unless the section gives criteria
("the criteria we use ..."), a sentence anywhere about keeping data gives a
period ("deleted within 60 days"), or the sentence ties the end to an event
("until you delete your account"). One finding per section: the writer
fixes the section, not each phrase.
"""
from __future__ import annotations

from ..findings import Hit
from ..patterns import shorten
from . import Kind


class RetentionVague(Kind):
    regex_params = ("vague", "about_keeping", "period", "criteria", "event", "unless")
    params = {"vague": [], "about_keeping": [], "period": [], "criteria": [], "event": [], "unless": [],
              "keeping_window": 120}

    def __init__(self, params):
        super().__init__(params)
        self.vague, self.about_keeping, self.period, self.criteria, self.event, self.unless = self.compile(
            "vague", "about_keeping", "period", "criteria", "event", "unless")

    def check(self, doc):
        if self.vague is None or self._period_given(doc):
            return
        text = doc.text
        window = self.options["keeping_window"]
        flagged_sections = set()
        for block in doc.prose_blocks:
            for m in self.vague.finditer(text, block.start, block.end):
                s_start, s_end = doc.sentence_at(m.start())
                s_end = max(s_end, m.end())
                near = (max(s_start, m.start() - window), min(s_end, m.end() + window // 2))
                if self.about_keeping and not self.about_keeping.search(text, *near):
                    continue
                if any(p and p.search(text, s_start, s_end) for p in (self.event, self.unless)):
                    continue
                section = doc.section_at(m.start())
                if section in flagged_sections or (self.criteria and self.criteria.search(text, *section)):
                    continue
                flagged_sections.add(section)
                yield Hit(m.start(), m.end(),
                          f'retention stated only as "{shorten(m.group(0))}": give a period or the criteria used to set it')

    def _period_given(self, doc) -> bool:
        """Does any sentence about keeping data give a period?"""
        if self.period is None:
            return False
        text = doc.text
        for m in self.period.finditer(text):
            s_start, s_end = doc.sentence_at(m.start())
            if self.about_keeping is None or self.about_keeping.search(text, s_start, max(s_end, m.end())):
                return True
        return False
