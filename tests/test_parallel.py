"""--jobs: worker processes give exactly the output of one process."""
from __future__ import annotations

import os
import shutil
import signal
import subprocess
import sys
import time

import pytest

from conftest import EXAMPLES, FIXTURES, as_a_terminal_runs_it


def corpus(tmp_path):
    """Seeds and rule fixtures: more than a handful of documents, Markdown and plain text."""
    docs = tmp_path / "docs"
    shutil.copytree(EXAMPLES, docs / "examples")
    shutil.copytree(FIXTURES, docs / "fixtures")
    (tmp_path / ".git").mkdir()
    return tmp_path


def test_jobs_output_equals_one_process(cli, tmp_path):
    root = corpus(tmp_path)
    for fmt in ("text", "json"):
        one = cli("--no-cache", "--format", fmt, "--jobs", "1", "docs", cwd=root)
        assert one.returncode == 1 and one.stdout
        for jobs in ("2", "3"):
            many = cli("--no-cache", "--format", fmt, "--jobs", jobs, "docs", cwd=root)
            assert (many.returncode, many.stdout, many.stderr) == (one.returncode, one.stdout, one.stderr)
        default = cli("--no-cache", "--format", fmt, "docs", cwd=root)
        assert (default.returncode, default.stdout) == (one.returncode, one.stdout)


def test_jobs_with_a_partly_warm_cache(cli, tmp_path):
    root = corpus(tmp_path)
    expected = cli("--no-cache", "--jobs", "1", "docs", cwd=root).stdout
    cli("--jobs", "1", "docs/examples", cwd=root)  # warm half of it
    assert cli("--jobs", "2", "docs", cwd=root).stdout == expected


def test_spawned_workers_build_their_own_linter(tmp_path, monkeypatch):
    from policylint import parallel
    from policylint.engine import Linter
    from policylint.source import read_path

    root = corpus(tmp_path)
    sources = [read_path(str(p))[0] for p in sorted((root / "docs").rglob("*")) if p.suffix in (".md", ".txt")]
    one = parallel.lint(Linter(select=["consent-by-use", "POL103"]), sources, 1)
    monkeypatch.setattr(parallel, "start_method", lambda: "spawn")
    two = parallel.lint(Linter(select=["consent-by-use", "POL103"]), sources, 2)
    assert [r.findings for r in two] == [r.findings for r in one]
    assert [r.source for r in two] == sources


def test_bad_jobs_value_is_a_usage_error(cli, tmp_path):
    result = cli("--jobs", "0", ".", cwd=tmp_path)
    assert result.returncode == 2 and "--jobs" in result.stderr


def _die(source):
    import os

    os._exit(9)


def test_a_killed_worker_does_not_lose_results(tmp_path, monkeypatch):
    from policylint import parallel
    from policylint.engine import Linter
    from policylint.source import read_path

    if parallel.start_method() != "fork":
        return  # the patched worker function reaches the workers only by forking
    root = corpus(tmp_path)
    sources = [read_path(str(p))[0] for p in sorted((root / "docs").rglob("*")) if p.suffix in (".md", ".txt")]
    expected = [r.findings for r in parallel.lint(Linter(), sources, 1)]
    monkeypatch.setattr(parallel, "_lint", _die)
    assert [r.findings for r in parallel.lint(Linter(), sources, 2)] == expected


def _process_group(pgid: int) -> list[int]:
    """The processes (other than zombies) in process group ``pgid``, from /proc."""
    found = []
    for entry in os.listdir("/proc"):
        if entry.isdigit():
            try:
                with open(f"/proc/{entry}/stat") as handle:
                    fields = handle.read().rsplit(")", 1)[1].split()
            except OSError:
                continue
            if int(fields[2]) == pgid and fields[0] != "Z":
                found.append(int(entry))
    return found


