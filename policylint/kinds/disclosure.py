"""disclosures: does the notice say each thing the law requires it to say?

A profile (``gdpr``, ``ccpa`` or ``none``) names the required items, each a
list of patterns looked for in headings and prose. One finding per missing
item, at the document's title. A notice that says the app collects no
personal data at all owes none of them, unless the text then says what it does
collect ("we do not collect personal data ... we log your IP address"). A
layered notice that defers to the organisation's main privacy policy
("subject to the GitHub Privacy Statement") is judged there: it gets no
finding per item, and one that says it gives none of them itself.
"""
from __future__ import annotations

import re

from ..errors import did_you_mean
from ..findings import Hit
from ..layers import main_policy
from ..patterns import lazy_groups, lazy_patterns
from . import Kind, ParamError
from .headings import title_span


SPACES = re.compile(r"[^\S\n]{2,}")  # blanked markup and indentation: one space is as good for matching
LABEL_END = re.compile(r":[^\S\n]*\n")  # a label's colon at the end of its line


# reports of errors or crashes, and what the notice says they hold
ERROR_REPORTS = re.compile(r"(?i)\b(?:errors?|crash(?:es)?|bugs?|exceptions?|run-?time errors?)\b")
NOT_PERSONAL = re.compile(r"(?i)\b(?:do(?:es)?|will)(?:\s+not|n't)\s+contain\s+(?:[^.!?]{0,160}?\b)?(?:any\s+)?"
                          r"(?:personal (?:data|information)|personally identifiable|information (?:which|that) (?:can|could) "
                          r"(?:be used to )?identify)\b")


def _one_spaced(doc) -> str:
    """The text with runs of spaces (blanked markup, indentation) as one: computed once per document."""
    return doc.memo(("one-spaced text",), lambda: SPACES.sub(" ", doc.text))


def _items_text(doc) -> str:
    """The one-spaced text without a template's fields: "[Do you transfer data outside the UK? If so, describe
    the safeguards]" asks for the item, it does not give it."""
    def compute():
        from ..brackets import template_field

        text = doc.text
        fields = [b for b in doc.bracketed if not b.escaped and template_field(b.inner)]
        if fields:
            chars = list(text)
            for b in fields:
                chars[b.start:b.end] = " " * (b.end - b.start)
            for heading in doc.headings:  # "## 9. International Transfers" over nothing but the field: no item either
                end = doc.section_end(heading)
                if end > heading.end and not "".join(chars[heading.end:end]).strip():
                    chars[heading.start:heading.end] = " " * (heading.end - heading.start)
            text = "".join(chars)
        return SPACES.sub(" ", text)
    return doc.memo(("items text",), compute)


