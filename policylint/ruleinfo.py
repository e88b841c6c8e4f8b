"""Rule metadata for reporters and --explain: the registry's rules plus POL001.

POL001 (unused-suppression) is produced by the engine's ``--strict`` pass, not
by a rule file, so it is added here for reports that describe their rules.
"""
from __future__ import annotations


def rules_by_code(registry) -> dict:
    """code -> RuleDef for every loaded rule and POL001, in code order."""
    from .strict import RULE

    rules = {rule.code: rule for rule in registry.rules.values()} if registry is not None else {}
    rules.setdefault(RULE.code, RULE)
    return dict(sorted(rules.items()))


def lookup(registry, name: str):
    """A rule by name or code (POL001 included); unknown names are a PolicylintError."""
    from .strict import RULE

    if str(name) in (RULE.name, RULE.code) or str(name).upper() == RULE.code:
        return RULE
    return registry.resolve(name)


def rule_url(rule) -> str | None:
    """Where a rule is documented: its rule file, which holds its summary, rationale, examples
    and parameters (the editor opens it from a diagnostic's code). None for POL001."""
    if not rule.path:
        return None
    from pathlib import Path

    return Path(rule.path).resolve().as_uri()
