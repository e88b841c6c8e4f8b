"""changes-notice: how will the reader learn that the policy changed?

Two kinds of wording fail the reader, both described with frames over word
classes (see ``frame``):

- ``without_notice``: a right to change the policy without notice (one
  finding per sentence);
- ``passive_notice``: the page itself is the only notice: "we will notify
  you of any changes by posting the new policy on this page", "review this
  page periodically". Raised once per section, and only when no sentence of
  the document promises an active notice (``active_notice``: e-mail, an
  in-app message, a prominent notice), or a notice without saying it is the
  posting (``notice_promised``, unless a ``posting`` frame says so).
"""
from __future__ import annotations

from .frame import FrameSet, compile_classes
from . import Kind


class ChangesNotice(Kind):
    params = {
        "classes": {},
        "anchor": [""],
        "without_notice": [],
        "passive_notice": [],
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
        self.active = frames("active_notice", unless)
        self.promised = frames("notice_promised", unless)
        self.posting = frames("posting")

    def check(self, doc):
        said = set()  # sentences already reported: one finding for one clause
        for hit in self.without_notice.check(doc) if self.without_notice is not None else ():
            said.add(doc.sentence_at(hit.start))
            yield hit
        if self.passive is None or self._notice_promised(doc):
            return
        flagged = set()
        for hit in self.passive.check(doc, sections=True):
            section = doc.section_at(hit.start)
            if section not in flagged and doc.sentence_at(hit.start) not in said:
                flagged.add(section)  # one defect per section, however many sentences repeat it
                yield hit

    def _notice_promised(self, doc) -> bool:
        """Does a sentence promise a notice other than the updated page?"""
        if self.active is not None and next(self.active.find(doc, sections=True), None):
            return True
        if self.promised is None:
            return False
        for span in self.promised.sentences(doc, sections=True):
            if self.promised.search(doc, span) and not (self.posting and self.posting.search(doc, span)):
                return True
        return False
