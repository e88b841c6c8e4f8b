"""One defect, one finding: a rule file's ``supersedes`` and how the engine applies it."""
from __future__ import annotations

import pytest

from policylint.engine import drop_superseded
from policylint.errors import PolicylintError
from policylint.findings import Finding
from policylint.rules import load_rule_file

DATE_LINE = "# Privacy Policy\n\nLast updated: [Date]\n\nWe collect your e-mail address.\n"


def _finding(rule, start, end):
    return Finding("p.md", 1, 1, 1, 1, rule, "X", "warning", "m", None, start, end)


def test_a_finding_replaces_findings_inside_its_span_only():
    date = _finding("effective-date-missing", 10, 16)
    inside = _finding("placeholder-text", 10, 16)
    elsewhere = _finding("placeholder-text", 30, 40)
    other_rule = _finding("dangling-reference", 10, 16)
    kept = drop_superseded([date, inside, elsewhere, other_rule], {"effective-date-missing": ("placeholder-text",)})
    assert kept == [date, elsewhere, other_rule]


def test_a_zero_width_finding_replaces_nothing():
    title = _finding("effective-date-missing", 0, 0)
    placeholder = _finding("placeholder-text", 0, 10)
    assert drop_superseded([title, placeholder], {"effective-date-missing": ("placeholder-text",)}) == [
        title, placeholder]


def test_placeholder_in_the_date_line_is_one_finding(lint):
    found = lint(DATE_LINE, select=["effective-date-missing", "placeholder-text"])
    assert [f.rule for f in found] == ["effective-date-missing"]


def test_placeholder_text_alone_still_reports_the_date_line(lint):
    assert [f.rule for f in lint(DATE_LINE, select=["placeholder-text"])] == ["placeholder-text"]


def test_a_suppressed_finding_replaces_nothing(lint):
    text = DATE_LINE.replace("Last updated", "<!-- policylint-disable-next-line effective-date-missing -->\nLast updated")
    found = lint(text, select=["effective-date-missing", "placeholder-text"])
    assert [f.rule for f in found] == ["placeholder-text"]


@pytest.mark.parametrize("value", ['"placeholder-text"', "[1, 2]"])
def test_supersedes_must_be_a_list_of_rule_names(tmp_path, registry, value):
    path = tmp_path / "my-rule.yaml"
    path.write_text(
        "code: POL999\nname: my-rule\nseverity: info\nsummary: s\nrationale: GDPR Art. 13\nkind: phrase\n"
        f"supersedes: {value}\nparams: {{patterns: [x]}}\nexamples: {{bad: [x], good: [y]}}\n", encoding="utf-8")
    with pytest.raises(PolicylintError) as error:
        load_rule_file(str(path), registry.kinds)
    assert "supersedes" in str(error.value) and "my-rule.yaml:7" in str(error.value)
