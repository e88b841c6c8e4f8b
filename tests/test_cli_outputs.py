"""Command-line outputs: stdin, --statistics, --list-rules, --explain, --output."""
from __future__ import annotations

import json
import os

import pytest

from conftest import ROOT

BAD = "# Acme Privacy Policy\n\nAcme Ltd (\"we\") runs this site. Write to privacy@acme.example. Last updated 3 March 2024. We use your e-mail to send receipts (purpose); legal basis: contract. Recipients: our processor. We keep data for six years. You have the right to access your data and to lodge a complaint with a supervisory authority. We do not transfer data outside the EEA.\n\nBy using the site you agree to this policy.\n"


def test_stdin_uses_the_stdin_filename(cli, tmp_path):
    result = cli("-", "--stdin-filename", "docs/privacy.md", stdin=BAD, cwd=tmp_path)
    assert result.returncode == 1
    assert result.stdout.startswith("docs/privacy.md:5:1: POL201 consent-by-use ")


def test_stdin_filename_picks_markdown_or_text_and_config(cli, tmp_path):
    (tmp_path / "docs").mkdir()
    (tmp_path / "docs" / ".policylint.yaml").write_text("rules:\n  consent-by-use: off\n")
    assert cli("-", "--stdin-filename", "docs/privacy.md", stdin=BAD, cwd=tmp_path).returncode == 0
    sarif = json.loads(cli("-", "--stdin-filename", "x/privacy.md", "--format", "sarif", stdin=BAD, cwd=tmp_path).stdout)
    uri = sarif["runs"][0]["results"][0]["locations"][0]["physicalLocation"]["artifactLocation"]["uri"]
    assert uri == "x/privacy.md"


def test_stdin_filename_alone_reads_stdin(cli, tmp_path):
    (tmp_path / "other.md").write_text("By using the site you agree to this policy.\n")
    result = cli("--stdin-filename", "docs/privacy.md", stdin=BAD, cwd=tmp_path)
    assert result.returncode == 1
    assert result.stdout.startswith("docs/privacy.md:5:1: POL201 consent-by-use ")
    assert "other.md" not in result.stdout  # the working folder is not linted


def test_stdin_filename_with_paths_but_no_dash_is_refused(cli, tmp_path):
    (tmp_path / "other.md").write_text("Hello.\n")
    result = cli("other.md", "--stdin-filename", "docs/privacy.md", stdin=BAD, cwd=tmp_path)
    assert result.returncode == 2
    assert result.stdout == ""
    assert result.stderr.count("\n") == 1 and "--stdin-filename" in result.stderr


def test_statistics_text_and_json(cli):
    text = cli("--statistics", "examples/policies", cwd=ROOT)
    data = json.loads(cli("--format", "json", "examples/policies", cwd=ROOT).stdout)
    lines = text.stdout.splitlines()
    assert text.returncode == 1
    assert lines[-1] == f"{len(data)} findings in total."
    counts = {line.split()[1]: int(line.split()[0]) for line in lines[:-1]}
    assert counts == {code: sum(f["code"] == code for f in data) for code in {f["code"] for f in data}}
    assert [int(line.split()[0]) for line in lines[:-1]] == sorted(counts.values(), reverse=True)
    stats = json.loads(cli("--statistics", "--format", "json", "examples/policies", cwd=ROOT).stdout)
    assert {s["code"]: s["count"] for s in stats} == counts
    bad = cli("--statistics", "--format", "sarif", "examples/policies", cwd=ROOT)
    assert bad.returncode == 2 and bad.stderr.strip() == "policylint: --statistics prints text or json, not sarif"


def test_list_rules_text_and_json(cli, registry):
    text = cli("--list-rules").stdout.splitlines()
    data = json.loads(cli("--list-rules", "--format", "json").stdout)
    assert [r["code"] for r in data] == sorted(r["code"] for r in data)
    assert {r.code for r in registry.rules.values()} | {"POL001"} == {r["code"] for r in data}
    assert len(text) == len(data)
    assert any(line.startswith("POL104") and " fix " in line for line in text)
    assert {"code", "name", "severity", "summary", "fixable"} <= set(data[0])


