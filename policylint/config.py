"""Configuration: `.policylint.yaml` or `[tool.policylint]`, found upward from each file."""
from __future__ import annotations

import os
import re
from .records import field, record

from .errors import PolicylintError, did_you_mean
from .findings import SEVERITIES

CONFIG_NAMES = (".policylint.yaml", ".policylint.yml")
KEYS = ("rules", "include", "exclude", "fail-on", "plugins", "rule-packs", "entity", "lang", "rule-timeout", "sets")
FAIL_ON = SEVERITIES + ("none",)
DEFAULT_INCLUDE = ("*.md", "*.markdown", "*.txt")
# rule-timeout: seconds of CPU time per rule and document; the built-in rules need
# milliseconds on a policy and a few seconds on megabytes of hostile text
DEFAULT_RULE_TIMEOUT = 20.0


@record
class Config:
    path: str | None = None
    root: str = "."
    rules: dict = field(default_factory=dict)  # rule name -> {"severity": ..., "params": {...}}
    include: list = field(default_factory=lambda: list(DEFAULT_INCLUDE))
    exclude: list = field(default_factory=list)
    fail_on: str | None = None
    plugins: list = field(default_factory=list)
    rule_packs: list = field(default_factory=list)
    entity: str | None = None
    lang: str | None = None
    rule_timeout: float | None = None  # seconds of CPU time per rule and document; 0: no limit
    sets: dict = field(default_factory=dict)  # policy set name -> globs of its members (see policylint.sets)

    @property
    def budget(self) -> float:
        return DEFAULT_RULE_TIMEOUT if self.rule_timeout is None else self.rule_timeout

    def as_dict(self) -> dict:
        return {
            "config": self.path, "fail-on": self.fail_on or "warning", "include": self.include,
            "exclude": self.exclude, "entity": self.entity, "lang": self.lang, "plugins": self.plugins,
            "rule-packs": self.rule_packs, "rule-timeout": self.budget, "rules": self.rules, "sets": self.sets,
        }

    def excluded(self, path: str) -> bool:
        return self._globs("exclude").match(_relative(path, self.root))

    def included(self, path: str) -> bool:
        return self._globs("include").match(_relative(path, self.root))

    def _globs(self, key: str):
        """The patterns of ``key`` as one matcher, built on first use."""
        matchers = self.__dict__.setdefault("_matchers", {})
        if key not in matchers:
            from .globs import GlobSet

            matchers[key] = GlobSet(getattr(self, key))
        return matchers[key]


def _relative(path: str, root: str) -> str:
    """``path`` relative to ``root`` with ``/`` separators (as given when outside ``root``)."""
    full, base = os.path.abspath(path), os.path.abspath(root)
    if full == base:
        return "."
    prefix = base.rstrip(os.sep) + os.sep
    if os.path.normcase(full).startswith(os.path.normcase(prefix)):
        return full[len(prefix):].replace(os.sep, "/")
    return _as_posix(path)


def _as_posix(path: str) -> str:
    """``pathlib.Path(path).as_posix()`` without importing pathlib (a tenth of a cached run)."""
    if os.name == "nt":
        from pathlib import Path

        return Path(path).as_posix()
    lead = "//" if path.startswith("//") and not path.startswith("///") else "/" if path.startswith("/") else ""
    body = "/".join(part for part in path.split("/") if part not in ("", "."))
    return lead + body if lead or body else "."


def glob_regex(pattern: str):
    """gitignore-like glob: ``**`` crosses folders, a pattern without ``/`` matches any basename."""
    from .globs import compile

    return compile(pattern)


def glob_match(pattern: str, rel: str) -> bool:
    return bool(glob_regex(pattern).match(rel))


def find_config(folder: str) -> str | None:
    """The nearest config file from ``folder`` upward, stopping at a repository root."""
    current = os.path.abspath(folder)
    while True:
        for name in CONFIG_NAMES:
            candidate = os.path.join(current, name)
            if os.path.isfile(candidate):
                return candidate
        pyproject = os.path.join(current, "pyproject.toml")
        if os.path.isfile(pyproject) and "[tool.policylint" in _read(pyproject):
            return pyproject
        parent = os.path.dirname(current)
        if os.path.exists(os.path.join(current, ".git")) or parent == current:
            return None
        current = parent


def _read(path: str) -> str:
    try:
        with open(path, encoding="utf-8") as handle:
            return handle.read()
    except (OSError, UnicodeDecodeError):
        return ""


def load_config(path: str, registry) -> Config:
    """Read and validate one config file against the installed rules."""
    from pathlib import Path

    from .yamlio import position

    try:
        with open(path, encoding="utf-8-sig") as handle:
            text = handle.read()
    except FileNotFoundError:
        raise PolicylintError("config file not found", path) from None
    except UnicodeDecodeError as exc:
        raise PolicylintError(f"config file is not valid UTF-8 (byte {exc.start + 1})", path) from None
    except OSError as exc:
        raise PolicylintError(f"cannot read config file: {exc.strerror or exc}", path) from None
    if path.endswith(".toml"):
        data, locate = _load_toml(text, path)
    else:
        from .yamlio import load_marked

        data = load_marked(text, path)
        if data is None:
            data = {}

        def locate(node, key):
            return position(node, key)

    return config_from_data(data, path, registry, locate, root=str(Path(path).parent))


