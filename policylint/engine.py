"""Run the rules on documents: config per file, suppressions, sorting."""
from __future__ import annotations

import os
from .records import field, record

from .config import Config, find_config, load_config
from .errors import PolicylintError, did_you_mean
from .findings import Finding, Fix, Hit
from .source import BOM, Source


@record
class Result:
    """Findings of one document plus what went wrong while linting it."""

    path: str
    findings: list = field(default_factory=list)
    errors: list = field(default_factory=list)  # internal errors: exit 2
    warnings: list = field(default_factory=list)
    suppressions: list = field(default_factory=list)
    source: Source | None = None
    facts: dict | None = None  # what policy-set checks read of this document (sets.facts)


class Linter:
    """Holds the registry, resolved configs and compiled rules for a whole run."""

    def __init__(self, registry=None, config_path: str | None = None, select=(), ignore=(), lang: str | None = None,
                 cache: bool = False, facts: bool = True):
        if lang is not None:
            from .languages import language_problem

            problem = language_problem(lang)
            if problem:
                raise PolicylintError(f"--lang: {problem}")
        self._registry = registry  # loaded on first use: a fully cached run never needs it
        self._packed = registry is None  # rules may come from the compiled rule pack (see rulepack)
        self._rule_sets: dict = {}  # (plugins, rule packs) of a config -> its rules
        self.cache = cache  # reuse configs validated by an earlier run (see cache.load_config_cached)
        self.config_path = config_path
        self.lang = lang
        # whether results carry the facts the set stage reads: a run of one document forms no set,
        # and reading them costs as much as a rule
        self.facts = facts
        self._configs: dict[str, Config] = {}
        self._folder_config: dict[str, str | None] = {}
        self._compiled: dict = {}
        self._params: dict = {}  # config id -> the params of each active rule, in order
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
                "lang": self.lang, "cache": self.cache, "facts": self.facts}

    def _resolve_names(self, names, option: str) -> set:
        """Rule names, codes or code prefixes, looked up in the built-in rules and then in the
        rule packs and plugins of the run's config (``--config``, or the one found from here)."""
        chosen = set()
        for name in names:
            registry = self.registry
            matched = _matching(registry, name)
            if not matched:
                registry = self.registry_for(self.config_for("-"))
                matched = _matching(registry, name)
            if not matched:
                hint = did_you_mean(name, list(registry.rules) + list(registry.by_code))
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

    def rules_of(self, config: Config) -> dict:
        """name -> RuleDef under ``config``: from the compiled rule pack when it matches (no YAML,
        no plugin loading), else from the registry."""
        if not self._packed:
            return self.registry_for(config).rules
        extras = (tuple(config.plugins), tuple(config.rule_packs))
        if extras not in self._rule_sets:
            from .rulepack import load

            self._rule_sets[extras] = load(self, config, write=self.cache)
        return self._rule_sets[extras]

    def active_rules(self, config: Config) -> list:
        """[rule, severity, kind instance] for every rule on under ``config``; the kind is None
        until a document the rule applies to needs it (see ``start_rules``): a rule that cannot apply
        compiles none of its patterns."""
        key = id(config)
        if key in self._compiled:
            return self._compiled[key]
        active = []
        self._params[key] = params_of = []
        for rule in self.rules_of(config).values():
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
            active.append([rule, severity, None])
            params_of.append(params)
        self._compiled[key] = active
        return active

    def start_rules(self, config: Config, doc=None, per_set: bool = False) -> None:
        """Make the kind instances of the active rules that apply to ``doc`` (all of them without
        one; ``per_set``: only the rules that judge policy sets), in rule order; a rule that fails
        to start is reported, the others still run."""
        key = id(config)
        active = self.active_rules(config)
        budget = None
        for index, entry in enumerate(active):
            rule, _, kind = entry
            if kind is not None or (doc is not None and not _applies(rule, doc)) or (per_set and not rule.per_set):
                continue
            if budget is None:
                from .budget import Budget

                budget = Budget(config.budget)
            from .budget import RuleTimeout

            entry[2] = _FAILED
            try:
                with budget:
                    entry[2] = rule.make(self._params[key][index])
            except RuleTimeout:
                self._broken.setdefault(key, []).append(
                    f'internal error: rule "{rule.name}" (plugin "{rule.plugin}") failed to start: it did not '
                    f"finish within {budget.seconds:g} s of CPU time (rule-timeout)")
            except KeyboardInterrupt:
                entry[2] = None
                raise
            except BaseException as exc:  # a kind that cannot start must not stop the others
                self._broken.setdefault(key, []).append(
                    f'internal error: rule "{rule.name}" (plugin "{rule.plugin}") failed to start: {exc!r}')
        if budget is not None:
            budget.done()

    # -- linting --------------------------------------------------------
    def lint_source(self, source: Source, config: Config | None = None) -> Result:
        config = config or self.config_for(source.path)
        active = self.active_rules(config)  # first: reading the rule pack sets up the pattern store
        from . import regexstore
        from .parse import parse
        from .suppress import apply, parse_suppressions

        result = Result(source.path, source=source)
        doc = parse(source, lang=self.lang or config.lang)  # the command line wins
        result.errors.extend(doc.errors)
        findings = []
        self.start_rules(config, doc)
        result.errors.extend(self._broken.get(id(config), ()))
        from .budget import Budget, RuleTimeout

        budget = Budget(config.budget)
        try:
            for rule, severity, kind in active:
                if kind is None or kind is _FAILED or not _applies(rule, doc):
                    continue
                try:
                    with budget, regexstore.dynamic():  # patterns made from this document are not kept
                        hits = (_typed_hit(hit) for hit in kind.check(doc))
                        parts = _parts(rule, doc)
                        found = [self._finding(doc, rule, severity, hit) for hit in hits
                                 if parts is None or any(start <= hit.start < end for start, end in parts)]
                except RuleTimeout:  # one endless rule must not hang the run
                    result.errors.append(
                        f'{source.path}: error: rule "{rule.name}" (plugin "{rule.plugin}") did not finish within '
                        f"{budget.seconds:g} s of CPU time (rule-timeout), its findings for this file are left out")
                    continue
                except BadHit as exc:
                    result.errors.append(
                        f'{source.path}: internal error: rule "{rule.name}" (plugin "{rule.plugin}") {exc}')
                    continue
                except KeyboardInterrupt:
                    raise
                except BaseException as exc:  # one broken rule (even one calling sys.exit) must not hide the others
                    result.errors.append(
                        f'{source.path}: internal error: rule "{rule.name}" (plugin "{rule.plugin}") raised {exc!r}')
                    continue
                findings.extend(found)
        finally:
            budget.done()
        result.facts = _facts(doc, result) if self.facts else None
        result.suppressions = parse_suppressions(doc.source, doc.positions, doc.code)
        findings = apply(findings, result.suppressions)
        # after suppressions: a suppressed finding replaces nothing
        findings = drop_superseded(findings, {rule.name: rule.supersedes for rule, _, kind in active
                                              if rule.supersedes and kind is not _FAILED})
        result.findings = sorted(set(findings), key=lambda f: f.sort_key)
        return result

    def lint_text(self, text: str, path: str) -> Result:
        """Lint ``text`` (say, an editor's unsaved buffer) as the document ``path``: that path's
        config, format and suppressions. A leading BOM is dropped, as when a file is read."""
        bom = text.startswith(BOM)
        return self.lint_source(Source(path, text[1:] if bom else text, bom))

    @staticmethod
    def _finding(doc, rule, severity, hit) -> Finding:
        hit = _typed_hit(hit)
        start, end = hit.start, hit.end
        if not 0 <= start <= end <= len(doc.text):  # never clamped: a fix there would write garbage
            raise BadHit(f"gave the offsets {start}..{end}, outside the document (0..{len(doc.text)})")
        line, column = doc.line_col(start)
        end_line, end_column = doc.line_col(end, end=end > start)
        from .fix import fixable_span

        fixable = hit.replacement is not None and fixable_span(doc, start, end, hit.replacement)
        start, end = doc.source_offset(start), doc.source_offset(end, end=end > start)  # in the file, for fixes
        fix = Fix(start, end, hit.replacement) if fixable else None
        return Finding(doc.path, line, column, end_line, end_column, rule.name, rule.code, severity,
                       hit.message or rule.summary, fix, start, end, rule.reports == "document")