def test_explain_shows_rationale_examples_and_params(cli, registry):
    out = cli("--explain", "entity-name-inconsistent").stdout
    rule = registry.resolve("entity-name-inconsistent")
    assert out.startswith("POL104 entity-name-inconsistent\n")
    assert "Why" in out and "GDPR Art. 13(1)(a)" in out
    assert "Flagged" in out and "Not flagged" in out and rule.examples["good"][1][:30] in out
    assert "entity: null" in out and "severity: off | info | warning | error" in out
    wrong = cli("--explain", "consent-by-usage")
    assert wrong.returncode == 2 and 'did you mean "consent-by-use"' in wrong.stderr


def test_output_picks_format_by_extension(cli, tmp_path):
    (tmp_path / "privacy.md").write_text(BAD)
    cli("-o", "out.sarif", "privacy.md", cwd=tmp_path)
    assert json.loads((tmp_path / "out.sarif").read_text())["version"] == "2.1.0"
    cli("-o", "out.json", "privacy.md", cwd=tmp_path)
    assert json.loads((tmp_path / "out.json").read_text())[0]["code"] == "POL201"
    cli("-o", "out.txt", "privacy.md", cwd=tmp_path)
    assert (tmp_path / "out.txt").read_text().startswith("privacy.md:5:1: POL201")
    cli("-o", "forced.html", "--format", "github", "privacy.md", cwd=tmp_path)
    assert (tmp_path / "forced.html").read_text().startswith("::error ")


def test_unwritable_output_is_a_one_line_error(cli, tmp_path):
    (tmp_path / "privacy.md").write_text(BAD)
    result = cli("-o", "missing/report.html", "privacy.md", cwd=tmp_path)
    assert result.returncode == 2
    assert result.stderr.strip() == "missing/report.html: cannot write the report: No such file or directory"


def test_unknown_format(cli, tmp_path):
    (tmp_path / "privacy.md").write_text(BAD)
    result = cli("--format", "sarf", "privacy.md", cwd=tmp_path)
    assert result.returncode == 2 and 'did you mean "sarif"' in result.stderr


@pytest.mark.parametrize("option", ["-o", "--write-baseline"])
def test_report_or_baseline_naming_a_linted_document_is_refused(cli, tmp_path, option):
    (tmp_path / "docs").mkdir()
    (tmp_path / "docs" / "privacy.md").write_text(BAD)
    for target, paths in (("docs/privacy.md", ["docs/privacy.md"]), ("./docs/privacy.md", ["docs"])):
        result = cli(option, target, *paths, cwd=tmp_path)
        assert (result.returncode, result.stdout) == (2, "")
        assert result.stderr.strip() == f"{target}: {option.replace('-o', '--output')} names a document being linted; it would be overwritten"
        assert (tmp_path / "docs" / "privacy.md").read_text() == BAD


def run_with_stdout(tmp_path, stdout_redirect: str):
    import shlex
    import subprocess
    import sys

    command = f"{shlex.quote(sys.executable)} -m policylint privacy.md {stdout_redirect}"
    return subprocess.run(["sh", "-c", command], cwd=tmp_path, capture_output=False, stderr=subprocess.PIPE,
                          text=True, env={**os.environ, "NO_COLOR": "1"})


@pytest.mark.skipif(not os.path.exists("/dev/full"), reason="no /dev/full here")
def test_full_disk_on_stdout_is_one_line(tmp_path):
    (tmp_path / "privacy.md").write_text(BAD)
    result = run_with_stdout(tmp_path, "> /dev/full")
    assert (result.returncode, result.stderr) == (2, "policylint: cannot write to standard output: "
                                                     "No space left on device\n")


def test_closed_stdout_is_one_line(tmp_path):
    (tmp_path / "privacy.md").write_text(BAD)
    result = run_with_stdout(tmp_path, ">&-")
    assert (result.returncode, result.stderr) == (2, "policylint: cannot write to standard output: it is closed "
                                                     "(use --output FILE)\n")
