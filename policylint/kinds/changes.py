"""changes-notice: how will the reader learn that the policy changed?

Two kinds of wording fail the reader, both described with frames over word
classes (see ``frame``):

- ``without_notice``: a right to change the policy without notice (one
  finding per sentence);
- ``passive_notice``: the page itself is the only notice: "we will notify
  you of any changes by posting the new policy on this page", "review this
  page periodically". Raised once per paragraph (each paragraph that
  repeats it is a clause of its own), and only when no sentence of
  the document promises an active notice (``active_notice``: e-mail, an
  in-app message, a prominent notice), or a notice without saying it is the
  posting (``notice_promised``, unless a ``posting`` frame says so). Such a
  promise counts only when it is about changing the policy: it names the
  document (class ``document``), sits under a "Changes" heading, or in the
  section of the posting clause; "we send you notifications and updates
  about the app" promises nothing about this policy.
"""
from __future__ import annotations

import re

from ..brackets import INSTRUCTION
from ..findings import Hit
from ..patterns import shorten
from .frame import FrameSet, compile_classes
from . import Kind


# "you may contact us by email at ...": the reader's way to reach us, not a message to the reader
READER_WRITES = re.compile(r"\b(?:you|users?)\s+(?:may|can|should|are welcome to|could)\s+(?:also\s+)?(?:contact|e-?mail|write to|reach|"
                           r"message)\s+(?:us|me|the developers?|our team)\b|"
                           # "you may request access or correction by emailing support@...": the reader writes
                           r"\b(?:you|users?)\s+(?:may|can|should|could)\s+(?:also\s+)?(?:request|ask for|ask)\b[^.;\n]{0,60}?"
                           r"\bby\s+(?:e-?mailing|writing to|contacting|messaging)\b|"
                           # "In case of queries, please send a mail to: ...": the reader is asked to write
                           r"\bplease\s+(?:send|drop|write)\s+(?:us\s+|me\s+)?(?:a|an)\s+(?:e-?mail|mail|message|line|note)\b|"
                           # "do not hesitate to contact me by sending an email to ...": the reader writes
                           r"\b(?:contact|reach|write to)\s+(?:us|me|the developers?|our team)\s+by\s+(?:sending|dropping|writing)\b",
                           re.IGNORECASE)
# "any marketing emails you receive": "emails" a noun, the reader the one receiving them
# "Unless we tell you otherwise, upon any termination ...": a condition on something else, not a notice promised
UNLESS_BEFORE = re.compile(r"\b(?i:unless)[ \t]+(?:we|I|the \w+)[ \t]+\Z")
PURPOSE_BEFORE = re.compile(r"\b(?i:including|such as|e\.g\.|for example|like)[ \t]+\Z")
GERUND = re.compile(r"[A-Za-z]+ing\b")
RECEIVED_AFTER = re.compile(r"[ \t]+(?:receive|get|have received|may receive|will receive|might receive|open|read)\b", re.IGNORECASE)
# "by giving notice to its Users on this page": the notice is the page
ON_THE_PAGE = re.compile(r"(?:(?!\b(?:and|or|as well as|plus)\b)[^.;:\n]){0,30}?\b(?:on|at|in|within|through|via) (?:this|the|our|its) "
                         r"(?:(?:(?:application|app|website|site|policy|privacy|legal|same) )?(?:page|web ?page)|document|policy|"
                         r"privacy policy|(?:[\w'’]+(?: +|-)){0,3}?(?:repository|repo|changelog|readme|file))\b",
                         re.IGNORECASE)
# "provide notice of any material changes by posting the updated Privacy Policy on our website": the notice is the
# posting (not "notice by e-mail and by posting it here": two means)
BY_POSTING_AFTER = re.compile(r"(?:(?!\b(?:and|or|plus|as well as|e-?mails?|emailing|messages?|notifications?|letters?|sms|push|"
                              r"in-app|banners?|pop-?ups?)\b)[^.;:\n]){0,100}?\b(?:by|through|via)\s+(?:posting|publishing|"
                              r"updating|uploading|placing|putting|publication of)\b", re.IGNORECASE)
