"""placeholder: template text that was never filled in.

- ``patterns`` match anywhere in the prose (``{{app_name}}``, ``<insert
  date>``, ``lorem ipsum``, ``XXX``, a reviewer's note "[ Reviewers - ... ]");
  a pattern that opens with ``(?#needs: owner|author)`` (a regex comment) is
  tried only on a text that holds one of those words, so a rare template's
  wording costs nothing on the others;
- ``bracket_fields`` are matched against the inside of literal ``[...]``
  (``[Company Name]``, ``[describe security measures]``); a field in double
  brackets is reported with both (``[[Date]]``);
- ``emails``: an address that is a template's (``privacy@example.com``,
  ``[xxx@email.com]``), in the text or as a link target;
- ``link_targets``: a link whose target was never filled in
  (``[source](link-to-repository)``, ``[policy]()``); a target written as
  its description, with spaces (``[policy](nextcloud privacy policy)``), is
  no link at all and is reported too;
- ``labels``: a field label left with nothing after it ("E-Mail:" followed
  by the next label, the end of its list or of the document);
- ``pointers``: prose that announces a value at the end of its line ("can
  be accessed via this URL:") when no value (a link, an address, a number)
  follows on the next line;
- ``empty_sections``: a Markdown section (level 2 or deeper) with nothing
  under it, before the next heading of its level or above or at the end of
  the document: a template's heading whose text was never written;
- ``filler_words``: the vocabulary of lorem-ipsum generators; a paragraph
  whose words are mostly theirs ("Nullam eu feugiat mi. Quisque nec ...")
  is filler, whatever sentence it starts with. One finding per paragraph,
  on its first sentence.

Template variables of site generators (``{{ site.title }}``, ``{{ page.date
| date }}``, or ``{{title}}`` under a ``Title:`` metadata header) are not
placeholders: the generator fills them. Bracketed fields in an example
("e.g. [user name] deleted [title]") illustrate a format and are not
reported either.
"""
from __future__ import annotations

import re
from bisect import bisect_right

from ..entities import PERSON_WORD
from ..brackets import INSTRUCTION, SUBJECT_WORDS, TEMPLATE_FIELDS, template_field
from ..findings import Hit
from ..patterns import compile_groups, compile_patterns, shorten
from ..normalize import STYLED
from . import Kind
from .headings import NUMBER_AT_START, title_stems

VARIABLE = re.compile(r"\{\{\s*([\w-]+)\s*\}\}")
METADATA_HEADER = re.compile(r"\A\ufeff?(?:[A-Za-z][\w-]*:[ \t][^\n]*\n)+")
METADATA_KEY = re.compile(r"^([A-Za-z][\w-]*):", re.M)
# emphasis may close after the colon (four underscores or more are a blank, reported as such)
_LINE_END_COLON = re.compile(r":(?:[ \t*_\\]|<br\s*/?>)*$", re.M)
_BLANK = re.compile(r"_{4,}")
# what may come before a label on its line: indentation, list markers, quote markers, emphasis
_LEAD = r"[ \t>]*(?:[-*+][ \t]+|\d{1,3}[.)][ \t]+)?[*_ \t]*"
# what a value announced by a pointer looks like: a link, an address, an e-mail, a number
_VALUE = re.compile(r"[ \t>*_-]*(?:<|\[|\(|https?:|www\.|[\w.+-]+@|[\w-]+(?:\.[\w-]+)+|\+?\d|`)", re.I)


MENU_STEP = "→›»>"


# a control named as the app shows it: "clicking on **[Delete app data]** button", "tap [Export]"
CONTROL_AFTER = re.compile(r"[*_`]*[ \t]+(?:button|menu|menu item|tab|toggle|switch|icon|checkbox|check box|option)s?\b", re.I)
SLOT_WORDS = re.compile(r"(?i)\b(?:your|insert|name|company|url|e-?mail|date|address|link)\b")
CONTROL_BEFORE = re.compile(r"\b(?:click|clicking|clicks|tap|tapping|taps|press|pressing|presses|hit|hitting)[ \t]+(?:on[ \t]+)?"
                            r"(?:the[ \t]+)?[*_`]*$", re.I)


# a reference link's label as people write them: "repo", "1", "gh-issues" (a field is "[Address]")
REFERENCE_LABEL = re.compile(r"[a-z0-9][a-z0-9 ._-]{0,30}")


def _title_at(doc, at: int) -> bool:
    """Does a heading (not a bold line taken for one: "**Brightwater Youth Choir**" over its address) begin at ``at``?"""
    block = doc.block_at(at)
    return block is not None and block.kind == "heading" and any(h.start == block.start and not h.pseudo for h in doc.headings)


_REACH = re.compile(r"(?i)(?:please )?(?:contact|reach|write|e-?mail|get in touch)\b")


def _ui_control(text: str, start: int, end: int) -> bool:
    """A control's label, not a slot ("tap [Your App Name] in Settings" is still one)."""
    if SLOT_WORDS.search(text, start, end):
        return False
    return bool(CONTROL_AFTER.match(text, end) or CONTROL_BEFORE.search(text, max(0, start - 40), start))


# "contact us by email" with no address after it: the address was never filled in, unless the section gives it
BY_MAIL = re.compile(r"(?i)(?:contact|reach|write to)\b[^.\n]{0,40}?\bby e-?mail\b")


def _address_follows(doc, at: int) -> bool:
    """Does an e-mail address follow ``at`` in its section?"""
    end = doc.section_at(at)[1]
    return any(at <= email.start < end for email in doc.emails)


