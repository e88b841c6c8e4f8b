"""Layered notices: a product notice that defers to the organisation's main privacy policy.

WP29's transparency guidelines (WP260 rev.01, para 35-38) endorse layering, so
rules that ask "does the notice say X?" judge the main policy, not the layer.
"""
from __future__ import annotations

import re

from .entities import THIRD_PARTIES
from .patterns import LazyPattern

_OWNER = r"(?P<owner>(?:[A-Z][\w’'-]*(?:\.[\w’'-]+)*\s+){0,3}?)"
_POLICY = r"(?P<kind>(?:General\s+|Main\s+|Global\s+)?(?i:privacy\s+(?:policy|notice|statement)))\b"
# "Use of Codespaces is subject to the GitHub Privacy Statement", "We also follow our Mozilla Privacy Policy",
# "We also adhere to the practices outlined in the Mozilla Privacy Policy", "falls under the Microsoft Privacy Statement"
DEFERS = LazyPattern(
    r"\b(?:[Gg]overned\s+by|[Ss]ubject\s+to|also\s+(?:follow|adhere\s+to)|[Ss]upplements?|in\s+addition\s+to|"
    r"read\s+(?:together|alongside)\s+with|forms\s+part\s+of|[Ss]ee|[Rr]efer\s+to|falls?\s+under|covered\s+by)\s+"
    r"(?:the\s+practices\s+(?:outlined|described|set\s+out)\s+in\s+)?(?:the\s+|our\s+)?" + _OWNER + _POLICY, 0
)
# "our Mozilla Privacy Policy describes how we handle that information", "read the Mozilla Privacy Policy",
# "the information ... in our main Privacy Policy", "The full version of the detailed Privacy Policy is available"
NAMED_MAIN = LazyPattern(
    r"\b(?:[Oo]ur|[Rr]ead\s+the|[Rr]ead\s+our)\s+(?P<owner>(?:[A-Z][\w’'-]*(?:\.[\w’'-]+)*\s+){1,3}?)" + _POLICY
    # "the telemetry we collect falls under the Microsoft Privacy Statement": whoever that is, it is "we"
    + r"|\bwe\s+(?:collect|receive|process)\s+(?:falls?\s+under|is\s+(?:subject\s+to|governed\s+by|covered\s+by))\s+"
    r"(?:the\s+|our\s+)?(?P<ours>(?:[A-Z][\w’'-]*\s+){1,3}?)(?P<ourkind>Privacy\s+(?:Policy|Notice|Statement))\b"
    + r"|\b(?:our|the)\s+(?P<qualified>(?:main|general|global|corporate|company-wide)\s+Privacy\s+(?:Policy|Notice|Statement))\b", 0
)
# a short version that points to the full one, wherever it does: "The full version of the detailed Privacy Policy"
FULL_VERSION = LazyPattern(
    r"\b(?P<qualified>(?i:full|complete|detailed|long)\s+(?:version\s+of\s+(?:the\s+|our\s+|this\s+)?)?(?:detailed\s+)?"
    r"(?i:privacy\s+(?:policy|notice|statement)))\b", 0
)
SPECIFIC = re.compile(r"\s+(?:to|for)\s")
# "subject to the privacy policy described below ("Privacy Policy")": the document itself
THIS_ONE = re.compile(r"\s+(?:(?:described|set\s+out|outlined|stated|written)\s+)?(?:below|herein|hereunder)\b|\s*\((?:the\s+)?[\"“]")
OPENING = 1200  # characters: a layer says what it defers to in its first paragraphs


def main_policy(doc) -> str | None:
    """The other privacy policy of its own organisation that the document hands over to, if any
    ("the GitHub Privacy Statement"); a third party's policy ("subject to the Google Privacy
    Policy") does not count unless that company's name is the document's own brand. A layer says
    so at its start: a full policy that sends one feature to its own notice further down is no layer.
    """
    head = doc.title.lower()
    prose = doc.prose_blocks
    if not prose:
        return None
    opening = min(prose[min(5, len(prose) - 1)].end, doc.blocks[0].start + OPENING)
    full = FULL_VERSION.search(doc.text)
    if full:
        return " ".join(full.group("qualified").split())
    for pattern in (DEFERS, NAMED_MAIN):
        for m in pattern.finditer(doc.text, 0, opening):
            if m.groupdict().get("qualified"):
                return " ".join(m.group("qualified").split())
            if m.groupdict().get("ours"):
                return " ".join(f"{m.group('ours')} {m.group('ourkind')}".split())
            owner = " ".join(m.group("owner").split())
            if not owner and (SPECIFIC.match(doc.text, m.end()) or THIS_ONE.match(doc.text, m.end())
                              or _calls_itself(doc.text, m.group("kind"))):
                continue  # "see our Privacy Notice to residents of California"; "this Privacy Statement"
            named = " ".join(f"{owner} {m.group('kind')}".split())
            if owner.lower() in {"this", "these", "that"} or (owner and named.lower() in head):
                continue  # the document's own name for itself
            bare = re.sub(r"['’]s?$", "", owner).lower()
            first = bare.split()[0] if bare.split() else ""
            if (bare in THIRD_PARTIES or first in THIRD_PARTIES or bare != owner.lower()) \
                    and bare not in head:
                continue  # a third party's policy ("AWS’s privacy policy", "Google Play Services Privacy Policy")
            return named
    return None


def _calls_itself(text: str, kind: str) -> bool:
    return re.search(r"\b[Tt]his\s+" + r"\s+".join(kind.split()) + r"\b", text) is not None


def defers_to_main_policy(doc) -> bool:
    """Does the document hand over to another privacy policy of its own organisation?"""
    return main_policy(doc) is not None
