"""Hostile input finishes in linear time: huge lines, bracket storms, deep lists, repeated triggers.

pytest-timeout is the guard (a quadratic pattern on these sizes takes minutes
or hours); the figures themselves are not asserted. Every rule's bad examples
are taken from its YAML file, so a new rule is stressed too. Set
POLICYLINT_STRESS=1 to repeat the triggers 200,000 times (minutes, not CI).
"""
from __future__ import annotations

import os

import pytest

from policylint.config import Config
from policylint.plugins import Registry
from policylint.regexcheck import ambiguous_repeat, nested_quantifier
from policylint.source import Source

GUARD = 150  # seconds per input: a guard against hangs (minutes, growing with the square), not a benchmark;
# the largest input, a 3,000-deep nested list, is 9 MB of indentation and takes 30-45 s on 2 busy cores
REPEATS = 200_000 if os.environ.get("POLICYLINT_STRESS") else 2_000

INPUTS = {
    "5MB-line-of-one-letter": lambda: "a" * 5_000_000,
    "200k-open-brackets": lambda: "[" * 200_000,
    "200k-open-parens": lambda: "(" * 200_000,
    "200k-brackets-and-parens": lambda: "[(" * 100_000,
    "200k-link-openers": lambda: "](" * 100_000,
    "200k-angle-brackets": lambda: "<" * 200_000,
    "200k-backticks": lambda: "`" * 200_000,
    "3000-deep-nested-list": lambda: "".join("  " * depth + "- item\n" for depth in range(3_000)),
    "3000-deep-list-on-one-line": lambda: "- " * 3_000 + "x\n",
    "3000-deep-blockquote": lambda: ">" * 3_000 + " x\n",
    "50k-capitalised-words": lambda: "Acme " * 50_000,
    "link-then-1MB-of-spaces": lambda: "[a](" + " " * 1_000_000 + "x",
    "100k-email-like-runs": lambda: "a." * 100_000 + " [at] ",
    "100k-tabs-and-commas-in-a-heading": lambda: "# Acme" + ",\t" * 50_000 + "Ltd\n",
    "100k-links-in-one-paragraph": lambda: "[a](b) " * 100_000,
    "50k-line-front-matter": lambda: "---\n" + "a: b\n" * 50_000 + "---\nBy using the app you agree.\n",
    "3000-deep-flow-front-matter": lambda: "---\nx: " + "[" * 3_000 + "]" * 3_000 + "\n---\nText.\n",
    "5k-contact-sections": lambda: "# Privacy\n\n" + "## Contact us\n\nWrite to a@b.example.\n\n" * 5_000,
    "link-target-of-50k-dashed-words": lambda: "[policy](link" + "-a" * 50_000 + "!)\n",
}
RULES = list(Registry().rules.values())


@pytest.fixture(scope="module")
def lint_big(registry):
    from policylint.engine import Linter

    linter = Linter(registry=registry)
    config = Config()

    def run(text: str, path: str):
        result = linter.lint_source(Source(path, text), config)
        assert not result.errors, result.errors
        return result.findings

    return run


@pytest.mark.timeout(GUARD)
@pytest.mark.parametrize("suffix", [".md", ".txt"])
@pytest.mark.parametrize("name", list(INPUTS))
def test_adversarial_input_finishes(lint_big, name, suffix):
    findings = lint_big(INPUTS[name](), "privacy" + suffix)
    assert all(f.line >= 1 and f.column >= 1 for f in findings)


