"""policylint on Dask: the same rules over a corpus of any size, on a laptop or a cluster.

Needs the ``dask`` extra (``pip install 'policylint[dask]'``); nothing else in
policylint imports this module, so the command line starts without Dask.

    from policylint import dask as pld

    results = pld.lint(pld.documents(["s3://bucket/policies/", "more/*.md", "scraped.parquet"]))
    pld.findings(results).to_parquet("findings.parquet")   # path, line, column, ... message
    pld.by_rule(results).compute()                         # share of policies with each defect

    pld.audit(["policies/"], "findings.parquet", client=client)   # the same in one pass

``documents`` takes folders (walked as the command line walks them), globs and
files, on the local disk or any fsspec file system (``s3://``, ``gs://``,
``https://`` ...), and Parquet or CSV tables of ``(id, text)`` rows. Every
document is linted with one config (the built-in defaults unless one is given:
no ``.policylint.yaml`` is looked for, a corpus is not a project) through the
library API, so its findings are those of the command line.
"""
from __future__ import annotations

import glob
import os
from dataclasses import dataclass, field

import dask
import dask.bag as db

from . import api, corpus
from .errors import PolicylintError

FINDING_COLUMNS = {name: "int64" if name in corpus.INTEGERS else "str" for name in corpus.COLUMNS}
DOCUMENT_COLUMNS = {"path": "str", "findings": "int64", "error": "int64", "warning": "int64", "info": "int64",
                    "codes": "str", "failed": "bool"}
RULE_COLUMNS = ("code", "rule", "severity", "documents", "share", "findings")
TABLE_SUFFIXES = (".parquet", ".pq", ".csv", ".csv.gz", ".csv.bz2", ".csv.xz", ".csv.zst")
PER_TASK = 64  # most documents in one task; fewer when a corpus is small, so every worker gets some
TASKS_PER_WORKER = 8


# -- documents --------------------------------------------------------------
def documents(sources, config=None, id_column: str = "id", text_column: str = "text", follow_links: bool = False,
              storage_options: dict | None = None, workers: int = 8) -> db.Bag:
    """A bag of ``policylint.corpus.Item``, one per document.

    ``sources``: one or a list of local paths, globs, fsspec URLs, ``.parquet`` or
    ``.csv`` tables with ``id_column`` and ``text_column`` (the id is the reported
    path: its extension picks Markdown or plain text), or pandas/Dask DataFrames
    with those columns. Files are listed here and sorted by path; table rows
    keep their order. ``config`` chooses which files a folder holds
    (``include``/``exclude``); ``workers`` sizes the tasks (a few per worker).
    A path that cannot be linted raises ``PolicylintError``: a typo should not
    cost a long run.
    """
    if isinstance(sources, (str, os.PathLike)) or _is_frame(sources):
        sources = [sources]
    settings = api.settings(config)  # a bad config is an error here, before any work is sent
    files: list = []
    bags: list = []
    for source in sources:
        if _is_frame(source) or _is_table(os.fspath(source)):
            bags.append(_table(source, id_column, text_column, storage_options, workers))
        elif "://" in os.fspath(source):
            files.extend(_remote(os.fspath(source), settings, storage_options or {}))
        else:
            files.extend(_local(os.fspath(source), settings, follow_links))
    if files:
        files.sort(key=lambda item: item.path)
        bags.insert(0, db.from_sequence(files, partition_size=_per_task(len(files), workers)))
    if not bags:
        raise PolicylintError("no documents to lint")
    return bags[0] if len(bags) == 1 else db.concat(bags)


