"""``--list-sets``: one line per policy set, in path order.

``name: path path ...``, and for each page with locale copies
``[page: locale locale ...]``, so a reader sees why the documents are together.
"""
from __future__ import annotations

from ..escape import one_line


def render(sets) -> str:
    lines = []
    for policy_set in sets:
        paths = " ".join(one_line(m.path) for m in policy_set.members)
        pages = " ".join(
            f"[{one_line(page)}: {' '.join(sorted(m.locale or m.facts.get('lang') or '?' for m in copies))}]"
            for page, copies in sorted(policy_set.pages.items()))
        label = one_line(policy_set.name)
        lines.append(f"{label} ({len(policy_set.members)} documents): {paths}" + (f" {pages}" if pages else ""))
    return "\n".join(lines) + ("\n" if lines else "")
