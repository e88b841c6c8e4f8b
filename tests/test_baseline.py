"""Baselines: today's findings are recorded; later runs report only new ones."""
from __future__ import annotations

import json

import pytest

POLICY = ("# Acme Privacy Policy\n\nAcme Ltd (\"we\") runs this site. Write to privacy@acme.example. Last updated 3 March 2024. We use your e-mail to send receipts (purpose); legal basis: contract. Recipients: our processor. We keep data for six years. You have the right to access your data and to lodge a complaint with a supervisory authority. We do not transfer data outside the EEA.\n\n"
          "By using the site you agree to this policy.\n")
NEW = "Your continued use of the site constitutes acceptance of these terms.\n"


def test_baseline_hides_recorded_findings_after_lines_are_inserted_above(cli, tmp_path):
    policy = tmp_path / "docs" / "privacy.md"
    policy.parent.mkdir()
    policy.write_text(POLICY)
    written = cli("--write-baseline", "baseline.json", "docs", cwd=tmp_path)
    assert written.returncode == 0 and "Wrote 1 finding" in written.stderr
    data = json.loads((tmp_path / "baseline.json").read_text())
    assert data["findings"][0]["path"] == "docs/privacy.md" and data["findings"][0]["code"] == "POL201"

    policy.write_text(POLICY.replace("\n\nBy using", "\n\nA new paragraph.\n\nAnother one.\n\nBy using"))
    assert "privacy.md:9:1: POL201" in cli("docs", cwd=tmp_path).stdout  # the finding moved down
    result = cli("--baseline", "baseline.json", "docs", cwd=tmp_path)
    assert (result.returncode, result.stdout) == (0, "")
    assert "1 finding in the baseline not shown." in result.stderr


def test_new_findings_are_reported(cli, tmp_path):
    (tmp_path / "privacy.md").write_text(POLICY)
    cli("--write-baseline", "baseline.json", "privacy.md", cwd=tmp_path)
    (tmp_path / "privacy.md").write_text(POLICY + "\n" + NEW)
    result = cli("--baseline", "baseline.json", "--format", "json", "privacy.md", cwd=tmp_path)
    assert result.returncode == 1
    assert [(f["line"], f["code"]) for f in json.loads(result.stdout)] == [(7, "POL201")]


def test_a_repeated_line_is_a_new_occurrence(cli, tmp_path):
    (tmp_path / "privacy.md").write_text(POLICY)
    cli("--write-baseline", "baseline.json", "privacy.md", cwd=tmp_path)
    (tmp_path / "privacy.md").write_text(POLICY + "\nBy using the site you agree to this policy.\n")
    result = cli("--baseline", "baseline.json", "privacy.md", cwd=tmp_path)
    assert result.returncode == 1 and result.stdout.startswith("privacy.md:7:1: POL201")


def test_baseline_works_from_another_folder(cli, tmp_path):
    (tmp_path / "docs").mkdir()
    (tmp_path / "docs" / "privacy.md").write_text(POLICY)
    cli("--write-baseline", "docs/baseline.json", "docs/privacy.md", cwd=tmp_path)
    result = cli("--baseline", "baseline.json", "privacy.md", cwd=tmp_path / "docs")
    assert (result.returncode, result.stdout) == (0, "")


def test_broken_or_missing_baseline_is_a_one_line_error(cli, tmp_path):
    (tmp_path / "privacy.md").write_text(POLICY)
    missing = cli("--baseline", "nope.json", "privacy.md", cwd=tmp_path)
    assert missing.returncode == 2 and missing.stderr.strip().startswith("nope.json: no such baseline file")
    (tmp_path / "bad.json").write_text("{\n  nope\n")
    broken = cli("--baseline", "bad.json", "privacy.md", cwd=tmp_path)
    assert broken.returncode == 2 and len(broken.stderr.strip().splitlines()) == 1
    assert broken.stderr.startswith("bad.json:2:3: not a policylint baseline")


@pytest.mark.timeout(60)
@pytest.mark.parametrize("content,message", [
    (b'{"version": 1, "tool": "policylint", "findings": [{"path": "caf\xe9.md"}]}',
     "bad.json: not a policylint baseline: not valid UTF-8 (byte 64)"),
    (b'{"version": 1, "findings": ' + b"[" * 100_000 + b"]" * 100_000 + b"}",
     "bad.json: not a policylint baseline: nested too deeply"),
    (b'{"version": 1, "findings": [{"path": ["a"], "fingerprint": "x"}]}',
     "bad.json: not a policylint baseline: each finding needs path and fingerprint"),
    (b'{"version": 1, "findings": [{"path": "a.md", "fingerprint": 5}]}',
     "bad.json: not a policylint baseline: each finding needs path and fingerprint"),
])
def test_baseline_that_cannot_be_read_is_a_one_line_error(cli, tmp_path, content, message):
    (tmp_path / "privacy.md").write_text(POLICY)
    (tmp_path / "bad.json").write_bytes(content)
    result = cli("--baseline", "bad.json", "privacy.md", cwd=tmp_path)
    assert result.returncode == 2 and "internal error" not in result.stderr
    assert result.stderr.splitlines() == [message]


SPARSE = ("# Acme privacy policy\n\nAcme Ltd (\"we\") runs this site. We use your e-mail to send receipts.\n\n"
          "By using the site you agree to this policy.\n")


def _codes_and_prints(cli, tmp_path):
    sarif = json.loads(cli("--format", "sarif", "privacy.md", cwd=tmp_path).stdout)
    return sorted((r["ruleId"], r["partialFingerprints"]["policylint/v1"]) for r in sarif["runs"][0]["results"])


@pytest.mark.parametrize("edit", [
    lambda text: "A line added at the top.\n\n" + text,
    lambda text: text.replace("# Acme privacy policy", "# ACME PRIVACY POLICY"),
])
def test_whole_document_findings_survive_edits_to_the_title(cli, tmp_path, edit):
    """No contact e-mail, no date, missing disclosures: they are about the document, not line 1."""
    policy = tmp_path / "privacy.md"
    policy.write_text(SPARSE)
    assert cli("--write-baseline", "baseline.json", "privacy.md", cwd=tmp_path).returncode == 0
    before = _codes_and_prints(cli, tmp_path)
    assert {"POL103", "POL301", "POL303"} <= {code for code, _ in before}
    policy.write_text(edit(SPARSE))
    after = _codes_and_prints(cli, tmp_path)
    whole = {"POL101", "POL102", "POL103", "POL301", "POL303"}
    assert [p for p in before if p[0] in whole] == [p for p in after if p[0] in whole]
    result = cli("--baseline", "baseline.json", "privacy.md", cwd=tmp_path)
    assert (result.returncode, result.stdout) == (0, ""), result.stdout
