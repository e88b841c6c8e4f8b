"""Third-party plugins, discovered through a real entry point (a dist-info on PYTHONPATH, as pip
leaves it): one adds its own kind and rule; broken ones become internal errors naming plugin and
rule, the other rules' findings are still printed, and the exit code is 2."""
from __future__ import annotations

import json
import textwrap

import pytest

from conftest import write_plugin

DOC = "# Acme Privacy Policy\n\nBy using the app you agree to this policy.\n\nWE ARE NOT LIABLE FOR ANYTHING AT ALL.\n"

SHOUTING_PLUGIN = '''
"""A third-party plugin: the all-caps kind and the no-shouting rule."""
import re
from pathlib import Path

from policylint.findings import Hit
from policylint.hookspecs import hookimpl
from policylint.kinds import Kind


class AllCaps(Kind):
    params = {"min_words": 4}

    def check(self, doc):
        words = self.options["min_words"]
        pattern = re.compile(r"\\b[A-Z]{2,}(?:\\s+[A-Z]{2,}){%d,}\\b" % (words - 1))
        for block in doc.blocks:
            for m in pattern.finditer(doc.text, block.start, block.end):
                yield Hit(m.start(), m.end(), "this sentence shouts: write it in sentence case")


@hookimpl
def policylint_rule_kinds():
    return {"all-caps": AllCaps}


@hookimpl
def policylint_rule_packs():
    return [str(Path(__file__).resolve().parent / "acme_shouting_rules")]
'''

SHOUTING_RULE = textwrap.dedent("""\
    code: ACME001
    name: no-shouting
    severity: warning
    summary: A sentence is written in capitals.
    rationale: GDPR Art. 12(1) asks for clear and plain language; capitals are hard to read.
    kind: all-caps
    params:
      min_words: 4
    examples:
      bad: ["WE ARE NOT LIABLE FOR ANYTHING."]
      good: ["We are not liable for anything the law lets us exclude."]
    """)


def install(tmp_path, name, source, files=None):
    return {"PYTHONPATH": str(write_plugin(tmp_path / "site", name, source, files))}



def reports_only(result, error: str, finding: str = "privacy.md:3:1") -> None:
    """Exit 2, exactly one error line (said once however many files), and the built-in rules still ran."""
    assert result.returncode == 2 and "Traceback" not in result.stderr
    assert result.stderr.splitlines() == [error]
    assert f"{finding}: POL201 consent-by-use" in result.stdout

def test_third_party_kind_and_rule_through_an_entry_point(cli, tmp_path):
    env = install(tmp_path, "acme_shouting", SHOUTING_PLUGIN,
                  {"acme_shouting_rules/no-shouting.yaml": SHOUTING_RULE})
    (tmp_path / "privacy.md").write_text(DOC)
    result = cli("--format", "json", "privacy.md", cwd=tmp_path, env=env)
    assert result.returncode == 1, result.stderr
    found = {(f["code"], f["rule"], f["line"], f["column"]) for f in json.loads(result.stdout)}
    assert ("ACME001", "no-shouting", 5, 1) in found
    assert ("POL201", "consent-by-use", 3, 1) in found  # the built-in rules still run
    assert "ACME001  no-shouting" in cli("--list-rules", cwd=tmp_path, env=env).stdout
    assert "all-caps" in cli("--explain", "ACME001", cwd=tmp_path, env=env).stdout
    # and without the plugin on the path, the rule does not exist
    assert "ACME001" not in cli("--list-rules", cwd=tmp_path).stdout


def test_plugin_that_fails_to_import(cli, tmp_path):
    env = install(tmp_path, "broken_import", "import no_such_module_for_policylint\n")
    (tmp_path / "privacy.md").write_text(DOC)
    result = cli("privacy.md", cwd=tmp_path, env=env)
    reports_only(result, 'internal error: plugin "broken_import" (broken_import) failed to load: '
        "ModuleNotFoundError(\"No module named 'no_such_module_for_policylint'\")")


RAISING_PLUGIN = SHOUTING_PLUGIN.replace(
    '        words = self.options["min_words"]\n',
    '        raise RuntimeError("kaboom in check")\n')


