"""The set stage: after every document was linted (or taken from the cache), group
them into policy sets, judge layered notices together with their main policy,
and run the set rules.

Set findings are never cached: they are made again on every run from the
members' facts, which the cache keeps with each member's own findings, keyed
by that member's text. So a set's findings always reflect every member as it
is now, whichever members were linted afresh, in whichever process.
"""
from __future__ import annotations

from .grouping import PolicySet, group, members_of

# rules that ask "does the notice say X?": a layer is judged together with its main policy
PRESENCE = ("disclosure-missing", "contact-email-missing", "controller-unnamed", "controller-legal-entity-missing",
            "effective-date-missing")
DEFERS_MESSAGE = "the notice gives none of the required items itself"


def policy_sets(linter, results) -> list[PolicySet]:
    """The sets the documents of ``results`` form (declared ones from their configs included)."""
    items = [(r.path, r.facts) for r in results if r.facts is not None and r.path != "-"]
    roots, declared = {}, []
    configs: dict = {}
    for path, _ in items:
        config = linter.config_for(path)
        roots[path] = config.root if config.path else None
        configs.setdefault(id(config), (config, []))[1].append(path)
    for config, paths in configs.values():
        for name, patterns in sorted((getattr(config, "sets", None) or {}).items()):
            from ..globs import GlobSet
            from ..config import _relative

            matcher = GlobSet(patterns)
            declared.append((name, [p for p in paths if matcher.match(_relative(p, config.root))]))
    return group(members_of(items, roots), declared)


def apply_sets(linter, results) -> list[PolicySet]:
    """Add the set findings to ``results`` (in place) and drop the presence findings a layered
    notice's main policy answers; returns the sets."""
    sets = policy_sets(linter, results)
    by_path = {r.path: r for r in results}
    for policy_set in sets:
        _layered(policy_set, by_path)
        _run_rules(linter, policy_set, by_path)
    return sets


def _layered(policy_set: PolicySet, by_path: dict) -> None:
    from .grouping import resolve_main

    for member in policy_set.members:
        main = resolve_main(member, policy_set.members)
        if main is None or not main.facts.get("privacy"):
            continue
        notice, policy = by_path[member.path], by_path[main.path]
        if policy.errors:
            continue
        missing = {(f.rule, _item(f.message)) for f in policy.findings if f.rule in PRESENCE}
        missing_rules = {rule for rule, _ in missing}
        notice.findings = [f for f in notice.findings
                           if f.rule not in PRESENCE or _still_missing(f, missing, missing_rules)]


def _item(message: str) -> str:
    """What a presence finding says is missing, without the why ("(no e-mail ...)")."""
    return message.split(" (", 1)[0]


def _still_missing(finding, missing: set, missing_rules: set) -> bool:
    if finding.rule == "disclosure-missing":
        if finding.message.startswith(DEFERS_MESSAGE):
            return "disclosure-missing" in missing_rules
        return (finding.rule, _item(finding.message)) in missing
    return finding.rule in missing_rules


def _run_rules(linter, policy_set: PolicySet, by_path: dict) -> None:
    from ..findings import Finding
    from ..kinds import SetKind
    from ..suppress import apply

    configs: dict = {}
    for member in policy_set.members:
        config = linter.config_for(member.path)
        configs.setdefault(id(config), (config, set()))[1].add(member.path)
    for config, paths in configs.values():
        context = {"lang": linter.lang or config.lang}
        linter.start_rules(config, per_set=True)  # documents from the cache started none of them
        for rule, severity, kind in linter.active_rules(config):
            if not isinstance(kind, SetKind):
                continue
            try:
                hits = list(kind.check_set(policy_set, context))
            except KeyboardInterrupt:
                raise
            except Exception as exc:  # noqa: BLE001 - one broken set rule must not hide the others
                by_path[policy_set.members[0].path].errors.append(
                    f'{policy_set.members[0].path}: internal error: rule "{rule.name}" (plugin "{rule.plugin}") '
                    f"raised {exc!r} on the policy set {policy_set.name}")
                continue
            for hit in hits:
                if hit.path not in paths:
                    continue
                result = by_path[hit.path]
                finding = Finding(hit.path, hit.line, hit.column, hit.end_line, hit.end_column, rule.name, rule.code,
                                  severity, hit.message, related=tuple(tuple(place) for place in hit.related))
                kept = apply([finding], result.suppressions)
                if kept:
                    result.findings = sorted(set(result.findings) | set(kept), key=lambda f: f.sort_key)
