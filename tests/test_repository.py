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


def test_readme_names_the_released_version():
    """The pre-commit `rev:` and the workflow's `@v...` are the tag of this version."""
    from policylint import __version__

    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    revs = set(re.findall(r"rev: (v[\w.]+)", readme)) | set(re.findall(r"policylint@(v[\w.]+)", readme))
    assert revs == {f"v{__version__}"}


def test_the_release_tag_is_on_this_history():
    tags = _git("tag", "--merged", "HEAD").stdout.split()
    if not tags:
        pytest.skip("a clone without tags")
    from policylint import __version__

    assert f"v{__version__}" in tags
