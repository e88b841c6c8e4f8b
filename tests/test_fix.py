"""--fix and --diff: fixes for fixable rules, written atomically, keeping EOLs, BOM and mode."""
from __future__ import annotations

import os
import stat

import pytest

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


def fixed_text(cli, tmp_path, text: str, name: str = "privacy.md") -> str:
    (tmp_path / name).write_text(text, encoding="utf-8")
    result = cli("--no-cache", "--fix", name, cwd=tmp_path)
    assert result.returncode in (0, 1) and "error" not in result.stderr, result.stderr
    return (tmp_path / name).read_text(encoding="utf-8")


MARKUP = ('# CloudWalk Privacy Policy\n\nCloudWalk ("we") runs it. See Cloud[walk](https://cloudwalk.example/Cloudwalk), '
          '*Cloud*walk, Cloud_walk_, #cloudwalk and `Cloudwalk`.\n\n## Cloudwalk accounts {#cloudwalk}\n\n'
          'Cloudwalk keeps it.\n')


def test_fix_never_deletes_markup_or_rewrites_ids_hashtags_urls_or_code(cli, tmp_path):
    assert fixed_text(cli, tmp_path, MARKUP) == MARKUP.replace("## Cloudwalk accounts", "## CloudWalk accounts").replace(
        "\nCloudwalk keeps", "\nCloudWalk keeps")


def test_fix_never_changes_a_heading_anchor(cli, tmp_path):
    text = ('# CloudWalk Privacy Policy\n\nCloudWalk ("we") runs it. See [accounts](#cloud-walk-accounts).\n\n'
            "## Cloud Walk accounts\n\nCloud Walk keeps it.\n\n## Cloudwalk data\n\nText.\n")
    assert fixed_text(cli, tmp_path, text) == text.replace("\nCloud Walk keeps", "\nCloudWalk keeps").replace(
        "## Cloudwalk data", "## CloudWalk data")  # the same anchor, #cloudwalk-data


def test_names_with_markup_inside_are_still_reported(cli, tmp_path):
    """Reported (the reader sees "Cloudwalk"), only not fixed."""
    (tmp_path / "privacy.md").write_text(MARKUP, encoding="utf-8")
    result = cli("--no-cache", "--select", "entity-name-inconsistent", "privacy.md", cwd=tmp_path)
    assert [line.split(": POL104")[0] for line in result.stdout.splitlines()[:-1]] == [
        "privacy.md:3:31", "privacy.md:3:82", "privacy.md:5:4", "privacy.md:7:1"]


AI = '# AI Expert Privacy Policy\n\nAI Expert ("we") runs the service. {}\n'


def test_fix_turns_a_plural_possessive_into_the_singular_possessive(cli, tmp_path):
    text = AI.format("The AI Experts' applications and the AI Experts\u2019 servers, the AI Experts.")
    assert fixed_text(cli, tmp_path, text) == AI.format(
        "The AI Expert's applications and the AI Expert\u2019s servers, the AI Expert.")


def test_fix_leaves_names_in_quotes_and_inside_longer_words(cli, tmp_path):
    text = AI.format("It was called 'AI Experts' before. AI Expertise, AI Expertsystems, MyAI Experts, "
                     "AI Experts-based, AI Experts2.")
    assert fixed_text(cli, tmp_path, text) == text


def test_diff_applies_with_git_when_the_text_has_other_line_separators(cli, tmp_path):
    import shutil
    import subprocess

    if shutil.which("git") is None:
        pytest.skip("git is not installed")
    text = POLICY.replace("runs the service.", "runs\fthe\u2028service\x85and\x0bmore\x1c\x1d\x1e.")
    policy = tmp_path / "privacy.md"
    write(policy, text)
    subprocess.run(["git", "init", "-q"], cwd=tmp_path, check=True)
    diff = cli("--no-cache", "--diff", "privacy.md", cwd=tmp_path)
    assert diff.returncode == 1
    (tmp_path / "fix.patch").write_bytes(diff.stdout.encode("utf-8"))
    applied = subprocess.run(["git", "apply", "fix.patch"], cwd=tmp_path, capture_output=True, text=True)
    assert applied.returncode == 0, applied.stderr
    assert policy.read_bytes() == text.replace("Cloudwalk stores", "CloudWalk stores").replace(
        "cloudwalk keeps", "CloudWalk keeps").encode("utf-8")


def test_diff_and_fix_together_is_a_usage_error(cli, tmp_path):
    policy = tmp_path / "privacy.md"
    write(policy, POLICY)
    result = cli("--diff", "--fix", "privacy.md", cwd=tmp_path)
    assert (result.returncode, result.stdout) == (2, "")
    assert result.stderr.strip() == ("policylint: --diff shows the fixes without writing them, --fix writes them: "
                                     "give one of the two")
    assert policy.read_text(encoding="utf-8") == POLICY


def test_one_file_named_twice_is_linted_and_fixed_once(cli, tmp_path):
    import json

    policy = tmp_path / "privacy.md"
    write(policy, POLICY)
    os.symlink("privacy.md", tmp_path / "link.md")
    found = json.loads(cli("--no-cache", "--format", "json", "privacy.md", "./privacy.md", cwd=tmp_path).stdout)
    assert [f["path"] for f in found] == ["privacy.md", "privacy.md"]  # its two findings, once each
    walked = json.loads(cli("--no-cache", "--format", "json", ".", cwd=tmp_path).stdout)
    assert len(walked) == 2
    result = cli("--no-cache", "--fix", "privacy.md", "./privacy.md", "link.md", cwd=tmp_path)
    assert (result.returncode, result.stderr) == (0, "Fixed 2 findings in 1 file.\n")
    assert policy.read_text(encoding="utf-8") == FIXED and os.path.islink(tmp_path / "link.md")


def test_a_fix_that_never_settles_is_the_rules_error_and_nothing_is_written(linter_factory, tmp_path):
    from policylint import fix
    from policylint.findings import Fix
    from policylint.records import replace
    from policylint.source import read_path

    policy = tmp_path / "privacy.md"
    write(policy, POLICY)
    linter = linter_factory()
    result = linter.lint_source(read_path(str(policy))[0])

    def findings_of(result):  # as if the rule's fix added a character every round
        return [replace(f, fix=Fix(0, 0, "x")) if f.fix else f for f in result.findings]

    outcome = fix.fix_result(linter, result, findings_of)
    assert outcome.error == (f'{policy}: internal error: the fix of rule "entity-name-inconsistent" (plugin "builtin") '
                             "still changes the text after 10 rounds; not fixed")
    assert not outcome.changed and outcome.text == POLICY
