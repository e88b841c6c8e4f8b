"""Layered notices: a product notice that defers to the organisation's main privacy policy.

WP29's transparency guidelines (WP260 rev.01, para 35-38) endorse layering, so
rules that ask "does the notice say X?" judge the main policy, not the layer.
"""
from __future__ import annotations

import re

from .entities import THIRD_PARTIES

# "Use of Codespaces is subject to the GitHub Privacy Statement", "We also follow our Mozilla Privacy Policy"
DEFERS = re.compile(
    r"\b(?:[Gg]overned\s+by|[Ss]ubject\s+to|also\s+(?:follow|adhere\s+to)|[Ss]upplements?|in\s+addition\s+to|"
    r"read\s+(?:together|alongside)\s+with|forms\s+part\s+of|[Ss]ee|[Rr]efer\s+to)\s+(?:the\s+|our\s+)?"
    r"(?P<owner>(?:[A-Z][\w’'.-]*\s+){0,3}?)(?:General\s+)?Privacy\s+(?:Policy|Notice|Statement)\b"
)


def defers_to_main_policy(doc) -> bool:
    """Does the document hand over to another privacy policy of its own organisation?"""
    for m in DEFERS.finditer(doc.text):
        if " ".join(m.group("owner").split()).lower() not in THIRD_PARTIES:
            return True
    return False
