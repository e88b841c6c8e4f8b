"""A broken rule file is one line naming the file (and line), exit 2: never an internal error."""
from __future__ import annotations

import pytest

RULE = """code: XYZ001
name: my-rule
severity: warning
summary: A word nobody should use.
rationale: House style.
kind: phrase
languages: [en]
params:
  patterns: ["forbidden"]
  message: "forbidden word"
examples:
  bad: ["a forbidden word"]
  good: ["a fine word"]
"""


def run_with_pack(cli, tmp_path, files: dict):
    (tmp_path / ".git").mkdir(exist_ok=True)
    (tmp_path / "pack").mkdir(exist_ok=True)
    for name, content in files.items():
        target = tmp_path / "pack" / name
        if content is None:
            target.mkdir()
        elif isinstance(content, bytes):
            target.write_bytes(content)
        else:
            target.write_text(content, encoding="utf-8")
    (tmp_path / ".policylint.yaml").write_text("rule-packs: [pack]\n")
    (tmp_path / "privacy.md").write_text("We think that this is a forbidden word for you.\n")
    return cli("privacy.md", cwd=tmp_path)  # (--select does not see config rule packs yet)


def test_a_good_rule_file_runs(cli, tmp_path):
    result = run_with_pack(cli, tmp_path, {"my-rule.yaml": RULE})
    assert result.returncode == 1 and "XYZ001 my-rule forbidden word" in result.stdout, result.stderr


@pytest.mark.parametrize("old,new,where,message", [
    ("kind: phrase", "kind: [a]", "6:1", '"kind" must be a non-empty string'),
    ("code: XYZ001", "code: [1]", "1:1", '"code" must be a non-empty string'),
    ("name: my-rule", "name: {a: b}", "2:1", '"name" must be a non-empty string'),
    ("summary: A word nobody should use.", "summary: 5", "4:1", '"summary" must be a non-empty string'),
    ("severity: warning", "severity: [warning]", "3:1", '"severity" must be a non-empty string'),
    ("name: my-rule", "name: my rule", "2:1",
     '"name" must be one word (letters, digits, "-", "_", "."): it is used in suppressions and --select'),
    ("languages: [en]", "languages: 5", "7:1", '"languages" must be a list of language codes'),
    ("languages: [en]", "languages: [english]", "7:1",
     '"languages": unknown language "english": use an ISO 639-1 code such as en or pt-BR (did you mean "en"?)'),
    ("languages: [en]", "languages: {en: 1}", "7:1", '"languages" must be a list of language codes'),
    ("languages: [en]", "languages: [en]\nfixable: sometimes", "8:1", '"fixable" must be true or false'),
    ('  bad: ["a forbidden word"]', "  bad: 5", "11:1", "examples need non-empty 'bad' and 'good' lists of strings"),
    ('  good: ["a fine word"]', "  good: [[1]]", "11:1", "examples need non-empty 'bad' and 'good' lists of strings"),
    ('  patterns: ["forbidden"]', "  patterns: forbidden", "9:3",
     '"patterns" must be a list of strings, not "forbidden"'),
    ('  message: "forbidden word"', "  message: 5", "10:3", '"message" must be a string, not 5'),
    ('  message: "forbidden word"', "  message: x\n  case_sensitive: 'no'", "11:3",
     '"case_sensitive" must be true or false, not "no"'),
    ('examples:\n  bad: ["a forbidden word"]\n  good: ["a fine word"]\n', "examples: 5\n", "11:1",
     "examples need non-empty 'bad' and 'good' lists of strings"),
])
def test_wrong_types_are_one_located_line(cli, tmp_path, old, new, where, message):
    assert old in RULE
    result = run_with_pack(cli, tmp_path, {"my-rule.yaml": RULE.replace(old, new, 1)})
    assert result.returncode == 2 and "internal error" not in result.stderr, result.stderr
    assert result.stderr.splitlines() == [f"{tmp_path / 'pack' / 'my-rule.yaml'}:{where}: {message}"]


def test_a_language_given_as_one_string(cli, tmp_path):
    result = run_with_pack(cli, tmp_path, {"my-rule.yaml": RULE.replace("languages: [en]", "languages: en")})
    assert result.returncode == 1 and "XYZ001" in result.stdout, result.stderr


def test_rule_file_that_is_not_utf8(cli, tmp_path):
    result = run_with_pack(cli, tmp_path, {"my-rule.yaml": RULE.replace("A word", "A w\xf6rd").encode("latin-1")})
    assert result.returncode == 2
    assert result.stderr.splitlines() == [f"{tmp_path / 'pack' / 'my-rule.yaml'}: rule file is not valid UTF-8 (byte 58)"]


def test_folder_named_like_a_rule_file(cli, tmp_path):
    result = run_with_pack(cli, tmp_path, {"my-rule.yaml": RULE, "x.yaml": None})
    assert result.returncode == 2
    assert result.stderr.splitlines() == [f"{tmp_path / 'pack' / 'x.yaml'}: is a folder, not a rule file"]
