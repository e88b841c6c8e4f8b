"""The pre-commit hook, installed the way pre-commit installs it (try-repo on this checkout)."""
from __future__ import annotations

import os
import shutil
import subprocess
import sys

import pytest

from conftest import BAD, BAD_LINE, CLEAN_TEXT, ROOT

pytestmark = pytest.mark.skipif(shutil.which("git") is None, reason="git is needed")


def run(*args, cwd, env):
    return subprocess.run(list(args), cwd=cwd, env=env, capture_output=True, text=True)


def test_hook_fails_on_consent_by_use_then_passes(tmp_path):
    repo = tmp_path / "site"
    repo.mkdir()
    env = {**os.environ, "PRE_COMMIT_HOME": str(tmp_path / "cache"), "NO_COLOR": "1",
           "GIT_AUTHOR_NAME": "t", "GIT_AUTHOR_EMAIL": "t@example.com",
           "GIT_COMMITTER_NAME": "t", "GIT_COMMITTER_EMAIL": "t@example.com"}
    run("git", "init", "-q", cwd=repo, env=env)
    policy = repo / "privacy.md"
    policy.write_text(BAD)
    run("git", "add", ".", cwd=repo, env=env)
    hook = [sys.executable, "-m", "pre_commit", "try-repo", str(ROOT), "policylint", "--files", "privacy.md"]
    failed = run(*hook, cwd=repo, env=env)
    assert failed.returncode == 1, failed.stdout + failed.stderr
    assert f"privacy.md:{BAD_LINE}:1: POL201 consent-by-use" in failed.stdout

    policy.write_text(CLEAN_TEXT)
    run("git", "add", ".", cwd=repo, env=env)
    passed = run(*hook, cwd=repo, env=env)
    assert passed.returncode == 0, passed.stdout + passed.stderr
