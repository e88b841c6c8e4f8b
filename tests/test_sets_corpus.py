"""The translation rules on the Mozilla legal-docs corpus (``../shared/corpus``, present on the
team's machines only; skipped elsewhere): the stale Pocket copies are found with their dates, and
no copy whose date matches the English one is reported."""
from __future__ import annotations

import json

import pytest

from conftest import ROOT, run_cli

MOZILLA = ROOT.parent / "shared" / "corpus" / "mozilla-legal-docs"


@pytest.mark.skipif(not MOZILLA.is_dir(), reason="mozilla-legal-docs corpus not present")
def test_stale_pocket_copies_are_the_stale_findings():
    result = run_cli("--no-cache", "--format", "json", "--select", "translation-stale", ".", cwd=MOZILLA)
    found = json.loads(result.stdout)
    assert found, result.stderr
    assert {f["path"].split("/")[-1] for f in found} == {"pocket_privacy_policy.md"}
    assert len(found) == 12
    assert all("(2024-04-03)" in f["message"] and "(2025-08-27)" in f["message"] for f in found)
