"""The command line as a user meets it: paths, formats, selection, exit codes, colour."""
from __future__ import annotations

import json
import shutil

from conftest import BAD, BAD_LINE, CLEAN, EXAMPLES


def test_version(cli):
    result = cli("--version")
    assert result.returncode == 0 and result.stdout.startswith("policylint ")


def test_finding_text_format_and_exit_1(cli, tmp_path):
    (tmp_path / "privacy.md").write_text(BAD)
    result = cli("privacy.md", cwd=tmp_path)
    assert result.returncode == 1
    assert result.stdout.splitlines()[0].startswith(f"privacy.md:{BAD_LINE}:1: POL201 consent-by-use ")
    assert "\033[" not in result.stdout


def test_json_format_fields(cli, tmp_path):
    (tmp_path / "privacy.md").write_text(BAD)
    data = json.loads(cli("--format", "json", "privacy.md", cwd=tmp_path).stdout)
    assert {"path", "line", "column", "end_line", "end_column", "rule", "code", "severity", "message"} <= set(data[0])
    assert data[0]["rule"] == "consent-by-use" and data[0]["line"] == BAD_LINE


def test_clean_policy_gives_exit_0_and_no_output(cli):
    result = cli(CLEAN)
    assert (result.returncode, result.stdout, result.stderr) == (0, "", "")


def test_folder_walk_skips_vendor_folders(cli, tmp_path):
    for folder in (".git", "node_modules", ".venv", "docs"):
        (tmp_path / folder).mkdir()
        (tmp_path / folder / "privacy.md").write_text(BAD)
    (tmp_path / ".venv" / "pyvenv.cfg").write_text("")
    (tmp_path / "docs" / "notes.rst").write_text(BAD)
    data = json.loads(cli("--format", "json", ".", cwd=tmp_path).stdout)
    assert {f["path"] for f in data} == {"./docs/privacy.md"}


def test_select_ignore_and_fail_on(cli, tmp_path):
    (tmp_path / "privacy.md").write_text(BAD)
    assert cli("--ignore", "consent-by-use", "privacy.md", cwd=tmp_path).returncode == 0
    assert cli("--select", "POL101", "privacy.md", cwd=tmp_path).returncode == 0
    assert cli("--fail-on", "none", "privacy.md", cwd=tmp_path).returncode == 0
    assert cli("--exit-zero", "privacy.md", cwd=tmp_path).returncode == 0
    result = cli("--select", "consent-by-usage", "privacy.md", cwd=tmp_path)
    assert result.returncode == 2 and 'did you mean "consent-by-use"' in result.stderr


def test_output_is_sorted_and_deterministic(cli, tmp_path):
    for name in ("b.txt", "a.txt"):
        shutil.copy(EXAMPLES / "000_72b3db041dfbfc06.txt", tmp_path / name)
    first = cli("--format", "json", ".", cwd=tmp_path).stdout
    assert first == cli("--format", "json", ".", cwd=tmp_path).stdout
    keys = [(f["path"], f["line"], f["column"], f["code"]) for f in json.loads(first)]
    assert keys == sorted(keys)


def test_missing_path_is_one_line_error(cli, tmp_path):
    result = cli("nope.md", cwd=tmp_path)
    assert result.returncode == 2
    assert result.stderr.strip() == "nope.md: no such file or directory"


def test_colour_never_with_no_color(cli, tmp_path):
    (tmp_path / "privacy.md").write_text(BAD)
    result = cli("privacy.md", cwd=tmp_path, env={"NO_COLOR": "1"})
    assert "\033[" not in result.stdout


def test_list_rules_and_explain(cli):
    listing = cli("--list-rules").stdout
    assert "POL201" in listing and "consent-by-use" in listing
    assert "GDPR" in cli("--explain", "POL201").stdout


def test_examples_are_linted(cli):
    result = cli("--format", "json", EXAMPLES)
    rules = {f["rule"] for f in json.loads(result.stdout)}
    assert {"consent-by-use", "controller-unnamed", "contact-email-missing", "entity-name-inconsistent"} <= rules
