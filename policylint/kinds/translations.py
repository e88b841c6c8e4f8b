"""translations: locale copies of one page that no longer follow the source language's copy.

The source copy is the one in the config's language, else the English one,
else the most recently dated one. A copy dated before the source (dates read
in the copy's own language: "Stand: 1. März 2023") is stale; a copy whose
outline (number, order and levels of headings) differs from the source's has
lost or gained a section. Both are reported on the copy, naming the source's
date or section.
"""
from __future__ import annotations

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
    if [h[0] for h in wanted] == [h[0] for h in found]:
        return None
    counts = (f"{len(found)} heading{'s' if len(found) != 1 else ''} where its {_label(source)} source "
              f"{source.rel} has {len(wanted)}")
    pairs = align(wanted, found)
    for index, (i, j) in enumerate(pairs):
        if i is not None and j is not None:
            continue
        after = pairs[index + 1] if index + 1 < len(pairs) else (None, None)
        if i is not None and after[0] is None and after[1] is not None:  # replaced: a heading changed level
            theirs, mine = wanted[i], found[after[1]]
            return SetHit(copy.path, *mine[2:6],
                          f"this heading is level {mine[0]} where the source has \"{_short(theirs[1])}\" "
                          f"(level {theirs[0]}): this copy has {counts}", ((source.path, theirs[2], theirs[3]),))
        if i is not None:  # a section of the source with nothing in the copy
            before = next((found[b] for a, b in reversed(pairs[:index]) if b is not None), None)
            missing = wanted[i]
            where = before[2:6] if before else [1, 1, 1, 1]
            return SetHit(copy.path, *where,
                          f'the section "{_short(missing[1])}" (level {missing[0]}) of the source is missing '
                          f"{'after this heading' if before else 'here'}: this copy has {counts}",
                          ((source.path, missing[2], missing[3]),))
        extra = found[j]  # a heading in the copy the source does not have
        before = next((wanted[a] for a, b in reversed(pairs[:index]) if a is not None), None)
        return SetHit(copy.path, *extra[2:6],
                      f'the heading "{_short(extra[1])}" (level {extra[0]}) has no counterpart in the source: '
                      f"this copy has {counts}", ((source.path, before[2], before[3]),) if before else ())
    return None


def align(wanted, found) -> list:
    """Pair the headings of two outlines: as many pairs of one level as possible, in order, and
    among those the pairs whose sections hold the same links, addresses and numbers and about
    as much text. Returns (i, j) steps, None on the side that has no heading there."""
    def sizes(outline):
        return [(h[6] if len(h) > 6 else 0) for h in outline]

    a, b = sizes(wanted), sizes(found)
    n, m = len(wanted), len(found)
    score = [[0.0] * (m + 1) for _ in range(n + 1)]
    for i in range(n - 1, -1, -1):
        for j in range(m - 1, -1, -1):
            best = max(score[i + 1][j], score[i][j + 1])
            if wanted[i][0] == found[j][0]:
                best = max(best, 10 + _likeness(wanted[i], found[j], a[i], b[j]) + score[i + 1][j + 1])
            score[i][j] = best
    pairs, i, j = [], 0, 0
    while i < n or j < m:
        if i < n and j < m and wanted[i][0] == found[j][0] and abs(
                score[i][j] - (10 + _likeness(wanted[i], found[j], a[i], b[j]) + score[i + 1][j + 1])) < 1e-9:
            pairs.append((i, j))
            i, j = i + 1, j + 1
        elif i < n and (j >= m or abs(score[i][j] - score[i + 1][j]) < 1e-9):
            pairs.append((i, None))
            i += 1
        else:
            pairs.append((None, j))
            j += 1
    return pairs


def _likeness(one, other, size, other_size) -> float:
    """How alike two sections of one level are (higher: more), whatever their language: the
    same links, addresses and numbers, and about as much text (a translation runs a little
    longer or shorter, a different section usually much more)."""
    import math

    mine = set(one[7]) if len(one) > 7 else set()
    theirs = set(other[7]) if len(other) > 7 else set()
    common = len(mine & theirs) / len(mine | theirs) if mine | theirs else 0.0
    return 2 * common - abs(math.log((size + 20) / (other_size + 20)))


def _short(title: str, limit: int = 60) -> str:
    title = " ".join(str(title).split())
    return title if len(title) <= limit else title[:limit - 1].rstrip() + "…"
