"""Every rule file is complete and its examples behave: bad ones fire, good ones do not."""
from __future__ import annotations

import pytest

from policylint.plugins import Registry

RULES = list(Registry().rules.values())


def test_catalogue_is_loaded():
    assert len(RULES) >= 4
    assert len({r.code for r in RULES}) == len(RULES)


@pytest.mark.parametrize("rule", RULES, ids=lambda r: r.name)
def test_rule_file_is_complete(rule):
    assert rule.code.startswith("POL") and rule.code[3:].isdigit()
    assert rule.rationale and any(word in rule.rationale for word in ("GDPR", "Art.", "CCPA", "EDPB", "WP2"))
    assert len(rule.examples["bad"]) >= 3 and len(rule.examples["good"]) >= 3


def _examples(kind):
    for rule in RULES:
        for number, text in enumerate(rule.examples[kind]):
            yield pytest.param(rule, text, id=f"{rule.name}-{kind}-{number}")


def _run(lint, lint_set, rule, text):
    """A set rule's example is several files (``==> path <==`` lines): linted as a policy set."""
    from policylint.kinds import SetKind
    from policylint.sets.examples import split_documents

    if issubclass(rule.kind_class, SetKind):
        files = split_documents(text)
        assert len(files) >= 2, f"{rule.name}: a set rule's example needs two or more '==> path <==' files"
        return [f for f in lint_set(dict(files), select=[rule.name]) if f.rule == rule.name]
    return [f for f in lint(text, path="privacy.md", select=[rule.name]) if f.rule == rule.name]


@pytest.mark.parametrize("rule,text", list(_examples("bad")))
def test_bad_example_fires(lint, lint_set, rule, text):
    found = _run(lint, lint_set, rule, text)
    assert found, f"{rule.name} did not fire on: {text!r}"


@pytest.mark.parametrize("rule,text", list(_examples("good")))
def test_good_example_is_clean(lint, lint_set, rule, text):
    found = _run(lint, lint_set, rule, text)
    assert not found, f"{rule.name} fired on a good example: {found}"


def test_readme_lists_every_rule():
    from conftest import ROOT

    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    for rule in RULES:
        assert f"| {rule.code} | {rule.name} | {rule.severity} |" in readme, rule.name