# "by providing your email address": the reader's address, not a message to the reader
AND_ALSO = re.compile(r"\b(?:and|also)\b")
# what may stand before a template's instruction to whoever adopts it ("> **Note:** Replace all bracketed text ...")
NOTE_LEAD = re.compile(r"\W*(?:note\W+)?", re.IGNORECASE)
MEANS = re.compile(r"\b(?:by|via|through)\b")  # "notify you by posting": the posting is how they are told
ADDRESS_AFTER = re.compile(r"[ \t-]*(?:address|addresses|account|id)\b", re.IGNORECASE)


class ChangesNotice(Kind):
    params = {
        "classes": {},
        "anchor": [""],
        "without_notice": [],
        "passive_notice": [],
        "silent_change": [],
        "active_notice": [],
        "notice_promised": [],
        "posting": [],
        "unless": [],
        "message_without_notice": "",
        "message_passive_notice": "",
    }

    def __init__(self, params):
        super().__init__(params)
        o = self.options
        classes = compile_classes(o["classes"])

        def frames(name: str, unless=(), message: str = ""):
            return FrameSet(o[name], classes, o["anchor"], unless, message) if o[name] else None

        unless = o["unless"]
        self.without_notice = frames("without_notice", list(unless) + ["about_document"], o["message_without_notice"])
        self.passive = frames("passive_notice", unless, o["message_passive_notice"])
        self.silent = frames("silent_change", unless, o["message_without_notice"])
        self.active = frames("active_notice", unless)
        self.promised = frames("notice_promised", unless)
        self.posting = frames("posting")
        self.document = _words(o["classes"].get("document", ""))
        self.hedge = _words(o["classes"].get("hedge", ""))

    def check(self, doc):
        said = set()  # sentences already reported: one finding for one clause
        flagged = set()  # paragraphs already reported: "may change without notice ... check on every visit" is one defect
        for hit in self.without_notice.check(doc) if self.without_notice is not None else ():
            said.add(doc.sentence_at(hit.start))
            flagged.add(doc.list_start(doc.block_index_at(hit.start)))
            yield hit
        if self.passive is None:
            return
        # (not a heading: "### [Please visit our website for the latest version.](...)" points to the policy, it says
        # nothing of how changes are made known)
        hits = [hit for hit in self.passive.check(doc, sections=True)
                if doc.blocks[doc.block_index_at(hit.start)].kind != "heading" and self._of_the_text(doc, hit)] \
            or list(self._passive_list(doc))
        if not hits and self.silent is not None:  # "We may update this policy from time to time." and nothing more
            hits = [hit for hit in self.silent.check(doc, sections=True) if doc.sentence_at(hit.start) not in said]
        near = {index for hit in hits for index in _around(doc.block_index_at(hit.start))}
        if not hits or self._notice_promised(doc, {doc.section_at(hit.start) for hit in hits}, near):
            return
        # the section about changes says it: a passing word elsewhere, of the date ("the date at the top of this page
        # shows when it was last changed" in the welcome) or of one feature ("If advertisements are introduced in
        # future versions, this policy will be updated"), is the same defect
        under = [_under_changes(doc, hit.start) for hit in hits]
        if any(under):
            hits = [hit for hit, inside in zip(hits, under) if inside or not _passing(doc, hit.start)]
        for hit in hits:
            block = doc.list_start(doc.block_index_at(hit.start))
            if block not in flagged and doc.sentence_at(hit.start) not in said:
                flagged.add(block)  # one finding per paragraph or list, however many of its sentences repeat it
                yield hit

    def _of_the_text(self, doc, hit) -> bool:
        if INSTRUCTION.match(doc.text, NOTE_LEAD.match(doc.text, doc.sentence_at(hit.start)[0]).end()):
            return False  # "Replace all bracketed text ... before publishing this policy": a note to whoever adopts it
        return self._of_this_text(doc, hit)

    def _of_this_text(self, doc, hit) -> bool:
        """Is a passive notice about this text's changes? Not news the service posts ("We use the data to post
        memes and updates on Telegram channels"), another thing changed ("how to edit this feature, refer to
        the links", "attempts to upload or change information") nor the software's new version ("a new version is
        available on the Google Play Store") where the text is not named."""
        start, end = doc.sentence_at(hit.start)  # (the thing may come after the match: "the app may refresh public data")
        if not (NEWS.search(doc.text, hit.start, hit.end) or THING_CHANGED.search(doc.text, start, max(end, hit.end))
                or SOFTWARE_VERSION.search(doc.text, start, max(end, hit.end))):
            return True
        index = doc.block_index_at(hit.start)
        return self.document is None or bool(self.document.search(doc.text, doc.blocks[index].start, doc.blocks[index].end))

    def _passive_list(self, doc):
        """"Changes will be:" over "- Posted in our GitHub repository" / "- Effective immediately upon posting":
        the passive notice said across a sentence and the list it opens."""
        for span in self.passive.sentences(doc, sections=True):
            listed = _with_list(doc, span)
            found = self.passive.search(doc, listed) if listed != span else None
            if found:
                yield Hit(found[0], found[1], self.passive.message.format(match=shorten(found[2])))

    def _notice_promised(self, doc, sections: set, near: set) -> bool:
        """Does a sentence about changing the policy promise a notice other than the updated page? One
        that hedges it ("in some cases, we may also tell you by e-mail") promises nothing."""
        if self.active is not None:
            for span in self.active.sentences(doc, sections=True):
                if self._news(doc, span):
                    continue
                found = self._active_in(doc, span) or self._active_in(doc, _with_list(doc, span))
                if found and self._about_policy(doc, span, sections, near) and not self._hedged(doc, span, found) \
                        and not self._hedged(doc, doc.sentence_at(found[0]), found) and not READER_WRITES.search(doc.text, span[0], span[1]):
                    return True  # (the notice's own sentence may hedge it: "When we make changes:" over "- We may notify you")
        if self.promised is None:
            return False
        for span in self.promised.sentences(doc, sections=True):
            promise = None if self._news(doc, span) else self.promised.search(doc, span)
            if (promise and not _no_promise(doc, span, promise) and self._about_policy(doc, span, sections, near)
                    and not self._hedged(doc, span) and not self._by_posting(doc, span, promise)):
                return True
        return False

    def _news(self, doc, span) -> bool:
        """Is the sentence about the service's news ("To communicate with you about updates, announcements, and
        other information"), a purpose of the processing, not a notice of this text's changes? (Asked of a
        sentence by both kinds of promise: answered once.)"""
        return doc.memo(("changes news", span), lambda: NEWS.search(doc.text, span[0], span[1]) is not None and not (
            self.document is not None and self.document.search(doc.text, span[0], span[1])))

    def _by_posting(self, doc, span, promise) -> bool:
        """Is the promised notice the posting itself ("we will notify you by posting the new policy on this
        page")? Not when the sentence posts and then notifies as well ("We will post updates on this page and
        notify users of any significant changes": two acts)."""
        if self.posting is None:
            return False
        found = self.posting.search(doc, span) or self.posting.search(doc, _with_list(doc, span))
        if found is None:
            return False
        if found[1] <= promise[0] and AND_ALSO.search(doc.text, found[1], promise[0]):
            return self.posting.search(doc, (promise[0], span[1])) is not None
        joints = list(AND_ALSO.finditer(doc.text, promise[1], found[0])) if found[0] >= promise[1] else []
        if joints and not MEANS.search(doc.text, joints[-1].end(), found[0]):
            return False  # "we will e-mail every guest ... and put the new version on our website", "let members know
            # by email, and the current version is on our website": two acts (not "notify you by posting it")
        return True

    def _active_in(self, doc, span):
        """The first active notice in ``span`` that is not the reader's address ("by providing your email address")
        or the page itself; the next one when it is ("either through the email address you have provided us, or by
        placing a prominent notice on our website")."""
        start = span[0]
        while start < span[1]:
            found = self.active.search(doc, (start, span[1]))
            if not found:
                return None
            if not ADDRESS_AFTER.match(doc.text, found[1]) and not ON_THE_PAGE.match(doc.text, found[1]) \
                    and not BY_POSTING_AFTER.match(doc.text, found[1]):
                return found
            start = found[1]
        return None

    def _hedged(self, doc, span, found=None) -> bool:
        """Is ``span`` (the notice ``found`` in it) hedged? Not by a hedge on another act joined after the notice
        ("we will show a message when you next open the game and, where the law requires it, ask for your consent again")."""
        if self.hedge is None:
            return False
        return any(found is None or m.start() < found[1] or not ANOTHER_ACT.search(doc.text, found[1], m.start())
                   for m in self.hedge.finditer(doc.text, span[0], span[1]))

    def _about_policy(self, doc, span, sections: set, near: set) -> bool:
        """Is the sentence ``span`` about changes to this document (not app updates, newsletters)? In the
        section of the changes, any sentence (next to them, when the document has no headings to make
        sections: "We may e-mail you important updates" under "Communication:" is not about the policy);
        elsewhere one that names the document and a change."""
        if BUSINESS_TRANSFER.search(doc.text, span[0], span[1]) and not NAMED_POLICY.search(doc.text, span[0], span[1]):
            return False  # "If the Application is involved in a merger ... you will be notified via email ... of any
            # change in ownership or uses of this information": the new owner, not a new version of this text
        section = doc.section_at(span[0])
        if self.document is None:
            return True
        if section in sections and (doc.headings or doc.block_index_at(span[0]) in near):
            return True
        if self.document.search(doc.text, span[0], span[1]) and self.passive.anchor.search(doc.text, span[0], span[1]) \
                and not THING_CHANGED.search(doc.text, span[0], span[1]):
            return True  # "we will e-mail you before this policy changes", not "this policy tells you about your rights"
            # (nor "moderators can edit or hide posts that break the rules and will message you")
        # under a heading about changes, or a sub-heading about notice under one ("## Changes to This Policy" over
        # "### How We Notify You"; not "### Termination" under "## Mozilla Can Update or Terminate This Agreement")
        chain = _heading_chain(doc, section[0])
        if not chain:
            return False
        if _about_changes(doc, chain[0]) and not (SOFTWARE_UPDATES.search(doc.text, chain[0].start, chain[0].end)
                                                   and not self.document.search(doc.text, chain[0].start, chain[0].end)):
            return True  # (not "Updates and Version Checking": the software's)
        return bool(NOTICE_HEADING.search(doc.text, chain[0].start, chain[0].end)) and any(
            _about_changes(doc, h) for h in chain[1:])


