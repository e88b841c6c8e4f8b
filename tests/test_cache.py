"""The results cache: same findings as a fresh run, invalidated by config and rule
changes, never trusted when corrupt, never used for stdin."""
from __future__ import annotations

import json

import pytest

from conftest import EXAMPLES

BAD = "# Acme Privacy Policy\n\nAcme Ltd (\"we\") runs this site. Write to privacy@acme.example.\n\nBy using the site you agree to this policy.\n"
RULE = """code: XMP001
name: no-{word}
severity: warning
summary: The word "{word}" is used.
rationale: A test rule pack for the cache tests.
kind: phrase
params:
  patterns: ["\\\\b{word}\\\\b"]
  message: 'said "{{match}}"'
examples:
  bad: ["{word}"]
  good: ["nothing"]
"""


def project(tmp_path, config: str | None = None):
    (tmp_path / ".git").mkdir(parents=True, exist_ok=True)
    if config is not None:
        (tmp_path / ".policylint.yaml").write_text(config)
    (tmp_path / "docs").mkdir(exist_ok=True)
    (tmp_path / "docs" / "privacy.md").write_text(BAD)
    for seed in sorted(EXAMPLES.iterdir()):
        (tmp_path / "docs" / seed.name).write_bytes(seed.read_bytes())
    return tmp_path


def lint(cli, cwd, *args):
    result = cli("--format", "json", *args, "docs", cwd=cwd)
    assert result.returncode in (0, 1), result.stderr
    return result


def entries(root):
    return sorted((root / ".policylint_cache" / "files").glob("*/*.json"))


def test_cached_results_equal_fresh_ones(cli, tmp_path):
    root = project(tmp_path)
    first = lint(cli, root)
    assert (root / ".policylint_cache" / ".gitignore").read_text().splitlines()[-1] == "*"
    assert len(entries(root)) == 6
    second = lint(cli, root)
    fresh = lint(cli, root, "--no-cache")
    assert first.stdout == second.stdout == fresh.stdout and json.loads(first.stdout)
    assert (first.returncode, first.stderr) == (second.returncode, second.stderr)


def test_cached_text_output_and_exit_code(cli, tmp_path):
    root = project(tmp_path)
    runs = [cli("docs", cwd=root) for _ in range(2)]
    assert runs[0].stdout == runs[1].stdout and runs[0].returncode == runs[1].returncode == 1


def test_no_cache_writes_nothing(cli, tmp_path):
    root = project(tmp_path)
    lint(cli, root, "--no-cache")
    assert not (root / ".policylint_cache").exists()


def test_changed_config_invalidates(cli, tmp_path):
    root = project(tmp_path, "rules:\n  consent-by-use: error\n")
    assert "consent-by-use" in lint(cli, root).stdout
    (root / ".policylint.yaml").write_text("rules:\n  consent-by-use: off\n")
    assert "consent-by-use" not in lint(cli, root).stdout
    (root / ".policylint.yaml").write_text("rules:\n  consent-by-use: info\n")
    findings = json.loads(lint(cli, root).stdout)
    assert {f["severity"] for f in findings if f["rule"] == "consent-by-use"} == {"info"}


def test_changed_rule_pack_invalidates(cli, tmp_path):
    root = project(tmp_path, "rule-packs: [pack]\n")
    (root / "pack").mkdir()
    rule = root / "pack" / "no-word.yaml"
    rule.write_text(RULE.format(word="site").replace("no-site", "no-word"))
    assert "no-word" in lint(cli, root).stdout
    rule.write_text(RULE.format(word="zebra").replace("no-zebra", "no-word"))
    assert "no-word" not in lint(cli, root).stdout


def test_cache_lives_at_the_config_root(cli, tmp_path):
    root = project(tmp_path / "site", "rules:\n  consent-by-use: error\n")
    result = cli("--format", "json", "site/docs/privacy.md", cwd=tmp_path)
    assert result.returncode == 1
    assert entries(root) and not (tmp_path / ".policylint_cache").exists()


def test_corrupt_entries_are_ignored(cli, tmp_path):
    root = project(tmp_path, "rules:\n  consent-by-use: warning\n")
    expected = lint(cli, root).stdout
    garbage = [b"", b"{not json", b"\xff\xfe\x00", b"[]", b'{"key": 1}', b'{"key": "x", "result": {}}']
    for index, entry in enumerate(entries(root)):
        entry.write_bytes(garbage[index % len(garbage)])
    for index in (root / ".policylint_cache").glob("plugins-*.json"):
        index.write_bytes(b'{"packs": 3}')
    for config in (root / ".policylint_cache" / "configs").glob("*.json"):
        data = json.loads(config.read_text())
        data["config"] = {"rules": "not a mapping", "nonsense": 1}
        config.write_text(json.dumps(data))
    assert lint(cli, root).stdout == expected
    assert lint(cli, root).stdout == expected  # and the entries were rewritten


