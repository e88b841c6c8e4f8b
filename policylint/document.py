"""The parsed document every rule sees.

``source`` is the file's text as parsed (``\n`` line endings, invisible
characters taken out: see ``normalize``); ``raw`` is the file's text itself.
``text`` has exactly the offsets of ``source``: prose is copied with its
typography in one form (straight quotes, ``-`` for dashes, plain spaces),
everything a phrase rule must not see (code, markup, URLs, e-mail addresses,
HTML, comments, front matter) is blanked to spaces, newlines are kept. Rules
search ``text`` inside ``blocks`` and report offsets; ``positions`` maps them
to line and column in the file.
"""
from __future__ import annotations

import re
from .records import field, record
from functools import cached_property

from .positions import OffsetMap, PositionMap

# an abbreviation before a number does not end a sentence: "Art. 6 para. 1 lit. f", "No. 12", "Sec. 4", "p. 3"
_ABBREVIATIONS = ("art", "Art", "ART", "par", "Par", "para", "Para", "no", "No", "nr", "Nr", "sec", "Sec", "ch", "Ch",
                  "pt", "Pt", "pp", "p", "cl", "Cl", "abs", "Abs", "lit", "vol", "Vol")
_SENTENCE_END = re.compile(r"(?<=[.!?;])" + "".join(rf"(?<!\b{a}\.)" for a in _ABBREVIATIONS) + r"\s+(?=[^a-z\s])"
                           r"|(?<=[.!?;])\s+(?=[^a-z\d\s])|\n\s*\n"
                           r"|\n[ \t]*(?=[✓✔☑✅•▪►➤☐☒■□◦‣])")  # a line that opens with a tick or a bullet is an item of its own


# a paragraph's first line that is a title of one to five capitalised words ("Changes", "How We Use Your Data"),
# over a line that opens a sentence
_TITLE_WORD = r"(?:[A-Z][\w'’&/-]*|and|of|the|to|for|our|your|we|us|on|in|with|&)"
_RUN_IN_TITLE = re.compile(rf"(?P<title>[A-Z][\w'’&/-]*(?:[ \t]+{_TITLE_WORD}){{0,4}})[ \t]*\r?\n[ \t]*(?=[A-Z])")


@record(frozen=True)
class Block:
    """A run of prose: paragraph, list item, heading or table cell."""

    kind: str  # "paragraph" | "heading" | "item" | "cell"
    start: int
    end: int


@record(frozen=True)
class Heading:
    level: int
    title: str
    start: int
    end: int
    line: int
    slug: str
    pseudo: bool = False  # a bold line that stands as a heading ("**9. Changes to This Policy**"): no anchor


@record(frozen=True)
class Link:
    """A hyperlink: ``start``/``end`` span its visible text (or the URL itself)."""

    start: int
    end: int
    target: str


@record(frozen=True)
class Email:
    start: int
    end: int
    address: str


@record(frozen=True)
class RefUse:
    """A ``[text][label]`` reference link whose label has no definition."""

    start: int
    end: int
    label: str