class Disclosures(Kind):
    regex_params = ("no_collection", "no_collection_unless", "collection_evidence", "evidence_negated",
                    "evidence_unless", "collection_headings", "contact_details", "contact_links", "received", "denied_before")
    params = {"profile": "gdpr", "profiles": {}, "classes": {}, "no_collection": [], "no_collection_unless": [],
              "collection_evidence": [], "evidence_negated": [], "evidence_unless": [], "collection_headings": [],
              "identity_item": None, "contact_details": [], "contact_links": [], "received": [], "denied_before": []}

    @classmethod
    def validate(cls, options):
        profile = options["profile"] or "none"
        if profile != "none" and profile not in options["profiles"]:
            choices = sorted([*options["profiles"], "none"])
            raise ParamError("profile", f'unknown profile "{profile}": choose one of {", ".join(choices)}'
                                        f"{did_you_mean(profile, choices)}")

    def __init__(self, params):
        super().__init__(params)
        profile = self.options["profile"] or "none"
        items = self.options["profiles"].get(profile, {})
        classes = {name: f"(?:{alternatives})" for name, alternatives in self.options["classes"].items()}
        expand = _expander(classes)
        # two passes at most per item: the short plain patterns in one alternation, then, only if they
        # find nothing, the frames (a gap between words) and long word lists, which cost more to
        # compile and to try at every position
        self.items = [(name, _passes([expand(pattern) for pattern in patterns or []])) for name, patterns in items.items()]
        (self.no_collection_unless, self.evidence_negated, self.evidence_unless, self.collection_headings,
         self.details, self.contact_links, self.received, self.denied_before) = (
            lazy_patterns([expand(pattern) for pattern in self.options[name]]) for name in
            ("no_collection_unless", "evidence_negated", "evidence_unless", "collection_headings", "contact_details",
             "contact_links", "received", "denied_before"))
        # searched across the whole text: grouped by the characters their matches begin with
        self.no_collection, self.evidence = (lazy_groups([expand(pattern) for pattern in self.options[name]])
                                             for name in ("no_collection", "collection_evidence"))

    def check(self, doc):
        if not self.items or doc.terms_only or self._collects_nothing(doc):
            return
        text = _items_text(doc)  # only whether an item is there matters, not where
        identity = self.options["identity_item"]
        unidentified = {}  # asked once: it runs the controller-unnamed checks

        def why(name):
            if name not in unidentified:
                unidentified[name] = self._unidentified(doc, text)
            return unidentified[name]

        missing = [name for name, patterns in self.items
                   if (why(name) if name == identity else patterns and not any(p.search(text) for p in patterns))]
        if not missing:
            return
        start, end = title_span(doc)
        main = main_policy(doc)
        if main is not None:
            if len(missing) == len(self.items):
                yield Hit(start, end, f'the notice gives none of the required items itself and defers to the '
                                      f'"{main}": make sure that policy gives them')
            return
        for name in missing:
            reason = why(name) if name == identity else None
            yield Hit(start, end, f"the notice does not say: {name}" + (f" ({reason})" if reason else ""))

    def _unidentified(self, doc, text: str) -> str | None:
        """Art. 13(1)(a) asks for the controller's identity and its contact details: someone named
        (what controller-unnamed asks) and a way to write to them (an e-mail, a postal address,
        a phone number, a form, a tracker), not "the developer" or an app store listing. Why not, or None."""
        from .contact import real_email
        from .controller import unnamed

        if unnamed(doc) is not None:
            return "nobody is named as responsible"
        if real_email(doc) or (self.details is not None and self.details.search(text) is not None):
            return None
        if self.contact_links is not None and any(self.contact_links.search(link.target) for link in doc.links):
            return None  # "[contact us](/contact)": a page to write through
        return "no e-mail, postal address, phone number or form to reach them"

    def _collects_nothing(self, doc) -> bool:
        """ "This app does not collect any personal data" (not "... from children"), and nothing
        in the text says what it does collect."""
        return self._claims_nothing(doc, 0, len(doc.text)) and not self._collects_something(doc)

    def _claims_nothing(self, doc, start: int, end: int) -> bool:
        """Between ``start`` and ``end``, a sentence that says nothing is collected, not one about
        some data only ("from children", "any other data", "not permanently")."""
        if self.no_collection is None:
            return False
        text = doc.text
        at = start
        while at < end:
            m = self.no_collection.search(text, at, end)
            if m is None:
                break
            at = max(m.end(), m.start() + 1)
            if any(b.start <= m.start() and m.end() <= b.end for b in doc.bracketed):
                continue  # '[List data types collected, or state "No data is collected"]': a template's choice
            block = doc.block_at(m.start())
            if block is not None and block.kind == "heading":
                at = block.end  # "## Information We Do NOT Collect" heads a list of exclusions, not a claim: read on
                continue
            s_start, s_end = doc.sentence_at(m.start())
            label = LABEL_END.search(text, s_start, m.start())
            if label is not None:  # "**Summary:**" over "Coixa Wallet never collects ...": the claim starts after the label
                s_start = label.end()
            if not TAKING.search(text, min(s_start, m.start()), max(s_end, m.end())):
                continue  # "We don't store any personal information": kept nowhere is not collected nowhere
            sentence = EXAMPLES.sub(lambda e: " " * len(e.group(0)), text[s_start:max(s_end, m.end())])
            dash = CLAUSE_DASH.search(sentence, m.end() - s_start)
            if dash:  # "performs no data collection - ... never see it without your consent": a clause of its own
                sentence = sentence[:dash.start()]
            listed = ALSO_LISTED.match(sentence, m.end() - s_start) if UNIVERSAL.search(m.group(0)) else None
            if listed:  # "any personal data, browsing history, passwords, or other sensitive information": more of "any"
                sentence = sentence[:listed.start()] + " " * len(listed.group(0)) + sentence[listed.end():]
            if text[s_start:s_end].rstrip().endswith(":") and any(
                    PERSONAL_ITEM.fullmatch(text, b.start, b.end) for b in doc.items_after((s_start, s_end))):
                return True  # "does not collect, store, or transmit:" over "- Personal information": all of it
            if not (self.no_collection_unless and self.no_collection_unless.search(sentence)):
                return True  # "does not collect personal information such as your name, passwords ...": examples
        return self._denied_in_items(doc, start, end)

    def _denied_in_items(self, doc, start: int, end: int) -> bool:
        """ "Tree CLI does not:" over "- Collect personal information": the denial's verb is in an item."""
        text = doc.text
        for lead in BARE_DENIAL.finditer(text, start, end):
            for item in doc.items_after(doc.sentence_at(lead.start())):
                said = "It does not " + " ".join(text[item.start:item.end].split())
                m = self.no_collection.search(said, 0, len(said))
                if m is not None and TAKING.search(said) and not (
                        self.no_collection_unless and self.no_collection_unless.search(said)):
                    return True
        return False

    def _collects_something(self, doc) -> bool:
        """A statement, not negated or hedged (before or inside it), that says what the service does
        collect, or a section that lists it ("## What We Collect" over a list)."""
        text = doc.text
        all_local = ALL_LOCAL.search(_one_spaced(doc)) is not None  # "All information is stored **locally** on your browser"
        if self._collection_section(doc) and not all_local:
            return True
        if self.evidence is None:
            return False
        for m in self.evidence.finditer(text):
            if m.group(0).rstrip().endswith(":"):
                if all_local:
                    continue  # "VaultPass handles the following types of information:": all of it kept on the device
                colon = text.rfind(":", m.start(), m.end())
                line_end = doc.source.find("\n", colon)
                if doc.source[colon + 1:line_end if line_end >= 0 else len(doc.source)].strip():
                    continue  # "what they collect can be seen here: https://...": an address after it, no list
            s_start, s_end = doc.sentence_at(m.start())
            if s_start == s_end or doc.blocks[doc.block_index_at(m.start())].kind == "heading" or \
                    text[s_start:s_end].rstrip().endswith("?"):
                continue  # a template heading ("How We Use Your Data") or a question asked says nothing
            if all_local and text[s_start:s_end].rstrip().endswith(":") and (
                    ONLY_STORED.match(text, s_start, s_end) or ACCESSED.search(m.group(0))):
                continue  # "The only data stored is:", "It accesses the following information:" over what stays on the device
            if ONLY_STORED.match(text, s_start, s_end) and ON_DEVICE.search(text, s_start, s_end):
                continue  # "The only information stored is the notes you create and edit on the device itself."
            if self.evidence_negated and (self._under_negated_lead(doc, m.start()) or _denied_item(doc, m.start())) and \
                    not CONSENTED_EXCEPTION.match(text, m.end(), s_end):
                continue  # "The app does not:" over "- Display advertisements"; "## What We DO NOT Do" over
                # "- ❌ Track what you read"
            if self.evidence_negated and self._negated(text, s_start, m.start(), m.end()) and \
                    not CONSENTED_EXCEPTION.match(text, m.end(), s_end):
                continue  # negated or hedged before or inside the statement (not "We do not collect location
                # data, except with your explicit consent": collected then)
            if self.denied_before and self.denied_before.search(text, doc.section_at(m.start())[0], s_start):
                continue  # "The app does NOT use third-party services ..." over the generator's list of them
            if ERROR_REPORTS.search(text, s_start, s_end) and NOT_PERSONAL.search(
                    text, s_start, min(doc.section_at(m.start())[1], s_end + 2 * CLAIM_REACH)):
                continue  # "may send reports about errors ... to Sentry" and "Error reports do not contain ... any
                # personal information": the crash reports are declared free of personal data
            if OWN_SERVER.search(text, *doc.section_at(m.start())):
                continue  # "send application logs to your currently connected Jellyfin server" over "The logs can contain
                # information such as:": the reader's own server, not the maker's
            if OWN_KEY.search(text, s_start, min(doc.section_at(m.start())[1], s_end + CLAIM_REACH)):
                continue  # "the bookmark URL is sent to the Hugging Face API ... only if you have entered your own
                # API key": the reader's own account with that service, not the maker's processing
            if self.received and self.received.search(m.group(0)):
                return True  # "We use Google Analytics ... The data collected is anonymized", "Your text is sent to
                # Google's Gemini API ... we do not store it": another party receives it all the same
            if self.evidence_unless and (self.evidence_unless.search(text, s_start, max(s_end, m.end()))
                                         or self._all_items_unless(doc, s_start, s_end)):
                continue
            after = max(s_end, m.end())
            if self._claims_nothing(doc, after, min(doc.section_at(m.start())[1], after + CLAIM_REACH)):
                continue  # "Our extension collects minimal information:" over "This data is not stored or transmitted anywhere"
            return True
        return False

    def _under_negated_lead(self, doc, at: int) -> bool:
        """Is ``at`` in a list item whose list opens with a denial ending in a colon ("The app does not:")?"""
        lead = doc.list_lead(doc.block_index_at(at))
        if lead is None:
            return False
        start, end = doc.sentence_at(max(lead.start, lead.end - 1))
        said = CONCESSION.sub("", doc.text[start:end].rstrip())  # "While we do not store it, the following may be processed:"
        return said.endswith(":") and self.evidence_negated.search(said) is not None

    def _negated(self, text: str, s_start: int, start: int, end: int) -> bool:
        """Is the statement negated or hedged, before or inside it? An exception after the negation takes it
        back: "The developers do not have access to any of your information, except when you share crash reports"."""
        negations = list(self.evidence_negated.finditer(text, s_start, end))
        if not negations:
            return False
        last = negations[-1]
        if last.end() <= start and last.group(0).lower() == "unless":
            return False  # "not accessible to the author, unless the user sends the debug log to the author": the exception
        return not (last.end() <= start and EXCEPTION.search(text, last.end(), start))

    def _all_items_unless(self, doc, s_start: int, s_end: int) -> bool:
        """"The only data stored by TighterMenubar is:" over items each kept on the user's own device."""
        items = doc.items_after((s_start, s_end))  # "AdBlock only stores:" over "- Filter lists (locally on device)"
        if not items:
            return False
        if all(self.evidence_unless.search(doc.text, b.start, b.end) or ON_DEVICE.search(doc.text, b.start, b.end)
               for b in items):
            return True
        at = len(doc.text) - len(doc.text[items[-1].end:].lstrip())  # the next sentence, past the blank lines
        after = doc.sentence_at(at) if at < len(doc.text) else (0, 0)
        return after[1] > items[-1].end and (ON_DEVICE.search(doc.text, *after) is not None or (
            self.evidence_unless.search(doc.text, *after) is not None)) and ALL_OF_IT.match(doc.text, after[0]) is not None
        # ("The app only stores:" over "- High scores" / "- Game settings", then "All this data is stored locally on
        # your device": the sentence after the list says it of every item)

    def _collection_section(self, doc) -> bool:
        """A heading that names what is collected ("Information We Collect", "Data We Access"), not
        negated, over a section whose opening does not say that nothing is."""
        if self.collection_headings is None:
            return False
        for heading in doc.headings:
            if not self.collection_headings.search(heading.title) or NEGATION.search(heading.title):
                continue
            end = doc.section_end(heading)
            body = doc.text[heading.end:end]
            if len(body.split()) < 3 or NOTHING.match(body) or ON_DEVICE.search(_opening(doc, heading.end, end)) or \
                    ON_DEVICE.search(heading.title):
                continue  # "None.", or data the app keeps on the user's own device (said as the section opens, in its
                # heading: "Information We May Access Locally")
            # "We do NOT collect crash reports" among its own lines, not under a "What We Don't Collect" inside it
            # (nor under "### Information We May Access Locally": kept on the device)
            negated = [(sub.start, doc.section_end(sub)) for sub in doc.headings
                       if heading.end <= sub.start < end and (NEGATION.search(sub.title) or ON_DEVICE.search(sub.title))]
            parts, at = [], heading.end
            for sub_start, sub_end in negated:
                parts.append((at, sub_start))
                at = max(at, sub_end)
            parts.append((at, end))
            parts = [(a, b) for a, b in parts if doc.text[a:b].strip()]
            if parts and not any(self._claims_nothing(doc, a, b) for a, b in parts):
                return True
        return False