def test_rule_kind_that_raises(cli, tmp_path):
    env = install(tmp_path, "acme_raising", RAISING_PLUGIN, {"acme_shouting_rules/no-shouting.yaml": SHOUTING_RULE})
    (tmp_path / "privacy.md").write_text(DOC)
    result = cli("privacy.md", cwd=tmp_path, env=env)
    reports_only(result, "privacy.md: internal error: rule \"no-shouting\" (plugin \"acme_raising\") raised RuntimeError('kaboom in check')")


def test_rule_kind_that_cannot_start(cli, tmp_path):
    source = SHOUTING_PLUGIN.replace(
        '    params = {"min_words": 4}\n',
        '    params = {"min_words": 4}\n\n    def __init__(self, params):\n        raise ValueError("bad setup")\n')
    env = install(tmp_path, "acme_unstartable", source, {"acme_shouting_rules/no-shouting.yaml": SHOUTING_RULE})
    (tmp_path / "privacy.md").write_text(DOC)
    (tmp_path / "terms.md").write_text(DOC)
    result = cli("privacy.md", "terms.md", cwd=tmp_path, env=env)
    reports_only(result, "internal error: rule \"no-shouting\" (plugin \"acme_unstartable\") failed to start: ValueError('bad setup')", finding="terms.md:3:1")


def test_plugin_hook_that_raises(cli, tmp_path):
    source = SHOUTING_PLUGIN.replace(
        '    return [str(Path(__file__).resolve().parent / "acme_shouting_rules")]',
        '    raise OSError("pack folder vanished")')
    env = install(tmp_path, "acme_nopack", source)
    (tmp_path / "privacy.md").write_text(DOC)
    result = cli("privacy.md", cwd=tmp_path, env=env)
    reports_only(result, "internal error: plugin \"acme_nopack\" failed in policylint_rule_packs: OSError('pack folder vanished')")


def test_plugin_named_in_config_that_is_not_installed_is_a_config_error(cli, tmp_path):
    (tmp_path / ".git").mkdir()
    (tmp_path / ".policylint.yaml").write_text("rules: {}\nplugins:\n  - no_such_policylint_plugin\n")
    (tmp_path / "privacy.md").write_text(DOC)
    result = cli("privacy.md", cwd=tmp_path)
    assert (result.returncode, result.stdout) == (2, "")
    assert result.stderr.endswith(".policylint.yaml:3:5: plugin module \"no_such_policylint_plugin\" is not installed "
                                  "(no module named \"no_such_policylint_plugin\")\n")


def test_plugin_named_in_config_that_fails_to_import(cli, tmp_path):
    (tmp_path / ".git").mkdir()
    (tmp_path / "broken_policylint_plugin.py").write_text("raise ImportError('half installed')\n")
    (tmp_path / ".policylint.yaml").write_text("plugins: [broken_policylint_plugin]\n")
    (tmp_path / "privacy.md").write_text(DOC)
    result = cli("privacy.md", cwd=tmp_path, env={"PYTHONPATH": str(tmp_path)})
    reports_only(result, 'internal error: plugin "broken_policylint_plugin" (broken_policylint_plugin) failed to load: '
        "ImportError('half installed')")


def test_rule_pack_in_config_that_does_not_exist_is_a_config_error(cli, tmp_path):
    (tmp_path / ".git").mkdir()
    (tmp_path / ".policylint.yaml").write_text("rule-packs: [rules, missing-pack]\n")
    (tmp_path / "rules").mkdir()
    (tmp_path / "privacy.md").write_text(DOC)
    result = cli("privacy.md", cwd=tmp_path)
    assert (result.returncode, result.stdout) == (2, "")
    assert result.stderr.endswith('.policylint.yaml:1:21: rule pack "missing-pack" does not exist\n')
    assert result.stderr.count("\n") == 1