@pytest.mark.skipif(not os.path.isdir("/proc") or not hasattr(os, "killpg"), reason="needs /proc and process groups")
@pytest.mark.timeout(240)
@pytest.mark.parametrize("delay", [0, 0.002, 0.01, 0.2])
def test_ctrl_c_while_workers_start(tmp_path, delay):
    """Ctrl-C (SIGINT to the whole process group, as a terminal sends it) just after the first
    worker appears: exit 130, no traceback, no worker left behind, no hang."""
    root = corpus(tmp_path)
    for copy in range(6):  # enough work that the run is still going when Ctrl-C comes
        shutil.copytree(EXAMPLES, root / "docs" / f"copy{copy}")
    command = [sys.executable, "-m", "policylint", "--no-cache", "--jobs", "2", "docs"]
    run = subprocess.Popen(command, cwd=root, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE,
                           start_new_session=True, preexec_fn=as_a_terminal_runs_it, env={**os.environ, "NO_COLOR": "1"})
    try:
        deadline = time.monotonic() + 60
        while len(_process_group(run.pid)) < 2 and run.poll() is None and time.monotonic() < deadline:
            time.sleep(0.0005)
        time.sleep(delay)
        os.killpg(run.pid, signal.SIGINT)
        stderr = run.communicate(timeout=60)[1].decode()
        assert (run.returncode, stderr) == (130, "")
        deadline = time.monotonic() + 10
        while _process_group(run.pid) and time.monotonic() < deadline:
            time.sleep(0.05)
        assert _process_group(run.pid) == []
    finally:
        if _process_group(run.pid):
            os.killpg(run.pid, signal.SIGKILL)


def test_jobs_are_capped_at_files_and_cores(monkeypatch):
    from policylint import parallel

    monkeypatch.setattr(parallel, "cores", lambda: 2)
    assert parallel.workers(1_000, 50) == 2
    assert parallel.workers(1_000, 1) == 1
    assert parallel.workers(None, 50) == 2 and parallel.workers(None, 3) == 1
    assert parallel.workers(1, 50) == 1


def test_default_jobs_start_workers_only_for_enough_text(monkeypatch):
    """Fifty one-line files are done in one process before two workers have started."""
    from policylint import parallel

    monkeypatch.setattr(parallel, "cores", lambda: 2)
    assert parallel.workers(None, 50, 50 * 200) == 1
    assert parallel.workers(None, 50, parallel.ENOUGH_TEXT) == 2
    assert parallel.workers(2, 50, 50 * 200) == 2  # an explicit --jobs is obeyed


def test_a_thousand_jobs_start_no_more_workers_than_cores(tmp_path, monkeypatch):
    """--jobs 1000 on 2 cores started 1,000 processes that only competed for them."""
    import concurrent.futures

    from policylint import parallel
    from policylint.engine import Linter
    from policylint.source import read_path

    started = []
    real = concurrent.futures.ProcessPoolExecutor

    def recording(workers, **options):
        started.append(workers)
        return real(workers, **options)

    monkeypatch.setattr(concurrent.futures, "ProcessPoolExecutor", recording)
    monkeypatch.setattr(parallel, "cores", lambda: 2)
    root = corpus(tmp_path)
    sources = [read_path(str(p))[0] for p in sorted((root / "docs").rglob("*.md"))][:20]
    expected = [r.findings for r in parallel.lint(Linter(), sources, 1)]
    assert [r.findings for r in parallel.lint(Linter(), sources, 1_000)] == expected
    assert started == [2]


def _interrupt_parent(task):
    import os
    import signal
    import time

    os.kill(os.getppid(), signal.SIGINT)
    time.sleep(30)


@pytest.mark.timeout(120)
def test_ctrl_c_while_work_is_queued_stops_the_pool_cleanly(tmp_path, monkeypatch):
    """Ctrl-C while most of the work still waits in the queue: KeyboardInterrupt in the parent,
    the workers stopped, and no crash in the pool's manager thread (queued work that was
    cancelled and then failed by the stopped pool raised there before Python 3.12)."""
    import threading

    from policylint import parallel
    from policylint.engine import Linter
    from policylint.source import read_path

    if parallel.start_method() != "fork":
        return  # the patched worker function reaches the workers only by forking
    root = corpus(tmp_path)
    for copy in range(3):
        shutil.copytree(EXAMPLES, root / "docs" / f"copy{copy}")
    sources = [read_path(str(p))[0] for p in sorted((root / "docs").rglob("*")) if p.suffix in (".md", ".txt")]
    crashes = []
    monkeypatch.setattr(threading, "excepthook", crashes.append)
    monkeypatch.setattr(parallel, "_lint", _interrupt_parent)
    started = time.monotonic()
    previous = signal.signal(signal.SIGINT, signal.default_int_handler)  # as at a terminal, even if started in the background
    try:
        with pytest.raises(KeyboardInterrupt):
            parallel.lint(Linter(), sources, 2)
    finally:
        signal.signal(signal.SIGINT, previous)
    assert crashes == [] and time.monotonic() - started < 20