def _opening(doc, start: int, end: int) -> str:
    """The first block of text (not a heading) between ``start`` and ``end``."""
    for block in doc.blocks[max(0, doc.block_index_at(start)):]:
        if block.start >= end:
            break
        if block.kind != "heading" and block.start >= start:
            return doc.text[block.start:min(block.end, end)]
    return ""


# a clause conceded before the main one: what it denies is not what the main clause lists
CONCESSION = re.compile(r"^\s*(?:While|Whilst|Although|Though|Even though|Whereas)\b[^,:]*,")
# a denial whose verbs are the list's: "Tree CLI does not:", "The app will never:"
BARE_DENIAL = re.compile(r"\b(?:(?:does|do|will|shall)(?: not|n['’]t)|will never|never)(?: ever)?[^\S\n]*:[^\S\n]*$", re.I | re.M)
CLAIM_REACH = 400  # characters after a statement of what is collected where a claim can take it back


# what a "collects nothing" claim must deny: taking the data in, not only keeping it
TAKING = re.compile(r"\b(?:collect|gather|track|process|obtain|receive|access|record|transmit|sen[dt]|upload|log|"
                    r"leave|ask|request|programm|design|operat|stay|remain|local|routed\b|routing\b|communicat)\w*|"
                    r"\b(?:external servers?|no servers?|offline|network requests|see|data collection|neither \w+ nor shared)\b|"
                    r"\b(?:exclusively|only) (?:on|in) your (?:own )?(?:device|phone|computer|browser)\b|"
                    r"\b(?:stores?|keeps?|saves?) all (?:of )?(?:the |your )?(?:data|information|content)\b", re.IGNORECASE)
