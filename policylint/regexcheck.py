"""Refuse regular expressions that can backtrack catastrophically.

A rule pattern runs on every document a repository has; ``(a+)+``,
``(\\w+\\s?)*`` or ``(a|a)*`` take exponential time on a line that almost
matches. Both checks are structural. ``nested_quantifier`` names the common
case: an unbounded repeat whose body is nothing but unbounded repeats
(ignoring optional and zero-width parts). ``ambiguous_repeat`` is the general
one: any repeat inside which one text can be read in two ways.
"""
from __future__ import annotations

import re

try:  # Python >= 3.11
    from re import _constants as sre_constants
    from re import _parser as sre_parse
except ImportError:  # pragma: no cover - Python 3.10
    import sre_constants
    import sre_parse

_REPEATS = {sre_constants.MAX_REPEAT, sre_constants.MIN_REPEAT}
_REPEATS |= {getattr(sre_constants, "POSSESSIVE_REPEAT")} if hasattr(sre_constants, "POSSESSIVE_REPEAT") else set()
_ZERO_WIDTH = {sre_constants.AT, sre_constants.ASSERT, sre_constants.ASSERT_NOT}
_UNBOUNDED = sre_constants.MAXREPEAT


def nested_quantifier(pattern: str) -> str | None:
    """The offending part of ``pattern`` (as text) when it has a nested quantifier, else None.

    Raises ``re.error`` for a pattern that does not compile.
    """
    re.compile(pattern)
    return _find(sre_parse.parse(pattern))


def _find(items) -> str | None:
    for op, av in items:
        for body in _children(op, av):
            if op in _REPEATS and av[1] == _UNBOUNDED and _only_repeats(body):
                return _describe(op, av)
            found = _find(body)
            if found:
                return found
    return None


def _children(op, av):
    if op in _REPEATS:
        return [av[2]]
    if op == sre_constants.SUBPATTERN:
        return [av[3]]
    if op == sre_constants.BRANCH:
        return av[1]
    if op in (sre_constants.ASSERT, sre_constants.ASSERT_NOT):
        return [av[1]]
    if op == getattr(sre_constants, "ATOMIC_GROUP", None):
        return [av]
    return []


def _kind(op, av) -> str:
    """'star' (unbounded repeat), 'skip' (optional or zero-width) or 'fixed' (must consume)."""
    if op in _ZERO_WIDTH:
        return "skip"
    if op in _REPEATS:
        if av[1] == _UNBOUNDED:
            return "star"
        return "skip" if av[0] == 0 else "fixed"
    if op == sre_constants.SUBPATTERN:
        return "star" if _only_repeats(av[3]) else "fixed"
    if op == sre_constants.BRANCH:
        return "star" if any(_only_repeats(branch) for branch in av[1]) else "fixed"
    return "fixed"


def _only_repeats(items) -> bool:
    kinds = [_kind(op, av) for op, av in items]
    return "star" in kinds and "fixed" not in kinds


def _describe(op, av) -> str:
    low, high = av[0], av[1]
    return {0: "*", 1: "+"}.get(low, f"{{{low},}}") if high == _UNBOUNDED else f"{{{low},{high}}}"


# -- repeats that can match the same text in two ways ---------------------------
#
# ``(a|a)*b``, ``(a|aa)*b`` and ``(\w+\s?)*`` backtrack exponentially for the
# same reason: inside a repeat, one text can be matched along two different
# paths, so a failing match tries every combination of them. The check builds
# the pattern's position automaton (Glushkov's: one state per character class,
# with edges counted once per way of taking them) and looks for a state with
# two distinct cycles that read the same text, the textbook condition for
# exponential ambiguity (Weber & Seidl, 1991): either two parallel edges inside
# a loop, or two paths that split on one character and meet again. Bounded
# repeats (``{2,9}``) count as loops: ``(a|a){0,30}`` is as hopeless.

_FIXED_SAMPLES = "aZ0_ \t\n-.,:;'\"()/@\u00e9\u00c9\u0660\u2028\x00"
_CATEGORY_TESTS = {
    "DIGIT": str.isdecimal, "SPACE": str.isspace, "LINEBREAK": lambda ch: ch == "\n",
    "WORD": lambda ch: ch.isalnum() or ch == "_",
}


def ambiguous_repeat(pattern: str) -> str | None:
    """A text that a repeat in ``pattern`` can match in more than one way, or None.

    Raises ``re.error`` for a pattern that does not compile.
    """
    re.compile(pattern)
    parsed = sre_parse.parse(pattern)
    return _Automaton(parsed, bool(parsed.state.flags & re.IGNORECASE)).ambiguous()