def _menu_path(text: str, start: int, end: int) -> bool:
    """ "Settings → [your name] → iCloud": a step of a menu path the reader follows, named as the screen shows it."""
    line_start = text.rfind("\n", 0, start) + 1
    before, after = text[line_start:start].rstrip(), text[end:end + 4].lstrip(" \t")
    # a step after a screen's name ("Settings > [X]"), not a quote marker at the start of a line ("> [X]")
    return bool(before) and before[-1] in MENU_STEP and any(c.isalpha() for c in before[:-1]) or \
        bool(after) and after[0] in MENU_STEP


ADDRESS_LABEL = re.compile(r"\s*(?:[A-Za-z][\w -]{0,30}:)?\s*")  # "[Contact: admins@club.org]": a label, then the address


class Placeholder(Kind):
    regex_params = ("patterns", "case_sensitive_patterns", "bracket_fields", "unless", "emails", "link_targets",
                    "labels", "pointers")
    params = {"patterns": [], "case_sensitive_patterns": [], "bracket_fields": TEMPLATE_FIELDS,
              "unless": [], "emails": [], "link_targets": [], "labels": [], "pointers": [],
              "filler_words": "", "filler_share": 0.6, "filler_min_words": 6, "empty_sections": True}

    def __init__(self, params):
        super().__init__(params)
        self.unless, self.emails, self.targets = self.compile("unless", "emails", "link_targets")
        (self.fields,) = self.compile("bracket_fields", case_sensitive=True)
        # the template's many patterns in a few guarded alternations: one that can start anywhere would slow all;
        # a pattern that says which words it needs ("(?#needs: site owner)") runs only on a text that has one
        self.scans, self.needing = [], []
        for key, flags in (("patterns", re.IGNORECASE), ("case_sensitive_patterns", 0)):
            plain = [p for p in self.options[key] if not NEEDS.search(p)]
            self.scans += compile_groups(plain, flags=flags)
            self.needing += [(tuple(w.strip().lower() for w in NEEDS.search(p).group(1).split("|")),
                              compile_patterns([p], flags)) for p in self.options[key] if NEEDS.search(p)]
        (labels, pointers) = self.compile("labels", "pointers")
        # prose ending with a pointer and its colon: "... can be accessed via this URL:"
        self.pointer = re.compile(rf"\b(?P<label>(?:{pointers.pattern})[ \t]*:)(?:[ \t*_]|<br\s*/?>|\\)*$",
                                  re.I | re.M) if pointers else None
        self.label = re.compile(rf"(?:{labels.pattern})[ \t]*:", re.I) if labels else None  # "E-Mail:"
        # a whole line that is a label and its colon, in list markers or emphasis
        self.empty_line = re.compile(
            rf"^{_LEAD}(?P<label>(?:{labels.pattern})[ \t]*:)(?:[ \t*_]|<br\s*/?>|\\)*$", re.I | re.M) \
            if labels else None
        self.filler = frozenset(w.lower() for w in re.split(r"[\s,]+", self.options["filler_words"]) if w)
        self.long_filler = frozenset(w for w in self.filler if len(w) >= 5)

    def check(self, doc):
        text = doc.text
        hits = []  # (start, end, message)
        lowered = text.lower()
        needed = [pattern for words, pattern in self.needing if any(w in lowered for w in words)]
        for pattern in self.scans + needed:
            generated = None
            for m in pattern.finditer(text):  # one pass: outside the prose blocks the text is blank
                if self.unless and self.unless.fullmatch(m.group(0)):
                    continue
                if BLANK.fullmatch(m.group(0)) and _reader_field(text, m.start()):
                    continue
                variable = VARIABLE.fullmatch(m.group(0))
                if variable:
                    generated = metadata_keys(doc) if generated is None else generated
                    if variable.group(1).lower() in generated:
                        continue
                hits.append((m.start(), m.end(), _left_in(m.group(0))))
        if self.fields is not None:
            for b in doc.bracketed:
                if self.fields.fullmatch(b.inner) and (not b.example or INSTRUCTION.match(b.inner) or SUPPLIER_SLOT.fullmatch(b.inner)
                                                       or UNMADE_CHOICE.fullmatch(b.inner) or ADOPTERS_OWN.search(b.inner)):
                    start, end = _outer_brackets(text, b.start, b.end)
                    hits.append((start, end, _left_in(text[start:end])))
        # "[Nextcloud's privacy policy](nextcloud privacy policy)": a link's target written as its description
        hits.extend((b.start, b.described_end, _left_in(text[b.start:b.described_end])) for b in doc.bracketed if b.described_end)
        hits.extend(self._fenced_fields(doc))
        hits.extend(_cut_numbers(doc))
        hits.extend(_angle_fields(doc))
        hits.extend(_dunder_tokens(doc))
        hits.extend(_coded_fields(doc))
        hits.extend(_repeated_labels(doc))
        hits.extend(_repeated_slots(doc))
        hits.extend(self._emails(doc))
        hits.extend(self._links(doc))
        hits.extend(self._labels(doc))
        hits.extend(self._pointers(doc))
        hits.extend(self._filler(doc))
        if self.options["empty_sections"]:
            hits.extend(_empty_sections(doc))
        hits.extend(_drafting_comments(doc))
        covered = -1  # hits are sorted: one inside an earlier hit is the same template text
        kept: list[list] = []
        emails = sorted(doc.emails, key=lambda e: e.start)
        email_starts = [e.start for e in emails]
        ref_starts, ref_ends = {ref.start for ref in doc.undefined_refs}, {ref.end for ref in doc.undefined_refs}
        for start, end, message in sorted(hits):
            if text[start] == "[" and self._address_inside(doc, emails[bisect_right(email_starts, start):
                                                                     bisect_right(email_starts, end)], start, end):
                continue  # "[Contact: admins@westmassvel.org]": the label's value is there, a real address
            if start < covered or _styled(doc.source[start:end]):
                continue  # (a name typed in a styled font, "[𝚂𝙿𝙾𝚃𝙸𝙵𝚈 𝙷𝚄𝙱]", was written on purpose: no template's)
            if text[start] == "[" and _menu_path(text, start, end):
                continue  # "Settings → [your name] → iCloud", "iOS-Einstellungen > [Ihr Name] > Abonnements"
            if text[start] == "[" and _ui_control(text, start, end):
                continue  # "by clicking on **[Delete app data]** button": a control's label, as the app shows it
            if text[start] == "[" and (start in ref_starts or (
                    end in ref_ends and REFERENCE_LABEL.fullmatch(text, start + 1, end - 1))):
                continue  # "[source code][repo]": a reference link with no definition, its text or its label, is
                # dangling-reference's (one defect, one finding)
            if text[start] == "[" and text[end - 1] == "]" and SUBJECT_TAG.search(text, max(0, start - 80), start):
                continue  # 'with the subject "[GDPR ACCESS REQUEST]"': a tag the reader types, not a blank
            if BY_MAIL.match(text, start) and _address_follows(doc, end):
                continue  # "You can contact Us by email." over a contact block that gives the address
            covered = end
            if kept and OPTIONS_BETWEEN.fullmatch(text, kept[-1][1], start) and text[kept[-1][1] - 1] == "]" == text[end - 1]:
                kept[-1][1] = end  # "[Amazon Payments,] [Authorize.Net,] [Stripe,]": one list of options, one finding
                kept[-1][2] = _left_in(text[kept[-1][0]:end])
                continue
            kept.append([start, end, message])
        for start, end, message in kept:
            yield Hit(start, end, message)

    def _fenced_fields(self, doc):
        """A postal or contact block set in a plain code block ("```" over "[Your Organization Name]" and
        "Phone: [Your Security Hotline Number]", or indented: "    {{verein.name}}" over "    E-Mail: {{datenschutz.mail}}"):
        each line's template field or variable is text the reader sees, never filled in."""
        blocks = list(_contact_blocks(doc))
        if not blocks:
            return
        lowered = doc.source.lower()
        scans = self.scans + [pattern for words, pattern in self.needing if any(w in lowered for w in words)]
        for start, end in blocks:  # ``source`` and ``text`` share their offsets
            if self.fields is not None:
                for line in FIELD_LINE.finditer(doc.source, start, end):
                    if self.fields.fullmatch(line.group("inner")):
                        yield line.start("field"), line.end("field"), _left_in(line.group("field"))
            for pattern in scans:
                for m in pattern.finditer(doc.source, start, end):
                    if not (self.unless and self.unless.fullmatch(m.group(0))):
                        yield m.start(), m.end(), _left_in(m.group(0))

    def _address_inside(self, doc, emails, start: int, end: int) -> bool:
        """Is the bracket a label and a real e-mail address (not a template's): "[Contact: admins@club.org]"
        (not "[Dummy Email, e.g., privacy.officer@prototype.com]")? ``emails``: those that start inside it."""
        return any(e.end <= end and not (self.emails and self.emails.fullmatch(e.address))
                   and ADDRESS_LABEL.fullmatch(doc.source[start + 1:e.start] + doc.source[e.end:end - 1])
                   for e in emails)

    def _emails(self, doc):
        if self.emails is None:
            return
        for email in doc.emails:
            if self.emails.fullmatch(email.address) and not _in_example(doc, email.start):
                start, end = _outer_brackets(doc.text, email.start, email.end)
                yield start, end, f'template e-mail address left in: "{shorten(email.address)}"'

    def _links(self, doc):
        if self.targets is None:
            return
        header = METADATA_HEADER.match(doc.source)
        header_end = header.end() if header else 0
        for link in doc.links:
            target = link.target.strip()
            if link.end > link.start and self.targets.fullmatch(target):
                shown = doc.text[link.start:link.end].strip()
                if not shown or shown == target:  # a bare address: its own text
                    if link.start < header_end:
                        continue  # "license: https://example.org/licence": a site generator's metadata
                    yield link.start, link.end, f'address "{shorten(target)}" was never filled in'
                    continue
                if target == "#" and TO_TOP.search(shown):
                    continue  # "[Back to top](#)": the page's top is where "#" goes
                where = f'"{shorten(target)}"' if target else "nothing"
                yield link.start, link.end, f'link "{shorten(shown)}" points to {where}: the target was never filled in'

    def _labels(self, doc):
        """Lines that are only a field label ("E-Mail:"), with no value after them."""
        if self.label is None:
            return
        source = doc.source
        starts = doc.positions.line_starts
        blocks = doc.blocks
        # lines that end right after a colon (a scan for ":" is fast), then a label before it
        for colon in _LINE_END_COLON.finditer(source):
            if _BLANK.search(source, colon.start(), colon.end()):
                continue  # "E-mail: ______": the blank is the finding
            m = self.empty_line.match(source, source.rfind("\n", 0, colon.start()) + 1)
            if m is None:
                continue
            index = doc.block_index_at(m.start("label"))
            if index < 0 or doc.text[m.start("label")].isspace():
                continue  # not prose: code, a comment, front matter
            block = blocks[index]
            if block.kind == "heading":
                # a plain text's line "Data protection lead:" read as a caption: empty when a caption or the end follows
                if doc.fmt == "text" and not self._value_follows(doc, block, blocks[index + 1] if index + 1 < len(blocks) else None,
                                                                 m.group("label").strip(" *_:")):
                    yield m.start("label"), m.end("label"), f'template field left empty: "{m.group("label")}"'
                continue
            lines = self._lines(doc, block, starts)
            k = next(k for k, (a, b) in enumerate(lines) if a <= m.start("label") <= b)
            if k + 1 < len(lines):
                filled = not (self._is_label(source, *lines[k + 1]) or OTHER_CONTACT.match(source, lines[k + 1][0])) or (
                    PARTY_LABEL.fullmatch(m.group("label").strip(" *_:")) is not None and _valued(source, *lines[k + 1])
                    and not OTHER_CONTACT.match(source, lines[k + 1][0]))
                # ("**Data Protection Officer:**" over "Email: dpo@gud.example": the party, then its details)
            else:
                filled = self._value_follows(doc, block, blocks[index + 1] if index + 1 < len(blocks) else None,
                                             m.group("label").strip(" *_:"))
            if not filled and not _CODE_FOLLOWS.match(source, colon.end()):  # "Address:" over a fenced block of its lines
                yield m.start("label"), m.end("label"), f'template field left empty: "{m.group("label")}"'

    def _pointers(self, doc):
        """Lines that end announcing a value ("via this URL:") with no value on the next line."""
        if self.pointer is None:
            return
        source, text = doc.source, doc.text
        blocks = doc.blocks
        for colon in _LINE_END_COLON.finditer(source):
            if _BLANK.search(source, colon.start(), colon.end()):
                continue
            line_start = source.rfind("\n", 0, colon.start()) + 1
            m = self.pointer.search(source, line_start, colon.end())
            if m is None or m.end() != colon.end():
                continue
            index = doc.block_index_at(m.start("label"))
            if index < 0 or blocks[index].kind == "heading" or text[m.start("label")].isspace():
                continue  # not prose: code, a comment, front matter
            following = source.find("\n", colon.end())
            nxt = following + 1 if following >= 0 else len(source)
            while nxt < len(source) and source[nxt] in "\r\n":
                nxt += 1  # the value may follow after a blank line
            end = source.find("\n", nxt)
            if nxt < len(source) and _VALUE.match(source, nxt, len(source) if end < 0 else end):
                continue
            if _REACH.match(m.group("label")) and nxt < len(source) and not _title_at(doc, nxt):
                continue  # "contact us at:" over the details in any form: only nothing before the next heading is empty
            yield m.start("label"), m.end("label"), f'template field left empty: "{m.group("label")}"'

    def _filler(self, doc):
        """Paragraphs written in a lorem-ipsum generator's Latin: most words are its words, and
        at least two of them are long ones no English or Romance sentence is made of."""
        if not self.filler:
            return
        if len(self.long_filler.intersection(_WORD.findall(doc.text.lower()))) < 2:
            return  # no paragraph can be filler: the whole text has fewer than two of its long words
        share, least = self.options["filler_share"], self.options["filler_min_words"]
        for block in doc.prose_blocks:
            words = [w.lower() for w in _WORD.findall(doc.text, block.start, block.end)]
            if len(words) < least:
                continue
            ours = [w for w in words if w in self.filler]
            if len(ours) < share * len(words) or len({w for w in ours if len(w) >= 5}) < 2:
                continue
            end = next((e for s, e in doc.sentences if s <= block.start < e), block.end)
            yield block.start, min(end, block.end), f'filler text left in: "{shorten(doc.text[block.start:end])}"'

    @staticmethod
    def _lines(doc, block, starts) -> list[tuple[int, int]]:
        """The spans of the lines of a block, clipped to it."""
        line = bisect_right(starts, block.start) - 1
        spans = []
        while line < len(starts) and starts[line] < block.end:
            end = starts[line + 1] - 1 if line + 1 < len(starts) else len(doc.source)
            spans.append((max(starts[line], block.start), min(end, block.end)))
            line += 1
        return spans

    def _is_label(self, source: str, a: int, b: int) -> bool:
        """Does the line span ``source[a:b]`` begin with a label ("Phone:", "- E-Mail: ...")?"""
        segment = source[a:b]
        lead = len(segment) - len(segment.lstrip(" \t*_>|-"))
        return bool(self.label.match(segment, lead))

    def _value_follows(self, doc, block, following, label: str = "") -> bool:
        """Does the next block hold the label's value (not another label, a heading, the end; for a party's label,
        a name or a way to reach them, not a caption or another contact)?"""
        if following is None or following.kind == "heading":
            return False
        if block.kind == "item" and following.kind != "item":
            return False  # the list ended: an item's value is not in the paragraph after the list
        starts = doc.positions.line_starts
        first = self._lines(doc, following, starts)[0]
        if PARTY_LABEL.fullmatch(label) and (OTHER_CONTACT.match(doc.source, first[0]) or
                                              not PARTY_VALUE.match(doc.source, *first)):
            return False  # "Data protection lead:" over "WHAT WE KEEP" or "General enquiries: hello@...": no one named
        note = _BRACKETED_LINE.fullmatch(doc.source, *first)
        if note is not None and template_field(note.group(1)):
            return False  # "Phone:" and then "[Note: check with Karen whether we need a DPO]": a note, no number
        return not self._is_label(doc.source, *first)