@record
class Document:
    path: str
    source: str
    text: str
    fmt: str  # "markdown" | "text"
    blocks: list[Block] = field(default_factory=list)
    headings: list[Heading] = field(default_factory=list)
    links: list[Link] = field(default_factory=list)
    emails: list[Email] = field(default_factory=list)
    undefined_refs: list[RefUse] = field(default_factory=list)
    anchors: set[str] = field(default_factory=set)
    code: list[tuple[int, int]] = field(default_factory=list)  # code blocks and inline code, sorted
    front_matter: dict = field(default_factory=dict)
    lang: str = "en"
    lang_declared: bool = False  # set by front matter, config or command line, not guessed from the text
    errors: list[str] = field(default_factory=list)  # what is wrong in its metadata (front matter)
    raw: str | None = None  # the file's text, when it differs from ``source``
    offsets: OffsetMap | None = None  # where ``source`` lost characters of ``raw``
    _memo: dict = field(default_factory=dict, repr=False)

    def memo(self, key, compute):
        """``compute()``, once per document and ``key``: what several rules derive from the same text
        (the words of a sentence, the sentences holding some words) is derived once."""
        if key not in self._memo:
            self._memo[key] = compute()
        return self._memo[key]

    @cached_property
    def positions(self) -> PositionMap:
        return PositionMap(self.source, self.raw, self.offsets)

    def line_col(self, offset: int, end: bool = False) -> tuple[int, int]:
        """Line and column in the file of a ``text`` offset (``end``: the end of a span)."""
        return self.positions.line_col(offset, end)

    def source_offset(self, offset: int, end: bool = False) -> int:
        """The offset in the file's text of a ``text`` offset (where fixes apply)."""
        return self.positions.source_offset(offset, end)

    @cached_property
    def lined_text(self) -> str:
        """``text`` with the source's line breaks kept inside paragraphs too (``text`` reads a
        hard-wrapped sentence as one line): for rules that read a contact block line by line."""
        starts = self.positions.line_starts
        if len(starts) == 1 or len(self.text) != len(self.source):
            return self.text
        text = self.text
        return "\n".join([text[a:b - 1] for a, b in zip(starts, starts[1:])] + [text[starts[-1]:]])

    @cached_property
    def prose_blocks(self) -> list[Block]:
        return [b for b in self.blocks if b.kind != "heading"]

    def block_text(self, block: Block) -> str:
        return self.text[block.start:block.end]

    @cached_property
    def sentences(self) -> list[tuple[int, int]]:
        """(start, end) of every sentence in every block, in document order."""
        spans = []
        for block in self.blocks:
            pos = block.start
            title = _RUN_IN_TITLE.match(self.source, block.start, block.end) if block.kind == "paragraph" else None
            if title:  # "Changes" on a line of its own over the text: a title, not the sentence's first word
                spans.append((pos, title.end("title")))
                pos = title.end()
            for m in _SENTENCE_END.finditer(self.text, pos, block.end):
                if m.start() > pos:
                    spans.append((pos, m.start()))
                pos = m.end()
            if block.end > pos:
                spans.append((pos, block.end))
        return spans

    def sentences_in(self, start: int, end: int) -> list[tuple[int, int]]:
        """The sentences that begin between ``start`` and ``end``, in order."""
        from bisect import bisect_left

        spans = self.sentences
        return spans[bisect_left(spans, (start, -1)):bisect_left(spans, (end, -1))]

    def sentence_at(self, offset: int) -> tuple[int, int]:
        """The sentence span holding ``offset`` (the offset itself if none does)."""
        from bisect import bisect_right

        spans = self.sentences
        index = bisect_right(spans, (offset, float("inf"))) - 1
        if index >= 0 and spans[index][0] <= offset < spans[index][1]:
            return spans[index]
        return offset, offset

    def block_at(self, offset: int) -> Block | None:
        """The block (paragraph, item, cell, heading) whose text holds ``offset``, or None between blocks."""
        index = self.block_index_at(offset)
        return self.blocks[index] if index >= 0 and offset < self.blocks[index].end else None

    def items_after(self, span: tuple[int, int], limit: int = 12) -> list[Block]:
        """The list items that follow a sentence ending with a colon ("will be announced through:" over
        "- Discord server updates"); none after any other sentence."""
        if not self.text[span[0]:span[1]].rstrip().endswith(":"):
            return []
        items = []
        index = self.block_index_at(max(span[0], span[1] - 1))
        for block in self.blocks[index + 1:index + 1 + limit]:
            if block.kind != "item":
                break
            items.append(block)
        return items

    def list_lead(self, index: int) -> Block | None:
        """The paragraph right over the list that block ``index`` is an item of ("You can ask us to:" over
        "- delete it"): the sentence the item completes. None outside a list, or with no paragraph over it."""
        if index < 0 or self.blocks[index].kind != "item":
            return None
        above = self.list_start(index) - 1
        return self.blocks[above] if above >= 0 and self.blocks[above].kind == "paragraph" else None

    def list_start(self, index: int) -> int:
        """The index of the first item of the list block ``index`` is an item of (``index`` itself otherwise)."""
        while index > 0 and self.blocks[index].kind == "item" and self.blocks[index - 1].kind == "item":
            index -= 1
        return index

    def block_index_at(self, offset: int) -> int:
        from bisect import bisect_right

        return bisect_right(self._block_starts, offset) - 1

    def blocks_in(self, start: int, end: int) -> list[Block]:
        """The blocks that begin between ``start`` and ``end``, in order."""
        from bisect import bisect_left

        return self.blocks[bisect_left(self._block_starts, start):bisect_left(self._block_starts, end)]

    @cached_property
    def _block_starts(self) -> list[int]:
        return [b.start for b in self.blocks]

    def heading_at(self, offset: int) -> Heading | None:
        """The last heading that starts at or before ``offset`` (None before the first one)."""
        from bisect import bisect_right

        index = bisect_right(self._heading_starts, offset) - 1
        return self.headings[index] if index >= 0 else None

    def section_at(self, offset: int) -> tuple[int, int]:
        """The span under the last heading before ``offset`` (the whole text before any heading)."""
        heading = self.heading_at(offset)
        if heading is None:
            return 0, len(self.text)
        return heading.end, max(self.section_end(heading), offset)

    @cached_property
    def _heading_starts(self) -> list[int]:
        return [h.start for h in self.headings]

    @cached_property
    def bracketed(self) -> list:
        """Literal ``[...]`` in the prose (see ``brackets``), found once for every rule that asks."""
        from .brackets import find_bracketed

        return find_bracketed(self)

    def section_end(self, heading: Heading) -> int:
        """Offset where the section under ``heading`` ends (next heading of same or higher level)."""
        end = self._section_ends.get(id(heading))
        if end is not None:
            return end
        after = False  # not one of this document's headings: scan
        for other in self.headings:
            if other is heading:
                after = True
            elif after and other.level <= heading.level:
                return other.start
        return len(self.text)

    @cached_property
    def _section_ends(self) -> dict[int, int]:
        """id(heading) -> section end, for all headings in one pass (a stack of open sections),
        so asking for every section is linear, not quadratic, in the number of headings."""
        ends: dict[int, int] = {}
        open_sections: list[Heading] = []
        for heading in self.headings:
            while open_sections and open_sections[-1].level >= heading.level:
                ends[id(open_sections.pop())] = heading.start
            open_sections.append(heading)
        for heading in open_sections:
            ends[id(heading)] = len(self.text)
        return ends

    def in_code(self, start: int, end: int) -> bool:
        """Does ``[start, end)`` touch code (a code span, a code block)? Code is the author's own: a
        name set as code is read, but never rewritten."""
        return any(a < max(end, start + 1) and start < b for a, b in self.code)

    @cached_property
    def terms_only(self) -> bool:
        """Terms of service say how the contract works, whatever part of them speaks of privacy; a page of
        terms with a privacy policy of its own as a part carries a notice ("# Terms of Service" ... "# Privacy
        Policy" over three blocks or more, not one that only points to the notice elsewhere)."""
        return bool(TERMS_TITLE.search(self.title)) and not PRIVACY_TITLE.search(self.title) and not any(
            h.level <= 2 and PRIVACY_PART.match(h.title) and self._says_something(h) for h in self.headings[1:])

    def _says_something(self, heading: Heading) -> bool:
        end = self.section_end(heading)
        return sum(1 for b in self.blocks if heading.end <= b.start < end) >= 3

    @cached_property
    def is_privacy_notice(self) -> bool:
        """Is this a privacy policy or notice (not terms, a licence or a changelog)?

        Rules that ask "is X stated anywhere?" only make sense there.
        """
        name = self.path.replace("\\", "/").rsplit("/", 1)[-1].lower()
        if any(word in name for word in ("privacy", "datenschutz", "gdpr", "personal-data", "data-protection")):
            return True
        if self.terms_only:
            return False  # "# Terms of Use" with a "## 4. Privacy and Data Protection" part: terms, not a notice
        if any(h.level == 1 and PRIVACY_PART.match(h.title) and self._says_something(h) for h in self.headings[1:]):
            return True  # "# Terms of Service" ... "# Privacy Policy" over its own sections: the file carries a notice
        heads = " ".join([self.title, _first_line(self.text), _title_lines(self.source)]
                         + [h.title for h in self.headings[:3]]).lower()
        if any(word in heads for word in ("privacy", "data protection", "personal data", "personal information")):
            return True
        if _NOTICE_TITLE.search(heads):
            return True  # "How We Look After Your Information", "TrailFix: how I look after your details"
        if any(_COLLECT_HEADING.fullmatch(h.title) for h in self.headings[:3]):
            return True  # "# User Policy for Hue Grabber" over "## What We Don't Collect"
        if ("telemetry" in name + " " + heads or "tracking" in name) and _COLLECTS.search(self.text, 0, 5000):
            return True  # TELEMETRY.md, tracking_policy.md, "# Telemetry in the CodeQL extension": what a tool collects
        if _USAGE_DATA.search(name + " " + heads) and "cookie" not in self.title.lower() and \
                _COLLECTS.search(self.text, 0, 5000) and _OPT_OUT.search(self.text):  # (a cookie policy's "## Analytics" is one kind of cookie)
            return True  # DATA_COLLECTION.md, "# Anonymous Aggregate User Behaviour Analytics" and how to opt out
        if any(_CONTROLLER_HEADING.fullmatch(h.title.strip()) for h in self.headings[:3]):
            return True  # "# Responsible" over the controller's details, then what is processed: a notice by its parts
        if _SELF_REFERENCE.search(self.text, 0, 3000):
            return True  # "1. Scope. This Privacy Policy applies only to this server."
        body = self.text[:200000].lower()
        return body.count("personal data") + body.count("personal information") >= 3

    @cached_property
    def title(self) -> str:
        value = self.front_matter.get("title")
        if isinstance(value, str) and value.strip():
            return value.strip()
        return self.headings[0].title if self.headings else ""