def test_rules_of_a_config_rule_pack_are_known_to_select_ignore_explain_and_list(cli, tmp_path):
    (tmp_path / ".git").mkdir()
    (tmp_path / ".policylint.yaml").write_text("rule-packs: [pack]\n")
    (tmp_path / "pack").mkdir()
    (tmp_path / "pack" / "no-shouting.yaml").write_text(SHOUTING_RULE.replace("kind: all-caps", "kind: phrase").replace(
        "  min_words: 4\n", "  patterns: [\"\\\\b[A-Z]{2,}(?: [A-Z]{2,}){3}\\\\b\"]\n  case_sensitive: true\n"))
    (tmp_path / "privacy.md").write_text(DOC)
    selected = cli("--select", "no-shouting", "--format", "json", "privacy.md", cwd=tmp_path)
    assert selected.stderr == "" and {f["rule"] for f in json.loads(selected.stdout)} == {"no-shouting"}
    by_prefix = cli("--select", "ACME", "--format", "json", "privacy.md", cwd=tmp_path)
    assert {f["rule"] for f in json.loads(by_prefix.stdout)} == {"no-shouting"}
    ignored = cli("--ignore", "ACME001", "--format", "json", "privacy.md", cwd=tmp_path)
    assert ignored.stderr == "" and "no-shouting" not in {f["rule"] for f in json.loads(ignored.stdout)}
    assert cli("--explain", "no-shouting", cwd=tmp_path).stdout.startswith("ACME001 no-shouting")
    assert "ACME001  no-shouting" in cli("--list-rules", cwd=tmp_path).stdout
    unknown = cli("--select", "no-shoutin", "privacy.md", cwd=tmp_path)
    assert unknown.returncode == 2 and 'did you mean "no-shouting"?' in unknown.stderr


FAR_PLUGIN = SHOUTING_PLUGIN.replace(
    '        words = self.options["min_words"]\n',
    '        yield Hit(len(doc.text) - 2, len(doc.text) + 40, "past the end")\n        return\n')


def test_rule_hit_outside_the_document_is_the_rules_error(cli, tmp_path):
    env = install(tmp_path, "acme_far", FAR_PLUGIN, {"acme_shouting_rules/no-shouting.yaml": SHOUTING_RULE})
    (tmp_path / "privacy.md").write_text(DOC)
    result = cli("privacy.md", cwd=tmp_path, env=env)
    end = len(DOC)
    reports_only(result, f'privacy.md: internal error: rule "no-shouting" (plugin "acme_far") gave the offsets '
                         f"{end - 2}..{end + 40}, outside the document (0..{end})")


GROWING_PLUGIN = SHOUTING_PLUGIN.replace(
    '        words = self.options["min_words"]\n',
    '        yield Hit(0, 0, "one more", "\\x00")\n        return\n').replace(
    '    params = {"min_words": 4}\n', '    params = {"min_words": 4}\n    fixable = True\n')


def test_rule_fix_that_never_settles_is_the_rules_error_and_nothing_is_written(cli, tmp_path):
    env = install(tmp_path, "acme_growing", GROWING_PLUGIN, {"acme_shouting_rules/no-shouting.yaml": SHOUTING_RULE})
    (tmp_path / "privacy.md").write_text(DOC)
    result = cli("--fix", "privacy.md", cwd=tmp_path, env=env)
    reports_only(result, 'privacy.md: internal error: the fix of rule "no-shouting" (plugin "acme_growing") '
                         "still changes the text after 10 rounds; not fixed")
    assert (tmp_path / "privacy.md").read_text() == DOC


