"""A broken config is one line `file:line:col: message` (with a did-you-mean), exit 2.

YAML is loaded safely: tags that would build objects are refused before
anything is constructed, and an alias bomb is refused, not expanded.
"""
from __future__ import annotations

import time

import pytest

DOC = "# Acme Privacy Policy\n\nBy using the site you agree to this policy.\n"


def run_with_config(cli, tmp_path, text: str, name: str = ".policylint.yaml"):
    (tmp_path / ".git").mkdir(exist_ok=True)
    (tmp_path / name).write_text(text, encoding="utf-8")
    (tmp_path / "privacy.md").write_text(DOC)
    return cli("privacy.md", cwd=tmp_path)


@pytest.mark.parametrize("text,where,message", [
    ("rules:\n  consent-by-use: {severity: error\n", "3:1", "invalid YAML: expected ',' or '}', but got '<stream end>'"),
    ("rules:\n\tconsent-by-use: off\n", "2:1", "invalid YAML: found character '\\t' that cannot start any token"),
    ("fail_on: error\n", "1:1", 'unknown key "fail_on" (did you mean "fail-on"?)'),
    ("rules:\n  consent-by-usage: off\n", "2:3", 'unknown rule "consent-by-usage" (did you mean "consent-by-use"?)'),
    ("rules:\n  consent-by-use: eror\n", "2:19", 'severity must be off, info, warning, error, not "eror" (did you mean "error"?)'),
    ("rules:\n  consent-by-use:\n    severity: loud\n", "3:5", 'severity must be off, info, warning, error, not "loud"'),
    ("rules:\n  consent-by-use:\n    frame: []\n", "2:3", 'unknown parameter "frame" for this rule (did you mean "frames"?)'),
    ("exclude:\n  - '*.txt'\n  - 'docs/[abc.md'\n", "3:5", 'bad glob "docs/[abc.md": unclosed "[" in glob "docs/[abc.md"'),
    ("include: ['[z-a].md']\n", "1:11", 'bad glob "[z-a].md": bad character range z-a'),
    ("fail-on: warn\n", "1:1", 'fail-on must be one of info, warning, error, none (did you mean "warning"?)'),
    ("rules:\n  retention-vague:\n    vague: ['(a+)+ necessary']\n", "2:3",
     "regular expression in \"vague\" has a nested quantifier (a group repeated with \"+\" that holds only "
     "repeats, like (a+)+): it can take exponential time; '(a+)+ necessary'"),
])
def test_config_error_is_one_located_line(cli, tmp_path, text, where, message):
    result = run_with_config(cli, tmp_path, text)
    assert result.returncode == 2 and "Traceback" not in result.stderr
    assert result.stderr.splitlines() == [f"{tmp_path / '.policylint.yaml'}:{where}: {message}"]


def test_python_object_tags_are_refused_before_construction(cli, tmp_path):
    marker = tmp_path / "pwned"
    for tag in ("!!python/object/apply:os.system", "!!python/object/new:os.system", "!!python/name:os.system"):
        text = f'rules: {tag} ["touch {marker}"]\n'
        result = run_with_config(cli, tmp_path, text)
        assert result.returncode == 2
        assert result.stderr.splitlines() == [
            f'{tmp_path / ".policylint.yaml"}:1:8: YAML tag "{tag}" is not allowed here (only plain data)']
    assert not marker.exists()


def test_alias_bomb_is_refused_quickly(cli, tmp_path):
    lines = ['a: &a ["lol","lol","lol","lol","lol","lol","lol","lol","lol"]']
    for prev, name in zip("abcdefgh", "bcdefghi"):
        lines.append(f"{name}: &{name} [" + ",".join([f"*{prev}"] * 9) + "]")
    started = time.monotonic()
    result = run_with_config(cli, tmp_path, "\n".join(lines) + "\n")
    assert time.monotonic() - started < 30  # expanded, it would be 9**9 strings
    assert result.stderr.splitlines() == [f"{tmp_path / '.policylint.yaml'}:2:8: YAML aliases are not allowed here"]


def test_deeply_nested_config_is_refused(cli, tmp_path):
    result = run_with_config(cli, tmp_path, "rules:\n  x: " + "[" * 5000 + "]" * 5000 + "\n")
    assert result.stderr.splitlines() == [f"{tmp_path / '.policylint.yaml'}:2:54: YAML nested deeper than 50 levels"]


def test_config_that_is_not_utf8(cli, tmp_path):
    (tmp_path / ".policylint.yaml").write_bytes(b"rules:\n  consent-by-use: \xff\n")
    (tmp_path / "privacy.md").write_text(DOC)
    (tmp_path / ".git").mkdir(exist_ok=True)
    result = cli("privacy.md", cwd=tmp_path)
    assert result.returncode == 2
    assert result.stderr.splitlines() == [f"{tmp_path / '.policylint.yaml'}: config file is not valid UTF-8 (byte 26)"]


def test_front_matter_tags_are_ignored_not_built(lint, tmp_path):
    marker = tmp_path / "pwned"
    text = f'---\ntitle: !!python/object/apply:os.system ["touch {marker}"]\n---\n\nWe keep data.\n'
    lint(text, path="notes.md")
    assert not marker.exists()