def _facts(doc, result) -> dict | None:
    """The document's facts for the set stage; a failure there costs its set checks, not its findings."""
    from .sets.facts import facts_of

    try:
        return facts_of(doc)
    except KeyboardInterrupt:
        raise
    except Exception as exc:  # noqa: BLE001 - reported, never a crash
        result.errors.append(f"{doc.path}: internal error: reading the facts for policy sets raised {exc!r}")
        return None


_FAILED = object()  # the kind of a rule that failed to start


def _applies(rule, doc) -> bool:
    """Whether ``rule`` runs on ``doc``: its languages and its scope."""
    if rule.scope == "privacy-notice" and not doc.is_privacy_notice:
        return False
    return _parts(rule, doc) != ()


def _parts(rule, doc) -> tuple[tuple[int, int], ...] | None:
    """Where ``rule`` may report in ``doc``: None for anywhere; for a rule about phrases in some
    languages, on a document in another, the parts written in the rule's languages (often none)."""
    from .lang import matches, parts_in

    if matches(doc.lang, rule.languages):
        return None
    if rule.reports == "document" or doc.lang_declared:
        return ()  # what a whole document lacks is not judged from one of its languages; a declared language holds
    return parts_in(doc, rule.languages)


def _matching(registry, name: str) -> list[str]:
    """The rules ``name`` selects: ALL, a rule name, a code, or a code prefix (POL, POL2, ACME)."""
    if name.upper() == "ALL":
        return list(registry.rules)
    prefix = name.upper()
    letters = prefix.rstrip("0123456789")
    return [r.name for r in registry.rules.values()
            if name in (r.name, r.code)
            or (r.code.startswith(prefix) and r.code.rstrip("0123456789") == letters)]


