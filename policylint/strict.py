"""``--strict``: report suppression comments that suppress nothing.

Like ruff's RUF100 (unused ``noqa``), a stale suppression becomes a finding of
its own, POL001 unused-suppression, at the comment, so it shows in every
format, fails the run and can be baselined. One finding per comment lists
what is wrong with it: rule names that suppressed nothing, unknown names, or a
blanket comment with nothing to suppress.

Unlike ruff, a rule that did not run (left out by ``--select``/``--ignore`` or
turned off in config) is not judged: its suppression may well be used in a
full run, and a check that flips with the selection would be noise. A blanket
comment is therefore judged only when every rule ran. ``--fix`` removes a
``disable-next-line`` or ``disable-file`` comment that is unused as a whole.
"""
from __future__ import annotations

from .errors import did_you_mean
from .findings import Finding, Fix
from .positions import PositionMap
from .rules import RuleDef

CODE, NAME = "POL001", "unused-suppression"
RULE = RuleDef(
    code=CODE, name=NAME, severity="warning",
    summary="A suppression comment suppresses nothing (reported with --strict).",
    rationale=(
        "A suppression records that someone reviewed a statement and accepted it. When the statement "
        "is reworded or removed, the comment stays behind and silently hides the next problem on that "
        "line. Keeping suppressions honest keeps the record of reviewed decisions accurate, which "
        "accountability (GDPR Art. 5(2)) asks of the people maintaining the policy."
    ),
    kind="built-in", params={}, languages=None, path="", text="", plugin="policylint", fixable=True,
    examples={
        "bad": ["<!-- policylint-disable-next-line consent-by-use -->\nWe ask for your consent first."],
        "good": ["<!-- policylint-disable-next-line consent-by-use -->\nBy using the site you agree to this policy."],
    },
)
REMOVABLE = ("disable-next-line", "disable-file")


def unused_suppressions(linter, result) -> list[Finding]:
    """POL001 findings for ``result``'s suppression comments that suppressed nothing."""
    if not result.suppressions or result.source is None:
        return []
    config = linter.config_for(result.path)
    registry = linter.registry_for(config)
    from .engine import _FAILED

    ran = {rule.name for rule, _, kind in linter.active_rules(config) if kind is not _FAILED}
    everything_ran = ran >= set(registry.rules)
    text = result.source.text
    positions = PositionMap(text)
    found = []
    for item in result.suppressions:
        problems, judged_whole = _problems(item, registry, ran, everything_ran)
        if problems:
            found.append(_finding(result.path, text, positions, item, problems, judged_whole))
    return found


def _problems(item, registry, ran: set, everything_ran: bool) -> tuple[list[str], bool]:
    """What is wrong with one comment, and whether all of it is known to be unused."""
    if not item.names:
        if everything_ran and not item.used:
            return ["blanket suppression with nothing to suppress"], True
        return [], False
    unused, unknown, judged = [], [], 0
    for name in item.names:
        rule = registry.rules.get(name) or registry.by_code.get(name.upper())
        if rule is None:
            unknown.append(f'unknown rule "{name}"{did_you_mean(name, list(registry.rules) + list(registry.by_code))}')
        elif rule.name in ran:
            judged += 1
            if rule.name not in item.matched:
                unused.append(name)
    problems = []
    if unused:
        quoted = ", ".join(f'"{n}"' for n in unused)
        problems.append(f"{quoted} suppress{'es' if len(unused) == 1 else ''} nothing here")
    problems.extend(unknown)
    # whole when every name is unknown or ran and suppressed nothing
    return problems, len(unused) == judged and judged + len(unknown) == len(item.names)


def unknown_rule_warnings(linter, result) -> list[str]:
    """One warning per suppression comment that names a rule policylint does not know.

    Without ``--strict`` a typo in a suppression would otherwise hide nothing
    and say nothing.
    """
    if not result.suppressions:
        return []
    registry = linter.registry_for(linter.config_for(result.path))
    known = list(registry.rules) + list(registry.by_code)
    warnings = []
    for item in result.suppressions:
        for name in item.names:
            if name not in registry.rules and name.upper() not in registry.by_code:
                warnings.append(f'{result.path}:{item.line}: warning: unknown rule "{name}" in '
                                f'policylint-{item.action}{did_you_mean(name, known)}')
    return warnings


def _finding(path, text, positions: PositionMap, item, problems, judged_whole: bool) -> Finding:
    line_start, line_end = positions.line_span(item.line)
    line_text = text[line_start:line_end]
    start = line_start + max(0, line_text.find("policylint-"))
    if line_text.lstrip().startswith("<!--"):
        start = line_start + line_text.index("<!--")
    end = line_start + len(line_text.rstrip())
    fix = None
    if judged_whole and item.action in REMOVABLE and _alone_on_line(line_text):
        next_start = positions.line_starts[item.line] if item.line < positions.line_count else line_end
        fix = Fix(line_start, next_start, "")
    line, column = positions.line_col(start)
    end_line, end_column = positions.line_col(end)
    message = f"unused suppression (policylint-{item.action}): " + "; ".join(problems)
    return Finding(path, line, column, end_line, end_column, NAME, CODE, "warning", message, fix, start, end)


def _alone_on_line(line_text: str) -> bool:
    stripped = line_text.strip()
    return stripped.startswith("policylint-") or (stripped.startswith("<!--") and stripped.endswith("-->"))