# a second act joined after the notice: "... and, where the law requires it, ask for your consent again"
ANOTHER_ACT = re.compile(r"\band\b|;")
# a heading about what the reader changes: "Changing your mind", "Change your settings", "Updating your details",
# "Inspection and modification of your data"
READERS_CHANGE = re.compile(r"(?i)\b(?:chang\w*|updat\w*|edit\w*|amend\w*|modif\w*|correct\w*|rectif\w*)\s+(?:of\s+)?(?:your|my|their)\b")
# a heading about the software's updates: "Updates and Version Checking", "App updates", "Automatic Updates"
SOFTWARE_UPDATES = re.compile(r"(?i)\b(?:versions?|versioning|releases?|software|firmware|apps?|application|automatic|"
                              r"auto-?updat\w*|checking|checks?|downloads?)\b")
# a heading about changes names a change ("Changes", "Updates to this policy", "Versions"), not just a word that
# opens one of the anchor's phrases ("Advertisements (Future Implementation)": "future" as in "future version")
CHANGE_HEADING = re.compile(r"(?i)\b(?:chang|updat|revis|amend|modif|alter|version)\w*")
NOTICE_HEADING = re.compile(r"(?i)\b(?:notif\w*|notice|inform\w*|tell|announce\w*|communicat\w*|let you know)\b")
# a thing changed that is not this text: the reader's settings, the service's data
# (or refreshed: "the app may periodically refresh public TLE data in the background")
THING_CHANGED = re.compile(r"(?i)\b(?:edit|edits|editing|change|changes|changing|modify|modifying|alter|altering|correct|"
                           r"correcting|refresh|refreshes|refreshing)\s+(?:or\s+[a-z]+\s+)?(?:(?:this|that|the|your|their|its|our|any|such)\s+)?"
                           r"(?:(?!(?:privacy|cookie)\b)[a-z][\w-]*\s+){0,2}?(?:information|data|"
                           r"features?|settings?|preferences?|details|profiles?|accounts?|passwords?|content|files?|"
                           r"permissions?|cookies?|e-?mail|address|name|posts?|comments?|messages?|listings?|entries)\b")
