"""Group the documents of a run into policy sets.

Two documents are in one set when they are copies of one page in different
locales (see ``locales``; a front-matter ``lang``/``locale`` names the locale,
a ``translationKey`` the page), when one links to the other, when one names
the other by its title ("subject to the GitHub Privacy Statement"), or when a
config's ``sets`` puts them together. Only documents of one project (the
folder holding ``.git`` or the config) are grouped, so linting two
repositories at once never mixes them.
"""
from __future__ import annotations

import os
import posixpath
from ..records import field, record

from .locales import locate


@record
class Member:
    path: str  # as reported
    facts: dict
    rel: str = ""  # relative to its project, "/"-separated
    project: str = ""
    locale: str | None = None
    page: str = ""


@record
class PolicySet:
    name: str
    members: list = field(default_factory=list)  # Members, sorted by path
    pages: dict = field(default_factory=dict)  # page key -> Members that are locale copies of it (2 or more)
    declared: bool = False
    related: list = field(default_factory=list)  # (Member, Member) directly related: copies, a link, a name, a declared set


def project_of(path: str, config_root: str | None = None, cache: dict | None = None) -> str:
    """The folder holding ``.git`` above ``path``, else the config's folder, else ''."""
    cache = {} if cache is None else cache
    folder = os.path.dirname(os.path.abspath(path))
    seen = []
    while True:
        if folder in cache:
            found = cache[folder]
            break
        seen.append(folder)
        if os.path.exists(os.path.join(folder, ".git")):
            found = folder
            break
        parent = os.path.dirname(folder)
        if parent == folder:
            found = ""
            break
        folder = parent
    for item in seen:
        cache[item] = found
    return found or (os.path.abspath(config_root) if config_root and config_root != "." else "")


def members_of(items, roots=None) -> list[Member]:
    """Members for (path, facts) pairs; ``roots[path]`` is the config root of each (optional)."""
    cache: dict = {}
    members = [Member(path, facts) for path, facts in items]
    for member in members:
        member.project = project_of(member.path, (roots or {}).get(member.path), cache)
    by_project: dict = {}
    for member in members:
        by_project.setdefault(member.project, []).append(member)
    for project, group in by_project.items():
        base = project or _common_folder([m.path for m in group])
        for member in group:
            rel = os.path.relpath(os.path.abspath(member.path), base) if base else member.path
            member.rel = rel.replace(os.sep, "/")
            locale, page, layout = locate(member.rel)
            if layout == "suffix" and not _speaks(member.facts.get("lang"), locale):
                locale, page = None, posixpath.splitext(member.rel)[0]  # "policy_eu.md" in English: not Basque
            member.locale = member.facts.get("declared_lang") or locale
            member.page = member.facts.get("page") or page
    return members


def _speaks(detected: str | None, locale: str | None) -> bool:
    """Is a text detected as ``detected`` plausibly in ``locale``? A file-name suffix is only
    a locale when the text agrees (or its language is one the guess cannot tell and the text
    is not plainly English)."""
    from ..lang import _STOP, _SCRIPTS

    if not detected or not locale:
        return True
    known = set(_STOP) | {code for code, _ in _SCRIPTS}
    mine, theirs = detected.split("-")[0], locale.split("-")[0]
    close = ({"id", "ms"}, {"no", "nb", "nn", "da"}, {"ru", "uk", "be", "bg", "sr"})
    if mine == theirs or any({mine, theirs} <= group for group in close):
        return True
    return theirs not in known and mine != "en"  # "en" is also the guess when unsure: then ask more


def _common_folder(paths) -> str:
    folders = [os.path.dirname(os.path.abspath(p)) for p in paths]
    return os.path.commonpath(folders) if folders else ""


class _Union:
    def __init__(self, size: int):
        self.parent = list(range(size))

    def find(self, item: int) -> int:
        while self.parent[item] != item:
            self.parent[item] = self.parent[self.parent[item]]
            item = self.parent[item]
        return item

    def join(self, a: int, b: int) -> None:
        a, b = self.find(a), self.find(b)
        if a != b:
            self.parent[max(a, b)] = min(a, b)


