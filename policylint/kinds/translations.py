"""translations: locale copies of one page that no longer follow the source language's copy.

The source copy is the one in the config's language, else the English one,
else the most recently dated one. A copy dated before the source (dates read
in the copy's own language: "Stand: 1. März 2023") is stale; a copy whose
outline (number, order and levels of headings) differs from the source's has
lost or gained a section. Both are reported on the copy, naming the source's
date or section.
"""
from __future__ import annotations

import difflib

from ..findings import SetHit
from . import SetKind


def source_copy(copies, lang: str | None):
    """The copy the others translate: the config's language, else English, else the newest dated."""
    def locale(member):
        return (member.locale or member.facts.get("lang") or "").lower()

    for wanted in ([lang.lower()] if lang else []) + ["en"]:
        exact = [m for m in copies if locale(m) == wanted]
        loose = [m for m in copies if locale(m).split("-")[0] == wanted.split("-")[0]]
        if exact or loose:
            return (exact or loose)[0]
    dated = [m for m in copies if m.facts.get("date")]
    return max(dated, key=lambda m: (m.facts["date"][0], m.path), default=None) if dated else None


def _copies(policy_set, context):
    for page in sorted(policy_set.pages):
        copies = policy_set.pages[page]
        source = source_copy(copies, context.get("lang"))
        if source is not None:
            yield source, [m for m in copies if m is not source]


def _label(member) -> str:
    return member.locale or member.facts.get("lang") or "?"


class TranslationStale(SetKind):
    params = {"min_days": 1}

    def check_set(self, policy_set, context):
        for source, copies in _copies(policy_set, context):
            date = source.facts.get("date")
            if not date:
                continue
            for copy in copies:
                own = copy.facts.get("date")
                if not own or own[0] >= date[0]:
                    continue
                from datetime import date as day

                if (day.fromisoformat(date[0]) - day.fromisoformat(own[0])).days < self.options["min_days"]:
                    continue
                yield SetHit(copy.path, *own[2:6],
                             f'this {_label(copy)} copy is dated "{own[1]}" ({own[0]}), before its '
                             f'{_label(source)} source {source.rel} "{date[1]}" ({date[0]}): it may not carry '
                             f"the changes made since", ((source.path, date[2], date[3]),))


class TranslationStructure(SetKind):
    params = {}

    def check_set(self, policy_set, context):
        for source, copies in _copies(policy_set, context):
            wanted = source.facts.get("headings") or []
            for copy in copies:
                found = copy.facts.get("headings") or []
                hit = _first_difference(source, wanted, copy, found)
                if hit is not None:
                    yield hit


def _first_difference(source, wanted, copy, found):
    """One hit at the first place where the copy's outline leaves the source's, or None."""
    levels = [h[0] for h in wanted]
    theirs = [h[0] for h in found]
    if levels == theirs:
        return None
    counts = (f"{len(found)} heading{'s' if len(found) != 1 else ''} where its {_label(source)} source "
              f"{source.rel} has {len(wanted)}")
    for tag, i1, i2, j1, j2 in difflib.SequenceMatcher(None, levels, theirs, autojunk=False).get_opcodes():
        if tag == "equal":
            continue
        if tag == "delete":  # sections of the source with nothing in the copy
            at = found[j1 - 1] if j1 > 0 else None
            missing = wanted[i1]
            where = at[2:6] if at else [1, 1, 1, 1]
            extra = f" and {i2 - i1 - 1} more" if i2 - i1 > 1 else ""
            return SetHit(copy.path, *where,
                          f'the section "{_short(missing[1])}" (level {missing[0]}){extra} of the source is '
                          f"missing {'after this heading' if at else 'here'}: this copy has {counts}",
                          ((source.path, missing[2], missing[3]),))
        if tag == "insert":  # headings in the copy the source does not have
            extra = found[j1]
            before = wanted[i1 - 1] if i1 > 0 else wanted[0] if wanted else None
            return SetHit(copy.path, *extra[2:6],
                          f'the heading "{_short(extra[1])}" (level {extra[0]}) has no counterpart in the '
                          f"source: this copy has {counts}",
                          ((source.path, before[2], before[3]),) if before else ())
        mine, theirs_heading = found[j1], wanted[i1]
        return SetHit(copy.path, *mine[2:6],
                      f'the outline leaves the source\'s here: this heading is level {mine[0]} where the source '
                      f'has "{_short(theirs_heading[1])}" (level {theirs_heading[0]}); this copy has {counts}',
                      ((source.path, theirs_heading[2], theirs_heading[3]),))
    return None


def _short(title: str, limit: int = 60) -> str:
    title = " ".join(str(title).split())
    return title if len(title) <= limit else title[:limit - 1].rstrip() + "…"