_BRACKETED_LINE = re.compile(r"[ \t]*\[([^\[\]\n]+)\][ \t]*")
_WORD = re.compile(r"[^\W\d_]+")
# a supplier's slot after "such as", in the template's Title Case: "AI model providers such as [AI Provider Name]"
# (or in lower case, what kind of supplier: "such as [hosting provider] and [email service provider]")
SUPPLIER_SLOT = re.compile(r"(?:[A-Z][\w-]*\s+){0,3}(?:Provider|Processor|Vendor|Service|Company|Partner)(?:\s+Name)?|"
                           r"(?:[a-z][\w-]*\s+){1,3}(?:provider|processor|vendor|platform)(?:\s+name)?|"
                           r"(?:[A-Z][\w-]*\s+){1,3}Names?")


# a choice among three or more after "such as", never made: "payment providers such as [Stripe / Google Play / Apple]"
UNMADE_CHOICE = re.compile(r"[^\[\]/\n]{2,40}(?:\s/\s[^\[\]/\n]{2,40}){2,5}")

# the adopter's own product, described in lower case: "such as [social media sites that your mobile app connects to]"
ADOPTERS_OWN = re.compile(r"^[a-z].*\byour (?:mobile )?(?:app|application|website|business|company|product|platform|store|shop)\b")