def group(members: list[Member], declared=()) -> list[PolicySet]:
    """The sets of two or more members, sorted by their first path. ``declared`` holds
    (name, [member paths]) from configs."""
    members = sorted(members, key=lambda m: m.path)
    union = _Union(len(members))
    index = {m.path: i for i, m in enumerate(members)}
    edges: set = set()

    def join(a: int, b: int) -> None:
        union.join(a, b)
        edges.add((min(a, b), max(a, b)))

    by_page: dict = {}
    for i, m in enumerate(members):
        by_page.setdefault((m.project, m.page), []).append(i)
    pages = {key: found for key, found in by_page.items()
             if len(found) > 1 and len({members[i].locale or members[i].facts.get("lang") for i in found}) > 1}
    for found in pages.values():
        for a in found:
            for b in found:
                if a < b:
                    join(a, b)
    for i, target in _links(members):
        join(i, target)
    titles: dict = {}
    for i, m in enumerate(members):
        title = " ".join(str(m.facts.get("title", "")).replace("’", "'").split()).casefold()
        if title:
            titles.setdefault((m.project, title), []).append(i)
    for i, m in enumerate(members):
        for mention in m.facts.get("mentions", ()):
            for j in titles.get((m.project, mention), ()):
                if j != i:
                    join(i, j)
    for i, m in enumerate(members):  # "see our main Privacy Policy": the project's one main policy
        if m.facts.get("main"):
            for other in unnamed_main(m, [o for o in members if o is not m]):
                join(i, index[other.path])
    names = {}
    for name, paths in declared:
        found = [index[p] for p in paths if p in index]
        for a in found:
            for b in found:
                if a < b:
                    join(a, b)
        if found:
            names.setdefault(union.find(found[0]), name)
    components: dict = {}
    for i in range(len(members)):
        components.setdefault(union.find(i), []).append(i)
    sets = []
    for root, found in components.items():
        if len(found) < 2:
            continue
        chosen = [members[i] for i in found]
        declared_name = next((names[r] for r in names if union.find(r) == root), None)
        policy_set = PolicySet(declared_name or chosen[0].page, chosen, declared=declared_name is not None,
                               related=[(members[a], members[b]) for a, b in sorted(edges) if union.find(a) == root])
        for (project, page), copies in pages.items():
            if union.find(copies[0]) == root:
                policy_set.pages[page] = [members[i] for i in copies]
        sets.append(policy_set)
    return sorted(sets, key=lambda s: s.members[0].path)


def _links(members: list[Member]):
    """(i, j): member i links to member j (a relative path, a site path, or a site path's last
    part naming one page of the project: "/site-policy/privacy/github-privacy-statement")."""
    by_rel: dict = {}
    by_stem: dict = {}
    for j, m in enumerate(members):
        rel = m.rel.lower()
        for key in _keys(rel):
            by_rel.setdefault((m.project, key), set()).add(j)
        stem = posixpath.splitext(posixpath.basename(rel))[0]
        if stem in ("index", "readme", "_index"):
            stem = posixpath.basename(posixpath.dirname(rel))
        if stem:
            by_stem.setdefault((m.project, stem), set()).add(j)
    for i, m in enumerate(members):
        folder = posixpath.dirname(m.rel.lower())
        for target in m.facts.get("links", ()):
            path = target.split("#", 1)[0].split("?", 1)[0].strip().lower()
            if not path:
                continue
            resolved = posixpath.normpath(path.lstrip("/") if path.startswith("/") else posixpath.join(folder, path))
            found = set()
            for key in _keys(resolved):
                found |= by_rel.get((m.project, key), set())
            if not found:
                stem = posixpath.splitext(posixpath.basename(resolved.rstrip("/")))[0]
                candidates = by_stem.get((m.project, stem), set())
                if len(candidates) == 1 or len({members[j].page for j in candidates}) == 1:
                    found = candidates
            for j in found:
                if j != i:
                    yield i, j


def _keys(rel: str):
    """The link paths that reach a page: with and without its extension, its folder for an index."""
    stem, _ = posixpath.splitext(rel)
    yield rel
    yield stem
    if posixpath.basename(stem) in ("index", "_index", "readme"):
        yield posixpath.dirname(stem)


def resolve_main(member: Member, members: list[Member]) -> Member | None:
    """The member a layered notice defers to (facts ``main``: its name and link), preferring the
    copy in the notice's own locale; None when the set does not hold it.

    Found by the link on the policy's name, else by its title, else (for "our main Privacy
    Policy") the one privacy notice the notice links to that defers to nothing itself."""
    main = member.facts.get("main")
    if not main:
        return None
    name, target = main
    others = [m for m in members if m is not member]
    found = _linked_from(member, others, [target]) if target else []
    if not found:
        wanted = _title(name)
        found = [m for m in others if _title(m.facts.get("title", "")) == wanted]
    if not found:
        found = [m for m in _linked_from(member, others, member.facts.get("links", ()))
                 if m.facts.get("privacy") and not m.facts.get("main")]
        if len({m.page for m in found}) != 1:
            found = []
    if not found:
        found = unnamed_main(member, others)
    if not found:
        return None
    same = [m for m in found if m.locale == member.locale]
    return (same or found)[0]


def unnamed_main(member: Member, others: list[Member]) -> list[Member]:
    """For a notice that defers to "our main Privacy Policy" without naming or linking it: the
    copies of the one privacy notice of its project that defers to nothing itself, the one in
    the nearest folder above the notice's when there are several; [] when that is not one page."""
    candidates = [m for m in others if m.project == member.project and m.facts.get("privacy")
                  and not m.facts.get("main")]
    if len({m.page for m in candidates}) > 1:
        folder = posixpath.dirname(member.page)
        above = []
        while not above:
            above = [m for m in candidates if posixpath.dirname(m.page) == folder]
            if not folder:
                break
            folder = posixpath.dirname(folder)
        candidates = above
    return candidates if len({m.page for m in candidates}) == 1 else []


def _title(text) -> str:
    return " ".join(str(text).replace("’", "'").split()).casefold()


def _linked_from(member: Member, others: list[Member], targets) -> list[Member]:
    probe = Member(member.path, {"links": list(targets)}, member.rel, member.project, member.locale, member.page)
    hits = {j for i, j in _links(others + [probe]) if i == len(others)}
    return [others[j] for j in sorted(hits)]
