"""Every file of the shared corpora of published policies lints without an internal error.

The corpora live next to the project (``../shared/corpus``) on the team's
machines, not in the repository; elsewhere this test is skipped.
"""
from __future__ import annotations

import pytest

from conftest import ROOT

CORPORA = [ROOT.parent / "shared" / "corpus" / name for name in ("real", "mozilla-legal-docs")]


@pytest.mark.parametrize("corpus", CORPORA, ids=lambda p: p.name)
def test_corpus_lints_without_internal_error(registry, corpus):
    if not corpus.is_dir():
        pytest.skip(f"{corpus.name} corpus not present")
    from policylint.config import Config
    from policylint.engine import Linter
    from policylint.source import read_path

    linter = Linter(registry=registry)
    files = sorted(p for p in corpus.rglob("*") if p.is_file())
    assert files
    for path in files:
        source, _ = read_path(str(path))
        result = linter.lint_source(source, Config())
        assert not result.errors, result.errors
