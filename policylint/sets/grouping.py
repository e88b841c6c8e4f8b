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
from dataclasses import dataclass, field

from .locales import split_locale


@dataclass
class Member:
    path: str  # as reported
    facts: dict
    rel: str = ""  # relative to its project, "/"-separated
    project: str = ""
    locale: str | None = None
    page: str = ""


@dataclass
class PolicySet:
    name: str
    members: list = field(default_factory=list)  # Members, sorted by path
    pages: dict = field(default_factory=dict)  # page key -> Members that are locale copies of it (2 or more)
    declared: bool = False


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
            locale, page = split_locale(member.rel)
            member.locale = member.facts.get("declared_lang") or locale
            member.page = member.facts.get("page") or page
    return members


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
    by_page: dict = {}
    for i, m in enumerate(members):
        by_page.setdefault((m.project, m.page), []).append(i)
    pages = {key: found for key, found in by_page.items()
             if len(found) > 1 and len({members[i].locale or members[i].facts.get("lang") for i in found}) > 1}
    for found in pages.values():
        for i in found[1:]:
            union.join(found[0], i)
    for i, target in _links(members):
        union.join(i, target)
    titles: dict = {}
    for i, m in enumerate(members):
        title = " ".join(str(m.facts.get("title", "")).replace("’", "'").split()).casefold()
        if title:
            titles.setdefault((m.project, title), []).append(i)
    for i, m in enumerate(members):
        for mention in m.facts.get("mentions", ()):
            for j in titles.get((m.project, mention), ()):
                if j != i:
                    union.join(i, j)
    names = {}
    for name, paths in declared:
        found = [index[p] for p in paths if p in index]
        for i in found[1:]:
            union.join(found[0], i)
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
        policy_set = PolicySet(declared_name or chosen[0].page, chosen, declared=declared_name is not None)
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
    copy in the notice's own locale; None when the set does not hold it."""
    main = member.facts.get("main")
    if not main:
        return None
    name, target = main
    wanted = " ".join(str(name).replace("’", "'").split()).casefold()
    found = [m for m in members if m is not member
             and " ".join(str(m.facts.get("title", "")).replace("’", "'").split()).casefold() == wanted]
    if not found and target:
        probe = Member(member.path, {"links": [target]}, member.rel, member.project, member.locale, member.page)
        hits = {j for i, j in _links(members + [probe]) if i == len(members)}
        found = [members[j] for j in sorted(hits) if members[j] is not member]
    if not found:
        return None
    same = [m for m in found if m.locale == member.locale]
    return (same or found)[0]
