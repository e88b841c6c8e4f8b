"""Start-up stays light: what --version, --list-rules, a run with no files and a
fully cached run import (no timing: the modules they must not load)."""
from __future__ import annotations

import json
import subprocess
import sys

import pytest

HEAVY = ("markdown_it", "ruamel.yaml", "pluggy", "policylint.reporters.text", "policylint.kinds", "pygls", "lsprotocol",
         "policylint.server")
PROBE = """
import json, sys
from policylint.cli import main
try:
    code = main({args!r})
except SystemExit as exc:
    code = exc.code
sys.stdout.flush()
print(json.dumps(sorted(m for m in sys.modules if m.startswith({heavy!r}))), file=sys.stderr)
"""
POLICY = "# Acme Privacy Policy\n\nAcme Ltd (\"we\"). Write to privacy@acme.example.\n\nBy using the site you agree.\n"


def imported(args, cwd) -> list[str]:
    code = PROBE.format(args=list(args), heavy=HEAVY)
    result = subprocess.run([sys.executable, "-c", code], cwd=cwd, capture_output=True, text=True)
    return json.loads(result.stderr.strip().splitlines()[-1])


def test_version_imports_nothing_heavy(tmp_path):
    assert imported(["--version"], tmp_path) == []


def test_list_rules_imports_no_parser_or_reporter(tmp_path):
    loaded = imported(["--list-rules"], tmp_path)
    assert not [m for m in loaded if m.startswith(("markdown_it", "policylint.reporters."))]


def test_run_without_documents_imports_nothing_heavy(tmp_path):
    assert imported(["."], tmp_path) == []  # an empty folder: a usage error, found before any loading


@pytest.mark.parametrize("config", [None, "rules:\n  consent-by-use: warning\n"])
def test_cached_run_loads_no_plugin_yaml_or_parser(tmp_path, config):
    (tmp_path / ".git").mkdir()
    (tmp_path / "privacy.md").write_text(POLICY)
    if config:
        (tmp_path / ".policylint.yaml").write_text(config)
    cold = imported(["privacy.md"], tmp_path)
    assert "markdown_it" in cold and "pluggy" in cold
    warm = imported(["privacy.md"], tmp_path)
    assert [m for m in warm if m != "policylint.reporters.text"] == []


DASK_STACK = ("dask", "distributed", "pandas", "pyarrow", "fsspec", "numpy", "policylint.dask", "policylint.corpus")


def imported_by_importtime(args, cwd) -> set[str]:
    """The modules ``python -X importtime -m policylint ARGS`` imports (read from its report)."""
    result = subprocess.run([sys.executable, "-X", "importtime", "-m", "policylint", *args], cwd=cwd,
                            capture_output=True, text=True)
    return {line.split("|")[-1].strip() for line in result.stderr.splitlines() if line.startswith("import time:")}


@pytest.mark.parametrize("args", [["--version"], ["privacy.md"], ["audit", "--help"]])
def test_command_line_never_imports_the_dask_stack(tmp_path, args):
    (tmp_path / "privacy.md").write_text(POLICY)
    loaded = imported_by_importtime(["--no-cache", *args] if args == ["privacy.md"] else args, tmp_path)
    assert "policylint.cli" in loaded  # the report was read
    assert not {m for m in loaded if m.split(".")[0] in DASK_STACK or m in DASK_STACK}


# counts the patterns compiled from here on, by the pattern's text (a rule's pattern names itself)
COUNTING = """
import json, re, sys
compiled = []
real = re._compile
def counting(pattern, flags):
    if isinstance(pattern, str) and (type(pattern), pattern, flags) not in re._cache:
        compiled.append(pattern)
    return real(pattern, flags)
re._compile = counting
from policylint.cli import main
try:
    main({args!r})
except SystemExit:
    pass
sys.stdout.flush()
print(json.dumps({{"modules": sorted(m for m in sys.modules if m.startswith({heavy!r})), "compiled": compiled}}),
      file=sys.stderr)
"""
GERMAN = ("# Datenschutzerklärung\n\nWir, die Acme GmbH, verarbeiten Ihre Daten nur, wenn Sie eingewilligt haben. "
          "Schreiben Sie an datenschutz@acme.example.\n")


def probe(args, cwd) -> dict:
    code = COUNTING.format(args=list(args), heavy=("ruamel", "yaml", "pluggy", "markdown_it"))
    result = subprocess.run([sys.executable, "-c", code], cwd=cwd, capture_output=True, text=True)
    return json.loads(result.stderr.strip().splitlines()[-1])


@pytest.mark.parametrize("config", [None, "rules:\n  consent-by-use: warning\n"])
def test_a_changed_file_under_unchanged_rules_loads_no_yaml(tmp_path, config):
    """The compiled rule pack: once a run has validated the rules, a file whose cache entry
    misses (a new one, or any file with --no-cache) is linted without a YAML parser or pluggy,
    and a plain-text file without the Markdown parser."""
    (tmp_path / ".git").mkdir()
    (tmp_path / "privacy.txt").write_text(POLICY.replace("# ", ""))
    if config:
        (tmp_path / ".policylint.yaml").write_text(config)
    first = probe(["privacy.txt"], tmp_path)
    assert "ruamel.yaml" in first["modules"]  # the rule files were read once
    (tmp_path / "privacy.txt").write_text(POLICY.replace("# ", "") + "\nBy visiting the site you agree.\n")
    changed = probe(["privacy.txt"], tmp_path)
    assert changed["modules"] == []
    if not config:  # --no-cache reads the stored pack (with a config file, the config is YAML to read)
        assert probe(["--no-cache", "privacy.txt"], tmp_path)["modules"] == []


def test_rules_for_another_language_compile_no_pattern(tmp_path):
    """A German notice: the English-only rules are never started, so none of their patterns
    (the phrase and frame rules' word lists) is compiled (38 of them were when every rule
    started with the run)."""
    from policylint.patterns import spaced
    from policylint.plugins import Registry

    english = [rule for rule in Registry().rules.values() if rule.languages == ["en"]]
    assert english
    (tmp_path / ".git").mkdir()
    (tmp_path / "datenschutz.md").write_text(GERMAN)
    probe(["--lang", "de", "datenschutz.md"], tmp_path)  # stores the rule pack
    compiled = probe(["--no-cache", "--lang", "de", "datenschutz.md"], tmp_path)["compiled"]
    assert compiled  # the counter saw the patterns that were compiled
    for rule in english:
        for key, value in rule.params.items():
            for pattern in [value] if isinstance(value, str) else value if isinstance(value, list) else ():
                if isinstance(pattern, str) and len(pattern) > 20:
                    assert not any(pattern in text or spaced(pattern) in text for text in compiled), (rule.name, key)
