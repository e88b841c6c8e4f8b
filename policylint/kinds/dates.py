"""effective-date: the reader must be able to tell which version they read.

Raised at line 1 when the document gives no date at all (ISO, "3 March
2024", "March 3, 2024", "2024/03/03", "03.03.2024", a front-matter date),
and at any sentence that points to a date or legend ("the Last Updated date
at the top") when no date is labelled as the policy's date.
"""
from __future__ import annotations

import re

from ..findings import Hit
from ..patterns import shorten
from . import Kind

_MONTH = (r"(?:Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|"
          r"Sep(?:t(?:ember)?)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)\.?")
DATE = re.compile(
    r"\b(?:(?:19|20)\d\d[-/.](?:0?[1-9]|1[0-2])[-/.](?:0?[1-9]|[12]\d|3[01])"  # 2024-03-03, 2024/03/03
    r"|(?:0?[1-9]|[12]\d|3[01])[./-](?:0?[1-9]|1[0-2])[./-](?:19|20)\d\d"  # 03.03.2024, 3/3/2024
    r"|(?:0?[1-9]|1[0-2])/(?:0?[1-9]|[12]\d|3[01])/(?:19|20)\d\d"  # 03/31/2024
    rf"|(?:0?[1-9]|[12]\d|3[01])(?:st|nd|rd|th)?(?: of)? {_MONTH},? (?:19|20)\d\d"  # 3 March 2024
    rf"|{_MONTH} (?:0?[1-9]|[12]\d|3[01])(?:st|nd|rd|th)?,? (?:19|20)\d\d"  # March 3, 2024
    rf"|{_MONTH},? (?:19|20)\d\d"  # March 2024
    r"|(?:19|20)\d\d ?年 ?\d{1,2} ?月(?: ?\d{1,2} ?日)?)",  # 2024年3月3日
    re.IGNORECASE,
)
# every date form above holds a year: find years (a cheap scan), then try the forms around each
YEAR = re.compile(r"(?<!\d)(?:19|20)\d\d(?!\d)")
FRONT_MATTER_DATE_KEYS = {"date", "updated", "last_updated", "last-updated", "lastmod", "modified",
                          "effective", "effective_date", "effective-date", "last_modified"}


def find_dates(source: str):
    """Every date in ``source`` (as ``DATE`` matches), found from the years in it."""
    after = 0
    for year in YEAR.finditer(source):
        if year.start() < after:
            continue
        window_start = max(after, year.start() - 40)
        m = DATE.search(source, window_start, min(len(source), year.end() + 16))
        if m and m.start() <= year.start() < m.end():
            after = m.end()
            yield m


class EffectiveDate(Kind):
    regex_params = ("labels", "pointers")
    params = {"labels": [], "pointers": [], "label_window": 80}

    def __init__(self, params):
        super().__init__(params)
        self.labels, self.pointers = self.compile("labels", "pointers")

    def check(self, doc):
        if any(key.lower() in FRONT_MATTER_DATE_KEYS for key in doc.front_matter):
            return
        dates = list(find_dates(doc.source))
        labelled = any(self._labelled(doc.source, m.start()) for m in dates)
        if labelled:
            return
        pointed = False
        for block in doc.prose_blocks:
            for m in self.pointers.finditer(doc.text, block.start, block.end) if self.pointers else ():
                pointed = True
                yield Hit(m.start(), m.end(),
                          f'the text points to a date that is not there: "{shorten(m.group(0))}"')
        if not dates and not pointed:
            yield Hit(0, 0, 'no effective or "last updated" date: readers cannot tell which version they read')

    def _labelled(self, source: str, start: int) -> bool:
        """Is the date at ``start`` introduced as the policy's date ("Last updated: ...")?"""
        if self.labels is None:
            return True
        window = source[max(0, start - self.options["label_window"]):start]
        return bool(self.labels.search(window))
