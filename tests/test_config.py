"""Configuration: discovery, per-rule settings, globs, fail-on, and errors that point at the line."""
from __future__ import annotations

import json

from conftest import BAD, ROOT

ACME = "# Acme Privacy Policy\n\nAcme Ltd (\"we\") runs this site. Write to privacy@acme.example. Last updated 3 March 2024. We use your e-mail to send receipts (purpose); legal basis: contract. Recipients: our processor. We keep data for six years. You have the right to access your data and to lodge a complaint with a supervisory authority. We do not transfer data outside the EEA.\n"


def write(tmp_path, config: str, name: str = ".policylint.yaml", document: str = BAD):
    (tmp_path / ".git").mkdir(exist_ok=True)
    (tmp_path / name).write_text(config)
    (tmp_path / "docs").mkdir(exist_ok=True)
    (tmp_path / "docs" / "privacy.md").write_text(document)


def rules_of(result):
    return [f["rule"] for f in json.loads(result.stdout)]


def test_discovered_upward_and_rule_off(cli, tmp_path):
    write(tmp_path, "rules:\n  consent-by-use: off\n")
    result = cli("--format", "json", "docs/privacy.md", cwd=tmp_path)
    assert result.returncode == 0 and rules_of(result) == []


def test_severity_and_fail_on(cli, tmp_path):
    write(tmp_path, "fail-on: error\nrules:\n  POL201: warning\n")
    result = cli("--format", "json", "docs/privacy.md", cwd=tmp_path)
    assert result.returncode == 0
    assert json.loads(result.stdout)[0]["severity"] == "warning"


def test_params_and_entity(cli, tmp_path):
    write(tmp_path, "entity: ACME\n", document=ACME)
    result = cli("--format", "json", "--select", "entity-name-inconsistent", "docs/privacy.md", cwd=tmp_path)
    assert rules_of(result) == ["entity-name-inconsistent", "entity-name-inconsistent"]


def test_pyproject_section(cli, tmp_path):
    write(tmp_path, '[tool.policylint]\nrules = { consent-by-use = "off" }\n', "pyproject.toml")
    assert cli("docs/privacy.md", cwd=tmp_path).returncode == 0


def test_exclude_glob(cli, tmp_path):
    write(tmp_path, "exclude: ['docs/**']\n")
    (tmp_path / "other.md").write_text(BAD)
    result = cli("--format", "json", ".", cwd=tmp_path)
    assert {f["path"] for f in json.loads(result.stdout)} == {"./other.md"}


def test_unknown_key_names_file_line_and_suggests(cli, tmp_path):
    write(tmp_path, "rules:\n  consent-by-use: off\nfail_on: error\n")
    result = cli("docs/privacy.md", cwd=tmp_path)
    assert result.returncode == 2
    assert result.stderr.strip().endswith('.policylint.yaml:3:1: unknown key "fail_on" (did you mean "fail-on"?)')


def test_unknown_rule_suggests_closest(cli, tmp_path):
    write(tmp_path, "rules:\n  consent-by-usage: off\n")
    result = cli("docs/privacy.md", cwd=tmp_path)
    assert result.returncode == 2
    assert '.policylint.yaml:2:3: unknown rule "consent-by-usage" (did you mean "consent-by-use"?)' in result.stderr


def test_bad_severity_and_broken_yaml(cli, tmp_path):
    write(tmp_path, "rules:\n  consent-by-use: loud\n")
    assert "severity must be" in cli("docs/privacy.md", cwd=tmp_path).stderr
    write(tmp_path, "rules: [unclosed\n")
    result = cli("docs/privacy.md", cwd=tmp_path)
    assert result.returncode == 2 and "invalid YAML" in result.stderr and "Traceback" not in result.stderr


def test_show_config(cli, tmp_path):
    write(tmp_path, "fail-on: error\n")
    shown = json.loads(cli("--show-config", "docs/privacy.md", cwd=tmp_path).stdout)
    assert shown["fail-on"] == "error" and shown["config"].endswith(".policylint.yaml")


def test_show_config_is_the_effective_config(cli, tmp_path):
    write(tmp_path, "fail-on: error\nrules:\n  retention-vague: error\n  placeholder-text: off\n"
                    "  entity-name-inconsistent:\n    entity: Acme\n")
    shown = json.loads(cli("--show-config", "docs/privacy.md", cwd=tmp_path).stdout)
    assert shown["rules"]["retention-vague"] == {"code": "POL302", "severity": "error", "params": {}}
    assert shown["rules"]["entity-name-inconsistent"]["params"] == {"entity": "Acme"}
    every = len(list((ROOT / "rules").glob("*.yaml")))  # the built-in rules, one file each
    assert "placeholder-text" not in shown["rules"] and len(shown["rules"]) == every - 1
    narrowed = json.loads(cli("--show-config", "--fail-on", "info", "--lang", "de", "--select", "POL3",
                              "--ignore", "POL303", "docs/privacy.md", cwd=tmp_path).stdout)
    assert (narrowed["fail-on"], narrowed["lang"]) == ("info", "de")
    assert list(narrowed["rules"]) == ["effective-date-missing", "retention-vague"]
    assert narrowed["select"] == ["disclosure-missing", "effective-date-missing", "retention-vague"]


def test_explicit_config_flag(cli, tmp_path):
    write(tmp_path, "fail-on: error\n")
    (tmp_path / "strict.yaml").write_text("rules:\n  consent-by-use: off\n")
    assert cli("--config", "strict.yaml", "docs/privacy.md", cwd=tmp_path).returncode == 0


ROLES = "# Privacy Policy\n\nStewards must be at least 18 years old.\n\nPassengers must be at least 16 years old.\n"


def test_a_rule_pattern_param_names_a_projects_own_roles(cli, tmp_path):
    """children-age-ambiguous knows "passengers" as a role; a project adds its "stewards", and the two ages
    become one for each role instead of a clash."""
    write(tmp_path, "fail-on: none\n", document=ROLES)
    assert rules_of(cli("--format", "json", "docs/privacy.md", "--select", "POL203", cwd=tmp_path)) == ["children-age-ambiguous"]
    write(tmp_path, 'rules:\n  children-age-ambiguous:\n    role_noun: ["\\\\bstewards?\\\\b", "\\\\bpassengers?\\\\b"]\n', document=ROLES)
    assert rules_of(cli("--format", "json", "docs/privacy.md", "--select", "POL203", cwd=tmp_path)) == []