def _per_task(count: int, workers: int) -> int:
    return max(1, min(PER_TASK, -(-count // (workers * TASKS_PER_WORKER))))


def _is_frame(source) -> bool:
    """A pandas or Dask DataFrame (neither is imported to find out)."""
    return type(source).__name__ == "DataFrame" and type(source).__module__.split(".")[0] in ("pandas", "dask")


def _is_table(source: str) -> bool:
    return source.lower().rstrip("/").endswith(TABLE_SUFFIXES)


class _OneConfig:
    """What ``files.collect`` asks of a Linter: here, one config for every folder."""

    def __init__(self, config):
        self.config = config

    def config_for(self, path):
        return self.config


def _local(source: str, config, follow_links: bool) -> list:
    """Local paths as the command line collects them (a glob is what a shell would expand)."""
    from .escape import say
    from .files import collect

    paths = [source]
    if glob.has_magic(source) and not os.path.lexists(source):
        paths = sorted(glob.glob(source, recursive=True))
        if not paths:
            raise PolicylintError("no file matches this pattern", source)
    problems: list = []
    found = collect(paths, _OneConfig(config), say, problems.append, follow_links)
    if problems:
        raise _located(problems[0], paths)
    return [corpus.Item(path, None, path in paths, os.path.abspath(path)) for path in found]


def _located(problem: str, paths: list) -> PolicylintError:
    """``files.collect``'s line ``path: message`` as an error naming its file."""
    for path in sorted(paths, key=len, reverse=True):
        if problem.startswith(path + ": "):
            return PolicylintError(problem[len(path) + 2:], path)
    path, _, message = problem.partition(": ")
    return PolicylintError(message, path)


def _remote(url: str, config, storage_options: dict) -> list:
    """Files behind an fsspec URL: a glob, a folder walked for the config's documents, or one file."""
    import fsspec

    from .config import glob_match
    from .files import SKIP_DIRS

    fs, root = fsspec.core.url_to_fs(url, **storage_options)
    if glob.has_magic(root):
        matches = fs.glob(root, detail=True)
        found = [_url_item(fs, path, True) for path in sorted(matches) if matches[path].get("type") == "file"]
        if not found:
            raise PolicylintError("no file matches this pattern", url)
        return found
    if not fs.isdir(root):
        if not fs.exists(root):
            raise PolicylintError("no such file or directory", url)
        return [corpus.Item(url, None, True, url)]
    chosen = []
    base = root.rstrip("/") + "/"
    for path in sorted(fs.find(root)):
        rel = path[len(base):] if path.startswith(base) else path
        if set(rel.split("/")[:-1]) & SKIP_DIRS:
            continue
        if any(glob_match(p, rel) for p in config.include) and not any(glob_match(p, rel) for p in config.exclude):
            chosen.append(_url_item(fs, path, False))
    if not chosen:
        raise PolicylintError("no Markdown or text documents in this folder", url)
    return chosen


def _url_item(fs, path: str, named: bool):
    url = fs.unstrip_protocol(path)
    return corpus.Item(url, None, named, url)


def _table(source, id_column: str, text_column: str, storage_options, workers: int) -> db.Bag:
    """Rows of ``(id, text)`` as items. A CSV file is read whole (a policy's text spans
    lines, which a split by bytes would cut) and then cut into tasks."""
    import dask.dataframe as dd
    import pandas as pd

    columns = [id_column, text_column]
    name = None if _is_frame(source) else os.fspath(source)
    if isinstance(source, pd.DataFrame):
        source = dd.from_pandas(source, npartitions=1)
    if name is None:
        frame = source
    elif ".csv" in name.lower():
        frame = dd.read_csv(name, dtype=str, keep_default_na=False, blocksize=None, storage_options=storage_options)
    else:
        frame = dd.read_parquet(name, storage_options=storage_options)
    missing = [c for c in columns if c not in frame.columns]
    if missing:
        raise PolicylintError(f'no column "{missing[0]}" in the table (it has: {", ".join(map(str, frame.columns))})',
                              name)
    rows = frame[columns].to_bag(index=False, format="tuple").map(_row)
    return rows.repartition(npartitions=max(rows.npartitions, workers * TASKS_PER_WORKER))


def _row(row):
    identifier, text = row
    return corpus.Item(str(identifier), text if isinstance(text, (str, bytes)) else None)


# -- linting and tables ------------------------------------------------------
def lint(items: db.Bag, config=None, lang: str | None = None, storage_options: dict | None = None) -> db.Bag:
    """A bag of ``policylint.lint_document`` results (path, findings, errors, warnings), one
    per item of ``documents``; ``config`` and ``lang`` as for ``policylint.lint_text``."""
    api.settings(config, lang)  # a bad config or language is an error now, not on every worker
    return items.map_partitions(corpus.lint_items, config, lang, storage_options or {})


def _meta(columns: dict):
    import pandas as pd

    return pd.DataFrame({name: pd.Series(dtype=dtype) for name, dtype in columns.items()})


def findings(results: db.Bag):
    """A Dask DataFrame of one row per finding: path, line, column, end_line, end_column,
    rule, code, severity, message and fix (the replacement text of a fixable finding, else null)."""
    return results.map_partitions(corpus.finding_rows).to_dataframe(meta=_meta(FINDING_COLUMNS))


def by_document(results: db.Bag):
    """A Dask DataFrame of one row per document read: path, findings, how many are errors,
    warnings and infos, the codes found (space-separated, sorted) and whether linting it failed
    (``problems`` says why)."""
    return results.filter(_read).map(_document_row).to_dataframe(meta=_meta(DOCUMENT_COLUMNS))


def _read(result) -> bool:
    return not result.get("skipped")


def _document_row(result) -> dict:
    from .escape import encodable

    severities = [f["severity"] for f in result["findings"]]
    return {"path": encodable(result["path"]), "findings": len(severities), "error": severities.count("error"),
            "warning": severities.count("warning"), "info": severities.count("info"),
            "codes": " ".join(sorted({f["code"] for f in result["findings"]})), "failed": bool(result["errors"])}


def by_rule(results: db.Bag):
    """The per-rule table (``rule_rows``) over ``results``, as a Dask item: ``.compute()``
    gives a pandas DataFrame."""
    return results.reduction(_part_counts, _merge_parts).apply(_rule_frame)


def _part_counts(results) -> dict:
    results = list(results)
    return {"documents": len(corpus.linted(results)), "rules": corpus.rule_counts(results)}


def _merge_parts(parts) -> dict:
    merged = {"documents": 0, "rules": {}}
    for part in parts:
        merged["documents"] += part["documents"]
        for key, (documents, found) in part["rules"].items():
            entry = merged["rules"].setdefault(key, [0, 0])
            entry[0] += documents
            entry[1] += found
    return merged


def _rule_frame(counts: dict):
    return rule_frame(rule_rows(counts["rules"], counts["documents"]))


def rule_rows(rules: dict, documents: int) -> list[dict]:
    """One row per rule found, sorted by code: code, rule, severity, documents (with at least
    one finding of it), share (of all ``documents`` read, those with errors too) and findings:
    what a corpus study reports."""
    return [dict(zip(RULE_COLUMNS, (code, rule, severity, docs, docs / documents if documents else 0.0, found)))
            for (code, rule, severity), (docs, found) in sorted(rules.items())]


def rule_frame(rows: list[dict]):
    import pandas as pd

    return pd.DataFrame(rows, columns=list(RULE_COLUMNS)).astype({"documents": "int64", "findings": "int64"})


def problems(results: db.Bag) -> db.Bag:
    """``("warning" or "error", line)`` for what the command line would print about the
    documents: a warning (decoded as cp1252, a binary file skipped) or an error (exit 2)."""
    return results.map(_problems).flatten()


def _problems(result) -> list:
    return [("warning", line) for line in result["warnings"]] + [("error", line) for line in result["errors"]]


# -- one pass ------------------------------------------------------------------
@dataclass
class Audit:
    """What ``audit`` found: counts, the per-rule table, and what went wrong, one line each."""

    documents: int
    findings: int
    failed: int  # documents that could not be linted (``errors`` says why)
    rules: list  # rows of the per-rule table (``rule_rows``)
    errors: list = field(default_factory=list)
    warnings: list = field(default_factory=list)

    @property
    def by_rule(self):
        """The per-rule table as a pandas DataFrame."""
        return rule_frame(self.rules)


def audit(sources, output: str | None = None, config=None, lang: str | None = None, client=None,
          progress: bool = False, workers: int | None = None, **options) -> Audit:
    """Lint ``sources`` in one pass: each task lints its documents and writes their findings
    to a part file of the Parquet dataset ``output`` (a folder; one written before is
    replaced), and only counts come back.

    ``client``: a ``dask.distributed.Client`` to run on (its workers must see the files
    and ``output``: a shared folder or an fsspec URL); None runs ``workers`` processes on
    this machine (default one per core; 1: this process alone). ``progress`` draws a bar
    on stderr. ``options`` go to ``documents``.
    """
    from .parallel import cores

    if client is not None:
        workers = workers or max(1, len(client.scheduler_info().get("workers", {})))
    workers = workers or cores()
    storage_options = options.get("storage_options") or {}
    api.settings(config, lang)
    items = documents(sources, config=config, workers=workers, **options)
    parts = items.to_delayed()
    if output is not None:
        output = _prepare_output(output, storage_options)
    tasks = [dask.delayed(corpus.audit_part)(part, output and f"{output}/part.{index:05d}.parquet", config, lang,
                                             storage_options)
             for index, part in enumerate(parts)]
    summaries = _run(tasks, client, progress, workers, config, lang)
    rules = _merge_parts(summaries)
    return Audit(documents=rules["documents"], findings=sum(s["findings"] for s in summaries),
                 failed=sum(s["failed"] for s in summaries), rules=rule_rows(rules["rules"], rules["documents"]),
                 errors=[line for s in summaries for line in s["errors"]],
                 warnings=[line for s in summaries for line in s["warnings"]])


def _run(tasks: list, client, progress: bool, workers: int, config=None, lang=None) -> list:
    import sys
    from contextlib import nullcontext

    if client is not None:
        futures = client.compute(tasks)
        if progress:
            from contextlib import redirect_stdout

            from distributed import progress as show

            with redirect_stdout(sys.stderr):  # the summary goes to stdout, the bar does not
                show(futures)
        return client.gather(futures)
    if progress:
        from dask.diagnostics import ProgressBar

        shown = ProgressBar(out=sys.stderr)
    else:
        shown = nullcontext()
    # The scheduler's function, not its name: a name makes Dask import distributed to look for a client.
    if workers == 1:  # this process, like --jobs 1 on the command line
        from dask.local import get_sync

        with shown:
            return list(dask.compute(*tasks, scheduler=get_sync))
    from dask.multiprocessing import get

    from .parallel import _stop

    pool = _local_pool(workers, config, lang)
    try:
        with shown:  # tasks are batches of documents already: hand them out one at a time
            done = list(dask.compute(*tasks, scheduler=get, pool=pool, chunksize=1))
    except BaseException:  # Ctrl-C: stop the workers now, not when the queued work is done
        _stop(pool)
        raise
    pool.shutdown()
    return done


def _local_pool(workers: int, config, lang):
    """Worker processes for Dask's local scheduler. On Linux they are forked after this process
    loaded and compiled the rules, as ``--jobs`` does, so no worker loads them again."""
    import multiprocessing
    from concurrent.futures import ProcessPoolExecutor

    from .parallel import _ctrl_c_held, _stop, start_method

    method = start_method()
    if method == "fork":
        corpus.warm(config, lang)
    pool = ProcessPoolExecutor(workers, mp_context=multiprocessing.get_context(method),
                               initializer=corpus.start_worker)
    try:
        with _ctrl_c_held():  # a Ctrl-C while they start is the parent's, raised once they are all there
            for _ in range(workers):  # the workers start when work is submitted
                pool.submit(int)
    except BaseException:
        _stop(pool)
        raise
    return pool


def _prepare_output(output: str, storage_options: dict) -> str:
    """An empty folder for the dataset; only a Parquet dataset is ever replaced, so ``-o docs``
    cannot delete the policies. Local paths are made absolute: workers run elsewhere."""
    import fsspec

    if "://" not in output:
        output = os.path.abspath(output)
    fs, root = fsspec.core.url_to_fs(output, **storage_options)
    if fs.exists(root):
        names = fs.ls(root, detail=False) if fs.isdir(root) else None
        if names is None or not all(_is_part(fs, name) for name in names):
            raise PolicylintError("exists and is not a Parquet dataset; not replaced", output)
        for name in names:
            fs.rm(name)
    fs.makedirs(root, exist_ok=True)
    return output


def _is_part(fs, name: str) -> bool:
    """A file of a Parquet dataset (a part file or the metadata Dask and Spark write)."""
    base = name.rstrip("/").rsplit("/", 1)[-1]
    return (base.endswith(".parquet") or base in ("_metadata", "_common_metadata", "_SUCCESS")) and fs.isfile(name)