def test_unwritable_cache_is_not_an_error(cli, tmp_path):
    root = project(tmp_path)
    (root / ".policylint_cache").write_text("a file where the folder should be")
    result = lint(cli, root)
    assert result.stderr == "" and json.loads(result.stdout)


def test_no_temporary_files_left(cli, tmp_path):
    root = project(tmp_path)
    lint(cli, root)
    leftovers = [p for p in (root / ".policylint_cache").rglob("*") if p.name.startswith(".tmp-")]
    assert leftovers == []


def test_stdin_is_never_cached(cli, tmp_path):
    result = cli("--format", "json", "--stdin-filename", "privacy.md", "-", cwd=tmp_path, stdin=BAD)
    assert result.returncode == 1 and "consent-by-use" in result.stdout
    assert not list(tmp_path.glob(".policylint_cache/files/*"))


def test_round_trip_keeps_fixes_and_suppressions(tmp_path):
    from policylint.cache import ResultCache
    from policylint.engine import Linter
    from policylint.source import Source

    text = ("# Acme Privacy Policy\n\nAcme Ltd (\"we\") runs Acme. Write to privacy@acme.example.\n\n"
            "ACME and Acme and acme.\n\n<!-- policylint-disable-next-line consent-by-use -- quoted -->\n"
            "By using the site you agree to this policy.\n")
    source = Source(str(tmp_path / "privacy.md"), text)
    fresh = Linter().lint_source(source)
    assert any(f.fix for f in fresh.findings) and fresh.suppressions and fresh.suppressions[0].used
    store = ResultCache(str(tmp_path))
    store.put(fresh, "settings")
    cached = store.get(source, "settings")
    assert cached.findings == fresh.findings and cached.suppressions == fresh.suppressions
    assert store.get(source, "other settings") is None
    assert store.get(Source(source.path, text + "\n"), "settings") is None


def _mtimes(root):
    return {p: p.stat().st_mtime_ns for p in entries(root)}


def test_runs_with_other_options_do_not_evict_each_other(cli, tmp_path):
    root = project(tmp_path)
    lint(cli, root)
    lint(cli, root, "--select", "POL201")
    assert len(entries(root)) == 12  # six documents under two settings
    before = _mtimes(root)
    default, selected = lint(cli, root).stdout, lint(cli, root, "--select", "POL201").stdout
    assert _mtimes(root) == before  # both served from the cache, nothing relinted
    assert default == lint(cli, root, "--no-cache").stdout
    assert selected == lint(cli, root, "--no-cache", "--select", "POL201").stdout


def test_entries_of_deleted_documents_are_pruned(cli, tmp_path):
    root = project(tmp_path)
    lint(cli, root)
    folders = {p.parent for p in entries(root)}
    (root / "docs" / "privacy.md").unlink()
    (root / "docs" / "new.md").write_text(BAD)  # a run that stores something prunes
    lint(cli, root)
    after = {p.parent for p in entries(root)}
    assert len(folders - after) == 1 and len(after - folders) == 1


def test_changed_plugin_code_invalidates(cli, tmp_path):
    from conftest import write_plugin

    plugin = '''
from policylint.findings import Hit
from policylint.hookspecs import hookimpl
from policylint.kinds import Kind
from pathlib import Path


class Word(Kind):
    def check(self, doc):
        at = doc.text.find("{word}")
        if at >= 0:
            yield Hit(at, at + len("{word}"), "said {word}")


@hookimpl
def policylint_rule_kinds():
    return {{"word": Word}}


@hookimpl
def policylint_rule_packs():
    return [str(Path(__file__).resolve().parent / "word_rules")]
'''
    rule = ("code: XMP002\nname: no-word\nseverity: warning\nsummary: A word is used.\n"
            "rationale: A test plugin for the cache tests.\nkind: word\n"
            "examples:\n  bad: [\"site\"]\n  good: [\"nothing\"]\n")
    site = tmp_path / "site"
    root = project(tmp_path / "project")
    write_plugin(site, "wordplug", plugin.format(word="site"), {"word_rules/no-word.yaml": rule})
    env = {"PYTHONPATH": str(site)}
    first = cli("--format", "json", "docs", cwd=root, env=env)
    assert "said site" in first.stdout, first.stderr
    import os
    import time

    module = site / "wordplug.py"
    module.write_text(plugin.format(word="agree"))
    stamp = time.time_ns() + 10_000_000_000
    os.utime(module, ns=(stamp, stamp))  # a new mtime even on a coarse clock
    second = cli("--format", "json", "docs", cwd=root, env=env)
    assert "said agree" in second.stdout and "said site" not in second.stdout


FINDING = ["docs/privacy.md", 5, 1, 5, 28, "consent-by-use", "POL201", "error", "m", None, 1, 2]
SUPPRESSION = ["disable-file", [], 1, 1, 9, "", True, [], []]


def _with(row, index, value):
    return row[:index] + [value] + row[index + 1:]


