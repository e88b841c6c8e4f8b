"""Rule files (one YAML per rule) -> validated RuleDefs bound to their kind."""
from __future__ import annotations

import re
from .records import field, record

from .errors import PolicylintError, did_you_mean
from .findings import SEVERITIES

REQUIRED = ("code", "name", "severity", "summary", "rationale", "kind", "examples")
OPTIONAL = ("params", "languages", "fixable", "scope", "supersedes", "reports")
SCOPES = ("any", "privacy-notice")
REPORTS = ("lines", "document")
DEFAULT_MESSAGE = "{summary}"
WORD = re.compile(r"[\w.-]+")


@record
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
    supersedes: tuple = ()  # rules whose findings on the same text this rule's finding replaces
    reports: str = "lines"  # "document": its findings are about the whole document (what it lacks)
    per_set: bool = False  # its kind judges a policy set after every document was linted (a SetKind)
    kind_class: type | None = field(default=None, repr=False)

    def make(self, overrides: dict | None = None):
        """A ready-to-run kind instance with the rule's params plus ``overrides``."""
        return self.kind_class({**self.params, **(overrides or {})})


def _per_set(kind_class) -> bool:
    from .kinds import SetKind

    return isinstance(kind_class, type) and issubclass(kind_class, SetKind)


def load_rule_file(path: str, kinds: dict, plugin: str = "policylint") -> RuleDef:
    from .yamlio import load_marked, position, to_plain

    text = _read(path)
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
    _check_types(plain, data, path)
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
    examples = plain["examples"]
    languages = plain.get("languages")
    scope = plain.get("scope", "any")
    if scope not in SCOPES:
        line, col = position(data, "scope")
        raise PolicylintError(f'scope must be one of {", ".join(SCOPES)}{did_you_mean(scope, SCOPES)}', path, line, col)
    reports = plain.get("reports", "lines")
    if reports not in REPORTS:
        line, col = position(data, "reports")
        raise PolicylintError(f'reports must be one of {", ".join(REPORTS)}{did_you_mean(str(reports), REPORTS)}',
                              path, line, col)
    supersedes = plain.get("supersedes") or []
    if not isinstance(supersedes, list) or not all(isinstance(name, str) for name in supersedes):
        line, col = position(data, "supersedes")
        raise PolicylintError("supersedes must be a list of rule names", path, line, col)
    rule = RuleDef(
        code=str(plain["code"]), name=str(plain["name"]), severity=plain["severity"],
        summary=str(plain["summary"]).strip(), rationale=str(plain["rationale"]).strip(), kind=kind_name,
        params=params, examples=examples, languages=[languages] if isinstance(languages, str) else languages or None,
        path=str(path), text=text, plugin=plugin, fixable=bool(plain.get("fixable", kind_class.fixable)), scope=scope,
        supersedes=tuple(supersedes), reports=reports, kind_class=kind_class, per_set=_per_set(kind_class),
    )
    from pathlib import Path  # not at the top: a run on the compiled rule pack needs no pathlib

    if Path(path).stem != rule.name:
        raise PolicylintError(f'rule "{rule.name}" must live in a file named {rule.name}.yaml', path, 1)
    return rule


def _read(path: str) -> str:
    try:
        with open(path, encoding="utf-8") as handle:
            return handle.read()
    except UnicodeDecodeError as exc:
        raise PolicylintError(f"rule file is not valid UTF-8 (byte {exc.start + 1})", path) from None
    except IsADirectoryError:
        raise PolicylintError("is a folder, not a rule file", path) from None
    except OSError as exc:
        raise PolicylintError(f"cannot read rule file: {exc.strerror or exc}", path) from None


