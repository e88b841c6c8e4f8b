"""effective-date: the reader must be able to tell which version they read.

Raised at the title when the document gives no date at all (ISO, "3 March
2024", "March 3, 2024", "2024/03/03", "03.03.2024", "2016-Dec-19", a
front-matter date), at any sentence that points to a date or legend ("the
Last Updated date at the top") when no date is labelled as the policy's date,
and at the placeholder when the date line was never filled in ("Last
updated: [Date]", "Effective: YYYY-MM-DD"): one finding, which replaces
placeholder-text's on the same text (the rule file says ``supersedes``), and
one at each sentence that says where that date is ("the date specified
above"); also
when the template shows the day the page is viewed ("{{ new Date() ... }}"). A
site generator's variable ("{{ page.last_modified_at | date }}", or
"{{updated}}" filled from the front matter) is a date.
"""
from __future__ import annotations

import re

from ..findings import Hit
from ..patterns import shorten
from . import Kind
from .headings import title_span
from .placeholder import metadata_keys, unset_page_variable

# with the misspellings a date line is published with ("Februrary 8, 2017", "Janurary", "Septmber", "Novemeber")
_MONTH = (r"(?:Jan(?:uary|urary|aury)?|Feb(?:ruary|uary|urary|rurary|ruray)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|"
          r"Sep(?:t(?:ember|mber|emeber)?)?|Oct(?:ober)?|Nov(?:ember|mber|emeber)?|Dec(?:ember|mber|emeber)?)\.?")
DATE = re.compile(
    r"(?<![^\W_])(?:(?:19|20)\d\d[-/.](?:0?[1-9]|1[0-2])[-/.](?:0?[1-9]|[12]\d|3[01])"  # 2024-03-03, 2024/03/03
    r"|(?:0?[1-9]|[12]\d|3[01])[./-](?:0?[1-9]|1[0-2])[./-](?:19|20)\d\d"  # 03.03.2024, 3/3/2024
    r"|(?:0?[1-9]|1[0-2])([/.-])(?:0?[1-9]|[12]\d|3[01])\1(?:19|20)\d\d"  # 03/31/2024, 02-14-2026
    r"|(?:19|20)\d\d-(?:1[3-9]|2\d|3[01])-(?:0?[1-9]|1[0-2])(?!\d)"  # 2022-15-01: day before month
    r"|(?:0?[1-9]|1[0-2])[/.](?:19|20)\d\d(?![/.\d])"  # 05/2024
    rf"|(?:0?[1-9]|[12]\d|3[01])(?:st|nd|rd|th)?(?: of)?[ /-]{_MONTH}(?:,[ ]?|[ /-])(?:19|20)\d\d"  # 3 March 2024, 24-APR-2021, 04/Dec/2025
    rf"|{_MONTH},? ?(?:0?[1-9]|[12]\d|3[01])(?:st|nd|rd|th|<sup>(?:st|nd|rd|th)</sup>)?(?:,[ ]{{0,2}}| {{1,2}}| of )(?:19|20)\d\d"
    # March 3, 2024, MAR11,2024, March, 22nd,  2024, July 12<sup>th</sup> of 2020
    r"|(?:0?[1-9]|1[0-2])/(?:0?[1-9]|[12]\d|3[01]), ?(?:19|20)\d\d"  # 07/23, 2022
    rf"|{_MONTH},?(?: of)? (?:19|20)\d\d"  # March 2024, March of 2024
    r"|\bQ[1-4] (?:19|20)\d\d"  # Q1 2024
    r"|(?:0?[1-9]|[12]\d|3[01])\.(?:i{1,3}|iv|vi{0,3}|ix|xi{0,2})\.(?:19|20)\d\d"  # 31.iii.2025: a Roman month
    rf"|(?:19|20)\d\d(?:[-/. ]|, ?){_MONTH}[-/. ](?:0?[1-9]|[12]\d|3[01])(?!\d)"  # 2016-Dec-19, 2016 Oct 23, 2025, Dec 22
    r"|(?:19|20)\d\d ?年 ?\d{1,2} ?月(?: ?\d{1,2} ?日)?"  # 2024年3月3日
    rf"|(?:(?:0?[1-9]|[12]\d|3[01])(?:st|nd|rd|th)? )?{_MONTH}(?: (?:0?[1-9]|[12]\d|3[01])(?:st|nd|rd|th)?)?,? ['’]\d\d(?!\d))",  # 18 Mar '25
    re.IGNORECASE,
)
# every date form above holds a year: find years (a cheap scan), then try the forms around each
YEAR = re.compile(r"(?<!\d)(?:19|20)\d\d(?!\d)|(?<=\w )['’]\d\d(?!\d)")
# "Last Updated: 2026", "Last updated: 29/11/25", "Effective 1/15/19": a year alone or a two-digit year, right after
# a date's label, still dates the version
LABELLED_YEAR = re.compile(r"\b(?:last[ \t]+(?:updated|revised|modified)|effective(?:[ \t]+date)?|updated|revised)"
                           r"[ \t*_]*[:\-–—]?[ \t*_{(\[]*(?:[A-Za-zÀ-ÿ]{3,10}\.?,?[ \t]+)?(?:(?:19|20)\d\d(?![\d/.\-\u2010-\u2015])|"
                           r"(?:0?[1-9]|[12]\d|3[01])[./-](?:0?[1-9]|1[0-2])[./-]\d\d(?![\d./-])|"
                           r"(?:0?[1-9]|1[0-2])[./-](?:0?[1-9]|[12]\d|3[01])[./-]\d\d(?![\d./-]))", re.IGNORECASE)  # "Effective 1/15/19"
