"""Shared helpers: lint a string, run the CLI in-process, locate fixtures."""
from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
FIXTURES = Path(__file__).resolve().parent / "fixtures"
EXAMPLES = ROOT / "examples" / "policies"
CLEAN = FIXTURES / "clean-policy.md"
CLEAN_TEXT = CLEAN.read_text(encoding="utf-8")
# the clean policy plus one consent-by-use sentence, on line BAD_LINE
BAD = CLEAN_TEXT + "\nBy using the site you agree to this policy.\n"
BAD_LINE = CLEAN_TEXT.count("\n") + 2


@pytest.fixture(scope="session")
def registry():
    from policylint.plugins import Registry

    return Registry()


@pytest.fixture(scope="session")
def linter_factory(registry):
    from policylint.engine import Linter

    def make(**options):
        return Linter(registry=registry, **options)

    return make


@pytest.fixture
def lint(linter_factory):
    """lint(text, path="doc.md", select=(...)) -> findings"""
    from policylint.source import Source

    def run(text, path="doc.md", select=(), **options):
        linter = linter_factory(select=select, config_path=options.pop("config_path", None), **options)
        source = Source(path, text.lstrip("\ufeff"), text.startswith("\ufeff"))
        from policylint.config import Config

        result = linter.lint_source(source, Config())
        assert not result.errors, result.errors
        return result.findings

    return run


def run_cli(*args, cwd=None, stdin=None, env=None):
    """Run ``python -m policylint`` as a user would; returns CompletedProcess."""
    full_env = {**os.environ, "NO_COLOR": "1", **(env or {})}
    return subprocess.run([sys.executable, "-m", "policylint", *map(str, args)], cwd=cwd, input=stdin,
                          capture_output=True, text=True, env=full_env)


@pytest.fixture
def cli():
    return run_cli
