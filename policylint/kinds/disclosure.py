"""disclosures: does the notice say each thing the law requires it to say?

A profile (``gdpr``, ``ccpa`` or ``none``) names the required items, each a
list of patterns looked for in headings and prose. One finding per missing
item, at line 1. A notice that says the app collects no personal data at all
owes none of them, and a layered notice that defers to the organisation's
main privacy policy ("subject to our Privacy Statement") is judged there.
"""
from __future__ import annotations

from ..errors import did_you_mean
from ..findings import Hit
from ..layers import defers_to_main_policy
from ..patterns import compile_patterns
from . import Kind, ParamError


class Disclosures(Kind):
    regex_params = ("no_collection", "no_collection_unless")
    params = {"profile": "gdpr", "profiles": {}, "no_collection": [], "no_collection_unless": []}

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
        self.items = [(name, compile_patterns(patterns)) for name, patterns in items.items()]
        self.no_collection, self.no_collection_unless = self.compile("no_collection", "no_collection_unless")

    def check(self, doc):
        text = doc.text
        if self._collects_nothing(doc) or defers_to_main_policy(doc):
            return
        for name, pattern in self.items:
            if pattern is not None and not pattern.search(text):
                yield Hit(0, 0, f"the notice does not say: {name}")

    def _collects_nothing(self, doc) -> bool:
        """ "This app does not collect any personal data" (and not "... from children")."""
        if self.no_collection is None:
            return False
        for m in self.no_collection.finditer(doc.text):
            s_start, s_end = doc.sentence_at(m.start())
            if not (self.no_collection_unless and self.no_collection_unless.search(doc.text, s_start, max(s_end, m.end()))):
                return True
        return False
