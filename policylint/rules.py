"""Rule files (one YAML per rule) -> validated RuleDefs bound to their kind."""
from __future__ import annotations

import re
from dataclasses import dataclass, field
from pathlib import Path

from .errors import PolicylintError, did_you_mean
from .findings import SEVERITIES

REQUIRED = ("code", "name", "severity", "summary", "rationale", "kind", "examples")
OPTIONAL = ("params", "languages", "fixable", "scope")
SCOPES = ("any", "privacy-notice")
DEFAULT_MESSAGE = "{summary}"


@dataclass
class RuleDef:
    code: str
    name: str
    severity: str
    summary: str
    rationale: str
    kind: str
    params: dict
    examples: dict
    languages: list | None
    path: str
    text: str = ""
    plugin: str = "policylint"
    fixable: bool = False
    scope: str = "any"  # "privacy-notice": only documents that are privacy notices
    kind_class: type | None = field(default=None, repr=False)

    def make(self, overrides: dict | None = None):
        """A ready-to-run kind instance with the rule's params plus ``overrides``."""
        return self.kind_class({**self.params, **(overrides or {})})


def load_rule_file(path: str, kinds: dict, plugin: str = "policylint") -> RuleDef:
    from .yamlio import load_marked, position, to_plain

    text = Path(path).read_text(encoding="utf-8")
    shipped = plugin == "builtin"  # policylint's own rule files: trusted, and checked by its tests
    data = load_marked(text, path, guard=not shipped)
    if not isinstance(data, dict):
        raise PolicylintError("a rule file must be a mapping", path, 1)
    for key in data:
        if key not in REQUIRED and key not in OPTIONAL:
            line, col = position(data, key)
            raise PolicylintError(f'unknown key "{key}"{did_you_mean(key, REQUIRED + OPTIONAL)}', path, line, col)
    for key in REQUIRED:
        if key not in data:
            raise PolicylintError(f'missing required key "{key}"', path, 1)
    plain = to_plain(data)
    if plain["severity"] not in SEVERITIES:
        line, col = position(data, "severity")
        raise PolicylintError(f'severity must be one of {", ".join(SEVERITIES)}', path, line, col)
    kind_name = plain["kind"]
    if kind_name not in kinds:
        line, col = position(data, "kind")
        raise PolicylintError(f'unknown rule kind "{kind_name}"{did_you_mean(kind_name, kinds)}', path, line, col)
    kind_class = kinds[kind_name]
    params = plain.get("params") or {}
    check_params(params, kind_class, path, data.get("params") if isinstance(data.get("params"), dict) else data,
                 check_patterns=not shipped)
    examples = plain.get("examples") or {}
    if not isinstance(examples, dict) or not examples.get("bad") or not examples.get("good"):
        line, col = position(data, "examples")
        raise PolicylintError("examples need non-empty 'bad' and 'good' lists", path, line, col)
    languages = plain.get("languages")
    scope = plain.get("scope", "any")
    if scope not in SCOPES:
        line, col = position(data, "scope")
        raise PolicylintError(f'scope must be one of {", ".join(SCOPES)}{did_you_mean(scope, SCOPES)}', path, line, col)
    rule = RuleDef(
        code=str(plain["code"]), name=str(plain["name"]), severity=plain["severity"],
        summary=str(plain["summary"]).strip(), rationale=str(plain["rationale"]).strip(), kind=kind_name,
        params=params, examples=examples, languages=list(languages) if languages else None,
        path=str(path), text=text, plugin=plugin, fixable=bool(plain.get("fixable", kind_class.fixable)), scope=scope,
        kind_class=kind_class,
    )
    if Path(path).stem != rule.name:
        raise PolicylintError(f'rule "{rule.name}" must live in a file named {rule.name}.yaml', path, 1)
    return rule


def check_params(params: dict, kind_class, path: str, node=None, check_patterns: bool = True) -> None:
    from .yamlio import position

    if not isinstance(params, dict):
        raise PolicylintError("params must be a mapping", path, *position(node) if node is not None else (None, None))
    for key in params:
        if key not in kind_class.params:
            line, col = position(node, key) if node is not None else (None, None)
            raise PolicylintError(
                f'unknown parameter "{key}" for this rule{did_you_mean(key, kind_class.params)}', path, line, col
            )
    for key in getattr(kind_class, "regex_params", ()) if check_patterns else ():
        if params.get(key):
            check_regexes(key, params[key], path, position(node, key) if node is not None else (None, None))


def check_regexes(key: str, value, path: str, where) -> None:
    """Every pattern compiles and has no nested quantifier (catastrophic backtracking)."""
    from .regexcheck import nested_quantifier

    for pattern in [value] if isinstance(value, str) else value:
        if not isinstance(pattern, str):
            raise PolicylintError(f'"{key}" must hold regular expressions (strings)', path, *where)
        try:
            nested = nested_quantifier(pattern)
        except re.error as exc:
            raise PolicylintError(f'bad regular expression in "{key}": {exc}: {pattern!r}', path, *where) from None
        if nested:
            raise PolicylintError(
                f'regular expression in "{key}" has a nested quantifier (a group repeated with "{nested}" that '
                f"holds only repeats, like (a+)+): it can take exponential time; {pattern!r}", path, *where)


def rule_files(pack: str) -> list[Path]:
    target = Path(pack)
    if target.is_dir():
        return sorted(target.glob("*.yaml")) + sorted(target.glob("*.yml"))
    return [target]