# examples of what is not collected, not a limit on the claim: "such as your name, passwords or location"
EXAMPLES = re.compile(r"\b(?:such as|e\.g\.|for example)\b[^.;!?]*?(?=\s+(?:for|to|unless|except|other than|but)\b|[.;!?]|$)",
                      re.IGNORECASE)
# a list item that is personal data as a whole: "- Personal information"
PERSONAL_ITEM = re.compile(r"(?i)\s*(?:any |your |all )?(?:personal|personally identifiable|identifying) (?:information|data)\.?\s*")
# a claim about all data ("any personal data"), and the kinds listed after it as more of the same
UNIVERSAL = re.compile(r"\bany (?:personal |user |private )?(?:data|information)\b", re.IGNORECASE)
ALSO_LISTED = re.compile(r"(?:,[ \t]*(?:[\w-]+[ \t]+){0,3}?[\w-]+){1,8},?[ \t]+(?:or|and)[ \t]+(?:any[ \t]+)?(?:other[ \t]+)?"
                         r"(?:[\w-]+[ \t]+){0,3}?[\w-]+(?=[ \t]*[.;]|[ \t]*$)", re.IGNORECASE)
# an exception that takes a negation back: "we do not see your data, except when you send a crash report"
EXCEPTION = re.compile(r"\b(?:except|unless|other than|apart from|aside from|save for)\b", re.IGNORECASE)
# an exception right after what is not collected: it is collected in that case
CONSENTED_EXCEPTION = re.compile(r"[^.;:!?\n]{0,60}?,?\s(?:except|unless)\s(?:with|when|if|where|you)\b", re.IGNORECASE)
NEGATION = re.compile(r"\b(?:not|never|no|don['’]t|doesn['’]t|won['’]t)\b", re.IGNORECASE)
ON_DEVICE = re.compile(r"\b(?:locally|(?:on|in|within) (?:your|the user['’]s|the) (?:own )?(?:device|phone|computer|machine|browser)(?:['’]s local storage)?|"
                       # a permission asked for on the device: "We request permission to access your device's camera"
                       r"permission to (?:access|use) (?:your|the) (?:device['’]s )?(?:camera|microphone|photos?|gallery|storage|files)|"
                       r"your device only|never leaves? (?:your|the) (?:device|computer|phone|browser)|in your browser)\b",
                       re.IGNORECASE)