WRONG_FIELDS = {
    "findings-not-a-list": {"findings": 5},
    "finding-not-a-finding": {"findings": ["x"]},
    "finding-too-short": {"findings": [FINDING[:2]]},
    "finding-of-another-format": {"findings": [{"__type__": "Finding", "line": 5}]},
    "line-not-a-number": {"findings": [_with(FINDING, 1, "x")]},
    "line-a-boolean": {"findings": [_with(FINDING, 1, True)]},
    "message-not-a-string": {"findings": [_with(FINDING, 8, 5)]},
    "unknown-severity": {"findings": [_with(FINDING, 7, "loud")]},
    "fix-not-a-fix": {"findings": [_with(FINDING, 9, 5)]},
    "fix-with-wrong-types": {"findings": [_with(FINDING, 9, ["a", 2, "x"])]},
    "suppression-rules-not-names": {"suppressions": [_with(SUPPRESSION, 1, [5])]},
    "suppressions-not-a-list": {"suppressions": "x"},
    "suppressions-missing": {"suppressions": None},
    "warnings-not-strings": {"warnings": [5]},
    "errors-smuggled-in": {"errors": ["internal error: not really"]},
}


@pytest.mark.timeout(60)
@pytest.mark.parametrize("case", list(WRONG_FIELDS))
def test_entry_with_right_key_but_wrong_field_types_is_a_miss(cli, tmp_path, case):
    """cache.py promises "a miss, never an error"."""
    root = project(tmp_path)
    expected = lint(cli, root)
    for entry in entries(root):
        data = json.loads(entry.read_text())
        data.update(WRONG_FIELDS[case])
        if data.get("suppressions", ()) is None:
            del data["suppressions"]
        entry.write_text(json.dumps(data))
    again = lint(cli, root)
    assert (again.stdout, again.stderr, again.returncode) == (expected.stdout, expected.stderr, expected.returncode)


@pytest.mark.parametrize("config", [
    {"include": 5}, {"include": [5]}, {"rules": {"consent-by-use": 5}}, {"lang": 5},
    {"rules": {"consent-by-use": {"severity": "off", "params": 5}}}, {"fail_on": ["x"]},
])
def test_config_entry_with_wrong_field_types_is_a_miss(cli, tmp_path, config):
    root = project(tmp_path, "rules:\n  consent-by-use: warning\n")
    expected = lint(cli, root)
    for entry in (root / ".policylint_cache" / "configs").glob("*.json"):
        data = json.loads(entry.read_text())
        data["config"].update(config)
        entry.write_text(json.dumps(data))
    again = lint(cli, root)
    assert (again.stdout, again.stderr, again.returncode) == (expected.stdout, expected.stderr, expected.returncode)


class _RecordingCache:
    """A results cache that notes which process stored each entry."""

    def __init__(self, log):
        self.log = str(log)

    def put(self, result, settings):
        import os

        with open(self.log, "a", encoding="utf-8") as handle:
            handle.write(f"{os.getpid()}\n")


def test_worker_processes_store_the_entries_they_make(tmp_path):
    """The parent of a first run over many files does not serialise their entries."""
    import os

    from policylint import parallel
    from policylint.engine import Linter
    from policylint.source import read_path

    if parallel.start_method() != "fork" or parallel.cores() < 2:
        return  # spawned workers cannot see this test module's recorder; one core: no workers
    root = project(tmp_path)
    sources = [read_path(str(p))[0] for p in sorted((root / "docs").iterdir())] * 3
    log = tmp_path / "stored-by"
    results = parallel.lint(Linter(), sources, 2, [(_RecordingCache(log), "settings")] * len(sources))
    stored_by = log.read_text().split()
    assert len(results) == len(stored_by) == len(sources)
    assert stored_by.count(str(os.getpid())) <= 1  # the document the parent lints to warm the rules
    assert len(set(stored_by)) >= 2


def test_compact_entries_round_trip_every_field(tmp_path):
    """Entries are rows of field values, decoded back to equal findings and suppressions."""
    from policylint.cache import ResultCache
    from policylint.engine import Linter
    from policylint.source import Source

    text = ("# Acme Privacy Policy\n\nAcme Ltd (\"we\") runs Acme. Write to privacy@acme.example.\n\n"
            "ACME and Acme.\n\n<!-- policylint-disable consent-by-use, POL202 -- quoted -->\n"
            "By using the site you agree to this policy.\n<!-- policylint-enable -->\n")
    source = Source(str(tmp_path / "privacy.md"), text)
    fresh = Linter().lint_source(source)
    store = ResultCache(str(tmp_path))
    store.put(fresh, "settings")
    entry = json.loads(next((tmp_path / ".policylint_cache" / "files").glob("*/*.json")).read_text())
    assert all(isinstance(row, list) for row in entry["findings"] + entry["suppressions"])
    cached = store.get(source, "settings")
    assert cached.findings == fresh.findings and cached.suppressions == fresh.suppressions
    assert cached.suppressions[0].rules == {"consent-by-use", "POL202"}
