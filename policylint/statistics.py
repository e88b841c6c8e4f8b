"""``--statistics``: how many findings each rule produced, instead of the findings.

Like ruff's ``--statistics``: the quickest way to see where a large corpus
stands before deciding which rules to fix first or to baseline.
"""
from __future__ import annotations

import json
from collections import Counter

FORMATS = ("text", "json")


def render(findings, fmt: str) -> str:
    counts = Counter((f.code, f.rule) for f in findings)
    fixable = Counter((f.code, f.rule) for f in findings if f.fix is not None)
    rows = sorted(counts.items(), key=lambda item: (-item[1], item[0]))
    if fmt == "json":
        return json.dumps([{"code": code, "name": name, "count": count, "fixable": fixable[(code, name)]}
                           for (code, name), count in rows], indent=2) + "\n"
    width = max((len(str(count)) for count in counts.values()), default=1)
    lines = [f"{count:>{width}}  {code}  {name}" + (f"  ({fixable[(code, name)]} fixable)" if fixable[(code, name)] else "")
             for (code, name), count in rows]
    total = sum(counts.values())
    lines.append(f"{total} finding{'s' if total != 1 else ''} in total.")
    return "\n".join(lines) + "\n"
