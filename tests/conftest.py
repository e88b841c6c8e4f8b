"""Shared helpers: lint a string, run the CLI in-process, locate fixtures."""
from __future__ import annotations

import os
import signal
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


# Hypothesis: a few hundred examples in CI (the default), many more with
# `pytest --hypothesis-profile long` on a developer's machine.
from hypothesis import HealthCheck, settings  # noqa: E402

settings.register_profile("ci", max_examples=75, deadline=None,
                          suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large])
settings.register_profile("long", max_examples=3000, deadline=None,
                          suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large])


def pytest_configure(config):
    if not config.getoption("hypothesis_profile", None):
        settings.load_profile("ci")


def write_plugin(root: Path, name: str, module_source: str, files: dict | None = None) -> Path:
    """A throwaway installed plugin: ``root/<name>.py`` (or package files) plus a
    ``<name>-0.1.dist-info`` whose entry_points.txt registers it in the ``policylint``
    group, exactly as pip would. Put ``root`` on PYTHONPATH to install it."""
    root.mkdir(parents=True, exist_ok=True)
    (root / f"{name}.py").write_text(module_source, encoding="utf-8")
    for rel, text in (files or {}).items():
        (root / rel).parent.mkdir(parents=True, exist_ok=True)
        (root / rel).write_text(text, encoding="utf-8")
    info = root / f"{name}-0.1.dist-info"
    info.mkdir(exist_ok=True)
    (info / "METADATA").write_text(f"Metadata-Version: 2.1\nName: {name}\nVersion: 0.1\n", encoding="utf-8")
    (info / "entry_points.txt").write_text(f"[policylint]\n{name} = {name}\n", encoding="utf-8")
    return root


@pytest.fixture
def lint_set(linter_factory, tmp_path):
    """lint_set({"en/privacy.md": text, ...}, select=(...), jobs=1, cache=False) -> findings of
    every file, policy-set findings included (the files are written under a temporary folder
    and reported by their relative paths)."""
    from policylint.batch import lint_sources
    from policylint.sets.stage import apply_sets
    from policylint.source import read_path

    def run(files, select=(), jobs=1, cache=False, root=None):
        root = root or tmp_path
        write_files(root, files)
        here = os.getcwd()
        os.chdir(root)
        try:
            linter = linter_factory(select=select)
            sources = [read_path(name)[0] for name in sorted(files)]
            results = lint_sources(linter, sources, jobs=jobs, use_cache=cache)
            apply_sets(linter, results)
        finally:
            os.chdir(here)
        for result in results:
            assert not result.errors, result.errors
        return sorted((f for r in results for f in r.findings), key=lambda f: f.sort_key)

    return run


@pytest.fixture
def set_places(lint_set):
    """set_places(files, rule) -> [(path, line, column, related)] of that set rule's findings."""
    def run(files, rule):
        return [(f.path, f.line, f.column, f.related) for f in lint_set(files, select=[rule]) if f.rule == rule]

    return run


def write_files(root: Path, files: dict) -> None:
    """Write ``{relative path: text}`` under ``root``, making the folders."""
    for name, text in files.items():
        target = root / name
        target.parent.mkdir(parents=True, exist_ok=True)
        target.write_text(text, encoding="utf-8")


def as_a_terminal_runs_it() -> None:
    """For a child that is sent Ctrl-C: a terminal's foreground job takes SIGINT, but a job a script starts in
    the background ignores it and its children inherit that; start the child as a terminal would."""
    signal.signal(signal.SIGINT, signal.SIG_DFL)
