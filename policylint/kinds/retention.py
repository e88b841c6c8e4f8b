"""retention: how long is personal data kept?

Raised at a vague retention phrase ("as long as necessary", "a reasonable
period") near a word about keeping data, unless criteria are given: in the
sentence ("until you delete your account", data kept on the reader's own
device), spelled out after it in its paragraph ("For example, we keep: ...
(b) contact details for as long as you are subscribed") or in the list that
goes with it, in its section ("the criteria we use ..."), or as a period in
a sentence about keeping data ("deleted within 60 days") in its paragraph.
When the document has a section about retention, only that section is read:
"maintain records for a certain period" in a list of purposes is not the
retention statement. A vague phrase that is the end of the period ("as long
as you use the app and for a reasonable time thereafter": ``open_ended``)
is vague whatever event comes before it. Only a period in the vague phrase's own paragraph, list item
or table row answers it: a period elsewhere in the section is for other data (an event or
criteria in the list or section still count). One finding
per paragraph, list item or table row: a summary ("In short: as long as necessary") and
the statement it sums up are two places to fix.

Every sentence, paragraph and section is searched at most once per pattern
(the answers are kept), so a long sentence with many vague phrases costs
what one costs.
"""
from __future__ import annotations

import re
from bisect import bisect_right

from ..findings import Hit
from ..patterns import LazyPattern
from ..patterns import shorten
from . import Kind


# a sentence about one case of the data: "If the user opts in ...", "Where you subscribe ..."
CASE_OPENING = re.compile(r"\s*(?:if|where|when|whenever|for|in case|in the case|should|once|unless)\b", re.IGNORECASE)