def config_from_data(data, path: str, registry, locate=None, root: str = ".") -> Config:
    """Validate settings already read (a config file's, or a mapping given to the library API).

    ``path`` names them in errors; ``locate(node, key)`` finds a key's line and column.
    """
    from pathlib import Path

    from .yamlio import position

    locate = locate or position
    if not isinstance(data, dict):
        raise PolicylintError("config must be a mapping of settings", path, 1, 1)
    config = Config(path=path, root=root)
    for key in data:
        if key not in KEYS:
            raise PolicylintError(f'unknown key "{key}"{did_you_mean(key, KEYS)}', path, *locate(data, key))
    from .yamlio import to_plain

    plain = to_plain(data)
    for key in ("include", "exclude", "plugins", "rule-packs"):
        if key in plain:
            value = plain[key]
            if isinstance(value, str):
                value = [value]
            if not isinstance(value, list) or not all(isinstance(v, str) for v in value):
                raise PolicylintError(f'"{key}" must be a list of strings', path, *locate(data, key))
            if key in ("include", "exclude"):
                from .globs import check

                bad = check(value)  # one compiled matcher, not one per pattern
                if bad:
                    index, problem = bad
                    where = _item_position(data[key], index) or locate(data, key)
                    raise PolicylintError(f'bad glob "{value[index]}": {problem}', path, *where)
            written = value
            if key == "rule-packs":
                value = [str(Path(config.root, v)) for v in value]
            if key in ("rule-packs", "plugins"):
                for index, item in enumerate(value):
                    problem = (_pack_problem(item, written[index]) if key == "rule-packs"
                               else _plugin_problem(item))
                    if problem:
                        where = (_item_position(data[key], index) if isinstance(data[key], list) else None)
                        raise PolicylintError(problem, path, *(where or locate(data, key)))
            setattr(config, key.replace("-", "_"), value)
    if "fail-on" in plain:
        if plain["fail-on"] not in FAIL_ON:
            raise PolicylintError(
                f'fail-on must be one of {", ".join(FAIL_ON)}{did_you_mean(plain["fail-on"], FAIL_ON)}',
                path, *locate(data, "fail-on"))
        config.fail_on = plain["fail-on"]
    if "entity" in plain:
        if not isinstance(plain["entity"], str) or not plain["entity"].strip():
            raise PolicylintError('"entity" must be a non-empty string', path, *locate(data, "entity"))
        config.entity = plain["entity"].strip()
    if "lang" in plain:
        from .languages import language_problem

        problem = language_problem(plain["lang"])
        if problem:
            raise PolicylintError(f'"lang": {problem}', path, *locate(data, "lang"))
        config.lang = plain["lang"].strip()
    if "rule-timeout" in plain:
        seconds = plain["rule-timeout"]
        if isinstance(seconds, bool) or not isinstance(seconds, (int, float)) or not 0 <= seconds < 1e6:
            raise PolicylintError('"rule-timeout" must be a number of seconds (0 turns the limit off)',
                                  path, *locate(data, "rule-timeout"))
        config.rule_timeout = float(seconds)
    if "sets" in plain:
        config.sets = _sets(plain["sets"], data, path, locate)
    if config.plugins or config.rule_packs:
        registry = registry.with_extras(tuple(config.plugins), tuple(config.rule_packs))
    rules = data.get("rules") or {}
    if not isinstance(rules, dict):
        raise PolicylintError('"rules" must be a mapping of rule name to setting', path, *locate(data, "rules"))
    for name, setting in rules.items():
        line, col = locate(rules, name)
        rule = registry.resolve(str(name), path, line, col)
        config.rules[rule.name] = _rule_setting(to_plain(setting), rule, path, line, col,
                                                _value_position(rules, name, setting), (setting, locate))
    return config


def _sets(value, data, path: str, locate) -> dict:
    """``sets``: a mapping of set name -> member globs (relative to the config's folder)."""
    from .globs import check

    if not isinstance(value, dict):
        raise PolicylintError('"sets" must be a mapping of set name to a list of globs', path, *locate(data, "sets"))
    sets = {}
    for name, patterns in value.items():
        where = locate(data["sets"], name) if isinstance(data["sets"], dict) else locate(data, "sets")
        if isinstance(patterns, str):
            patterns = [patterns]
        if not isinstance(patterns, list) or not patterns or not all(isinstance(p, str) for p in patterns):
            raise PolicylintError(f'set "{name}" must be a list of globs naming its documents', path, *where)
        bad = check(patterns)
        if bad:
            raise PolicylintError(f'bad glob "{patterns[bad[0]]}" in set "{name}": {bad[1]}', path, *where)
        sets[str(name)] = patterns
    return sets


def _pack_problem(pack: str, written: str) -> str | None:
    """Why ``pack`` cannot be a rule pack (a YAML file or a folder of them), or None."""
    if os.path.isdir(pack):
        return None
    if not os.path.exists(pack):
        return f'rule pack "{written}" does not exist'
    if not pack.endswith((".yaml", ".yml")):
        return f'rule pack "{written}" is neither a folder nor a .yaml file'
    return None


