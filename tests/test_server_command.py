"""`policylint server` is a subcommand only as the first argument, and needs the lsp extra."""
from __future__ import annotations

import subprocess
import sys

from conftest import run_cli

NO_PYGLS = """
import sys
sys.modules["pygls"] = None  # as if `pip install policylint` without the [lsp] extra
from policylint.cli import main
sys.exit(main(["server"]))
"""


def test_server_without_pygls_is_one_line_and_exit_2(tmp_path):
    result = subprocess.run([sys.executable, "-c", NO_PYGLS], cwd=tmp_path, capture_output=True, text=True)
    assert result.returncode == 2
    [line] = result.stderr.splitlines()
    assert line.startswith("policylint: the language server needs pygls and lsprotocol")
    assert line.endswith("install them with: pip install 'policylint[lsp]'")


def test_server_help_and_a_folder_named_server(tmp_path):
    assert "language server" in run_cli("server", "--help").stdout
    (tmp_path / "server").mkdir()
    (tmp_path / "server" / "privacy.md").write_text("# Privacy\n\nBy using the app you agree to this policy.\n")
    result = run_cli("./server", "--select", "consent-by-use", cwd=tmp_path)
    assert result.returncode == 1 and "POL201 consent-by-use" in result.stdout


def test_imports_point_one_way_engine_never_imports_the_server():
    """Only the CLI's `server` dispatch reaches into policylint/server; nothing else knows of pygls."""
    import re

    from conftest import ROOT

    pattern = re.compile(r"^\s*(?:from|import)\s+(?:\.+server\b|policylint\.server\b|pygls\b|lsprotocol\b)", re.M)
    offenders = []
    for path in sorted((ROOT / "policylint").rglob("*.py")):
        rel = path.relative_to(ROOT / "policylint").as_posix()
        if rel.startswith("server/"):
            continue
        for match in pattern.finditer(path.read_text(encoding="utf-8")):
            offenders.append((rel, match.group().strip()))
    assert offenders == [("cli.py", "from .server")]