# a sale of the business, whose notice is about who holds the data, not about this text
BUSINESS_TRANSFER = re.compile(r"(?i)\b(?:merger|merges?|acquisitions?|acquired|bankruptcy|insolvency|reorgani[sz]ation|"
                               r"sale of (?:all|some|part|substantially|a portion|its|our|the business)|change (?:in|of) (?:ownership|control))\b")
NAMED_POLICY = re.compile(r"(?i)\b(?:polic(?:y|ies)|(?:this|our|privacy) (?:notice|statement|terms))\b")  # (not "a prominent notice")
# the software's own versions: "the App may check if a new version is available on the Google Play Store"
SOFTWARE_VERSION = re.compile(r"(?i)\b(?:check(?:s|ing)?|look(?:s|ing)?\s+for|whether|if)\s+(?:there\s+is\s+)?(?:a\s+|an\s+)?"
                              r"(?:new|newer|updated|later|latest)\s+(?:app\s+)?version\b|"
                              r"\bversion\b[^.\n]{0,60}?\b(?:App Store|Play Store|Google Play|F-Droid|Microsoft Store|download|install)")
# updates as the service's news, one thing among others it posts: "memes and updates", "updates and offers"
# (or in a list: "updates, announcements, and other information related to the application")
_NEWS_JOINT = r"(?:[ \t]*,[ \t]*(?:and[ \t]+)?|\s+(?:and|&)\s+)"
NEWS = re.compile(rf"(?i)\b(?!(?:changes|revisions|amendments|modifications)\b)[a-z]+s{_NEWS_JOINT}updates\b|"
                  rf"\bupdates{_NEWS_JOINT}(?!(?:changes|revisions|amendments|modifications)\b)[a-z]+s\b")