# a party whose details follow as labelled lines of their own
PARTY_LABEL = re.compile(r"(?i:data protection (?:officer|lead|contact)|dpo|privacy (?:officer|lead)|(?:eu |uk |eea )?representative|"
                         r"contact person)")
# a party's details: a name ("Mrs Jo Bell", "Sam Okafor, Secretary"), an address or a number (not a caption in capitals)
PARTY_VALUE = re.compile(rf"[ \t*_>-]*(?:(?:Mr|Mrs|Ms|Miss|Dr|Rev)\.?[ \t]+)?{PERSON_WORD}(?:[ \t]+[A-Z][\w'’.-]*)+|[^\n]*@|[^\n]*\d{{3}}")
# the next line is another party's or topic's contact, not this party's details: "Data Protection Lead:" over
# "General enquiries: hello@..."
OTHER_CONTACT = re.compile(r"[ \t*_>-]*(?i:(?:general|other|all|press|media) )?(?i:enquiries|inquiries|questions|complaints|bookings)\b[^:\n]{0,30}:")


def _valued(source: str, a: int, b: int) -> bool:
    """Does the labelled line ``source[a:b]`` hold a value after its colon ("Email: dpo@gud.example")?"""
    colon = source.find(":", a, b)
    return colon >= 0 and bool(source[colon + 1:b].strip(" \t*_\\"))


