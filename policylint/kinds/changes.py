"""changes-notice: how will the reader learn that the policy changed?

Two kinds of wording fail the reader: a right to change the policy "without
notice", and "check this page periodically" when the policy promises no
notice anywhere else. The second is only raised when no sentence of the
document says the reader will be notified.
"""
from __future__ import annotations

from .phrase import Phrase
from . import Kind


class ChangesNotice(Kind):
    regex_params = ("without_notice", "check_page", "notice_given", "about_policy", "unless_before", "reader_not_subject")
    params = {
        "without_notice": [],
        "check_page": [],
        "notice_given": [],
        "about_policy": [],
        "unless_before": [],
        "reader_not_subject": [],
        "message_without_notice": "",
        "message_check_page": "",
    }

    def __init__(self, params):
        super().__init__(params)
        o = self.options
        self.without_notice = Phrase({"patterns": o["without_notice"], "message": o["message_without_notice"],
                                      "require": o["about_policy"], "unless_before": o["unless_before"]})
        self.check_page = Phrase({"patterns": o["check_page"], "message": o["message_check_page"],
                                  "require": o["about_policy"],
                                  "unless_before": o["unless_before"] + o["reader_not_subject"]})
        (self.notice_given,) = self.compile("notice_given")

    def check(self, doc):
        yield from self.without_notice.check(doc)
        if self.notice_given is not None and self.notice_given.search(doc.text):
            return
        yield from self.check_page.check(doc)
