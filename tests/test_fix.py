"""--fix and --diff: fixes for fixable rules, written atomically, keeping EOLs, BOM and mode."""
from __future__ import annotations

import os
import stat

BOM = b"\xef\xbb\xbf"
POLICY = ('# CloudWalk Privacy Policy\n\nCloudWalk ("we") runs the service. Cloudwalk stores your data; '
          'cloudwalk keeps it.\nWrite to privacy@cloudwalk.example. Registered office: 1 Example Street. '
          'Last updated 3 March 2024. We use your e-mail to send receipts (purpose); legal basis: contract. '
          'Recipients: our processor. We keep data for six years. You have the right to access your data and '
          'to lodge a complaint with a supervisory authority. We do not transfer data outside the EEA.\n')
FIXED = POLICY.replace("Cloudwalk stores", "CloudWalk stores").replace("cloudwalk keeps", "CloudWalk keeps")


def write(path, text, eol="\n", bom=False):
    path.write_bytes((BOM if bom else b"") + text.replace("\n", eol).encode("utf-8"))


def test_fix_applies_the_replacement_and_reports_what_is_left(cli, tmp_path):
    policy = tmp_path / "privacy.md"
    write(policy, POLICY)
    result = cli("--fix", "privacy.md", cwd=tmp_path)
    assert result.returncode == 0 and result.stdout == ""
    assert "Fixed 2 findings in 1 file." in result.stderr
    assert policy.read_text(encoding="utf-8") == FIXED


def test_second_fix_changes_nothing(cli, tmp_path):
    policy = tmp_path / "privacy.md"
    write(policy, POLICY)
    cli("--fix", "privacy.md", cwd=tmp_path)
    before = policy.read_bytes(), os.stat(policy).st_mtime_ns
    again = cli("--fix", "privacy.md", cwd=tmp_path)
    assert (again.returncode, again.stderr) == (0, "")
    assert (policy.read_bytes(), os.stat(policy).st_mtime_ns) == before


def test_fix_keeps_crlf_bom_and_permissions(cli, tmp_path):
    policy = tmp_path / "privacy.md"
    write(policy, POLICY, eol="\r\n", bom=True)
    os.chmod(policy, 0o640)
    assert cli("--fix", "privacy.md", cwd=tmp_path).returncode == 0
    data = policy.read_bytes()
    assert data == BOM + FIXED.replace("\n", "\r\n").encode("utf-8")
    assert stat.S_IMODE(os.stat(policy).st_mode) == 0o640
    assert sorted(p.name for p in tmp_path.iterdir() if p.name != ".policylint_cache") == ["privacy.md"]  # no temp file left
    again = cli("--fix", "privacy.md", cwd=tmp_path)
    assert (again.returncode, again.stderr, policy.read_bytes()) == (0, "", data)


def test_diff_shows_the_fix_and_writes_nothing(cli, tmp_path):
    policy = tmp_path / "privacy.md"
    write(policy, POLICY)
    result = cli("--diff", "privacy.md", cwd=tmp_path)
    assert result.returncode == 1
    assert result.stdout.startswith("--- a/privacy.md\n+++ b/privacy.md\n@@ ")
    assert "-CloudWalk (\"we\") runs the service. Cloudwalk stores" in result.stdout
    assert "+CloudWalk (\"we\") runs the service. CloudWalk stores" in result.stdout
    assert policy.read_text(encoding="utf-8") == POLICY
    write(policy, FIXED)
    assert cli("--diff", "privacy.md", cwd=tmp_path).returncode == 0


def test_never_writes_without_fix(cli, tmp_path):
    policy = tmp_path / "privacy.md"
    write(policy, POLICY)
    for args in ((), ("--format", "json"), ("--format", "sarif"), ("--statistics",)):
        cli(*args, "privacy.md", cwd=tmp_path)
    assert policy.read_text(encoding="utf-8") == POLICY


def test_refuses_to_write_a_file_changed_on_disk(tmp_path, monkeypatch, capsys):
    from policylint import cli, fix

    policy = tmp_path / "privacy.md"
    write(policy, POLICY)
    real = fix.fix_result

    def edited_meanwhile(*args):
        outcome = real(*args)
        write(policy, POLICY + "Someone else's edit.\n")
        return outcome

    monkeypatch.setattr(fix, "fix_result", edited_meanwhile)
    monkeypatch.chdir(tmp_path)
    assert cli.main(["--fix", "privacy.md"]) == 2
    err = capsys.readouterr().err.strip().splitlines()
    assert err == ["privacy.md: changed on disk since it was read; not fixed (run again)"]
    assert policy.read_text(encoding="utf-8").endswith("Someone else's edit.\n")


def test_fix_from_stdin_prints_the_fixed_document(cli, tmp_path):
    result = cli("--fix", "-", "--stdin-filename", "docs/privacy.md", stdin=POLICY, cwd=tmp_path)
    assert result.returncode == 0
    assert result.stdout == FIXED
    assert not (tmp_path / "docs").exists()


def test_fix_respects_select(cli, tmp_path):
    policy = tmp_path / "privacy.md"
    write(policy, POLICY)
    cli("--fix", "--select", "consent-by-use", "privacy.md", cwd=tmp_path)
    assert policy.read_text(encoding="utf-8") == POLICY
