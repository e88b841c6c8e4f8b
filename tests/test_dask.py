"""policylint on Dask: a two-worker LocalCluster (processes) and this machine's processes find
exactly what the command line finds; tables, fsspec URLs, the per-rule summary, errors.

Skipped when the dask extra is not installed. The shared corpora are used when
they sit next to the project (``../shared/corpus``), as in test_corpus.py.
"""
from __future__ import annotations

import json
import os
import shutil
import signal
import subprocess
import sys
import time

import pytest

from conftest import BAD, BAD_LINE, CLEAN_TEXT, EXAMPLES, ROOT, as_a_terminal_runs_it, run_cli
from test_parallel import _process_group as process_group

pytest.importorskip("dask.bag")
pytest.importorskip("distributed")
pytest.importorskip("pandas")
pytest.importorskip("pyarrow")

import dask  # noqa: E402
import pandas as pd  # noqa: E402

from policylint import dask as pld  # noqa: E402
from policylint import lint_text  # noqa: E402
from policylint.errors import PolicylintError  # noqa: E402

CORPUS = ROOT.parent / "shared" / "corpus"
CORPORA = ("real", "mozilla-legal-docs")


@pytest.fixture(scope="module")
def cluster():
    from distributed import LocalCluster

    with LocalCluster(n_workers=2, processes=True, threads_per_worker=1, dashboard_address=None) as cluster:
        yield cluster


@pytest.fixture
def sync():
    with dask.config.set(scheduler="sync"):
        yield


def cli_findings(*paths, cwd=ROOT) -> list[dict]:
    """The command line's findings with each document judged alone, as the audit judges them."""
    result = run_cli("--format", "json", "--no-cache", "--no-sets", *paths, cwd=cwd)
    assert result.returncode in (0, 1), result.stderr
    return json.loads(result.stdout)


def as_json(frame) -> list[dict]:
    """Table rows in the JSON format's shape (``fix`` as ``{"replacement": ...}``)."""
    rows = frame.to_dict("records")
    for row in rows:
        row["fix"] = {"replacement": row["fix"]} if isinstance(row["fix"], str) else None
    return rows


def parquet_findings(path) -> list[dict]:
    return as_json(pd.read_parquet(path))


def audit(*args, cwd=ROOT):
    return run_cli("audit", *args, cwd=cwd)


@pytest.mark.timeout(120)
def test_a_two_worker_cluster_finds_what_the_command_line_finds(cluster, tmp_path):
    paths = ("examples/policies", "tests/fixtures")
    result = audit(*paths, "-o", tmp_path / "findings.parquet", "--scheduler", cluster.scheduler_address)
    assert result.returncode == 0, result.stderr
    expected = cli_findings(*paths)
    assert parquet_findings(tmp_path / "findings.parquet") == expected  # same rows, same order
    documents = len([p for path in paths for p in (ROOT / path).rglob("*") if p.suffix in (".md", ".txt")])
    assert result.stdout.splitlines()[0] == (f"{documents} documents, {len(expected)} findings; "
                                             f"written to {tmp_path / 'findings.parquet'}")


@pytest.mark.timeout(120)
def test_both_corpora_on_a_two_worker_cluster_give_the_command_line_findings(cluster, tmp_path):
    if not all((CORPUS / name).is_dir() for name in CORPORA):
        pytest.skip("the shared corpora are not present")
    result = audit(*CORPORA, "-o", tmp_path / "findings.parquet", "--scheduler", cluster.scheduler_address,
                   "--format", "json", cwd=CORPUS)
    assert result.returncode == 0, result.stderr
    expected = cli_findings(*CORPORA, cwd=CORPUS)
    assert len(expected) > 500
    assert parquet_findings(tmp_path / "findings.parquet") == expected
    summary = json.loads(result.stdout)
    assert summary["findings"] == len(expected)
    by_code = {rule["code"]: rule for rule in summary["rules"]}
    for code in by_code:
        paths = {f["path"] for f in expected if f["code"] == code}
        assert by_code[code]["documents"] == len(paths)
        assert by_code[code]["share"] == pytest.approx(len(paths) / summary["documents"])


@pytest.mark.timeout(120)
def test_this_machines_processes_find_the_same_with_a_progress_bar(tmp_path):
    out = tmp_path / "findings.parquet"
    result = audit("examples/policies", "-o", out, "--jobs", "2", "--progress")
    assert result.returncode == 0, result.stderr
    assert "100% Completed" in result.stderr
    assert parquet_findings(out) == cli_findings("examples/policies")
    table = result.stdout.splitlines()
    assert table[1].split() == ["code", "rule", "severity", "documents", "share", "findings"]
    assert table[2].split()[:5] == ["POL101", "controller-unnamed", "error", "2", "40.0%"]