def _check_types(plain: dict, node, path: str) -> None:
    """Each top-level value has the type the rest of policylint relies on."""
    from .yamlio import position

    def fail(key, message):
        raise PolicylintError(message, path, *position(node, key))

    for key in ("code", "name", "severity", "summary", "rationale", "kind", "scope"):
        if key in plain and (not isinstance(plain[key], str) or not plain[key].strip()):
            fail(key, f'"{key}" must be a non-empty string')
    for key in ("code", "name"):
        if not WORD.fullmatch(plain[key]):
            fail(key, f'"{key}" must be one word (letters, digits, "-", "_", "."): it is used in suppressions and --select')
    if "fixable" in plain and not isinstance(plain["fixable"], bool):
        fail("fixable", '"fixable" must be true or false')
    languages = plain.get("languages")
    if languages is not None:
        from .languages import language_problem

        if isinstance(languages, str):
            languages = [languages]
        if not isinstance(languages, list):
            fail("languages", '"languages" must be a list of language codes')
        for language in languages:
            problem = language_problem(language)
            if problem:
                fail("languages", f'"languages": {problem}')
    examples = plain["examples"]
    if not (isinstance(examples, dict) and all(
            isinstance(examples.get(side), list) and examples[side]
            and all(isinstance(text, str) for text in examples[side]) for side in ("bad", "good"))):
        fail("examples", "examples need non-empty 'bad' and 'good' lists of strings")


def check_params(params: dict, kind_class, path: str, node=None, check_patterns: bool = True,
                 base: dict | None = None, locate=None) -> None:
    """Names, types (those of the kind's defaults) and patterns of ``params``, then the kind's
    own ``validate`` on them merged over ``base`` (the rule file's params a config overrides).

    Errors point at ``locate(node, key)`` (default: the YAML position of ``key`` in ``node``).
    """
    from .kinds import ParamError
    from .paramtypes import type_problem
    from .yamlio import position

    locate = locate or position

    def where(key=None):
        return locate(node, key) if node is not None else (None, None)

    if not isinstance(params, dict):
        raise PolicylintError("params must be a mapping", path, *where())
    declared = getattr(kind_class, "params", {})
    for key in params:
        if key not in declared:
            raise PolicylintError(
                f'unknown parameter "{key}" for this rule{did_you_mean(key, declared)}', path, *where(key))
        problem = type_problem(key, params[key], declared[key])
        if problem:
            raise PolicylintError(problem, path, *where(key))
    for key in getattr(kind_class, "regex_params", ()) if check_patterns else ():
        if params.get(key):
            check_regexes(key, params[key], path, where(key))
    validate = getattr(kind_class, "validate", None)
    try:
        if validate is not None:
            validate({**declared, **(base or {}), **params})
    except ParamError as exc:
        raise PolicylintError(exc.message, path, *where(exc.param if exc.param in params else None)) from None


def check_regexes(key: str, value, path: str, where) -> None:
    """Every pattern compiles and cannot backtrack exponentially: no nested quantifier, and
    no repeat that can match the same text in two ways (as the kinds compile it too, with
    spaces meaning ``\\s+``)."""
    from .patterns import spaced
    from .regexcheck import ambiguous_repeat, nested_quantifier

    for pattern in [value] if isinstance(value, str) else value:
        if not isinstance(pattern, str):
            raise PolicylintError(f'"{key}" must hold regular expressions (strings)', path, *where)
        try:
            nested = nested_quantifier(pattern)
            twice = None if nested else ambiguous_repeat(pattern) or ambiguous_repeat(spaced(pattern))
        except re.error as exc:
            raise PolicylintError(f'bad regular expression in "{key}": {exc}: {pattern!r}', path, *where) from None
        if nested:
            raise PolicylintError(
                f'regular expression in "{key}" has a nested quantifier (a group repeated with "{nested}" that '
                f"holds only repeats, like (a+)+): it can take exponential time; {pattern!r}", path, *where)
        if twice:
            raise PolicylintError(
                f'regular expression in "{key}" can match {twice!r} in more than one way inside a repeat '
                f"(alternatives that overlap, like (a|a)* or (a|aa)*): it can take exponential time; {pattern!r}",
                path, *where)


def rule_files(pack: str) -> list:
    """The rule files of a pack: a folder's YAML files, or the one file (as Paths)."""
    from pathlib import Path

    target = Path(pack)
    if target.is_dir():
        return sorted(target.glob("*.yaml")) + sorted(target.glob("*.yml"))
    return [target]