class BadHit(ValueError):
    """A rule's hit that cannot be a finding of this document."""


def _typed_hit(hit) -> Hit:
    """``hit`` as a Hit whose fields have the types reporters rely on (a plugin may yield anything)."""
    if not isinstance(hit, tuple) or not 3 <= len(hit) <= 4:
        raise BadHit(f"gave {hit!r:.60}, not a Hit")
    hit = hit if type(hit) is Hit else Hit(*hit)
    if not all(isinstance(n, int) and not isinstance(n, bool) for n in (hit.start, hit.end)):
        raise BadHit(f"gave the offsets {hit.start!r:.20}..{hit.end!r:.20}: whole numbers are needed")
    if hit.message is not None and not isinstance(hit.message, str):
        raise BadHit(f"gave a message that is not a string: {hit.message!r:.60}")
    if hit.replacement is not None and not isinstance(hit.replacement, str):
        raise BadHit(f"gave a replacement that is not a string: {hit.replacement!r:.60}")
    return hit


def drop_superseded(findings: list, supersedes: dict) -> list:
    """One defect, one finding: a finding of a rule that supersedes others (``supersedes:`` in its
    file) replaces their findings on text inside its span ("Last updated: [Date]" is an
    effective-date finding that says the date is a placeholder, not also a placeholder-text one); a finding
    that overlaps the span is on the same text ("__DATE__", whose underscores are markup to one rule)."""
    if not supersedes:
        return findings
    claims = [(f.start, f.end, supersedes[f.rule]) for f in findings if f.rule in supersedes and f.end > f.start]
    if not claims:
        return findings
    return [f for f in findings
            if not any(f.rule in names and f.start < end and start < f.end for start, end, names in claims)]


class LazyRegistry:
    """The registry as reporters see it: loaded only if a reporter asks for it."""

    def __init__(self, linter: Linter):
        self._linter = linter

    def __getattr__(self, name):
        return getattr(self._linter.registry, name)