@pytest.mark.skipif(not os.path.isdir("/proc") or not hasattr(os, "killpg"), reason="needs /proc and process groups")
@pytest.mark.timeout(120)
@pytest.mark.parametrize("delay", [0, 0.01, 0.5])
def test_ctrl_c_stops_a_local_audit_at_once(tmp_path, delay):
    """Ctrl-C (SIGINT to the whole process group, as a terminal sends it) once the workers
    appear: exit 130, no traceback from any worker, no worker left behind."""
    for copy in range(30):  # enough work (seconds of it) that the run is still going when Ctrl-C comes
        shutil.copytree(EXAMPLES, tmp_path / "docs" / f"copy{copy}")
    command = [sys.executable, "-m", "policylint", "audit", "docs", "-o", "out.parquet", "--jobs", "2"]
    run = subprocess.Popen(command, cwd=tmp_path, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE,
                           start_new_session=True, preexec_fn=as_a_terminal_runs_it)
    try:
        deadline = time.monotonic() + 60
        while len(process_group(run.pid)) < 3 and run.poll() is None and time.monotonic() < deadline:
            time.sleep(0.0005)
        time.sleep(delay)
        assert run.poll() is None, "the audit ended before Ctrl-C came: give it more work"
        os.killpg(run.pid, signal.SIGINT)
        assert (run.wait(timeout=60), run.stderr.read().decode()) == (130, "")
        deadline = time.monotonic() + 10
        while process_group(run.pid) and time.monotonic() < deadline:
            time.sleep(0.05)
        assert process_group(run.pid) == []
    finally:
        if process_group(run.pid):
            os.killpg(run.pid, signal.SIGKILL)


def test_a_second_audit_replaces_the_dataset(tmp_path):
    out = tmp_path / "findings.parquet"
    (tmp_path / "docs").mkdir()
    for index in range(12):
        (tmp_path / "docs" / f"p{index:02}.md").write_text(BAD)
    assert audit("docs", "-o", out, "-j", "1", cwd=tmp_path).returncode == 0
    assert len(list(out.iterdir())) > 1
    (tmp_path / "one.md").write_text(BAD)
    assert audit("one.md", "-o", out, "-j", "1", cwd=tmp_path).returncode == 0
    assert {f["path"] for f in parquet_findings(out)} == {"one.md"}


def test_output_that_is_not_a_dataset_is_never_replaced(tmp_path):
    (tmp_path / "docs").mkdir()
    (tmp_path / "docs" / "privacy.md").write_text(BAD)
    result = audit("docs", "-o", "docs", cwd=tmp_path)
    assert result.returncode == 2
    assert result.stderr == f"{tmp_path / 'docs'}: exists and is not a Parquet dataset; not replaced\n"
    assert (tmp_path / "docs" / "privacy.md").read_text() == BAD


def test_unreadable_documents_are_reported_as_the_command_line_reports_them(tmp_path):
    (tmp_path / "docs").mkdir()
    (tmp_path / "docs" / "image.md").write_bytes(b"\x89PNG\x00\x00")
    (tmp_path / "docs" / "latin.md").write_bytes(BAD.encode("cp1252") + b"Caf\xe9\n")
    (tmp_path / "named.txt").write_bytes(b"\x00\x01")
    cli = run_cli("--no-cache", "--format", "json", "docs", "named.txt", cwd=tmp_path)
    result = audit("docs", "named.txt", "-j", "1", cwd=tmp_path)
    assert result.returncode == cli.returncode == 2
    assert sorted(result.stderr.splitlines()) == sorted(cli.stderr.splitlines())
    assert len(result.stderr.splitlines()) == 3  # image.md skipped, latin.md decoded as cp1252, named.txt binary
    found = len(json.loads(cli.stdout))
    assert result.stdout.splitlines()[0] == f"2 documents, {found} findings, 1 with errors (see above)"


def test_a_bad_path_or_config_stops_before_any_work(tmp_path):
    result = audit("missing", cwd=tmp_path)
    assert (result.returncode, result.stderr) == (2, "missing: no such file or directory\n")
    (tmp_path / "p.md").write_text(BAD)
    (tmp_path / "audit.yaml").write_text("rules:\n  consent-by-usage: off\n")
    result = audit("p.md", "--config", "audit.yaml", cwd=tmp_path)
    assert result.returncode == 2
    assert result.stderr.startswith('audit.yaml:2:3: unknown rule "consent-by-usage"')


def test_a_scheduler_address_that_is_wrong_is_one_line():
    result = audit("examples/policies", "--scheduler", "nonsense:::")
    assert result.returncode == 2
    assert result.stderr.startswith("policylint audit: --scheduler: cannot connect to nonsense:::: ")
    assert result.stderr.count("\n") == 1


@pytest.mark.parametrize("missing", ["dask", "pyarrow"])
def test_without_the_extra_the_subcommand_says_how_to_install_it(tmp_path, missing):
    (tmp_path / "p.md").write_text(BAD)
    code = (f"import sys\nsys.modules[{missing!r}] = None  # as if installed without the [dask] extra\n"
            "from policylint.cli import main\nsys.exit(main(['audit', 'p.md']))\n")
    result = subprocess.run([sys.executable, "-c", code], cwd=tmp_path, capture_output=True, text=True)
    assert result.returncode == 2
    assert result.stderr == (f"policylint audit: auditing on Dask needs dask, distributed, pandas and pyarrow "
                             f"({missing} is not installed); install them with: pip install 'policylint[dask]'\n")


