"""The engine as the server uses it: one Linter for all open documents, rebuilt when a config changes.

Every document is linted from the editor's text under the config, rules,
plugins, language and suppressions the command line would use for its path.
A config file that cannot be read or validated is returned as the problem,
not raised: the server shows it on that file and carries on.
"""
from __future__ import annotations

import os
from ..records import field, record

from ..engine import Linter
from ..errors import PolicylintError
from ..source import BOM

CONFIG_FILES = (".policylint.yaml", ".policylint.yml", "pyproject.toml")


@record
class Linted:
    """One document's text (as the editor has it) and what linting it gave."""

    path: str
    text: str
    result: object = None  # engine.Result, None when the document could not be linted
    problem: PolicylintError | None = None  # a config or rule file that is broken
    excluded: bool = False  # the config's `exclude` names this document: nothing to report
    errors: list = field(default_factory=list)  # internal errors (a plugin raised) not reported before

    @property
    def bom(self) -> int:
        """1 when the editor's text starts with a BOM the engine's offsets do not count."""
        return 1 if self.text.startswith(BOM) else 0

    @property
    def findings(self) -> list:
        return self.result.findings if self.result is not None else []


class Session:
    def __init__(self, lang: str | None = None):
        self.lang = lang
        self.linter = self._new_linter()
        self._reported: set[str] = set()
        self._urls: dict[str, str | None] = {}  # rule file -> its URI

    def _new_linter(self) -> Linter:
        return Linter(lang=self.lang, cache=False)  # cache=False: the server writes no files

    def reset(self) -> None:
        """Forget every config, rule pack and plugin registry read so far (a config changed)."""
        self.linter = self._new_linter()
        self._reported.clear()

    def lint(self, path: str, text: str) -> Linted:
        linter = self.linter
        linted = Linted(path, text)
        try:
            if linter.config_for(path).excluded(path):
                linted.excluded = True
                return linted
            linted.result = linter.lint_text(text, path)
        except PolicylintError as exc:
            linted.problem = exc
            return linted
        linted.errors = self._unreported([*linter.internal_errors, *linted.result.errors])
        return linted

    def fix_all(self, linted: Linted):
        """Every fix applied, rounds repeated as ``--fix`` does: a ``fix.Outcome`` whose ``edits``
        are in the linted text's offsets (``error`` says when a fix never settled)."""
        from ..fix import fix_result

        return fix_result(self.linter, linted.result, lambda result: result.findings)

    def registry(self, path: str):
        """The rules that apply to ``path``: the installed ones plus its config's plugins and packs."""
        return self.linter.registry_for(self.linter.config_for(path))

    def rule(self, path: str, name: str):
        return self.registry(path).rules[name]

    def rule_url(self, path: str, name: str) -> str | None:
        from ..ruleinfo import rule_url

        rule = self.rule(path, name)
        if rule.path not in self._urls:
            self._urls[rule.path] = rule_url(rule)
        return self._urls[rule.path]

    def _unreported(self, errors) -> list[str]:
        fresh = [e for e in dict.fromkeys(errors) if e not in self._reported]
        self._reported.update(fresh)
        return fresh


def is_config_file(path: str) -> bool:
    return os.path.basename(path) in CONFIG_FILES
