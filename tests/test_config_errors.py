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
    ("rules:\n  consent-by-use:\n    frame: []\n", "3:5", 'unknown parameter "frame" for this rule (did you mean "frames"?)'),
    ("rules:\n  entity-name-inconsistent:\n    entity: 5\n", "3:5", '"entity" must be a string, not 5'),
    ("rules:\n  retention-vague:\n    keeping_window: 'x'\n", "3:5", '"keeping_window" must be a whole number, not "x"'),
    ("rules:\n  retention-vague:\n    keeping_window: true\n", "3:5", '"keeping_window" must be a whole number, not true'),
    ("rules:\n  children-age-ambiguous:\n    min_age: x\n", "3:5", '"min_age" must be a whole number, not "x"'),
    ("rules:\n  retention-vague:\n    vague: 5\n", "3:5", '"vague" must be a list of strings, not 5'),
    ("rules:\n  retention-vague:\n    vague: as long as necessary\n", "3:5",
     '"vague" must be a list of strings, not "as long as necessary"'),
    ("rules:\n  retention-vague:\n    vague: [a, [b]]\n", "3:5", '"vague" must be a list of strings, not ["a", ["b"]]'),
    ("rules:\n  disclosure-missing:\n    profiles: [gdpr]\n", "3:5", '"profiles" must be a mapping, not ["gdpr"]'),
    ("rules:\n  disclosure-missing:\n    severity: info\n    profile: xyz\n", "4:5",
     'unknown profile "xyz": choose one of ccpa, gdpr, none'),
    ("rules:\n  disclosure-missing:\n    profile: gpdr\n", "3:5",
     'unknown profile "gpdr": choose one of ccpa, gdpr, none (did you mean "gdpr"?)'),
    ("exclude:\n  - '*.txt'\n  - 'docs/[abc.md'\n", "3:5", 'bad glob "docs/[abc.md": unclosed "[" in glob "docs/[abc.md"'),
    ("include: ['[z-a].md']\n", "1:11", 'bad glob "[z-a].md": bad character range z-a'),
    ("fail-on: warn\n", "1:1", 'fail-on must be one of info, warning, error, none (did you mean "warning"?)'),
    ("rules:\n  retention-vague:\n    vague: ['(a+)+ necessary']\n", "3:5",
     "regular expression in \"vague\" has a nested quantifier (a group repeated with \"+\" that holds only "
     "repeats, like (a+)+): it can take exponential time; '(a+)+ necessary'"),
])
def test_config_error_is_one_located_line(cli, tmp_path, text, where, message):
    result = run_with_config(cli, tmp_path, text)
    assert result.returncode == 2 and "Traceback" not in result.stderr
    assert result.stderr.splitlines() == [f"{tmp_path / '.policylint.yaml'}:{where}: {message}"]


def test_parameter_type_in_toml_config(cli, tmp_path):
    result = run_with_config(cli, tmp_path, '[tool.policylint.rules.retention-vague]\nkeeping_window = "x"\n',
                             "pyproject.toml")
    assert result.returncode == 2
    assert result.stderr.splitlines() == [
        f'{tmp_path / "pyproject.toml"}:2:1: "keeping_window" must be a whole number, not "x"']


@pytest.mark.timeout(60)
@pytest.mark.parametrize("text,where,message", [
    ("tool = 3\n", "1:1", '"tool" must be a table, not 3'),
    ('tool = "x"\n', "1:1", '"tool" must be a table, not "x"'),
    ("[tool]\npolicylint = 3\n", "2:1", '"tool.policylint" must be a table, not 3'),
    ("tool.policylint = [1]\n", "1:6", '"tool.policylint" must be a table, not [1]'),
    ("[tool.policylint]\nexclude = " + "[" * 2000 + "]" * 2000 + "\n", "2:61", "TOML nested deeper than 50 levels"),
    ("[tool.policylint]\nrules = " + "{a = " * 2000 + "1" + "}" * 2000 + "\n", "2:259",
     "TOML nested deeper than 50 levels"),
])
def test_toml_config_errors(cli, tmp_path, text, where, message):
    """Only --config names a TOML file without a [tool.policylint] table."""
    (tmp_path / "policylint.toml").write_text(text, encoding="utf-8")
    (tmp_path / "privacy.md").write_text(DOC)
    result = cli("--config", "policylint.toml", "privacy.md", cwd=tmp_path)
    assert result.returncode == 2 and "internal error" not in result.stderr, result.stderr
    assert result.stderr.splitlines() == [f"policylint.toml:{where}: {message}"]


def test_brackets_in_toml_strings_and_comments_are_not_nesting(cli, tmp_path):
    deep = "[{" * 60
    (tmp_path / "policylint.toml").write_text(
        f'[tool.policylint]\n# {deep}\nentity = "{deep}"\n"fail-on" = \'{deep}\'\nlang = """\n{deep}\n"""\n')
    (tmp_path / "privacy.md").write_text(DOC)
    result = cli("--config", "policylint.toml", "privacy.md", cwd=tmp_path)
    assert result.stderr.startswith("policylint.toml:4:2: fail-on must be one of"), result.stderr


def test_every_parameter_of_every_kind_is_type_checked(registry):
    """The types come from the kinds' declared defaults: a value of another type is refused."""
    from policylint.errors import PolicylintError
    from policylint.rules import check_params

    for name, kind in registry.kinds.items():
        for param, default in kind.params.items():
            wrong = [] if isinstance(default, dict) else {"not": "this"}
            with pytest.raises(PolicylintError, match=f'"{param}" must be'):
                check_params({param: wrong}, kind, "config.yaml")


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