# the value in a code block on the next lines: "Address:" over "```" and the lines of an address
_CODE_FOLLOWS = re.compile(r"[^\S\n]*(?:\n[^\S\n]*)+(?:```|~~~)")  # (a CR is one of the spaces)


_COMMENT = re.compile(r"<!--.*?-->", re.S)
# a body that only marks the text as still to come: "`todo!()`", "TODO", "TBD", "..."
_STUB = re.compile(r"`?(?:todo!\(\)|unimplemented!\(\)|TODO|TBD|FIXME)`?[.:]?|\.{3,}|…")
# a note to the author in an HTML comment: "<!-- TODO before publishing: confirm the contact address -->"
_DRAFT_NOTE = re.compile(r"\b(?:TODO|FIXME|TBD)\b|(?i:\bbefore (?:publishing|publication|going live)\b|\byou (?:may|might|will) need to\b|"
                         r"\bnote to self\b|\breplace (?:this|with|the)\b|\bfill (?:in|out) (?:the|your|this)\b|\bcustomi[sz]e (?:this|the)\b|"
                         r"\b(?:update|edit|change) this (?:section|text|part|paragraph)\b)")
_SUPPRESSION = re.compile(r"^\s*policylint-")


# a code block with no language (or plain text): "```" or "```text" over lines of an address
FENCE = re.compile(r"^[ \t]*(?P<marker>```+|~~~+)[ \t]*(?P<info>[^\n`]*?)[ \t]*$", re.MULTILINE)
PLAIN_INFO = ("", "text", "txt", "plain", "plaintext")


def _plain_fences(source: str):
    """The bodies of fenced blocks with no language (or plain text), each fence closed by the next one
    of its kind: "```json" ... "```" is code, and its closing fence opens nothing."""
    opened = None
    for m in FENCE.finditer(source):
        if opened is None:
            opened = m
        elif m.group("marker")[0] == opened.group("marker")[0] and len(m.group("marker")) >= len(opened.group("marker")) \
                and not m.group("info"):
            if opened.group("info").lower() in PLAIN_INFO:
                yield opened.end() + 1, m.start()
            opened = None
# what only code has on its lines
CODE_LINE = re.compile(r"[;{]\s*$|=>|\b(?:def|function|return|import|class|var|let|const)\b|^\s*[$#>]\s|==|\+=")


def _contact_blocks(doc):
    """The (start, end) of code blocks that hold an address or contact block, not code: plain fences
    ("```" or "```text") and indented blocks of a few short lines with no code on them."""
    if doc.fmt != "markdown":
        return
    source = doc.source
    if "```" in source or "~~~" in source:
        yield from _plain_fences(source)
    if "\n    " in source or "\n\t" in source:
        yield from _indented_blocks(source)


def _indented_blocks(source: str):
    """Indented code blocks after a blank line, of 2 to 12 short lines with no code on them: a writer's way to
    set an address apart."""
    start, lines, offset, blank_before = None, [], 0, True
    for line in source.splitlines(keepends=True) + [""]:
        body = line.rstrip("\r\n")
        indented = body.startswith(("    ", "\t")) and body.strip()
        if indented and (lines or blank_before):
            start = offset if not lines else start
            lines.append(body)
        else:
            if 2 <= len(lines) <= 12 and all(len(x) <= 100 and not CODE_LINE.search(x) for x in lines):
                yield start, offset
            lines = []
            blank_before = not body.strip()
        offset += len(line)


