"""Suppression comments, in Markdown and in plain text."""
from __future__ import annotations

import pytest

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


CODE_CASES = {
    "fenced": "```\n{directive}\n```\n",
    "tilde-fenced-in-a-list": "- example:\n\n  ~~~md\n  {directive}\n  ~~~\n",
    "indented": "Example:\n\n    {directive}\n",
    # a comment line would start an HTML block; the bare words on a line are a directive too
    "inline-code-across-lines": "Write `x\n{bare}\n` to switch it off.\n",
}
DIRECTIVES = ["<!-- policylint-disable-file -->", "<!-- policylint-disable consent-by-use -->",
              "<!-- policylint-disable-next-line consent-by-use -->"]


@pytest.mark.parametrize("directive", DIRECTIVES)
@pytest.mark.parametrize("case", list(CODE_CASES))
def test_directives_inside_code_are_examples_not_suppressions(lint, case, directive):
    """Documentation that shows how to suppress a rule does not suppress it."""
    bare = directive.removeprefix("<!-- ").removesuffix(" -->")
    text = f"# T\n\n{CODE_CASES[case].format(directive=directive, bare=bare)}\n{PHRASE}\n"
    assert lines(lint(text, select=["consent-by-use"])) == [text.count("\n")]


def test_directive_right_after_a_code_block_still_works(lint):
    text = f"# T\n\n```\ncode\n```\n<!-- policylint-disable-next-line consent-by-use -->\n{PHRASE}\n"
    assert lint(text, select=["consent-by-use"]) == []
