"""--strict: suppression comments that suppress nothing are findings (POL001, like ruff's RUF100)."""
from __future__ import annotations

import json

HEAD = "# Acme Privacy Policy\n\nAcme Ltd (\"we\") runs this site. Write to privacy@acme.example. Last updated 3 March 2024. We use your e-mail to send receipts (purpose); legal basis: contract. Recipients: our processor. We keep data for six years. You have the right to access your data and to lodge a complaint with a supervisory authority. We do not transfer data outside the EEA.\n\n"
PHRASE = "By using the site you agree to this policy."
FINE = "We ask for your consent before we use analytics cookies."


def strict(cli, tmp_path, text, *args):
    (tmp_path / "privacy.md").write_text(HEAD + text)
    result = cli("--strict", "--format", "json", *args, "privacy.md", cwd=tmp_path)
    return result, [f for f in json.loads(result.stdout) if f["code"] == "POL001"]


def test_used_suppression_is_not_reported(cli, tmp_path):
    result, found = strict(cli, tmp_path, f"<!-- policylint-disable-next-line consent-by-use -->\n{PHRASE}\n")
    assert (result.returncode, found) == (0, [])


def test_unused_suppression_is_reported_at_the_comment(cli, tmp_path):
    result, found = strict(cli, tmp_path, f"<!-- policylint-disable-next-line consent-by-use -- old -->\n{FINE}\n")
    assert result.returncode == 1
    assert [(f["line"], f["column"], f["rule"], f["severity"]) for f in found] == [(5, 1, "unused-suppression", "warning")]
    assert '"consent-by-use" suppresses nothing here' in found[0]["message"]


def test_without_strict_nothing_is_reported(cli, tmp_path):
    (tmp_path / "privacy.md").write_text(HEAD + f"<!-- policylint-disable-next-line consent-by-use -->\n{FINE}\n")
    assert cli("privacy.md", cwd=tmp_path).returncode == 0


def test_partly_used_and_unknown_names(cli, tmp_path):
    text = f"<!-- policylint-disable-next-line consent-by-use, POL104, consent-by-usage -->\n{PHRASE}\n"
    _, found = strict(cli, tmp_path, text)
    assert len(found) == 1
    assert '"POL104" suppresses nothing here' in found[0]["message"]
    assert 'unknown rule "consent-by-usage" (did you mean "consent-by-use"?)' in found[0]["message"]


def test_blanket_suppression(cli, tmp_path):
    _, found = strict(cli, tmp_path, f"<!-- policylint-disable -->\n{FINE}\n<!-- policylint-enable -->\n")
    assert "blanket suppression with nothing to suppress" in found[0]["message"]
    _, found = strict(cli, tmp_path, f"<!-- policylint-disable -->\n{PHRASE}\n<!-- policylint-enable -->\n")
    assert found == []


def test_rules_that_did_not_run_are_not_judged(cli, tmp_path):
    text = f"<!-- policylint-disable-next-line consent-by-use -->\n{FINE}\n<!-- policylint-disable-file -->\n"
    _, found = strict(cli, tmp_path, text, "--select", "POL104")
    assert found == []  # consent-by-use was not selected; a blanket comment may serve the rules left out


def test_fix_removes_a_wholly_unused_comment(cli, tmp_path):
    (tmp_path / "privacy.md").write_text(HEAD + f"<!-- policylint-disable-next-line consent-by-use -->\n{FINE}\n")
    result = cli("--strict", "--fix", "privacy.md", cwd=tmp_path)
    assert result.returncode == 0
    assert (tmp_path / "privacy.md").read_text() == HEAD + FINE + "\n"


def test_plain_text_directive(cli, tmp_path):
    (tmp_path / "privacy.txt").write_text("Privacy Policy\n\nAcme Ltd runs this site. Write to privacy@acme.example. Last updated 3 March 2024. We use your e-mail to send receipts (purpose); legal basis: contract. Recipients: our processor. We keep data for six years. You have the right to access your data and to lodge a complaint with a supervisory authority. We do not transfer data outside the EEA.\n"
                                          "policylint-disable-next-line consent-by-use\n" + FINE + "\n")
    result = cli("--strict", "--select", "POL201", "privacy.txt", cwd=tmp_path)
    assert result.stdout.startswith("privacy.txt:4:1: POL001 unused-suppression unused suppression")


def test_explain_and_list_rules_know_pol001(cli):
    assert "--strict" in cli("--explain", "POL001").stdout
    rules = {r["code"]: r for r in json.loads(cli("--list-rules", "--format", "json").stdout)}
    assert rules["POL001"]["enabled"] == "strict"


def test_fix_removes_a_comment_naming_only_unknown_rules(cli, tmp_path):
    (tmp_path / "privacy.md").write_text(HEAD + f"<!-- policylint-disable-next-line consent-by-usage -->\n{FINE}\n")
    result = cli("--strict", "--fix", "privacy.md", cwd=tmp_path)
    assert result.returncode == 0, result.stdout + result.stderr
    assert (tmp_path / "privacy.md").read_text() == HEAD + FINE + "\n"


def test_fix_keeps_a_comment_with_one_used_name_and_one_unknown(cli, tmp_path):
    text = HEAD + f"<!-- policylint-disable-next-line consent-by-use, consent-by-usage -->\n{PHRASE}\n"
    (tmp_path / "privacy.md").write_text(text)
    cli("--strict", "--fix", "privacy.md", cwd=tmp_path)
    assert (tmp_path / "privacy.md").read_text() == text


def test_without_strict_unknown_names_are_a_warning(cli, tmp_path):
    (tmp_path / "privacy.md").write_text(HEAD + f"<!-- policylint-disable-next-line consent-by-usage -->\n{PHRASE}\n")
    result = cli("privacy.md", cwd=tmp_path)
    assert result.returncode == 1  # the typo suppressed nothing
    assert result.stderr == ('privacy.md:5: warning: unknown rule "consent-by-usage" in '
                             'policylint-disable-next-line (did you mean "consent-by-use"?)\n')
