"""Run the rules on documents: config per file, suppressions, sorting."""
from __future__ import annotations

import os
from dataclasses import dataclass, field

from .config import Config, find_config, load_config
from .errors import PolicylintError, did_you_mean
from .findings import Finding, Fix
from .source import Source


@dataclass
class Result:
    """Findings of one document plus what went wrong while linting it."""

    path: str
    findings: list = field(default_factory=list)
    errors: list = field(default_factory=list)  # internal errors: exit 2
    warnings: list = field(default_factory=list)
    suppressions: list = field(default_factory=list)
    source: Source | None = None


class Linter:
    """Holds the registry, resolved configs and compiled rules for a whole run."""

    def __init__(self, registry=None, config_path: str | None = None, select=(), ignore=(), lang: str | None = None,
                 cache: bool = False):
        self._registry = registry  # loaded on first use: a fully cached run never needs it
        self.cache = cache  # reuse configs validated by an earlier run (see cache.load_config_cached)
        self.config_path = config_path
        self.lang = lang
        self._configs: dict[str, Config] = {}
        self._folder_config: dict[str, str | None] = {}
        self._compiled: dict = {}
        self.reporter_plugins: dict = {}  # format -> plugin, from the cache's plugin index
        self._broken: dict = {}  # config id -> internal errors of rules that failed to start
        self.select = self._resolve_names(select, "--select")
        self.ignore = self._resolve_names(ignore, "--ignore")

    @property
    def registry(self):
        if self._registry is None:
            from .plugins import Registry

            self._registry = Registry()
        return self._registry

    @property
    def registry_loaded(self) -> bool:
        return self._registry is not None

    @property
    def internal_errors(self) -> list:
        """Plugins that failed to load (none known while the registry is not loaded)."""
        return self._registry.all_internal_errors() if self._registry is not None else []

    def reporter(self, name: str):
        """The reporter for a format; a cached run whose plugin index names the built-in
        one does not load the plugins just to find it."""
        if self._registry is None and self.reporter_plugins.get(name) == "builtin":
            from .reporters import BUILTIN

            if name in BUILTIN:
                return BUILTIN[name]
        return self.registry.reporter(name)

    @property
    def options(self) -> dict:
        """What another process needs to build the same Linter."""
        return {"config_path": self.config_path, "select": sorted(self.select), "ignore": sorted(self.ignore),
                "lang": self.lang, "cache": self.cache}

    def _resolve_names(self, names, option: str) -> set:
        chosen = set()
        for name in names:
            matched = [r.name for r in self.registry.rules.values()
                       if name in (r.name, r.code) or (name.upper().startswith("POL") and r.code.startswith(name.upper()))]
            if name.upper() == "ALL":
                matched = list(self.registry.rules)
            if not matched:
                hint = did_you_mean(name, list(self.registry.rules) + list(self.registry.by_code))
                raise PolicylintError(f'{option}: unknown rule "{name}"{hint}')
            chosen.update(matched)
        return chosen

    # -- configuration -------------------------------------------------
    def config_for(self, path: str) -> Config:
        if self.config_path:
            return self._load(self.config_path)
        folder = os.path.dirname(os.path.abspath(path)) if path not in ("-", "") else os.getcwd()
        if folder not in self._folder_config:
            self._folder_config[folder] = find_config(folder)
        found = self._folder_config[folder]
        return self._load(found) if found else self._default()

    def _default(self) -> Config:
        if "" not in self._configs:
            self._configs[""] = Config(root=os.getcwd())
        return self._configs[""]

    def _load(self, path: str) -> Config:
        if path not in self._configs:
            if self.cache:
                from .cache import load_config_cached

                self._configs[path] = load_config_cached(path, self)
            else:
                self._configs[path] = load_config(path, self.registry)
        return self._configs[path]

    def registry_for(self, config: Config):
        if config.plugins or config.rule_packs:
            return self.registry.with_extras(tuple(config.plugins), tuple(config.rule_packs))
        return self.registry

    def active_rules(self, config: Config) -> list:
        """(rule, severity, kind instance) for every rule on under ``config``."""
        key = id(config)
        if key in self._compiled:
            return self._compiled[key]
        active = []
        for rule in self.registry_for(config).rules.values():
            setting = config.rules.get(rule.name, {})
            severity = setting.get("severity") or rule.severity
            if self.select and rule.name not in self.select:
                continue
            if rule.name in self.ignore or (severity == "off" and rule.name not in self.select):
                continue
            if severity == "off":
                severity = rule.severity
            params = dict(setting.get("params", {}))
            if config.entity and "entity" in rule.kind_class.params and "entity" not in params:
                params["entity"] = config.entity
            try:
                active.append((rule, severity, rule.make(params)))
            except Exception as exc:  # a kind that cannot start must not stop the others
                self._broken.setdefault(key, []).append(
                    f'internal error: rule "{rule.name}" (plugin "{rule.plugin}") failed to start: {exc!r}')
        self._compiled[key] = active
        return active

    # -- linting --------------------------------------------------------
    def lint_source(self, source: Source, config: Config | None = None) -> Result:
        from .parse import parse
        from .suppress import apply, parse_suppressions

        config = config or self.config_for(source.path)
        result = Result(source.path, source=source)
        doc = parse(source, lang=config.lang or self.lang)
        from .lang import matches

        findings = []
        active = self.active_rules(config)
        result.errors.extend(self._broken.get(id(config), ()))
        for rule, severity, kind in active:
            if not matches(doc.lang, rule.languages):
                continue
            if rule.scope == "privacy-notice" and not doc.is_privacy_notice:
                continue
            try:
                found = [self._finding(doc, rule, severity, hit) for hit in kind.check(doc)]
            except Exception as exc:  # one broken rule must not hide the others
                result.errors.append(
                    f'{source.path}: internal error: rule "{rule.name}" (plugin "{rule.plugin}") raised {exc!r}')
                continue
            findings.extend(found)
        result.suppressions = parse_suppressions(doc.source, doc.positions)
        findings = apply(findings, result.suppressions)
        result.findings = sorted(set(findings), key=lambda f: f.sort_key)
        return result

    @staticmethod
    def _finding(doc, rule, severity, hit) -> Finding:
        start, end = hit.start, max(hit.end, hit.start)
        line, column = doc.line_col(start)
        end_line, end_column = doc.line_col(end, end=end > start)
        start, end = doc.source_offset(start), doc.source_offset(end, end=end > start)  # in the file, for fixes
        fix = Fix(start, end, hit.replacement) if hit.replacement is not None else None
        return Finding(doc.path, line, column, end_line, end_column, rule.name, rule.code, severity,
                       hit.message or rule.summary, fix, start, end)


class LazyRegistry:
    """The registry as reporters see it: loaded only if a reporter asks for it."""

    def __init__(self, linter: Linter):
        self._linter = linter

    def __getattr__(self, name):
        return getattr(self._linter.registry, name)


def lint_text(text: str, path: str = "<string>.md", **options) -> list[Finding]:
    """Lint a string (Markdown when ``path`` ends in .md, else plain text); returns findings."""
    linter = Linter(**options)
    result = linter.lint_source(Source(path, text.lstrip("\ufeff"), text.startswith("\ufeff")))
    if result.errors:
        raise PolicylintError(result.errors[0])
    return result.findings
