"""Suppression comments, in Markdown and in plain text."""
from __future__ import annotations

PHRASE = "By using the site you agree to this policy."


def lines(findings):
    return [f.line for f in findings]


def test_disable_next_line_skips_blank_lines(lint):
    text = f"# T\n\n<!-- policylint-disable-next-line consent-by-use -- quoted from the old terms -->\n\n{PHRASE}\n\n{PHRASE}\n"
    assert lines(lint(text, select=["consent-by-use"])) == [7]


def test_disable_next_line_other_rule_does_not_apply(lint):
    text = f"# T\n\n<!-- policylint-disable-next-line placeholder-text -->\n{PHRASE}\n"
    assert lines(lint(text, select=["consent-by-use"])) == [4]


def test_disable_enable_range_and_code(lint):
    text = f"# T\n\n<!-- policylint-disable POL201 -->\n{PHRASE}\n<!-- policylint-enable -->\n\n{PHRASE}\n"
    assert lines(lint(text, select=["consent-by-use"])) == [7]


def test_disable_file(lint):
    text = f"<!-- policylint-disable-file -->\n# T\n\n{PHRASE}\n"
    assert lint(text, select=["consent-by-use"]) == []


def test_plain_text_directive_on_its_own_line(lint):
    text = f"Policy\npolicylint-disable-next-line consent-by-use\n{PHRASE}\n{PHRASE}\n"
    assert lines(lint(text, path="p.txt", select=["consent-by-use"])) == [4]