class _Automaton:
    """Positions (character classes), their character sets and counted follow edges."""

    def __init__(self, items, ignore_case: bool):
        self.samples = _samples(items)
        self.classes: list = []  # position -> (op, av, ignore_case), evaluated after the walk
        self.follow: list[dict] = []  # position -> {next position: ways (1 or 2)}
        self._walk(items, ignore_case)
        self._variants = [set(_cases(ch)) for ch in self.samples]
        self._masks: dict = {}
        self.masks = [self._mask(*cls) for cls in self.classes]

    # -- building --------------------------------------------------------
    def _walk(self, items, ignore_case):
        """(ways to match nothing, first {position: ways}, last {position: ways}) of a sequence."""
        empty, first, last = 1, {}, {}
        for op, av in items:
            e, f, l = self._node(op, av, ignore_case)
            self._link(last, f)
            first = _add(first, f, empty)
            last = _add(l, last, e)
            empty = min(2, empty * e)
        return empty, first, last

    def _node(self, op, av, ignore_case):
        if op in (sre_constants.LITERAL, sre_constants.NOT_LITERAL, sre_constants.ANY, sre_constants.IN,
                  sre_constants.GROUPREF):
            self.classes.append((op, av, ignore_case))
            self.follow.append({})
            position = len(self.classes) - 1
            return 0, {position: 1}, {position: 1}
        if op == sre_constants.SUBPATTERN:
            _, add, remove, body = av
            case = (ignore_case or bool(add & re.IGNORECASE)) and not remove & re.IGNORECASE
            return self._walk(body, case)
        if op == sre_constants.BRANCH:
            return self._choice(av[1], ignore_case)
        if op == getattr(sre_constants, "GROUPREF_EXISTS", None):
            return self._choice([av[1], av[2] or []], ignore_case)
        if op == getattr(sre_constants, "ATOMIC_GROUP", None):
            return self._walk(av, ignore_case)
        if op in _REPEATS:
            low, high, body = av
            e, f, l = self._walk(body, ignore_case)
            if high == _UNBOUNDED or high > 1:
                self._link(l, f)
            return (min(2, (1 if low == 0 else 0) + e) if low == 0 or e else 0), f, l
        if op in (sre_constants.ASSERT, sre_constants.ASSERT_NOT):
            self._walk(av[1], ignore_case)  # checked on its own, matches nothing here
        return 1, {}, {}  # anchors and lookarounds match no text

    def _choice(self, branches, ignore_case):
        empty, first, last = 0, {}, {}
        for branch in branches:
            e, f, l = self._walk(branch, ignore_case)
            empty, first, last = min(2, empty + e), _add(first, f, 1), _add(last, l, 1)
        return empty, first, last

    def _link(self, last: dict, first: dict) -> None:
        for a, ways_a in last.items():
            follow = self.follow[a]
            for b, ways_b in first.items():
                follow[b] = min(2, follow.get(b, 0) + ways_a * ways_b)

    def _mask(self, op, av, ignore_case) -> int:
        """The samples this position matches, as bits (the same class is evaluated once)."""
        key = (op, str(av), ignore_case)
        if key not in self._masks:
            mask = 0
            for bit, variants in enumerate(self._variants if ignore_case else self.samples):
                if any(_matches(op, av, v) for v in variants):
                    mask |= 1 << bit
            self._masks[key] = mask
        return self._masks[key]

    # -- the check -------------------------------------------------------
    def ambiguous(self) -> str | None:
        component = _components(self.follow)
        for a, follow in enumerate(self.follow):
            for b, ways in follow.items():
                if ways > 1 and component[a] == component[b]:  # two ways into b, then round the loop
                    return self._around(b, a, component)
        groups: dict = {}
        for position, group in enumerate(component):
            groups.setdefault(group, []).append(position)
        for states in groups.values():
            found = len(states) > 1 and self._split_and_meet(states, component)
            if found:
                return found
        return None

    def _split_and_meet(self, states, component):
        """Two paths from one state that read the same text, part, and meet again (BFS over pairs)."""
        inside = {p: [q for q in self.follow[p] if component[q] == component[p]] for p in states}
        seen: dict = {}
        queue = []
        for p in states:
            nexts = inside[p]
            for i, q in enumerate(nexts):
                for r in nexts[i + 1:]:
                    common = self.masks[q] & self.masks[r]
                    if common and (min(q, r), max(q, r)) not in seen:
                        seen[(min(q, r), max(q, r))] = self._sample(common)
                        queue.append((min(q, r), max(q, r)))
        while queue:
            q, r = queue.pop()
            for q2 in inside[q]:
                for r2 in inside[r]:
                    common = self.masks[q2] & self.masks[r2]
                    if not common:
                        continue
                    if q2 == r2:
                        return seen[(q, r)] + self._sample(common)
                    pair = (min(q2, r2), max(q2, r2))
                    if pair not in seen and len(seen[(q, r)]) < 40:
                        seen[pair] = seen[(q, r)] + self._sample(common)
                        queue.append(pair)
        return None

    def _around(self, start: int, end: int, component) -> str:
        """The text read on the shortest path from ``start`` to ``end`` inside their loop."""
        previous = {start: None}
        queue = [start]
        for node in queue:
            if node == end:
                break
            for nxt in self.follow[node]:
                if nxt not in previous and component[nxt] == component[start]:
                    previous[nxt] = node
                    queue.append(nxt)
        path, node = [], end
        while node is not None:
            path.append(self._sample(self.masks[node]))
            node = previous[node]
        return "".join(reversed(path))

    def _sample(self, mask: int) -> str:
        return self.samples[(mask & -mask).bit_length() - 1]


