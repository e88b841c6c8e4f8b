"""A sentence twice as long costs a rule twice the work, not four times.

Rules that looked at a whole sentence (or section) again for every match in
it were quadratic in a very long sentence (a 400 KB sentence took minutes).
The work is counted, not timed: the characters the rule's own patterns scan
(every compiled pattern the rule holds is wrapped in a counter) plus the
lines of policylint's Python that run, while the rule checks one parsed
document. Doubling the sentence must about double that count.
"""
from __future__ import annotations

import re
import sys

import pytest

from policylint.parse import parse
from policylint.source import Source

# one very long sentence per rule, built from a clause that triggers it (or a guard) many times
CLAUSES = {
    "retention-vague": "we keep your data as long as necessary and for a reasonable period, ",
    "children-age-ambiguous": "children under 13 (or 16) and children under 13, ",
    "consent-by-use": "we never treat your use as consent and by using it you agree to these Terms, ",
    "changes-without-notice": "we will not change this policy without notice and you may review this page regularly, ",
    "placeholder-text": "[Company Name] and {{app_name}} at privacy@example.com, ",
}
HEAD = "# Privacy Policy\n\nAcme Ltd (\"we\") runs this app. "


class CountingPattern:
    """A compiled pattern that adds the length of every stretch of text it is asked to scan."""

    def __init__(self, pattern, meter):
        self._pattern, self._meter = pattern, meter

    def _count(self, string, pos=0, endpos=None):
        end = len(string) if endpos is None else min(endpos, len(string))
        self._meter[0] += max(0, end - pos)

    def search(self, string, *args):
        self._count(string, *args)
        return self._pattern.search(string, *args)

    def match(self, string, *args):
        self._count(string, *args)
        return self._pattern.match(string, *args)

    def fullmatch(self, string, *args):
        self._count(string, *args)
        return self._pattern.fullmatch(string, *args)

    def finditer(self, string, *args):
        self._count(string, *args)
        return self._pattern.finditer(string, *args)

    def __getattr__(self, name):
        return getattr(self._pattern, name)


def _instrument(obj, meter, seen=None):
    """Wrap every compiled pattern held by ``obj`` and the policylint objects it holds."""
    seen = set() if seen is None else seen
    if id(obj) in seen or not hasattr(obj, "__dict__"):
        return
    seen.add(id(obj))
    for name, value in vars(obj).items():
        if isinstance(value, re.Pattern):
            setattr(obj, name, CountingPattern(value, meter))
        elif type(value).__module__.startswith("policylint"):
            _instrument(value, meter, seen)
        elif isinstance(value, list):
            for item in value:
                if type(item).__module__.startswith("policylint"):
                    _instrument(item, meter, seen)


def work(rule, text: str) -> int:
    """Characters scanned by the rule's patterns plus lines of policylint code run, for one check."""
    kind = rule.make()
    meter = [0]
    _instrument(kind, meter)
    doc = parse(Source("privacy.md", text))
    doc.sentences  # the document's own indexes are built once, outside the rule
    lines = [0]

    def trace(frame, event, arg):
        if "policylint" not in frame.f_code.co_filename:
            return None
        if event == "line":
            lines[0] += 1
        return trace

    sys.settrace(trace)
    try:
        list(kind.check(doc))
    finally:
        sys.settrace(None)
    return meter[0] + lines[0]


@pytest.mark.timeout(120)
@pytest.mark.parametrize("name", list(CLAUSES))
def test_a_sentence_twice_as_long_costs_twice_the_work(registry, name):
    rule = registry.rules[name]
    clause = CLAUSES[name]
    small = work(rule, HEAD + clause * 120 + "end.\n")
    large = work(rule, HEAD + clause * 240 + "end.\n")
    assert small > 120 * len(clause)  # the rule looked at every clause
    assert large / small < 2.4, (name, small, large)