FRONT_MATTER_DATE_KEYS = {"date", "updated", "last_updated", "last-updated", "lastmod", "modified",
                          "effective", "effective_date", "effective-date", "last_modified"}


# no-break and thin spaces read as spaces ("Jan\u00a02025"); one character for one, so offsets stay
_SPACES = str.maketrans({"\u00a0": " ", "\u202f": " ", "\u2009": " ", "\u2007": " ", "\u2002": " ", "\u2003": " "})


def find_dates(source: str):
    """Every date in ``source`` (as ``DATE`` matches), found from the years in it."""
    source = source.translate(_SPACES)
    after = 0
    for year in YEAR.finditer(source):
        if year.start() < after:
            continue
        window_start = max(after, year.start() - 40)
        m = DATE.search(source, window_start, min(len(source), year.end() + 16))
        if m and m.start() <= year.start() < m.end():
            after = m.end()
            yield m


# a template variable a site generator fills: {{ page.date | date }}, {{ site.time }}, {% last_modified_at %}
GENERATED = re.compile(r"\{\{[^{}\n]*[.|][^{}\n]*\}\}|\{%[^%\n]*%\}")
VARIABLE = re.compile(r"\{\{\s*([\w-]+)\s*\}\}")
# cheap first look: without one of these there is no placeholder to find
PLACEHOLDER_HINT = re.compile(r"[\[{<%~]|\((?:add|insert|enter|fill|put) |YYYY|yyyy|XX|xx|MM/|DD|DATE|Month|TBD|TBA|TBC|TODO|___")
GENERATED_DATE = object()  # "the date line is filled in by the site generator"
# the date of the day the page is shown, computed by its template: "{{ new Date().toLocaleDateString(...) }}",
# "${new Date().toLocaleDateString()}", "{{ now | date }}", "<%= Date.today %>"
CLOCK = (r"(?:\{\{-?|\$\{|<%=?|\{)[^\S\n]*(?:new[^\S\n]+Date[^\S\n]*\(|Date\.(?:now|today)\b|now\b|today\b|"
         r"datetime\.(?:now|today)\b|moment\(\)|site\.time\b|[\"']now[\"'])[^\n]{0,160}?(?:\}\}|\}|%>)")  # Jekyll's build time too


POLICY_TITLE = re.compile(r"(?i)\b(?:privacy|policy|notice|terms|statement|datenschutz)\b")
CLOSERS = {"{": "}", "[": "]", "<": ">", "(": ")"}


def _whole_field(text: str, start: int, end: int) -> tuple[int, int]:
    """"{{EFFECTIVE_DATE}}", not "{{EFFECTIVE_": a field opened by a bracket ends at its closing bracket
    (on the same line, a few characters on), whatever the pattern stopped at."""
    closer = CLOSERS.get(text[start:start + 1])
    if closer is None or text[end - 1:end] == closer:
        return start, end
    line_end = text.find("\n", end)
    at = text.find(closer, end, min(end + 40, len(text) if line_end < 0 else line_end))
    if at < 0:
        return start, end
    while text[at:at + 1] == closer:
        at += 1
    return start, at


# a date's line near the top whose value is words, not a date: "Effective Date: Effective immediately from the date
# of this document's editing." (the line is all label and value: not a sentence that mentions an effective date)
DATE_LINE = re.compile(r"(?im)^[ \t>*_#-]*(?:effective date|last updated|last revised|last modified|date of last update)"
                       r"[ \t*_]*:[ \t*_]*(?P<value>[A-Za-z][^\n]{5,120}?)[ \t*_]*$")
OPENING_LINES = 600  # characters from the start where a date line stands
# the day a copy of the page was made: an archive's or a citation's date, not the policy's
# (not "last saved": a document's own version date)
COPY_TAKEN = re.compile(r"\b(?:archived|captured|retrieved|accessed|downloaded|scraped|crawled|"
                        r"snapshotted)(?:[ \t]+(?:from[ \t]+\S+[ \t]+)?(?:on|at))?[ \t]*:?[ \t]*$", re.IGNORECASE)

