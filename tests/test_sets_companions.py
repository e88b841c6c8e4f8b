"""--companions (the pre-commit hook's mode): given only changed files, the other members of
their sets are read so set findings stay right, and only the given files are reported."""
from __future__ import annotations

import json

from conftest import run_cli, write_files

EN = "# Privacy Policy\n\nLast updated: June 1, 2024\n\n## Data\n\nWe collect your e-mail address.\n"
DE = "# Datenschutzerklärung\n\nStand: 1. März 2024\n\n## Daten\n\nWir erheben Ihre E-Mail-Adresse.\n"
NOTICE = "# Acme Widgets Privacy Notice\n\nUse of Widgets is subject to the [Acme Privacy Policy](../privacy.md).\n"


def lint(root, *args):
    result = run_cli("--format", "json", "--no-cache", *args, cwd=root)
    assert result.returncode in (0, 1), result.stderr
    return json.loads(result.stdout)


def test_changed_copy_is_judged_against_its_source(tmp_path):
    write_files(tmp_path, {"en/privacy.md": EN, "de/privacy.md": DE})
    alone = lint(tmp_path, "--select", "translation-stale", "de/privacy.md")
    assert alone == []  # without the English source there is nothing to compare
    found = lint(tmp_path, "--select", "translation-stale", "--companions", "de/privacy.md")
    assert [(f["path"], f["rule"]) for f in found] == [("de/privacy.md", "translation-stale")]


def test_companions_are_not_reported(tmp_path):
    write_files(tmp_path, {"en/privacy.md": EN, "de/privacy.md": DE})
    found = lint(tmp_path, "--companions", "en/privacy.md")
    assert found and {f["path"] for f in found} == {"en/privacy.md"}


def test_suffix_copies_and_linked_main_policy_are_read(tmp_path):
    write_files(tmp_path, {"privacy.md": EN, "privacy.de.md": DE, "widgets/notice.md": NOTICE, "other/x.md": EN})
    found = lint(tmp_path, "--select", "translation-stale", "--companions", "privacy.de.md")
    assert [f["path"] for f in found] == ["privacy.de.md"]
    listed = run_cli("--list-sets", "--no-cache", "--companions", "widgets/notice.md", cwd=tmp_path).stdout
    assert listed.startswith("privacy (3 documents): privacy.de.md privacy.md widgets/notice.md")


def test_declared_set_members_are_read(tmp_path):
    write_files(tmp_path, {".policylint.yaml": "sets:\n  site:\n    - a/en.md\n    - b/de.md\n",
                     "a/en.md": EN, "b/de.md": DE})
    listed = run_cli("--list-sets", "--no-cache", "--companions", "b/de.md", cwd=tmp_path).stdout
    assert listed.startswith("site (2 documents):"), listed
