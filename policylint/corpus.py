"""What one Dask task does with its share of a corpus: read, lint, write, count.

Kept apart from ``policylint.dask`` so a worker imports only this and the
engine (no pandas, no dask.dataframe): its start-up and memory stay small.
"""
from __future__ import annotations

from collections import namedtuple

from . import api
from .errors import PolicylintError

Item = namedtuple("Item", "path text named location", defaults=(True, None))
Item.__doc__ = """One document: ``path`` as reported; ``text`` (str or bytes) for a table's row,
or None for a file the worker reads from ``location`` (an absolute path or an fsspec URL:
a worker's working folder is not the client's). ``named``: the path was named or globbed,
not found in a folder (a binary file found in a folder is skipped with a warning, as on the
command line)."""

COLUMNS = (*api.FIELDS, "fix")
INTEGERS = ("line", "column", "end_line", "end_column")
WARM_UP = "# Privacy Policy\n\nAcme Ltd. By using the site you agree. Write to privacy@acme.example.\n"


def warm(config=None, lang=None) -> None:
    """Load and compile the rules (and both parsers) in this process, and import the Parquet
    writer, before it forks workers (nothing of Arrow runs here, so no thread of it is forked)."""
    import pyarrow.parquet  # noqa: F401

    for path in ("warm-up.md", "warm-up.txt"):
        api.lint_document(WARM_UP, path, config, lang)


def start_worker() -> None:
    """A local worker leaves Ctrl-C to the process that started it (else each prints a traceback)."""
    import signal

    from .parallel import _sigmask

    signal.signal(signal.SIGINT, signal.SIG_IGN)
    _sigmask("SIG_UNBLOCK")  # held back while the workers started


def lint_items(items, config=None, lang=None, storage_options=None) -> list[dict]:
    """``policylint.api.lint_document`` results (path, findings, errors, warnings) of ``items``;
    a file skipped as the command line skips it (binary, found in a folder) has ``skipped``."""
    return [lint_item(item, config, lang, storage_options or {}) for item in items]


def lint_item(item, config, lang, storage_options: dict) -> dict:
    from .source import decode, read_path

    path, text, named, location = item
    if isinstance(text, (str, bytes)):
        return api.lint_document(text, path, config, lang)
    try:
        if location is None:  # a table's empty cell (None, NaN)
            raise PolicylintError("no text in this row", path)
        if "://" in location:
            source, warning = decode(_read_url(location, storage_options), path)
        else:
            source, warning = read_path(location, path)
    except PolicylintError as exc:
        if not named and "binary" in exc.message:  # as the command line does for a file found in a folder
            warning = f"{path}: warning: skipped, {exc.message}"
            return {"path": path, "findings": [], "errors": [], "warnings": [warning], "skipped": True}
        return {"path": path, "findings": [], "errors": [str(exc)], "warnings": []}
    result = api.lint_source(source, config, lang)
    if warning:
        result["warnings"].insert(0, warning)
    return result


def _read_url(url: str, storage_options: dict) -> bytes:
    import fsspec

    try:
        with fsspec.open(url, "rb", **storage_options) as handle:
            return handle.read()
    except FileNotFoundError:
        raise PolicylintError("no such file or directory", url) from None
    except (OSError, ValueError) as exc:  # fsspec raises what its back end raises
        raise PolicylintError(f"cannot read: {getattr(exc, 'strerror', None) or exc}", url) from None


def linted(results) -> list[dict]:
    """The results of documents that were read (not skipped); those with errors too."""
    return [result for result in results if not result.get("skipped")]


def finding_rows(results) -> list[dict]:
    """The findings of ``results`` as table rows: ``fix`` is the replacement text or None."""
    rows = []
    for result in results:
        for finding in result["findings"]:
            row = dict(finding)
            row["fix"] = finding["fix"]["replacement"] if finding["fix"] else None
            rows.append(row)
    return rows


def rule_counts(results) -> dict:
    """``{(code, rule, severity): [documents, findings]}`` over ``results``."""
    counts: dict = {}
    for result in results:
        seen = set()
        for f in result["findings"]:
            key = (f["code"], f["rule"], f["severity"])
            entry = counts.setdefault(key, [0, 0])
            entry[1] += 1
            if key not in seen:
                seen.add(key)
                entry[0] += 1
    return counts


def audit_part(items, target: str | None, config, lang, storage_options) -> dict:
    """Lint ``items``, write their findings to the Parquet file ``target`` (if any) and return
    what the summary needs: counts, not findings, so no finding crosses the network."""
    results = lint_items(items, config, lang, storage_options)
    if target is not None:
        write_parquet(finding_rows(results), target, storage_options)
    return {"documents": len(linted(results)), "findings": sum(len(r["findings"]) for r in results),
            "failed": sum(1 for r in results if r["errors"]), "rules": rule_counts(results),
            "errors": [line for r in results for line in r["errors"]],
            "warnings": [line for r in results for line in r["warnings"]]}


def schema():
    """The findings table's Parquet schema: the JSON format's fields, then ``fix``."""
    import pyarrow as pa

    return pa.schema([(name, pa.int64() if name in INTEGERS else pa.string()) for name in COLUMNS])


def write_parquet(rows: list[dict], target: str, storage_options: dict) -> None:
    import pyarrow as pa
    import pyarrow.parquet as pq

    table = pa.Table.from_pydict({name: [row[name] for row in rows] for name in COLUMNS}, schema=schema())
    if "://" in target:
        import fsspec

        with fsspec.open(target, "wb", **storage_options) as handle:
            pq.write_table(table, handle)
    else:
        pq.write_table(table, target)