# everything the service handles stays with the user: what it lists is kept there too
CLAUSE_DASH = re.compile(r"\s[-–—]\s")
ALL_LOCAL = re.compile(r"\b(?:(?:all|all (?:of )?(?:the|your)|all of (?:this|it|that|these|them)|everything|any) (?:(?:personal )?(?:information|data) )?"
                       r"(?:is|are|stays?|remains?)|"
                       # "Data is stored within your browser.", opening its sentence: the data, all of it
                       r"(?:(?<=^)|(?<=\n)|(?<=[.:] ))(?:your |the )?(?:data|information) (?:is|are)|"
                       # "All data processing happens locally in your browser"
                       r"(?:all|any) (?:(?:data|information) )?processing (?:happens|takes place|occurs|is done|is performed)|"
                       # "The app operates offline and stores all data locally on your device"
                       r"(?:stores?|keeps?|saves?) all (?:of )?(?:the |your )?(?:data|information)|"
                       # "The extension operates entirely locally on your device"
                       r"(?:the )?(?:app|application|extension|add-on|plugin|software|tool|program) (?:operates|runs|works|functions))"
                       r" (?:\w+ ){0,2}?(?:stored |kept |saved |processed )?(?:only |entirely |exclusively )?" + ON_DEVICE.pattern,
                       re.IGNORECASE)