def test_imports_point_one_way_only_the_audit_command_reaches_dask():
    """Dask and its stack are imported by policylint.dask and the worker side (corpus) only,
    and policylint.dask by the `audit` subcommand only."""
    import re

    pattern = re.compile(r"^\s*(?:from|import)\s+(dask|distributed|pandas|pyarrow|fsspec|\.dask|\.corpus|"
                         r"policylint\.dask|policylint\.corpus)\b|^\s*from\s+\.\s+import\s+.*\b(dask|corpus)\b", re.M)
    users = {}
    for path in sorted((ROOT / "policylint").rglob("*.py")):
        rel = path.relative_to(ROOT / "policylint").as_posix()
        for match in pattern.finditer(path.read_text(encoding="utf-8")):
            users.setdefault(rel, set()).add(match.group(1) or match.group(2))
    assert set(users) == {"audit.py", "dask.py", "corpus.py"}, users
    assert users["audit.py"] == {"dask", "distributed"}  # `from . import dask`; a client for --scheduler
    assert users["corpus.py"] <= {"pyarrow", "fsspec"}


# -- the Python API, on the synchronous scheduler ------------------------------
def test_tables_of_id_and_text_rows(sync, tmp_path):
    frame = pd.DataFrame({"id": ["a.md", "b.txt", "c.md"], "text": [BAD, CLEAN_TEXT, BAD], "site": ["x", "y", "z"]})
    frame.to_parquet(tmp_path / "policies.parquet")
    frame.to_csv(tmp_path / "policies.csv", index=False)
    expected = [f for path, text in zip(frame["id"], frame["text"]) for f in lint_text(text, path)]
    assert {f["path"] for f in expected} == {"a.md", "c.md"}
    for source in (tmp_path / "policies.parquet", tmp_path / "policies.csv", frame):
        assert as_json(pld.findings(pld.lint(pld.documents(source))).compute()) == expected


def test_a_table_without_the_text_column_is_an_error(tmp_path):
    pd.DataFrame({"id": ["a.md"], "body": [BAD]}).to_parquet(tmp_path / "policies.parquet")
    with pytest.raises(PolicylintError, match=r'no column "text" in the table \(it has: id, body\)'):
        pld.documents(tmp_path / "policies.parquet")
    assert len(pld.documents(tmp_path / "policies.parquet", text_column="body").compute()) == 1


def test_any_fsspec_file_system(sync):
    import fsspec

    fs = fsspec.filesystem("memory")
    fs.pipe({"/corpus/a/privacy.md": BAD.encode(), "/corpus/b.txt": CLEAN_TEXT.encode(),
             "/corpus/notes.rst": BAD.encode(), "/corpus/.git/x.md": BAD.encode()})
    try:
        for source, listed in (("memory://corpus", ["a/privacy.md", "b.txt"]),
                               ("memory://corpus/a/*.md", ["a/privacy.md"])):
            items = pld.documents(source)
            assert [item.path for item in items.compute()] == [f"memory:///corpus/{name}" for name in listed]
            rows = pld.findings(pld.lint(items)).compute()
            consent = rows[rows["rule"] == "consent-by-use"]
            assert list(consent["path"]) == ["memory:///corpus/a/privacy.md"] and list(consent["line"]) == [BAD_LINE]
    finally:
        fs.rm("/corpus", recursive=True)


def test_summary_per_rule_and_per_document(sync):
    texts = {"a.md": BAD + "\nBy visiting the site you consent to this policy.\n", "b.md": CLEAN_TEXT,
             "c.md": CLEAN_TEXT, "d.md": BAD}
    results = pld.lint(pld.documents(pd.DataFrame({"id": list(texts), "text": list(texts.values())})))
    rules = pld.by_rule(results).compute().set_index("code")
    assert rules.loc["POL201", ["rule", "documents", "share", "findings"]].tolist() == ["consent-by-use", 2, 0.5, 3]
    documents = pld.by_document(results).compute().set_index("path")
    assert list(documents.index) == list(texts)
    assert documents.loc["b.md", "findings"] == 0 and documents.loc["a.md", "codes"] == "POL201"
    assert documents.loc["a.md", "error"] == 2 and not documents["failed"].any()


def test_documents_are_sorted_and_cut_into_tasks_for_every_worker(tmp_path):
    for index in range(40):
        (tmp_path / f"p{39 - index:02}.md").write_text("x\n")
    items = pld.documents(str(tmp_path), workers=2)
    assert items.map_partitions(len).compute(scheduler="sync") == [3] * 13 + [1]  # ~8 tasks a worker
    assert [item.path for item in items.compute(scheduler="sync")] == sorted(str(p) for p in tmp_path.iterdir())
    assert pld.documents(str(tmp_path), workers=100).npartitions == 40  # never less than a document a task