# between two bracketed options of one list: a space, "and", "or"
OPTIONS_BETWEEN = re.compile(r"[ \t]*(?:(?:and|or|and/or|&)[ \t]+)?")
# a build script's token never replaced: "__APP__", "__DATE__" (Markdown reads the underscores as bold, so the
# token is found in the source, and reported where its letters are prose)
DUNDER = re.compile(r"(?<![A-Za-z0-9])__(?P<name>[A-Z][A-Z0-9]*(?:_[A-Z0-9]+)*)__(?![A-Za-z0-9])")


# a template's field set as code: "The data controller is `{name of the instance maintainer}` - (`{maintainer's email}`)"
# or the drafter's note in angle brackets: "`<fill up with the rest>`", "`<explain a little more ... here if possible>`"
CODED_FIELD = re.compile(r"`[ \t]*(?P<field>\{[ \t]*[A-Za-z][A-Za-z'’]*(?:[ \t\n]+[A-Za-z'’]+){1,7}[ \t]*\}|"
                         r"<(?i:insert|enter|fill|explain|describe|add|list|write|put|include)\b[^<>`\n]{0,150}>)[ \t]*`")


# a telephone number cut after its area code: "Telefon: 06201/", "Tel.: +49 30 -"
CUT_NUMBER = re.compile(r"(?<![\w-])(?:Tel(?:efon|ephone|\.)?|Phone|Fax|Telefax|Mobil|Mobile|Handy)[ \t]*:[ \t]*"
                        r"(?P<number>\+?\d[\d ()]{1,8}[/-])[ \t]*$")
CUT_END = re.compile(r"(?m)\d[/-][ \t]*$")  # what every such line ends with: rare, so looked for first


# a field in capitals in angle brackets: "\\<LINK TO GRIEVANCE PORTAL / MECHANISM>", "<AS PER STATE LAWS>" (Markdown reads
# them as HTML tags and shows nothing, or as escaped text)
ANGLE_FIELD = re.compile(r"\\?<[A-Z]{2,}(?:[ /_-]+[A-Z]{2,}){1,8}>"
                         # ... or an instruction to the adopter: "<add the YouTube cookie names and durations here>"
                         r"|\\?<(?i:add|insert|enter|fill in|list|describe|put|replace|write)[ \t][^<>\n]{3,150}>")


def _angle_fields(doc):
    """A field in capital words, or an instruction, between angle brackets in the prose (found in the source: the
    parser may take it for a tag)."""
    if "<" not in doc.source:
        return
    source = doc.source
    for m in ANGLE_FIELD.finditer(source):
        line_start = source.rfind("\n", 0, m.start()) + 1
        line_end = source.find("\n", m.end())
        alone = source[line_start:len(source) if line_end < 0 else line_end].strip() == m.group(0)
        if doc.block_at(m.start()) is not None or (alone and not doc.in_code(m.start(), m.end())):
            yield m.start(), m.end(), _left_in(m.group(0).lstrip("\\"))  # (a line of its own is an HTML block)


def _cut_numbers(doc):
    """A contact block's telephone number never finished, in the prose or in a code block that sets the block apart."""
    source = doc.source
    for end in CUT_END.finditer(source):
        line_start = source.rfind("\n", 0, end.start()) + 1
        m = CUT_NUMBER.search(source, line_start, end.end())
        if m:
            yield m.start("number"), m.end("number"), _left_in(m.group(0).strip())


# a contact block's lines each a field's name set as code: "`Name`" over "`Institution`" and "`E-Mail`"
CODED_FIELD_LINE = re.compile(r"(?m)^[ \t]*`(?P<field>(?i:name|e-?mail|webseite|website|adresse|address|anschrift|institution|"
                              r"telefon|phone|company|firma|organi[sz]ation|organisation|date|datum))`[ \t]*$")


# the words of a link that "#" does serve: the top of the page
TO_TOP = re.compile(r"(?i)\btop\b|^\W*$|\bup\b|\bhome\b")


def _coded_fields(doc):
    if "`" not in doc.source:
        return []
    found = [(m.start("field"), m.end("field"), _left_in(" ".join(m.group("field").split())))
             for m in CODED_FIELD.finditer(doc.source) if doc.block_at(m.start()) is not None]  # not a code block
    lines = [m for m in CODED_FIELD_LINE.finditer(doc.source) if doc.block_at(m.start("field")) is not None]
    if len(lines) >= 2:  # (one such line may be a value: a block of them is the template's)
        found += [(m.start("field") - 1, m.end("field") + 1, _left_in(m.group(0).strip())) for m in lines]
    return found


def _dunder_tokens(doc):
    if "__" not in doc.source:
        return []
    return [(m.start(), m.end(), _left_in(m.group(0))) for m in DUNDER.finditer(doc.source)
            if doc.text[m.start("name"):m.end("name")] == m.group("name")]


# a line of a block that is a field, or a label and its field ("Phone: [Your Security Hotline Number]")
FIELD_LINE = re.compile(r"(?m)^[ \t]*(?:[A-Za-z][\w .&/-]{0,30}:[ \t]*)?(?P<field>\[(?P<inner>[^\[\]\n]{1,80})\])[ \t,]*$")


