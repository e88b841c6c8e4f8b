"""``policylint audit``: lint a corpus on Dask and write the findings to Parquet.

    policylint audit policies/ -o findings.parquet                      # this machine's cores
    policylint audit s3://bucket/policies/ -o s3://bucket/findings.parquet --scheduler tcp://host:8786

Prints the per-rule summary (documents with each finding, share of all
documents, findings) to stdout; errors and warnings go to stderr, one line
each. Exit 0 when every document was linted, 2 otherwise (an unreadable
document, a failing rule, a bad path or config). Dask is imported only here.
"""
from __future__ import annotations

import argparse
import sys

from .errors import PolicylintError, guarded
from .escape import say

EXTRA = ("dask", "distributed", "pandas", "pyarrow")  # what `pip install 'policylint[dask]'` brings


def build_parser() -> argparse.ArgumentParser:
    p = argparse.ArgumentParser(
        prog="policylint audit",
        description="Lint a corpus of policies on Dask (this machine's cores, or a cluster) and write the "
                    "findings to a Parquet dataset. Needs the dask extra: pip install 'policylint[dask]'.",
    )
    p.add_argument("paths", nargs="+", metavar="PATH",
                   help="folders, files or globs, local or fsspec URLs (s3://...), or .parquet/.csv tables of "
                        "(id, text) rows")
    p.add_argument("--output", "-o", help="the Parquet dataset to write (a folder of part files), local or a URL")
    p.add_argument("--config", help="the config for every document (default: the built-in rules; no "
                                    ".policylint.yaml is looked for)")
    p.add_argument("--lang", help="language of documents whose front matter names none")
    p.add_argument("--scheduler", metavar="ADDRESS", help="run on this Dask cluster (tcp://host:8786) "
                                                          "instead of this machine's processes")
    p.add_argument("--jobs", "-j", type=_jobs, metavar="N", help="processes on this machine (default: one per core)")
    p.add_argument("--format", choices=("text", "json"), default="text", help="the summary's format")
    p.add_argument("--progress", action=argparse.BooleanOptionalAction,
                   help="draw a progress bar on stderr (default: when stderr is a terminal)")
    p.add_argument("--id-column", default="id", help="a table's column of document ids (default: id)")
    p.add_argument("--text-column", default="text", help="a table's column of document texts (default: text)")
    p.add_argument("--follow-links", action="store_true",
                   help="follow symbolic links that lead outside a folder being walked")
    return p


def _jobs(value: str) -> int:
    if not value.isdigit() or int(value) < 1:
        raise argparse.ArgumentTypeError(f"must be a whole number of at least 1, not {value!r}")
    return int(value)


def main(argv) -> int:
    args = build_parser().parse_args(argv)
    return guarded("policylint audit", lambda: run(args))


def run(args) -> int:
    if args.scheduler and args.jobs:
        raise PolicylintError("--jobs sets this machine's processes; a cluster (--scheduler) has its own workers")
    _check_extra()
    try:
        from . import dask as pld
    except ImportError as exc:
        raise _missing(exc.name or str(exc)) from None
    progress = args.progress if args.progress is not None else sys.stderr.isatty()
    options = {"id_column": args.id_column, "text_column": args.text_column, "follow_links": args.follow_links}
    if args.scheduler:
        with _client(args.scheduler) as client:
            found = pld.audit(args.paths, args.output, args.config, args.lang, client=client, progress=progress,
                              **options)
    else:
        found = pld.audit(args.paths, args.output, args.config, args.lang, progress=progress, workers=args.jobs,
                          **options)
    for line in found.warnings + found.errors:
        say(line)
    from .outputs import write_stdout

    write_stdout(summary(found, args.output, args.format))
    return 2 if found.errors else 0


def _check_extra() -> None:
    """Every package of the dask extra is there (found, not imported: that takes a second)."""
    from importlib.util import find_spec

    for name in EXTRA:
        if find_spec(name) is None:
            raise _missing(name)


def _missing(name: str) -> PolicylintError:
    return PolicylintError(f"auditing on Dask needs {', '.join(EXTRA[:-1])} and {EXTRA[-1]} ({name} is not "
                           "installed); install them with: pip install 'policylint[dask]'")


def _client(address: str):
    from distributed import Client

    try:
        return Client(address, timeout="20s")
    except (OSError, TimeoutError, ValueError) as exc:
        raise PolicylintError(f"--scheduler: cannot connect to {address}: {exc}") from None


def summary(found, output: str | None, fmt: str) -> str:
    """The per-rule table: text for a person, or JSON."""
    rules = found.rules
    if fmt == "json":
        import json

        return json.dumps({"documents": found.documents, "findings": found.findings, "failed": found.failed,
                           "output": output, "rules": rules}, indent=2) + "\n"
    lines = [f"{found.documents} documents, {found.findings} findings"
             + (f", {found.failed} with errors (see above)" if found.failed else "")
             + (f"; written to {output}" if output else "")]
    if rules:
        width = max(len(r["rule"]) for r in rules)
        lines.append(f"{'code':<8}{'rule':<{width + 2}}{'severity':<10}{'documents':>9}{'share':>8}{'findings':>10}")
        for r in rules:
            lines.append(f"{r['code']:<8}{r['rule']:<{width + 2}}{r['severity']:<10}{r['documents']:>9}"
                         f"{r['share']:>8.1%}{r['findings']:>10}")
    from .escape import printable

    return "\n".join(printable(line) for line in lines) + "\n"
