"""The repository holds sources only: build artefacts and scratch files stay out."""
from __future__ import annotations

import re
import shutil
import subprocess

import pytest

from conftest import ROOT

ARTEFACT = re.compile(r"(^|/)[^/]+\.(whl|tar\.gz|zip|pyc|log|tmp)$|(^|/)\.DS_Store$")


def _git(*args):
    if shutil.which("git") is None or not (ROOT / ".git").exists():
        pytest.skip("not a git checkout")
    return subprocess.run(["git", *args], cwd=ROOT, capture_output=True, text=True)


def test_no_build_artefacts_are_tracked():
    tracked = _git("ls-files").stdout.splitlines()
    assert [p for p in tracked if ARTEFACT.search(p)] == []


@pytest.mark.parametrize("name", ["policylint-0.1.0-py3-none-any.whl", "dist.tar.gz", "x.pyc", "run.log",
                                  "bench/out.tmp", "sub/.DS_Store"])
def test_build_artefacts_are_ignored(name):
    assert _git("check-ignore", "--no-index", "-q", name).returncode == 0, f"{name} is not ignored"