# where the text says the date is: "the date specified above", "the "Last Updated" date at the top"
WHERE = re.compile(r"\b(?:above|below|at the (?:top|bottom|end|head|foot)|on top)\b", re.IGNORECASE)
# where a named date is said to be, right after its name: 'the "Last Updated" date above'
SIDE_AFTER = re.compile(r"[ \t]*(?:(?:is|are|as|which is)[ \t]+)?(?:(?:shown|given|stated|indicated|written)[ \t]+)?(above|below)\b",
                        re.IGNORECASE)


class EffectiveDate(Kind):
    regex_params = ("labels", "pointers", "placeholder_labels", "placeholders")
    params = {"labels": [], "pointers": [], "label_window": 80, "placeholder_labels": [], "placeholders": []}

    def __init__(self, params):
        super().__init__(params)
        self.labels, self.pointers = self.compile("labels", "pointers")
        from ..patterns import LazyPattern, lazy_patterns

        labels, placeholders = (lazy_patterns(self.options[name]) for name in ("placeholder_labels", "placeholders"))
        self.placeholders, self.placeholder_line, self.clock_line = placeholders, None, None
        if labels is not None:
            self.clock_line = LazyPattern(rf"(?:{labels.source})[^\S\n]*[:\-–—]?[^\S\n*_]*(?P<clock>{CLOCK})",
                                          re.IGNORECASE)
        if labels is not None and placeholders is not None:
            # the label, then on the same line, after at most a few words, the placeholder
            # (needed only for a policy without a dated line: compiled then)
            self.placeholder_line = LazyPattern(
                rf"(?:{labels.source})[^\S\n]*(?:[^\w\n]|[^\S\n]|\b(?:on|as of|from|is|date|day)\b){{0,12}}?"
                rf"(?P<placeholder>{placeholders.source})", re.IGNORECASE)

    def check(self, doc):
        fm_dates = [value for key, value in doc.front_matter.items() if str(key).lower() in FRONT_MATTER_DATE_KEYS
                    and value is not None and str(value).strip()]  # "updated:" left empty gives no date
        if any(not self._is_placeholder(str(value)) for value in fm_dates):
            return
        dates = list(find_dates(doc.source))
        labelled = [m for m in dates if self._labelled(doc.source, m.start())]
        if labelled:
            yield from self._misplaced(doc, labelled)
            return
        year = LABELLED_YEAR.search(doc.source)
        if year:  # "*Effective Date: [2024]*" at the bottom under "the date at the top of this policy"
            yield from self._misplaced(doc, [year])
            return
        placeholder = self._placeholder(doc)
        if placeholder is GENERATED_DATE:
            return
        if placeholder is not None:
            yield placeholder
            for m in self._pointers(doc):  # "effective as of the date specified above" over "[Date]": no date there
                if not WHERE.search(doc.text, m.start(), min(len(doc.text), m.end() + 20)):
                    continue  # ("we will change the "Last updated" date": the next version's, not one said to be there)
                yield Hit(m.start(), m.end(), f'the text points to a date that is a placeholder: "{shorten(m.group(0))}"')
            return
        dates = [m for m in dates if self._stands_as_version_date(doc, m)]
        pointed = False
        for m in self._pointers(doc):
            pointed = True
            yield Hit(m.start(), m.end(), f'the text points to a date that is not there: "{shorten(m.group(0))}"')
        if not dates and not pointed:
            line = DATE_LINE.search(doc.text, 0, OPENING_LINES)
            if line is not None:  # "Effective Date: Effective immediately from the date of this document's editing."
                yield Hit(line.start("value"), line.end("value"),
                          f'the date line gives no date: "{shorten(line.group("value"))}": give the date this version took effect')
                return
            start = title_span(doc)[0]  # zero-width: claims no text another rule reports
            yield Hit(start, start, 'no effective or "last updated" date: readers cannot tell which version they read')

    def _pointers(self, doc):
        """Each sentence that points to the policy's date ("the Last Updated date at the top")."""
        for block in doc.prose_blocks:
            yield from self.pointers.finditer(doc.text, block.start, block.end) if self.pointers else ()

    def _placeholder(self, doc):
        """ "Last updated: [Date]" -> a Hit at "[Date]"; ``GENERATED_DATE`` when the date line holds
        a site generator's variable (the generator fills in the date); None when there is no date line."""
        if self.placeholder_line is None or not PLACEHOLDER_HINT.search(doc.text):
            return None
        clock = self.clock_line.search(doc.source) if self.clock_line is not None else None
        if clock:  # the same positions in the source as in the text
            return Hit(clock.start("clock"), clock.end("clock"),
                       f'the effective date is the day the page is shown ("{shorten(clock.group("clock"))}"): '
                       "give the date this version took effect")
        generated = None
        for m in self.placeholder_line.finditer(doc.text):
            token = m.group("placeholder")
            variable = VARIABLE.fullmatch(token.strip())
            generator = GENERATED.match(doc.text, m.start("placeholder"))
            if generator and not unset_page_variable(doc, generator.group(0)):
                return GENERATED_DATE
            if variable:
                generated = metadata_keys(doc) if generated is None else generated
                if variable.group(1).lower() in generated:
                    return GENERATED_DATE
            start, end = _whole_field(doc.text, m.start("placeholder"), m.end("placeholder"))
            token = doc.text[start:end]
            if generator:  # a page variable the front matter never sets
                return Hit(generator.start(), generator.end(), f'the effective date is "{generator.group(0)}", which '
                                                               "the front matter never sets: the page shows no date "
                                                               "(set it, or write the date)")
            return Hit(start, end, f'the effective date is a placeholder: "{shorten(token.strip())}": '
                                   "give the date this version took effect")
        return None

    def _is_placeholder(self, value: str) -> bool:
        """A front-matter date that was never filled in ("{{updated}}", "YYYY-MM-DD", "[date]")."""
        value = value.strip()
        if not value or GENERATED.fullmatch(value):
            return not value
        return bool(self.placeholders is not None and self.placeholders.fullmatch(value))

    @staticmethod
    def _stands_as_version_date(doc, m) -> bool:
        """An unlabelled date is taken as the policy's own when it stands where such a date does: near
        the start or the end, in a heading, or alone on its line; a date inside running prose in the
        middle ("the service retires on March 31, 2025") dates something else."""
        if COPY_TAKEN.search(doc.source, max(0, m.start() - 40), m.start()):
            return False  # "the privacy policy that was archived on 2015-09-25": when a copy was taken, not a version
        blocks = doc.blocks
        if not blocks:
            return True
        index = doc.block_index_at(m.start())  # the masked text keeps the source's offsets
        if index < 0 or index < 3 or index >= len(blocks) - 2 or blocks[index].kind == "heading":
            return True
        line_start = doc.source.rfind("\n", 0, m.start()) + 1
        line_end = doc.source.find("\n", m.end())
        line = doc.source[line_start:len(doc.source) if line_end < 0 else line_end]
        return len(line.split()) <= 8

    def _misplaced(self, doc, labelled: list):
        """ "the Last Updated date at the top of this policy" when the only dated line is at the bottom
        (or the other way round): the reader looks where the text says and finds nothing."""
        if self.pointers is None:
            return
        length = len(doc.source)  # the top: the first quarter or the first screen; the bottom likewise
        at_top = any(m.start() < max(length * 0.25, 600) or self._under_policy_title(doc, m.start()) for m in labelled)
        at_bottom = any(m.start() > min(length * 0.75, length - 600) for m in labelled)
        for block in doc.prose_blocks:
            for m in self.pointers.finditer(doc.text, block.start, block.end):
                said = m.group(0).lower()
                side = SIDE_AFTER.match(doc.text, m.end())  # 'the "Last Updated" date above'
                above = "above" in said.split() or (side is not None and side.group(1).lower() == "above")
                below = "below" in said.split() or (side is not None and side.group(1).lower() == "below")
                sided = (above and not any(d.start() < m.start() for d in labelled)) or \
                    (below and not any(d.start() > m.end() for d in labelled))
                if (("top" in said or "beginning" in said or "head" in said) and not at_top) or \
                        (("bottom" in said or "foot" in said or "end" in said.split()) and not at_bottom) or sided:
                    where = ("below" if above else "above") if sided else \
                        "bottom" if at_bottom else "middle" if not at_top else "top"
                    yield Hit(m.start(), m.end(), f'the text points to a date that is not there: "{shorten(m.group(0))}"'
                                                  f' (the date is {where if sided else "at the " + where})')

    @staticmethod
    def _under_policy_title(doc, at: int) -> bool:
        """Is ``at`` just under the heading that names the policy ("### Privacy Policy for Console2Desk" after a
        banner about the page): the top of the policy, wherever the page starts?"""
        before = [h for h in doc.headings if h.end <= at]
        return bool(before) and at - before[-1].end < 300 and POLICY_TITLE.search(before[-1].title) is not None

    def _labelled(self, source: str, start: int) -> bool:
        """Is the date at ``start`` introduced as the policy's date ("Last updated: ...")?"""
        if self.labels is None:
            return True
        window = source[max(0, start - self.options["label_window"]):start]
        return bool(self.labels.search(window))
