"""Set findings with the results cache and --jobs: the same as a fresh run in one process, and
a change to one member changes the findings of the others even when they come from the cache."""
from __future__ import annotations

import json

from conftest import run_cli

EN = "# Privacy Policy\n\nLast updated: {date}\n\n## Data\n\nWe collect your e-mail address.\n"
DE = "# Datenschutzerklärung\n\nStand: 1. März 2024\n\n## Daten\n\nWir erheben Ihre E-Mail-Adresse.\n"
FR = "# Confidentialité\n\nMis à jour le 1 mars 2024\n\n## Données\n\nNous collectons votre adresse e-mail.\n"


def write(root, date="March 1, 2024"):
    for page in ("privacy", "cookies", "terms", "imprint"):
        for locale, text in (("en", EN.format(date=date)), ("de", DE), ("fr", FR)):
            target = root / locale / f"{page}.md"
            target.parent.mkdir(parents=True, exist_ok=True)
            target.write_text(text, encoding="utf-8")


def findings(root, *args):
    result = run_cli("--format", "json", "--select", "POL5", *args, ".", cwd=root)
    assert result.returncode in (0, 1), result.stderr
    return json.loads(result.stdout)


def test_jobs_and_cache_give_the_same_findings(tmp_path):
    write(tmp_path, date="June 1, 2024")
    fresh = findings(tmp_path, "--no-cache", "-j", "1")
    assert len(fresh) == 8 and {f["rule"] for f in fresh} == {"translation-stale"}
    assert all(f["related"][0]["path"].startswith("./en/") for f in fresh)
    assert findings(tmp_path, "--no-cache", "-j", "2") == fresh
    assert findings(tmp_path, "-j", "2") == fresh  # fills the cache
    assert findings(tmp_path, "-j", "1") == fresh  # all from the cache
    assert (tmp_path / ".policylint_cache").is_dir()


def test_a_changed_source_changes_its_cached_copies(tmp_path):
    write(tmp_path)
    assert findings(tmp_path) == []  # the cache now holds every copy
    (tmp_path / "en" / "privacy.md").write_text(EN.format(date="June 1, 2024"), encoding="utf-8")
    changed = findings(tmp_path)
    assert sorted(f["path"] for f in changed) == ["./de/privacy.md", "./fr/privacy.md"]
    assert changed == findings(tmp_path, "--no-cache")
    (tmp_path / "en" / "privacy.md").write_text(EN.format(date="March 1, 2024"), encoding="utf-8")
    assert findings(tmp_path) == []


def test_list_sets_from_the_cache(tmp_path):
    write(tmp_path)
    first = run_cli("--list-sets", ".", cwd=tmp_path).stdout
    assert first == run_cli("--list-sets", ".", cwd=tmp_path).stdout == run_cli("--list-sets", "--no-cache", ".",
                                                                                 cwd=tmp_path).stdout
    assert len(first.splitlines()) == 4