ACCESSED = re.compile(r"\b(?:access|read)(?:es|s)?\b", re.IGNORECASE)  # what the software works with where it runs
# what is kept, said to be all: "The only data stored is:", "The only information we keep is used to:"
ONLY_STORED = re.compile(r"\W*the only (?:data|information|things?|details) (?:(?:that )?(?:we|i|it|the [\w-]+) )?"
                         r"(?:stores?|stored|keeps?|kept|saves?|saved|holds?|held)\b", re.IGNORECASE)
NOTHING = re.compile(r"\W*(?:none|nothing|no\b|n/a\b)", re.IGNORECASE)


def _expander(classes: dict):
    """pattern -> pattern with each ``{class}`` replaced by the class's alternatives."""
    if not classes:
        return lambda pattern: pattern
    reference = re.compile(r"(?<!\\)\{(" + "|".join(map(re.escape, classes)) + r")\}")
    return lambda pattern: reference.sub(lambda m: classes[m.group(1)], pattern)  # a function's result is literal


FRAME = re.compile(r"\{\d*,\d+\}|[*+]\?|\(\?m:")
SHORT = 90  # characters: a longer pattern is a word list, a class or a combination of them


def _passes(patterns: list) -> list:
    """[plain words, the rest] as lazily compiled searches (empty groups left out)."""
    cheap = [not FRAME.search(p) and len(p) <= SHORT for p in patterns]
    plain = [p for p, ok in zip(patterns, cheap) if ok]
    frames = [p for p, ok in zip(patterns, cheap) if not ok]
    return [_AnyOf(group) for group in (plain, frames) if group]


class _AnyOf:
    """Whether any of ``patterns`` occurs in a text, compiled on first use into two alternations:
    the patterns whose first characters are known, behind a look-ahead for them (most positions
    of a text are then skipped at once), and the others. Only presence counts, so how the
    patterns are grouped changes no answer, only the time it takes."""

    __slots__ = ("patterns", "_searches")

    def __init__(self, patterns: list):
        self.patterns, self._searches = patterns, None

    def search(self, text: str) -> bool:
        if self._searches is None:
            from ..regexstore import static

            with static():  # fixed patterns: kept between runs
                self._searches = self._compile()
        return any(search(text) is not None for search in self._searches)

    def _compile(self) -> list:
        from ..patterns import first_chars, guarded, spaced

        known = [p for p in self.patterns if first_chars(spaced(p), re.IGNORECASE)]
        other = [p for p in self.patterns if p not in known]
        return [re.compile(guarded("|".join(f"(?:{spaced(p)})" for p in group)), re.IGNORECASE).search
                for group in (known, other) if group]


ALL_OF_IT = re.compile(r"(?i)\W*(?:all (?:of )?(?:this|these|the above|that|the)|this|these|everything|both|it|they)\b")
OWN_SERVER = re.compile(r"(?i)\b(?:to|on|with)\s+your\s+(?:own\s+|currently\s+connected\s+|connected\s+|self-hosted\s+|personal\s+|"
                        r"configured\s+)(?:[\w-]+\s+){0,2}?(?:server|instance)\b")
OWN_KEY = re.compile(r"(?i)\byour own (?:[\w-]+ ){0,2}?(?:API[- ]?keys?|keys?|tokens?|credentials)\b")
DENIAL_MARK = re.compile(r"[^\S\n]*(?:[*_]+[^\S\n]*)?[❌✗✘🚫⛔×]")


def _denied_item(doc, at: int) -> bool:
    """Is ``at`` in a list item marked as something not done ("❌ Display advertisements"), or one of the items
    of a section whose heading denies ("## What We DO NOT Do")?"""
    index = doc.block_index_at(at)
    if index < 0 or doc.blocks[index].kind != "item":
        return False
    block = doc.blocks[index]
    if DENIAL_MARK.match(doc.text, block.start):
        return True
    above = doc.list_start(index) - 1  # the block right over the list: its heading, no paragraph between
    return above >= 0 and doc.blocks[above].kind == "heading" and NEGATION.search(doc.text, doc.blocks[above].start,
                                                                                   doc.blocks[above].end) is not None