class RetentionVague(Kind):
    regex_params = ("vague", "about_keeping", "period", "criteria", "event", "unless", "section_titles", "enumeration",
                    "open_ended", "deferred")
    params = {"vague": [], "about_keeping": [], "period": [], "criteria": [], "event": [], "unless": [],
              "section_titles": [], "enumeration": [], "keeping_window": 120, "open_ended": [], "deferred": []}

    def __init__(self, params):
        super().__init__(params)
        (self.vague, self.about_keeping, self.period, self.criteria, self.event, self.unless, self.titles,
         self.enumeration, self.open_ended, self.deferred) = self.compile(
            "vague", "about_keeping", "period", "criteria", "event", "unless", "section_titles", "enumeration",
            "open_ended", "deferred")

    def check(self, doc):
        if self.vague is None:
            return
        text = doc.text
        window = self.options["keeping_window"]
        sections = self._retention_sections(doc)
        section_starts = [a for a, _ in sections]
        lists, list_starts = _lists(doc)
        in_sentence: dict = {}  # sentence span -> gives an event or is not about our keeping
        spelled_out: dict = {}  # span after an enumeration cue, or a list -> gives events or criteria
        cues: dict = {}  # block -> offsets of its enumeration cues
        in_section: dict = {}  # section span -> gives criteria
        flagged = set()  # blocks already reported
        for block in doc.prose_blocks:
            for m in self.vague.finditer(text, block.start, block.end):
                if (block.start, block.end) in flagged:
                    break  # one finding per paragraph, item or row
                titled = False  # under a heading about retention: "Ride data: as long as required" is about keeping
                if sections:
                    index = bisect_right(section_starts, m.start()) - 1
                    titled = index >= 0 and m.start() < sections[index][1]
                    if not titled and not self._titled(doc, block) and not self._keeping_statement(doc, m.start()):
                        continue  # outside the sections about retention, and not a sentence that says what is kept
                s_start, s_end = doc.sentence_at(m.start())
                s_end = max(s_end, m.end())
                if sections and not titled and self._answered_in_sections(doc, sections, s_start, m.start()):
                    continue  # "All files are stored temporarily" and, under "Retention", "files are deleted within 1 hour"
                near = (max(s_start, m.start() - window), min(s_end, m.end() + window // 2))
                if self.about_keeping and not titled and not self.about_keeping.search(text, *near) \
                        and not (block.kind == "cell" and self._keeping_column(doc, block)):
                    continue
                if self._enumerated(doc, block, m.start(), cues):
                    continue  # "For example, we may retain: ... (c) ... for a reasonable period thereafter": a criterion
                section = doc.section_at(m.start())
                open_ended = self.open_ended is not None and self.open_ended.match(text, m.start(), block.end)
                # a period given in another paragraph, list item or table row is for other data
                # ("Support e-mails: for a sensible time" after "Invoices: 10 years"); a period in
                # its own paragraph does not bound "backups linger for some time after that"
                own = _row(doc, block) if block.kind == "cell" else (block.start, _elaborated_end(doc, block))
                if not open_ended and (self._period_given(doc, own) or (block.kind == "cell" and _session_row(doc, own))
                                       or (block.kind in ("item", "cell") and self.period.search(text, *own) and (
                                           titled or (block.kind == "cell" and self._keeping_column(doc, block))))):
                    continue  # (a cookie table's row: "| cn | Session | temporarily stores ... |"; under "How long we
                    # keep it", an item's or a row's own period: "Support e-mails: as long as necessary ..., and then
                    # for 12 months", "| CCTV | 28 days, or as long as needed to investigate a reported incident |")
                if not open_ended and _cached(in_sentence, ("event after", s_end, own[1]),
                                              lambda: self._event_after(doc, s_end, own[1])):
                    continue  # "... as long as necessary. We keep your data for as long as your account remains active."
                if self._deferred_to_later(doc, s_start, s_end):
                    continue  # "... unless otherwise stipulated below", and a period or an end does follow
                if block.kind == "item" and self._lead_excludes(doc, block):
                    continue  # "You can ask us to:" over "3. delete it, when we no longer need to keep it": a right
                if _cached(in_sentence, (s_start, s_end), lambda: self._any(text, s_start, s_end, self.event, self.unless)) \
                        and not (open_ended and not (self.unless and self.unless.search(text, s_start, s_end))):
                    continue
                spans = self._spelled_out(doc, block, m.end(), cues, lists, list_starts)
                if block.kind in ("item", "cell"):  # the other rows' events count when about the same data
                    spans = _same_data(doc, block, spans, self.about_keeping)
                # an event does not end an open end ("while your account is open ... for a reasonable period after")
                # the periods listed under a statement answer it ("as long as necessary, typically:" over "- Analytics:
                # 24 months"); another item's period is for other data
                answers = (self.criteria,) if open_ended else (self.event, self.criteria) if block.kind in ("item", "cell") \
                    else (self.event, self.criteria, self.period)
                if any(_cached(spelled_out, (*span, len(answers)), lambda: self._any(text, *span, *answers))
                       for span in spans):
                    continue
                if any(_cached(in_section, part, lambda: self._any(text, *part, self.criteria))
                       for part in _outside_own_list(block, section, lists, list_starts)):
                    continue  # (not "for the following periods:" over this item's list: its items are the periods)
                if block.kind == "paragraph" and self.period and _periods_listed_after(doc, block.end, self.period, self.event):
                    continue  # "as long as necessary to:" over the purposes, then "Typical Retention:" over "- Logs: 30 days"
                flagged.add((block.start, block.end))
                yield Hit(m.start(), m.end(),
                          f'retention stated only as "{shorten(m.group(0))}": give a period or the criteria used to set it')

    @staticmethod
    def _lead_excludes(doc, block) -> bool:
        """Is the item a right the reader may ask for, its list opened by "You can ask us to:" ("3. delete it, when
        we no longer need to keep it"): the limits of a request, not how long data is kept?"""
        lead = doc.list_lead(doc.block_index_at(block.start))
        return lead is not None and RIGHTS_LEAD.search(doc.text, lead.start, lead.end) is not None and \
            ERASURE_ITEM.match(doc.text, block.start, block.end) is not None

    def _answered_in_sections(self, doc, sections, start: int, at: int) -> bool:
        """Does a sentence of a section about retention give a period or an end for the data the
        sentence from ``start`` to ``at`` is about (it holds all the words before the vague phrase)?"""
        text = doc.text
        joints = list(CLAUSE_JOINT.finditer(text, start, at))
        if joints and _SUBJECT_WORD.search(text, joints[-1].end(), at):
            start = joints[-1].end()  # "As we do not have user accounts and only store logs for a short period": the logs
        words = {w.lower() for w in _SUBJECT_WORD.findall(text, start, at)} - _NOT_NAMING
        words = {w for w in words if w in KEPT_NOUNS or not (self.about_keeping and self.about_keeping.fullmatch(w))}
        if not words:
            return False
        stems = tuple(w[:-1] if w.endswith("s") else w for w in words)
        for a, b in sections:
            for s_start, s_end in doc.sentences_in(a, b):
                said = text[s_start:s_end].lower()
                if all(stem in said for stem in stems) and self._any(text, s_start, s_end, self.period, self.event):
                    return True
        return False

    def _deferred_to_later(self, doc, start: int, end: int) -> bool:
        """Does the sentence defer to what follows ("unless otherwise stipulated below"), and does a
        period or an end of the keeping follow it?"""
        if self.deferred is None or not self.deferred.search(doc.text, start, end):
            return False
        return self._period_given(doc, (end, len(doc.text))) or self._event_after(doc, end, len(doc.text))

    def _event_after(self, doc, start: int, end: int) -> bool:
        """Does a later sentence of the paragraph say what ends the keeping ("We will keep your data for as long
        as your account remains active")?"""
        text = doc.text
        while start < end:
            a, b = doc.sentence_at(start)
            b = min(max(b, start + 1), end)
            event = self.event.search(text, a, b) if self.event is not None else None
            opening = CASE_OPENING.match(text, a)
            if event and (self.about_keeping is None or self.about_keeping.search(text, a, b)) \
                    and (not opening or event.start() <= opening.end()):  # "If the user opts in, ... until": another
                return True  # case, not this one (but "If you delete your account, we remove ...": the end itself)
            start = b
        return False

    def _enumerated(self, doc, block, at: int, cues: dict) -> bool:
        """Is ``at`` inside criteria spelled out after an enumeration cue of its block?"""
        if self.enumeration is None:
            return False
        if block.start not in cues:
            cues[block.start] = [m.start() for m in self.enumeration.finditer(doc.text, block.start, block.end)]
        return bool(cues[block.start]) and cues[block.start][0] < at

    def _spelled_out(self, doc, block, after: int, cues: dict, lists, list_starts) -> list[tuple[int, int]]:
        """Where criteria for a vague phrase ending at ``after`` may be spelled out: the rest of its
        block from the next enumeration cue ("for example", ":"), and the list that goes with the block."""
        spans = []
        if self.enumeration is not None:
            if block.start not in cues:
                cues[block.start] = [m.start() for m in self.enumeration.finditer(doc.text, block.start, block.end)]
            found = cues[block.start]
            index = bisect_right(found, after - 1)
            if index < len(found):
                spans.append((found[index], block.end))
        index = bisect_right(list_starts, block.start) - 1
        if index >= 0 and lists[index][0] <= block.start < lists[index][2] and block.kind != "cell":
            spans.append(lists[index][1:])  # (a row has its own table logic)
        return spans

    def _keeping_column(self, doc, cell) -> bool:
        """Is the table's header row about keeping ("| Cookie | How long it lasts |")? A row's cell
        ("as long as it needs to") then states a retention period without a word for keeping."""
        index = doc.block_index_at(cell.start)
        while index > 0 and doc.blocks[index - 1].kind == "cell":
            index -= 1
        header = doc.blocks[index]
        line = doc.line_col(header.start)[0]
        row_end = header.end
        for block in doc.blocks[index:]:
            if block.kind != "cell" or doc.line_col(block.start)[0] != line:
                break
            row_end = block.end
        return self.about_keeping.search(doc.text, header.start, row_end) is not None

    @staticmethod
    def _keeping_statement(doc, at: int) -> bool:
        """Is the sentence a statement of how long something is kept ("Photos ... are kept on the
        studio iPad for as long as we think reasonable"), not a purpose that mentions keeping ("To
        comply with laws that compel us to maintain records for a certain period")?"""
        s_start, s_end = doc.sentence_at(at)
        return KEEPING_STATEMENT.search(doc.text, s_start, max(s_end, at)) is not None

    def _titled(self, doc, block) -> bool:
        """Does a short title-like paragraph ("Retention", "How long we keep it") open ``block``? Some
        Markdown writes its headings as plain lines; such a paragraph is a retention statement too."""
        if self.titles is None:
            return False
        index = doc.block_index_at(block.start)
        if index < 1 or doc.blocks[index - 1].kind != "paragraph":
            return False
        title = doc.text[doc.blocks[index - 1].start:doc.blocks[index - 1].end].strip()
        return len(title.split()) <= 6 and title[-1:] not in ".;,:" and self.titles.search(title) is not None

    @staticmethod
    def _any(text: str, start: int, end: int, *patterns) -> bool:
        return any(p is not None and p.search(text, start, end) for p in patterns)

    def _retention_sections(self, doc) -> list[tuple[int, int]]:
        """Spans of the sections whose heading is about retention, in order, not nested in each other."""
        spans: list[tuple[int, int]] = []
        if self.titles is None:
            return spans
        for heading in doc.headings:
            if self.titles.search(heading.title) and (not spans or heading.start >= spans[-1][1]):
                spans.append((heading.start, doc.section_end(heading)))
        return spans

    def _period_given(self, doc, section) -> bool:
        """Does a sentence about keeping data in the vague phrase's section give a period? "kept up
        to 6 years" under "Your rights" does not make "as long as we need it" under "How long we
        keep it" a period: the reader of the retention statement does not find it there."""
        if self.period is None:
            return False
        return doc.memo(("retention period in", section, self.period.pattern), lambda: self._period_in(doc, section))

    def _period_in(self, doc, span) -> bool:
        text = doc.text
        seen = set()
        for m in self.period.finditer(text, *span):
            s_start, s_end = doc.sentence_at(m.start())
            if (s_start, s_end) in seen:
                continue  # a sentence is looked at once, however many periods it names
            seen.add((s_start, s_end))
            if self.about_keeping is None or self.about_keeping.search(text, s_start, max(s_end, m.end())):
                return True
        return False


KEEPING_STATEMENT = LazyPattern(r"(?i)\b(?:is|are|be|gets?|stay|stays|remain|remains)\s+(?:\w+\s+)?(?:kept|retained|stored|held|archived|saved|maintained|preserved|logged)\b"
                               # "All data is ... only retained temporarily": a participle with how long
                               r"|\b(?:kept|retained|stored|held|archived|saved|maintained|preserved)\s+(?:only\s+)?(?:temporarily|for|until|as long|no longer|indefinitely)\b"
                               r"|\b(?:we|I)\s+(?:\w+\s+)?(?:keep|retain|store|hold)\b(?!\s+(?:the\s+)?right)"
                               # "TJ-Bot may keep the stored information ... for a certain amount of time": the service by name
                               r"|(?-i:\b[A-Z][\w-]+)\W{0,2}\s+(?:may|will|can|might|shall|does|only)\s+(?:keep|retain|store|hold)\b(?!\s+(?:the\s+)?right)"
                               # how long, said by when it goes: "If we do not need it any longer, it is being deleted"
                               r"|\b(?:is|are|be|gets?)\s+(?:\w+\s+)?(?:deleted|erased|destroyed|purged)\b"
                               r"|\b(?:we|I)\s+(?:\w+\s+)?(?:delete|erase|destroy|purge)\b", 0)
_SUBJECT_WORD = re.compile(r"[^\W\d_]{4,}")
# a list of what the reader may ask for: "You can ask us to:", "You have the right to:"
RIGHTS_LEAD = re.compile(r"(?i)\b(?:ask|request|require|entitled|right)(?: us| that we)? to\s*:\s*\Z")
ERASURE_ITEM = re.compile(r"(?i)[\W\d]*(?:have (?:it|them|your [\w ]{1,20}?) )?(?:delete|erase|remove|deletion|erasure)")
# a word about keeping that names the data kept: "only store logs for a short period"
KEPT_NOUNS = frozenset({"logs", "archives", "archive"})
# where a sentence's clauses join: the words about the data kept are in the vague phrase's own clause
CLAUSE_JOINT = re.compile(r"[,;]|\b(?:and|but|while|because|since|as)\b")
# words that say nothing of which data a phrase is about
_FUNCTION_WORDS = {"your", "their", "this", "that", "these", "those", "with", "from", "will", "only", "also", "what",
                   "data", "information", "details", "personal", "user", "users", "content", "other"}
_NOT_SUBJECT = _FUNCTION_WORDS | {  # and words every row about data may hold: "Sighting records" is not "published records"
    "records", "record", "account", "accounts", "files", "items", "copies"}


# words that do not say which data a sentence is about: "All the information is stored temporarily" ("files" does)
_NOT_NAMING = _FUNCTION_WORDS | {"some", "such", "which", "when", "where", "there", "generally", "usually", "normally",
                                 "temporarily", "might", "could", "would", "shall", "must", "have", "been", "being",
                                 "they", "them", "contents"}


def _row(doc, cell) -> tuple[int, int]:
    """The table row of ``cell``: its line ("| cn | Session | temporarily stores ... |" gives its
    period in another cell)."""
    start = doc.text.rfind("\n", 0, cell.start) + 1
    end = doc.text.find("\n", cell.end)
    return start, len(doc.text) if end < 0 else end


def _session_row(doc, row: tuple[int, int]) -> bool:
    """Does a cell of the row say the thing lasts for the browsing session ("| cn | Session | ... |")?"""
    return any(b.kind == "cell" and SESSION_CELL.fullmatch(doc.text, b.start, b.end) for b in doc.blocks_in(*row))


SESSION_CELL = re.compile(r"(?i)\s*(?:browser |browsing )?session(?: cookie)?|end of (?:the )?(?:browser |browsing )?session\s*")


def _same_data(doc, block, spans, about_keeping) -> list[tuple[int, int]]:
    """The parts of ``spans`` that may answer a vague phrase in the list item or row ``block``:
    the item itself, and the other items that name the data it is about ("OAuth tokens are stored
    only as long as necessary" / "the OAuth tokens are retained until manually deleted"), not
    items about other data ("Match telemetry: for whatever period" / "Account: until you delete it").
    A row that names its data only in words every row may use ("Data is retained ...") has every
    other row to answer it."""
    text = doc.text
    verb = about_keeping.search(text, block.start, block.end) if about_keeping is not None else None
    head = text[block.start:verb.start() if verb else min(block.end, block.start + 60)]
    words = {w.lower() for w in _SUBJECT_WORD.findall(head)} - _NOT_SUBJECT
    found = []
    for a, b in spans:
        for other in doc.blocks[max(doc.block_index_at(a), 0):]:  # from the span's first block: linear in the span
            if other.start >= b:
                break
            if other.end <= a or other.kind not in ("item", "cell", "paragraph"):
                continue
            if other is block or not words or any(w in text[other.start:other.end].lower() for w in words):
                found.append((max(a, other.start), min(b, other.end)))
    return found


_SUMMARY = re.compile(r"[*_ \t]*(?i:in short|in brief|summary|tl;?dr|the short version)\b")
_ELABORATION = re.compile(r"[*_ \t]*(?i:for example|for instance|e\.g\.|specifically|in particular|namely)\b")


def _elaborated_end(doc, block) -> int:
    """The end of ``block``, or of the paragraph after it when that one opens with "For example", or when
    ``block`` is a summary of it ("In Short: as long as necessary" over "... no longer than 90 days")."""
    index = doc.block_index_at(block.start) + 1
    if index < len(doc.blocks) and doc.blocks[index].kind != "heading" and (
            _ELABORATION.match(doc.text, doc.blocks[index].start) or _SUMMARY.match(doc.text, block.start)):
        return doc.blocks[index].end
    return block.end


def _outside_own_list(block, section: tuple[int, int], lists, list_starts) -> list[tuple[int, int]]:
    """The section, less the paragraph that introduces the list an item belongs to ("for the following periods:"
    over the items: each item is a period, not answered by that announcement)."""
    if block.kind != "item":
        return [section]
    index = bisect_right(list_starts, block.start) - 1
    if index < 0 or not lists[index][1] <= block.start < lists[index][2]:
        return [section]
    lead, start, _ = lists[index]
    return [part for part in ((section[0], min(lead, section[1])), (max(start, section[0]), section[1])) if part[0] < part[1]]


def _periods_listed_after(doc, at: int, period, event=None) -> bool:
    """Do two list items or table rows after ``at``, in its section or the sections under it, each give a period
    (or the event that ends the keeping: "- Reminder data: retained until you delete it")?"""
    heading = next((h for h in reversed(doc.headings) if h.start < at), None)  # its section, and those under it
    end = doc.section_end(heading) if heading else next((h.start for h in doc.headings if h.start > at), len(doc.text))
    periods = 0
    for block in doc.blocks:
        if at <= block.start < end and block.kind in ("item", "cell") and (
                period.search(doc.text, block.start, block.end) or (event and event.search(doc.text, block.start, block.end))):
            periods += 1
            if periods >= 2:
                return True
    return False


def _cached(cache: dict, key, compute) -> bool:
    if key not in cache:
        cache[key] = compute()
    return cache[key]


def _lists(doc) -> tuple[list[tuple[int, int, int]], list[int]]:
    """Lists and the paragraph that introduces them, as (first block start, list start, list end):
    a vague phrase in the paragraph or in an item has the list's items to spell out criteria."""
    lists: list[list[int]] = []
    previous = None
    open_run = False  # the run of items (or of a table's cells) that ``lists[-1]`` holds goes on
    for block in doc.blocks:
        if block.kind in ("item", "cell"):  # a table after its lead is a list too ("as long as necessary:" over periods)
            if open_run and previous.kind == block.kind:
                lists[-1][2] = block.end
            elif block.kind == "item" or (previous is not None and previous.kind == "paragraph"):
                lead = previous.start if previous is not None and previous.kind == "paragraph" else block.start
                lists.append([lead, block.start, block.end])
                open_run = True
            else:
                open_run = False  # a table with no paragraph to lead it
        else:
            open_run = False
        previous = block
    spans = [(a, b, c) for a, b, c in lists]
    return spans, [a for a, _, _ in spans]
