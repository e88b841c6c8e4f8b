"""contact-email: the reader must be able to write to someone.

Raised once when the document has no e-mail address at all (obfuscated
forms like ``privacy [at] example.com`` count), and at every "Contact us"
section that gives none.
"""
from __future__ import annotations

import re
from bisect import bisect_left

from ..findings import Hit
from ..inline import EMAIL
from ..inline import OBFUSCATED_EMAIL as OBFUSCATED
from . import Kind

CONTACT_HEADING = re.compile(
    r"^\W*(?:\d+(?:\.\d+)*[.)]?\s*|[ivxlc]+[.)]\s*|[一二三四五六七八九十]+、\s*)?"
    r"(?:how (?:to|can you) (?:contact|reach) (?:us|me)|contact(?:ing)? (?:us|me)|contact(?: details| information| info)?$|"
    r"get in touch|reach us|(?:have )?(?:any )?questions(?: or (?:concerns|comments|complaints))?\??$|"
    r"questions,? (?:comments|concerns)|contact and questions|privacy contact|contact the (?:data protection officer|dpo))",
    re.IGNORECASE,
)
ELSEWHERE = re.compile(r"\b(?:above|below|section|listed|set out|provided in|at the top|at the end)\b", re.IGNORECASE)


class ContactEmail(Kind):
    params = {}

    def check(self, doc):
        # an address in code, an HTML block or an indented postal block is still an address
        has_address = bool(doc.emails) or bool(EMAIL.search(doc.source) or OBFUSCATED.search(doc.source))
        contact_sections = [h for h in doc.headings if CONTACT_HEADING.search(h.title)]
        if not has_address:
            where = contact_sections[0] if contact_sections else None
            start, end = (where.start, where.end) if where else (0, 0)
            yield Hit(start, end, "no contact e-mail address anywhere in the policy: give one for privacy requests")
            return
        starts = sorted(e.start for e in doc.emails)
        for heading in contact_sections:
            end = doc.section_end(heading)
            first = bisect_left(starts, heading.end)
            if first < len(starts) and starts[first] < end:
                continue
            body = doc.text[heading.end:end]
            raw = doc.source[heading.end:end]
            if EMAIL.search(raw) or OBFUSCATED.search(raw) or ELSEWHERE.search(body):
                continue
            yield Hit(heading.start, heading.end,
                      f'the "{heading.title}" section gives no e-mail address to write to')