def _no_promise(doc, span, promise) -> bool:
    """Do the words around a promise found in ``span`` make it none? "marketing emails you receive" (things, not a
    notice sent), "communicated through the Bot's GitHub repository" (the page again), "Unless we tell you otherwise"
    (a condition on something else), "including notifying you about changes to our terms" (a purpose the data is
    used for, among others)."""
    start, end = promise[0], promise[1]
    before = max(span[0], start - 30)
    return bool(RECEIVED_AFTER.match(doc.text, end) or ON_THE_PAGE.match(doc.text, end)
                or UNLESS_BEFORE.search(doc.text, before, start)
                or (PURPOSE_BEFORE.search(doc.text, before, start) and GERUND.match(doc.text, start)))


# a passing word on changes: a change of one feature, or a date that marks them
CONDITION = re.compile(r"(?i)\W*(?:if|when|should|once|where)\b")
DATE_WORD = re.compile(r"(?i)\bdates?\b")


def _passing(doc, at: int) -> bool:
    """Is the sentence at ``at`` a passing word on changes: a condition on one change, or a date?"""
    start, end = doc.sentence_at(at)
    return CONDITION.match(doc.text, start, end) is not None or DATE_WORD.search(doc.text, start, end) is not None


def _about_changes(doc, heading) -> bool:
    """Is the heading about changes ("## Changes to this policy"), not the reader's own ("Changing your mind":
    the reader's choice changes, not this text)?"""
    return CHANGE_HEADING.search(doc.text, heading.start, heading.end) is not None and \
        READERS_CHANGE.search(doc.text, heading.start, heading.end) is None


def _under_changes(doc, at: int) -> bool:
    """Is ``at`` under a heading about changes, or one above it?"""
    return any(_about_changes(doc, h) for h in _heading_chain(doc, doc.section_at(at)[0]))


def _heading_chain(doc, section_start: int) -> list:
    """The heading whose section starts at ``section_start`` and the headings above it, each of a higher level."""
    index = next((i for i, h in enumerate(doc.headings) if h.end == section_start), None)
    chain = []
    for heading in reversed(doc.headings[:index + 1] if index is not None else []):
        if not chain or heading.level < chain[-1].level:
            chain.append(heading)
    return chain


def _with_list(doc, span: tuple[int, int]) -> tuple[int, int]:
    """A sentence that ends with a colon, with the list items after it ("will be announced through:"
    over "- Discord server updates"); the sentence alone otherwise."""
    items = doc.items_after(span, limit=7)
    return (span[0], items[-1].end) if items else span


def _words(listed: str) -> re.Pattern | None:
    """A class written as "a, b c, d" as one pattern of whole words (None when empty)."""
    words = [w.strip() for w in listed.split(",") if w.strip()]
    return re.compile(r"\b(?:%s)\b" % "|".join(re.escape(w).replace(r"\ ", r"\s+") for w in words), re.I) if words else None


def _around(index: int) -> range:
    """A block and the blocks on either side of it."""
    return range(index - 1, index + 2)
