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
