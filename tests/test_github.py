"""--format github: workflow commands GitHub turns into pull-request annotations."""
from __future__ import annotations

from policylint.findings import Finding
from policylint.reporters import ReportContext
from policylint.reporters.github import escape_data, escape_property, render

BAD = "# Acme Privacy Policy\n\nAcme Ltd (\"we\") runs this site. Write to privacy@acme.example. Last updated 3 March 2024. We use your e-mail to send receipts (purpose); legal basis: contract. Recipients: our processor. We keep data for six years. You have the right to access your data and to lodge a complaint with a supervisory authority. We do not transfer data outside the EEA.\n\nBy using the site you agree to this policy.\n"


def test_error_command_for_a_finding(cli, tmp_path):
    (tmp_path / "docs").mkdir()
    (tmp_path / "docs" / "privacy.md").write_text(BAD)
    result = cli("--format", "github", "docs/privacy.md", cwd=tmp_path)
    assert result.returncode == 1
    line = result.stdout.splitlines()[0]
    assert line.startswith("::error file=docs/privacy.md,line=5,col=1,endLine=5,endColumn=")
    assert ",title=POL201 consent-by-use::consent inferred from mere use" in line
    assert len(result.stdout.splitlines()) == 1  # no summary line: every line is a command


def test_escaping_follows_the_runner():
    assert escape_data("50% off\r\nnext") == "50%25 off%0D%0Anext"
    assert escape_property("a:b,c%\n") == "a%3Ab%2Cc%25%0A"


def test_levels_and_multi_line_findings():
    findings = [
        Finding("p.md", 3, 2, 3, 9, "r", "POL999", "info", "note: a, b"),
        Finding("p.md", 4, 5, 6, 2, "r", "POL998", "warning", "spans\nlines"),
    ]
    lines = render(findings, ReportContext()).splitlines()
    assert lines[0] == "::notice file=p.md,line=3,col=2,endLine=3,endColumn=9,title=POL999 r::note: a, b"
    # GitHub places columns only within one line; a line break in a message is written as \n
    assert lines[1] == "::warning file=p.md,line=4,endLine=6,title=POL998 r::spans\\nlines"
