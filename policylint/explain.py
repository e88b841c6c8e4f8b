"""``--explain RULE``: a rule's file rendered for a person, and ``--list-rules``.

Both read the same rule data the linter runs on, so the explanation cannot
drift from the rule (ruff's rule docs work the same way).
"""
from __future__ import annotations

import json
import textwrap

WIDTH = 78


def explain(registry, name: str) -> str:
    """The rule's code, name, severity, why it matters, examples and settings."""
    from .ruleinfo import lookup
    from .strict import RULE as STRICT

    rule = lookup(registry, name)
    facts = [f"severity: {rule.severity}", f"fixable: {'yes' if rule.fixable else 'no'}", f"kind: {rule.kind}"]
    if rule.languages:
        facts.append(f"languages: {', '.join(rule.languages)}")
    if rule.scope != "any":
        facts.append(f"runs on: {rule.scope.replace('-', ' ')}s only")
    lines = [f"{rule.code} {rule.name}", "", rule.summary, "", "  ".join(facts), "", "Why"]
    lines += _wrap(rule.rationale)
    for title, key in (("Flagged", "bad"), ("Not flagged", "good")):
        examples = rule.examples.get(key) or []
        if examples:
            lines += ["", title]
            for example in examples:
                lines += textwrap.wrap(" ".join(str(example).split()), WIDTH, initial_indent="  - ",
                                       subsequent_indent="    ")
    if rule is STRICT:
        lines += ["", "Configuration", "  Reported only with --strict."]
    else:
        lines += ["", "Configuration (.policylint.yaml)", "  rules:", f"    {rule.name}:",
                  "      severity: off | info | warning | error"]
        params = getattr(rule.kind_class, "params", {}) or {}
        for key in sorted(params):
            lines.append(f"      {key}: {_describe(rule.params.get(key, params[key]))}")
    if rule.plugin not in ("policylint", "builtin"):
        lines += ["", f"From the plugin {rule.plugin}."]
    return "\n".join(lines)


def explain_markdown(rule) -> str:
    """The rule for an editor's hover, in Markdown: what ``explain`` says first (code, name,
    summary, why) and one flagged and one accepted example."""
    lines = [f"**{rule.code} {_md(rule.name)}** ({rule.severity}{', fixable' if rule.fixable else ''})", "",
             _md(rule.summary), "", f"**Why:** {_md(rule.rationale)}"]
    for title, key in (("Flagged", "bad"), ("Not flagged", "good")):
        examples = rule.examples.get(key) or []
        if examples:
            lines += ["", f"**{title}:** {_md(examples[0])}"]
    return "\n".join(lines)


_MD_SPECIAL = str.maketrans({c: "\\" + c for c in "\\`*_[]<>#|~"})


def _md(text) -> str:
    """One line of Markdown that shows ``text`` literally."""
    return " ".join(str(text).split()).translate(_MD_SPECIAL)


def _wrap(text: str) -> list[str]:
    return textwrap.wrap(" ".join(text.split()), WIDTH, initial_indent="  ", subsequent_indent="  ")


def _describe(value) -> str:
    """A parameter's default, short enough for one line."""
    if value is None:
        return "null  (not set)"
    if isinstance(value, (list, tuple)):
        if len(value) > 3 or any(len(str(v)) > 40 for v in value):
            return f"[...]  ({len(value)} items)"
        return json.dumps(list(value), ensure_ascii=False)
    if isinstance(value, dict):
        return f"{{...}}  ({len(value)} keys)"
    return json.dumps(value, ensure_ascii=False)


def list_rules(registry, fmt: str) -> str:
    """Every rule in code order (POL001 marked as --strict only), as text or JSON."""
    from .strict import RULE as STRICT

    rules = sorted([*registry.rules.values(), STRICT], key=lambda rule: rule.code)
    if fmt == "json":
        return json.dumps([{"code": r.code, "name": r.name, "severity": r.severity, "summary": r.summary,
                            "fixable": r.fixable, "languages": r.languages,
                            "enabled": "strict" if r is STRICT else "default"} for r in rules], indent=2) + "\n"
    out = []
    for r in rules:
        marks = ("fix" if r.fixable else "") + (" strict" if r is STRICT else "")
        out.append(f"{r.code}  {r.name:<34} {r.severity:<8} {marks.strip():<10} {r.summary}".rstrip())
    return "\n".join(out) + "\n"


def effective_config(linter, path: str, args) -> dict:
    """``--show-config``: the config for ``path`` with the command line applied, and every
    rule that will run on it with its severity and the parameters the config sets."""
    config = linter.config_for(path)
    data = config.as_dict()
    data["fail-on"] = args.fail_on or config.fail_on or "warning"
    data["lang"] = linter.lang or config.lang
    data["select"] = sorted(linter.select)
    data["ignore"] = sorted(linter.ignore)
    data["rules"] = {
        rule.name: {"code": rule.code, "severity": severity,
                    "params": config.rules.get(rule.name, {}).get("params", {})}
        for rule, severity, _ in sorted(linter.active_rules(config), key=lambda item: item[0].code)
    }
    return data