def _plugin_problem(module: str) -> str | None:
    """Why ``module`` cannot be imported as a plugin, found without importing it, or None."""
    from importlib.util import find_spec

    parts = module.strip().split(".")
    if not all(part.isidentifier() for part in parts):
        return f'plugin "{module}" is not a module name'
    try:
        found = find_spec(parts[0])  # the top-level name only: nothing is imported
    except (ImportError, ValueError):
        found = None
    if found is None:
        return f'plugin module "{module}" is not installed (no module named "{parts[0]}")'
    return None


def _item_position(node, index: int):
    """1-based line and column of list item ``index`` in a YAML node, or None."""
    try:
        line, col = node.lc.item(index)
        return line + 1, col + 1
    except (AttributeError, KeyError, TypeError, IndexError):
        return None


def _value_position(rules, name, setting):
    """Where a rule's severity is written: the scalar value, or the ``severity`` key of a mapping."""
    try:
        if isinstance(setting, dict):
            line, col = setting.lc.key("severity") if "severity" in setting else (None, None)
        else:
            line, col = rules.lc.value(name)
        return (line + 1, col + 1) if line is not None else None
    except (AttributeError, KeyError, TypeError):
        return None


def _rule_setting(setting, rule, path, line, col, severity_at=None, marked=(None, None)) -> dict:
    """``{"severity": ..., "params": ...}`` from one rule's setting; ``marked`` is the setting
    as loaded and the function that finds a key's line in it, for errors."""
    from .rules import check_params

    if setting is False:
        setting = "off"
    if isinstance(setting, str):
        setting = {"severity": setting}
    if not isinstance(setting, dict):
        raise PolicylintError(f'setting for "{rule.name}" must be a severity or a mapping', path, line, col)
    severity = setting.pop("severity", None)
    if severity is not None and severity not in SEVERITIES + ("off",):
        raise PolicylintError(
            f'severity must be off, {", ".join(SEVERITIES)}, not "{severity}"{did_you_mean(severity, SEVERITIES + ("off",))}',
            path, *(severity_at or (line, col)))
    node, locate = marked
    try:
        check_params(setting, rule.kind_class, path, node if isinstance(node, dict) else None,
                     base=rule.params, locate=locate)
    except PolicylintError as exc:
        if exc.line is None:
            exc.line, exc.column = line, col
        raise
    return {"severity": severity, "params": setting}


def _load_toml(text: str, path: str):
    import tomllib

    from .yamlio import MAX_DEPTH

    deep = _toml_too_deep(text, MAX_DEPTH)
    if deep:  # tomllib recurses once per level: 2,000 levels would be a RecursionError
        raise PolicylintError(f"TOML nested deeper than {MAX_DEPTH} levels", path, *deep)
    try:
        data = tomllib.loads(text)
    except tomllib.TOMLDecodeError as exc:
        match = re.search(r"line (\d+), column (\d+)", str(exc))
        line, col = (int(match.group(1)), int(match.group(2))) if match else (None, None)
        raise PolicylintError(f"invalid TOML: {str(exc).split(' (at')[0]}", path, line, col) from None
    lines = text.splitlines()

    def locate(node, key):
        pattern = re.compile(rf'^\s*(?:[\w"\'-]+\s*\.\s*)*["\']?{re.escape(str(key))}["\']?\s*=')
        for number, line in enumerate(lines, 1):
            if pattern.match(line):
                return number, line.index(str(key)) + 1
        return None, None

    section = data
    for name in ("tool", "policylint"):
        section = section.get(name, {})
        if not isinstance(section, dict):
            from .paramtypes import shown_value

            key = "tool" if name == "tool" else "tool.policylint"
            raise PolicylintError(f'"{key}" must be a table, not {shown_value(section)}', path, *locate(None, name))
    return section, locate


_TOML_TOKEN = re.compile(r'"""|\'\'\'|["\'#\[\]{}]')
_TOML_BASIC_STRING = re.compile(r'(?:[^"\\\n]|\\.)*"?')


def _toml_too_deep(text: str, limit: int):
    """(line, column) where arrays and inline tables nest deeper than ``limit``, or None.

    Strings and comments are skipped; anything malformed is left to the TOML parser.
    """
    depth, index = 0, 0
    while True:
        match = _TOML_TOKEN.search(text, index)
        if match is None:
            return None
        token, index = match.group(), match.end()
        if token in ('"""', "'''"):
            end = text.find(token, index)
            index = len(text) if end < 0 else end + 3
        elif token == '"':
            index = _TOML_BASIC_STRING.match(text, index).end()
        elif token in ("'", "#"):
            end = text.find("'" if token == "'" else "\n", index)
            index = len(text) if end < 0 else end + (token == "'")
        elif token in "[{":
            depth += 1
            if depth > limit:
                line_start = text.rfind("\n", 0, match.start()) + 1
                return text.count("\n", 0, match.start()) + 1, match.start() - line_start + 1
        else:
            depth -= 1