_TITLE_LINE = re.compile(r"[^\S\n]*([^\n.!?]{3,100})[^\S\n]*(?:\n|\Z)")


def _title_lines(source: str) -> str:
    """The source's first two lines when both are short titles: "BELLWOOD AMATEUR OPERATIC SOCIETY" over
    "PRIVACY NOTICE FOR MEMBERS, PATRONS AND AUDITIONEES" (the organisation's name, then what the page is)."""
    first = _TITLE_LINE.match(source)
    second = _TITLE_LINE.match(source, first.end()) if first is not None else None
    return second.group(1) if second is not None else ""


def _first_line(text: str) -> str:
    """The first line of prose when it is short enough to be an unmarked title ("Privacy Policy" over a
    generator's text pasted into README.md), else ""."""
    line = next((line.strip() for line in text[:2000].splitlines() if line.strip()), "")
    return line if len(line) <= 80 else ""


# a privacy notice titled in plain words: "How we look after your information", "How I use your details"
_NOTICE_TITLE = re.compile(r"\bhow (?:we|i) (?:look after|use|handle|protect|care for|treat|collect|process|keep|store|manage|"
                           r"safeguard|look after and use|collect and use|use and protect) (?:your|personal|customers['’]?|"
                           r"clients['’]?|members['’]?|patients['’]?) (?:personal )?(?:information|data|details)\b")