def _add(into: dict, more: dict, times: int) -> dict:
    if not times or not more:
        return into
    merged = dict(into)
    for key, ways in more.items():
        merged[key] = min(2, merged.get(key, 0) + ways * times)
    return merged


def _components(follow) -> list:
    """Strongly connected component of each position (iterative Tarjan); a position
    on no cycle gets a component of its own that no edge stays inside."""
    index, low, on_stack, stack, component = {}, {}, set(), [], [-1] * len(follow)
    counter = 0
    for root in range(len(follow)):
        if root in index:
            continue
        work = [(root, iter(follow[root]))]
        index[root] = low[root] = counter
        counter += 1
        stack.append(root)
        on_stack.add(root)
        while work:
            node, edges = work[-1]
            for nxt in edges:
                if nxt not in index:
                    index[nxt] = low[nxt] = counter
                    counter += 1
                    stack.append(nxt)
                    on_stack.add(nxt)
                    work.append((nxt, iter(follow[nxt])))
                    break
                if nxt in on_stack:
                    low[node] = min(low[node], index[nxt])
            else:
                work.pop()
                if work:
                    low[work[-1][0]] = min(low[work[-1][0]], low[node])
                if low[node] == index[node]:
                    while True:
                        member = stack.pop()
                        on_stack.discard(member)
                        component[member] = node
                        if member == node:
                            break
    return component


def _samples(items) -> str:
    """One character from every region the pattern's classes can tell apart: its own
    literals and range ends (with their other case) plus a few of each category."""
    found = dict.fromkeys(_FIXED_SAMPLES)

    def visit(items):
        for op, av in items:
            if op in (sre_constants.LITERAL, sre_constants.NOT_LITERAL):
                found.update(dict.fromkeys(_cases(chr(av))))
            elif op == sre_constants.IN:
                for item_op, item_av in av:
                    if item_op == sre_constants.LITERAL:
                        found.update(dict.fromkeys(_cases(chr(item_av))))
                    elif item_op == sre_constants.RANGE:
                        found.update(dict.fromkeys(_cases(chr(item_av[0])) + _cases(chr(item_av[1]))))
            for body in _children(op, av) if op != sre_constants.IN else ():
                visit(body)
            if op == getattr(sre_constants, "GROUPREF_EXISTS", None):
                visit(av[1])
                visit(av[2] or [])

    visit(items)
    return "".join(found)


def _cases(ch: str) -> str:
    return ch + ch.lower() + ch.upper() if len(ch.lower()) == len(ch.upper()) == 1 else ch


def _matches(op, av, ch: str) -> bool:
    if op == sre_constants.LITERAL:
        return ch == chr(av)
    if op == sre_constants.NOT_LITERAL:
        return ch != chr(av)
    if op in (sre_constants.ANY, sre_constants.GROUPREF):
        return True
    negate = bool(av) and av[0][0] == sre_constants.NEGATE
    hit = False
    for item_op, item_av in av:
        if item_op == sre_constants.LITERAL:
            hit = ch == chr(item_av)
        elif item_op == sre_constants.RANGE:
            hit = item_av[0] <= ord(ch) <= item_av[1]
        elif item_op == sre_constants.CATEGORY:
            name = str(item_av).rsplit("CATEGORY_", 1)[-1].replace("UNI_", "").replace("LOC_", "")
            test = _CATEGORY_TESTS[name.replace("NOT_", "")]
            hit = test(ch) != name.startswith("NOT_")
        if hit:
            break
    return hit != negate