def _drafting_comments(doc):
    """HTML comments in Markdown that hold a note to the author: the page shows nothing, but the
    note says the text is not finished (a suppression comment is not one)."""
    if doc.fmt != "markdown" or "<!--" not in doc.source:
        return
    for m in _COMMENT.finditer(doc.source):
        body = m.group(0)[4:-3]
        if _SUPPRESSION.match(body) or not _DRAFT_NOTE.search(body):
            continue
        start, end = m.start(), m.end()  # ``source`` and ``text`` share their offsets
        if doc.in_code(start, start + 1):
            continue  # a comment shown as code
        yield start, end, f'drafting note left in a comment: "{shorten(body.strip())}"'
# headings that are a title or a date line, not a section: "## GitHub Privacy Statement", "## Last Edited on May 5, 2019"
_NOT_A_SECTION = re.compile(r"(?i)\b(?:privacy|cookies?|data protection)\s+(?:policy|notice|statement)|\bterms\b|"
                            r"\b(?:19|20)\d\d\b|\b(?:last\s+)?(?:updated|edited|modified|revised)\b|\beffective\b")


_TAG = re.compile(r"<[^<>\n]*>")


def _empty_sections(doc):
    """Markdown headings (level 2 or deeper) with no content before the next heading of their
    level or above, or before the end: "## Third-Party Services" and then nothing."""
    if doc.fmt != "markdown":
        return  # a plain-text heading is a guess: a short line before another may be a list
    headings = doc.headings
    for k, heading in enumerate(headings):
        if heading.level < 2 or heading.pseudo or _NOT_A_SECTION.search(heading.title):
            continue
        if heading.title.rstrip("*_ ").endswith((".", "!")) or len(heading.title.split()) > 12 or \
                (len(heading.title.split()) >= 5 and CLAUSE_HEADING.match(heading.title)):
            continue  # "The legal basis for the transfer is Art. 6 GDPR.", "This section applies to all versions of
            # Android": a sentence set as a heading says its piece
        following = next((h for h in headings[k + 1:] if h.level <= heading.level), None)
        deeper = k + 1 < len(headings) and headings[k + 1].level > heading.level
        if deeper:
            continue  # its subsections are its content
        line_end = doc.source.find("\n", heading.end)
        rest = doc.source[heading.end:len(doc.source) if line_end < 0 else line_end]
        if re.search(r"\w", _TAG.sub("", rest).strip("# \t")):
            continue  # "<h3>Cookies</h3> <p>The site uses ...": its text on the heading's own line
        body_end = following.start if following is not None else len(doc.source)
        if k + 1 < len(headings) and following is not None and headings[k + 1] is not following:
            continue
        body = doc.source[len(doc.source) if line_end < 0 else line_end:body_end]
        # a Setext heading's underline is part of the heading; the next heading's own line start
        body = body[:body.rfind("\n") + 1] if following is not None else body
        stripped = _COMMENT.sub("", body).strip(" \t\r\n=-")
        if not stripped and following is not None and following is headings[k + 1] and _topic_of(heading, following):
            continue  # "### Interpretation and Definitions" over "### Interpretation": a parent set at its child's level
        if not stripped and k == 0 and following is not None and following is headings[1] and not doc.text[:heading.start].strip():
            continue  # "## Your Daily Calories" over "## Privacy policy": the name above the title, no section
        if not stripped:
            yield heading.start, heading.end, f'section "{shorten(heading.title)}" is empty: its text was never written'
        elif _STUB.fullmatch(stripped):
            at = doc.source.find(stripped, len(doc.source) if line_end < 0 else line_end)
            yield at, at + len(stripped), (f'section "{shorten(heading.title)}" holds only "{shorten(stripped, 30)}": '
                               "its text was never written")


# what a reader puts in an e-mail's subject line, in quotes after the word for it (in the notice's language)
SUBJECT_TAG = re.compile(rf"(?i:\b(?:{SUBJECT_WORDS})\b)[*_]*[^\S\n]*:?[*_]*[^\S\n]*"
                         r"(?i:(?:use|write|put|type|enter|include|add|with)[^\S\n]+)?[\"“'‘«]?[*_]*"  # 'Subject Line:** Use "...'
                         r"(?:[^\"“”'‘’«»\[\]\n]{1,40}?[ \t][-–—:][ \t])?\Z")  # "Subject Line:** "Privacy Request - [Your Name]"


# a heading that is a clause: a subject, then a finite verb ("This section applies to ...", "The data is published ...")
CLAUSE_HEADING = re.compile(r"(?i)\W*(?:this|these|the|that|all|your|our|we|it|they|i)\b(?:\s+[\w'’-]+){0,4}?\s+"
                            r"(?:is|are|applies|apply|does|do|will|has|have|was|were|can|may|must|collects?|uses?|stores?)\b")


def _topic_of(heading, following) -> bool:
    """Does the next heading take up a word of this one ("Collecting and Using Your Personal Data" over "Types of
    Data Collected"): a part of its topic, not a section of its own?"""
    number, child = NUMBER_AT_START.match(heading.title), NUMBER_AT_START.match(following.title)
    if number and child:  # "2.2. Other" over "2.2.1. Prevent device from sleeping": its first subsection
        return child.group(1).startswith(number.group(1) + ".")
    return bool(title_stems(heading.title, _SHARED_WORDS) & title_stems(following.title, _SHARED_WORDS))


_SHARED_WORDS = frozenset({"your", "their", "about", "other"})


def _styled(span: str) -> bool:
    """Every letter of the span in a styled font: a name someone typed with a "fancy font" generator."""
    return STYLED.search(span) is not None and not re.search(r"[A-Za-z]", span)


def _left_in(matched: str) -> str:
    return f'template text left in: "{shorten(matched)}"'