# a section's whole title that says what is collected: "## What We Don't Collect", "2. Data we collect and why"
_COLLECT_HEADING = re.compile(r"[\d.)\s]*(?:what|(?:the )?(?:information|data)) (?:we|i) (?:do not |don['’]t |never )?"
                              r"(?:collect|gather)(?: and (?:why|how))?[\s.:?!]*", re.IGNORECASE)
# a telemetry page that says what is collected is a notice about data about the tool's users
_COLLECTS = re.compile(r"\b(?:collect|collects|collected|gather|gathers|send|sends|sent)\b", re.IGNORECASE)
# a page about the data a tool gathers about its users, under another name than telemetry
_USAGE_DATA = re.compile(r"(?i)\b(?:data[ _-]collection|usage[ _-]data|usage[ _-]statistics|analytics|crash[ _-]report\w*|"
                         r"error[ _-]report\w*)\b")
_OPT_OUT = re.compile(r"(?i)\bopt(?:s|ing)?[ -]?(?:out|in)\b|\b(?:disabl\w*|turn(?:s|ed)? off|switch(?:es|ed)? off)\b")
# the text names itself a privacy notice near its start
# a page of terms by its title; a privacy notice by its title; a part of a page of terms that is the privacy
# notice: "# Privacy Policy", "## Privacy", "## 9. Privacy Notice" (not "## 4. Privacy and Data Protection")
TERMS_TITLE = re.compile(r"\b(?:terms(?: of (?:service|use|sale)| and conditions| & conditions)?|conditions of use|"
                         r"user agreement|licen[cs]e agreement|EULA|nutzungsbedingungen|AGB|conditions générales|"
                         r"términos(?: y condiciones)?)\b", re.IGNORECASE)
PRIVACY_TITLE = re.compile(r"\b(?:privacy|data protection|personal (?:data|information))\b|datenschutz|privacidad|"
                           r"confidentialit", re.IGNORECASE)
PRIVACY_PART = re.compile(r"\W*(?:\d+[.)]?\s*)?(?:privacy(?: (?:policy|notice|statement))?|data protection(?: notice| policy)?)\W*$",
                          re.IGNORECASE)
_CONTROLLER_HEADING = re.compile(r"(?i:(?:\d+[.)]?\s*)?(?:the )?(?:data )?(?:controller|responsible(?: (?:party|body|entity|person))?|"
                                 r"verantwortlicher?|responsable(?: du traitement)?))")
_SELF_REFERENCE = re.compile(r"\bthis privacy (?:policy|notice|statement)\b", re.IGNORECASE)