@pytest.mark.timeout(GUARD)
@pytest.mark.parametrize("suffix", [".md", ".txt"])
@pytest.mark.parametrize("rule", RULES, ids=lambda r: r.name)
def test_repeated_trigger_phrases_finish(lint_big, lint_set, rule, suffix):
    """All of a rule's bad examples, repeated: per-match work must not grow with the document.
    A set rule's example is several files: each file's text is repeated, and the set linted."""
    from policylint.kinds import SetKind
    from policylint.sets.examples import split_documents

    if issubclass(rule.kind_class, SetKind):
        files = split_documents(rule.examples["bad"][0])
        big = {path.rsplit(".", 1)[0] + suffix: "\n\n".join([text] * (REPEATS // 4)) for path, text in files}
        found = lint_set(big)
        assert suffix == ".txt" or any(f.rule == rule.name for f in found)  # plain text has no links
        return
    unit = "\n\n".join(rule.examples["bad"])
    findings = lint_big("\n\n".join([unit] * (REPEATS // len(rule.examples["bad"]))), "privacy" + suffix)
    assert any(f.rule == rule.name for f in findings) or rule.scope == "privacy-notice"


@pytest.mark.parametrize("pattern", [r"(a+)+", r"(a*)*b", r"(\w+\s?)+$", r"(?:x|y+)+", r"((ab)+)*", r"(?:,?\s*\w+)+"])
def test_nested_quantifiers_are_found(pattern):
    assert nested_quantifier(pattern)


@pytest.mark.parametrize("pattern", [r"a+b+", r"(?:\s+(?:hereby|also))*", r"(?:\([^()]*\)[^()]*)*", r"(?:\w+ ){0,12}", r"(ab)+"])
def test_safe_repeats_are_allowed(pattern):
    assert nested_quantifier(pattern) is None


@pytest.mark.parametrize("pattern, text", [
    (r"(a|a)*b", "a"), (r"(a|aa)*b", "aa"), (r"(?:we|we)+ agree", "we"), (r"(?:[a-z]|\w\w)+x", "aaa"),
    (r"(?:[a-z]+|\w+)*!", "a"), (r"(?:ab|a(?:b))+", "ab"), (r"((?:ab)+)*", "ab"), (r"(a|a){0,30}", "a"),
    (r"(?i:(?:a|A)b|ab)+", "aba"), (r"(?=(a|a)*b)c", "a"), (r"(?:\s|\t\t)+\.", "\t\t "), (r"(x?y?)*z", "yx"),
])
def test_repeats_that_match_one_text_two_ways_are_found(pattern, text):
    assert ambiguous_repeat(pattern) == text


@pytest.mark.parametrize("pattern", [
    r"(a|ab)*c", r"(?:a|b)+", r"(?i:a|A)*", r"(?:\w|\d)+x", r"(?:\s+(?:hereby|also))*", r"(?:\w+\W+){0,8}", r"(?:\S+\s+){0,10}",
    r"[\w.-]+@[\w-]+(?:\.[\w-]+)+", r"(?:\([^()]*\)[^()]*)*", r"(\.|[^.])*x", r"(?:agree|accept|acknowledge)+",
])
def test_repeats_that_read_text_one_way_are_allowed(pattern):
    assert ambiguous_repeat(pattern) is None


@pytest.mark.timeout(GUARD)
@pytest.mark.parametrize("pattern", [r"(a|a)*b", r"(?:[a-z]|\w\w)+ x", r"(?:\s| )+x"])
def test_config_pattern_with_overlapping_alternatives_is_refused(cli, tmp_path, pattern):
    """A config pattern that would run for minutes on one line of "a"s is an error naming the config line."""
    (tmp_path / ".git").mkdir()
    rule = next(r.name for r in RULES if "patterns" in r.kind_class.regex_params)
    (tmp_path / ".policylint.yaml").write_text(f"rules:\n  {rule}:\n    patterns: ['{pattern}']\n")
    (tmp_path / "privacy.md").write_text("# Privacy\n\n" + "a" * 40 + "\n")
    result = cli("privacy.md", cwd=tmp_path)
    assert result.returncode == 2 and not result.stdout
    assert len(result.stderr.splitlines()) == 1
    assert result.stderr.startswith(f"{tmp_path / '.policylint.yaml'}:3:5: regular expression in \"patterns\" can match")
    assert "more than one way inside a repeat" in result.stderr


def test_rule_file_with_nested_quantifier_is_refused(registry, tmp_path):
    from policylint.errors import PolicylintError
    from policylint.rules import load_rule_file

    text = (registry.rules["retention-vague"].text
            .replace("  vague:\n", '  vague:\n    - "(\\\\w+\\\\s?)+ necessary"\n', 1))
    path = tmp_path / "retention-vague.yaml"
    path.write_text(text, encoding="utf-8")
    with pytest.raises(PolicylintError, match="nested quantifier") as info:
        load_rule_file(str(path), registry.kinds)
    assert info.value.path == str(path) and info.value.line


def test_engine_patterns_have_no_nested_quantifier():
    """The regexes in policylint's own modules (parsers, kinds) pass the rule-file checks too."""
    import importlib
    import pkgutil
    import re

    import policylint
    import policylint.kinds

    checked = 0
    for package in (policylint, policylint.kinds):
        for info in pkgutil.iter_modules(package.__path__):
            if info.name == "__main__":
                continue
            module = importlib.import_module(f"{package.__name__}.{info.name}")
            for name, value in vars(module).items():
                for item in value if isinstance(value, list) else [value]:
                    if isinstance(item, re.Pattern):
                        assert nested_quantifier(item.pattern) is None, (module.__name__, name)
                        assert ambiguous_repeat(item.pattern) is None, (module.__name__, name)
                        checked += 1
    assert checked > 20


def test_shipped_rule_files_pass_the_checks_skipped_when_loading_them(registry):
    """Shipped rule files load without the alias/tag/depth pass and the pattern check, for speed;
    this test runs both on them, so a rule file that would fail them cannot ship."""
    from policylint.rules import check_regexes
    from policylint.yamlio import load_marked

    shipped = [rule for rule in registry.rules.values() if rule.plugin == "builtin"]
    assert len(shipped) >= 13
    for rule in shipped:
        load_marked(rule.text, rule.path, guard=True)
        for key in rule.kind_class.regex_params:
            if rule.params.get(key):
                check_regexes(key, rule.params[key], rule.path, (None, None))