def _outer_brackets(text: str, start: int, end: int) -> tuple[int, int]:
    """Widen a span to the brackets right around it: "[[Date]]" and "[xxx@email.com]" are one field."""
    while start > 0 and end < len(text) and text[start - 1] == "[" and text[end] == "]":
        start, end = start - 1, end + 1
    return start, end


def _in_example(doc, offset: int) -> bool:
    from ..brackets import EXAMPLE

    return bool(EXAMPLE.search(doc.text, max(0, offset - 60), offset))


# what Jekyll and its common plugins give every page without front matter
PAGE_BUILTINS = {"content", "excerpt", "url", "date", "id", "categories", "collection", "tags", "dir", "name", "path",
                 "next", "previous", "last_modified_at", "title"}
PAGE_VARIABLE = re.compile(r"\{\{\s*page\.([\w-]+)")


def unset_page_variable(doc, token: str) -> bool:
    """Is ``token`` "{{ page.last_updated }}" in a page whose front matter never sets ``last_updated``?
    The generator then prints nothing: the date line is empty on the site."""
    m = PAGE_VARIABLE.match(token.strip())
    return bool(m) and m.group(1) not in PAGE_BUILTINS and m.group(1).lower() not in metadata_keys(doc)


def metadata_keys(doc) -> set:
    """Keys a site generator fills in: front matter, or a leading ``Key: value`` header block."""
    keys = {str(k).lower() for k in doc.front_matter}
    header = METADATA_HEADER.match(doc.source)
    if header:
        keys.update(key.lower() for key in METADATA_KEY.findall(header.group(0)))
    return keys


# "Hash: [HASH]", "Phone: [PHONE NUMBER if applicable]": a field whose value repeats its label (found from the
# colon, a cheap scan, not from every word); a date's label and field are effective-date-missing's one finding
FIELD_AFTER_COLON = re.compile(r":[ \t]*\[([^\[\]\n]{3,60})\]")
LABEL_BEFORE = re.compile(r"(?<![\w-])((?:[^\W\d_][\w'’-]*[ \t]+){0,3}[^\W\d_][\w'’-]{2,19})[ \t]*$")
LABEL_WORD = re.compile(r"[^\W\d_]{3,}")
DATE_LABELS = frozenset({"date", "dated", "updated", "effective", "revised", "modified"})


# "Developer Name: Developer Name": the template's label written again as the value
ECHOED_LABEL = re.compile(r"^[ \t>*_+-]*(?P<label>(?:[A-Z][a-z]+[ \t]){0,3}(?:Name|Company|Organi[sz]ation|Address|E-?mail|"
                          r"Phone|Website|Country|City))[*_]*:[*_ \t]+(?P<value>[^\n]{3,60}?)[ \t*_]*$", re.M)


def _repeated_slots(doc):
    """Each use of a bracketed text the prose repeats ("[Wigan Community Council] would like ..."): a sample
    value in a template's slot, never replaced."""
    from ..brackets import repeated_slots

    slots = repeated_slots(doc)
    for b in doc.bracketed if slots else ():
        if b.inner in slots:
            start, end = _outer_brackets(doc.text, b.start, b.end)
            yield start, end, _left_in(doc.text[start:end])


def _label_words(text: str) -> set:
    """The words of a label or a value, in lower case and without accents ("Teléfono" is "telefono")."""
    import unicodedata

    plain = unicodedata.normalize("NFKD", text.lower())
    return set(LABEL_WORD.findall("".join(ch for ch in plain if not unicodedata.combining(ch))))


def _repeated_labels(doc):
    text = doc.text
    for m in FIELD_AFTER_COLON.finditer(text):
        # "Hash: [HASH]", "**Dirección**: [Dirección completa]", "**Teléfono**: [Número de teléfono]": the value
        # names its own label
        label = LABEL_BEFORE.search(text, max(0, text.rfind("\n", 0, m.start()) + 1, m.start() - 40), m.start())
        if label is None:
            continue
        if doc.source[m.end():m.end() + 1] in ("(", "["):
            continue  # "**Repository:** [{{ site.repo_url }}](...)": a link, its text what the reader clicks
        shared = _label_words(label.group(1)) & _label_words(m.group(1))
        if shared and not shared & DATE_LABELS:
            yield label.start(), m.end(), _left_in(re.sub(r"\s+:", ":", text[label.start():m.end()]))
    for m in ECHOED_LABEL.finditer(text):
        if m.group("value") == m.group("label"):
            yield m.start("label"), m.end("value"), _left_in(text[m.start("label"):m.end("value")])


BLANK = re.compile(r"[_.]{4,}")
NEEDS = re.compile(r"\(\?#needs:([^)]*)\)")  # "(?#needs: site owner|before publishing)": a regex comment
# a line the reader fills in: a consent form's "I, the undersigned ______", "Signature: ______"
READER_FIELD = re.compile(r"\b(?:undersigned|signature|signed|sign here|participant|(?:place|date) and (?:date|place|signature)|"
                          r"parent or guardian|guardian)\b", re.IGNORECASE)


def _reader_field(text: str, at: int) -> bool:
    """Is the blank at ``at`` on a line that asks the reader to sign or fill it in (a paper form's box to
    tick: "☐ Patient refused to sign (document reason): ______")?"""
    start = text.rfind("\n", 0, at) + 1
    end = text.find("\n", at)
    if text[start:at].lstrip(" \t-*>").startswith(("☐", "☑", "☒", "□")):
        return True
    return READER_FIELD.search(text, start, len(text) if end < 0 else end) is not None