@pytest.mark.timeout(120)
@pytest.mark.parametrize("hit,problem", [
    ('Hit(m.start(), m.end(), 5)', "gave a message that is not a string: 5"),
    ('Hit(m.start(), m.end(), b"shouting")', "gave a message that is not a string: b'shouting'"),
    ('Hit(float(m.start()), m.end(), "shouts")', "gave the offsets 5.0..42: whole numbers are needed"),
    ('Hit(m.start(), str(m.end()), "shouts")', "gave the offsets 5..'42': whole numbers are needed"),
    ('Hit(True, m.end(), "shouts")', "gave the offsets True..42: whole numbers are needed"),
    ('Hit(m.start(), m.end(), "shouts", 5)', "gave a replacement that is not a string: 5"),
    ('"shouting"', "gave 'shouting', not a Hit"),
    ('(m.start(),)', "gave (5,), not a Hit"),
])
def test_plugin_hits_of_the_wrong_types_are_that_plugins_error(cli, tmp_path, hit, problem):
    """Checked where they enter, so no reporter is handed a number for a message."""
    source = SHOUTING_PLUGIN.replace(
        'yield Hit(m.start(), m.end(), "this sentence shouts: write it in sentence case")', f"yield {hit}")
    assert source != SHOUTING_PLUGIN
    env = install(tmp_path, "acme_badhits", source, {"acme_shouting_rules/no-shouting.yaml": SHOUTING_RULE})
    (tmp_path / "privacy.md").write_text("# P\n\nWE ARE NOT LIABLE FOR ANYTHING AT ALL.\n\n" + DOC.split("\n\n", 1)[1])
    # every reporter once (a number for a message crashed them); the text report for the rest
    for fmt in ("text", "json", "sarif", "html", "github") if problem.endswith(": 5") else ("text",):
        result = cli("--format", fmt, "privacy.md", cwd=tmp_path, env=env)
        assert result.returncode == 2 and "Traceback" not in result.stderr
        assert result.stderr.splitlines() == [
            f'privacy.md: internal error: rule "no-shouting" (plugin "acme_badhits") {problem}'], fmt
        assert "POL201" in result.stdout  # the other rules still run


def test_plugin_that_calls_sys_exit_on_import(cli, tmp_path):
    env = install(tmp_path, "acme_exits", "import sys\nsys.exit()\n")
    (tmp_path / "privacy.md").write_text(DOC)
    result = cli("privacy.md", cwd=tmp_path, env=env)
    reports_only(result, 'internal error: plugin "acme_exits" (acme_exits) failed to load: it called sys.exit(None)')


ARGV_PLUGIN = '''
import argparse
import sys

parser = argparse.ArgumentParser()
parser.add_argument("--verbose", action="store_true")
{extra}
OPTIONS = parser.parse_args()
print("acme loaded", sys.argv)
'''


def test_plugin_that_parses_the_command_line_on_import_sees_none(cli, tmp_path):
    """It must not read policylint's options (and print a usage), nor print into the report."""
    env = install(tmp_path, "acme_argv", ARGV_PLUGIN.format(extra=""))
    (tmp_path / "privacy.md").write_text(DOC)
    result = cli("--format", "json", "--no-cache", "privacy.md", cwd=tmp_path, env=env)
    assert result.returncode == 1 and result.stderr == ""
    assert "POL201" in {f["code"] for f in json.loads(result.stdout)}


def test_plugin_whose_command_line_parser_exits_is_one_error_line(cli, tmp_path):
    env = install(tmp_path, "acme_needs_args", ARGV_PLUGIN.format(extra='parser.add_argument("target")'))
    (tmp_path / "privacy.md").write_text(DOC)
    result = cli("privacy.md", cwd=tmp_path, env=env)
    reports_only(result, 'internal error: plugin "acme_needs_args" (acme_needs_args) failed to load: it called '
                 "sys.exit(2) after printing 'acme_needs_args: error: the following arguments are required: target'")


def test_plugin_hook_that_calls_sys_exit(cli, tmp_path):
    source = SHOUTING_PLUGIN.replace(
        '    return [str(Path(__file__).resolve().parent / "acme_shouting_rules")]',
        '    raise SystemExit("no rules today")')
    env = install(tmp_path, "acme_exit_hook", source)
    (tmp_path / "privacy.md").write_text(DOC)
    result = cli("privacy.md", cwd=tmp_path, env=env)
    reports_only(result, 'internal error: plugin "acme_exit_hook" failed in policylint_rule_packs: '
                 "it called sys.exit('no rules today')")


def test_output_a_plugin_sets_up_while_imported_still_works_afterwards(tmp_path, monkeypatch, capsys):
    """A logging handler made on import holds the stream it saw: it writes through afterwards."""
    from policylint.plugins import isolated

    def load():
        import logging

        handler = logging.StreamHandler()  # the current sys.stderr
        print("banner")
        return handler

    handler = isolated(load, "acme_logs")
    handler.stream.write("later\n")
    assert capsys.readouterr() == ("", "later\n")
