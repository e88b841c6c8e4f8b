"""disclosures: does the notice say each thing the law requires it to say?

A profile (``gdpr``, ``ccpa`` or ``none``) names the required items, each a
list of patterns looked for in headings and prose. One finding per missing
item, at line 1. A notice that says the app collects no personal data at all
owes none of them.
"""
from __future__ import annotations

from ..errors import PolicylintError, did_you_mean
from ..findings import Hit
from .phrase import compile_patterns
from . import Kind


class Disclosures(Kind):
    params = {"profile": "gdpr", "profiles": {}, "no_collection": []}

    def __init__(self, params):
        super().__init__(params)
        profile = self.options["profile"] or "none"
        profiles = self.options["profiles"]
        if profile != "none" and profile not in profiles:
            hint = did_you_mean(str(profile), [*profiles, "none"])
            raise PolicylintError(f'disclosure-missing: unknown profile "{profile}"{hint}')
        items = profiles.get(profile, {})
        self.items = [(name, compile_patterns(patterns)) for name, patterns in items.items()]
        self.no_collection = compile_patterns(self.options["no_collection"])

    def check(self, doc):
        text = doc.text
        if self.no_collection is not None and self.no_collection.search(text):
            return
        for name, pattern in self.items:
            if pattern is not None and not pattern.search(text):
                yield Hit(0, 0, f"the notice does not say: {name}")
