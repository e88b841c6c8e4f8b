"""Baselines: today's findings are recorded; later runs report only new ones."""
from __future__ import annotations

import json

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
