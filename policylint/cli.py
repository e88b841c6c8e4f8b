"""The command line: a thin layer over the Linter. Exit 0 clean, 1 findings, 2 errors."""
from __future__ import annotations

import argparse
import os
import sys

from . import __version__
from .errors import PolicylintError, guarded
from .escape import say

FORMATS = ("text", "json", "sarif", "github", "html")


def build_parser() -> argparse.ArgumentParser:
    p = argparse.ArgumentParser(
        prog="policylint",
        description="Lint privacy policies and other legal pages kept as Markdown or plain text. "
                    "'policylint server' runs the language server for editors; "
                    "'policylint audit' lints a corpus on Dask into a Parquet table.",
    )
    p.add_argument("paths", nargs="*", help="files or folders to lint (default: .); - reads stdin")
    p.add_argument("--format", help="output format: text (default), json, sarif, github, html")
    p.add_argument("--output", "-o", help="write the report to this file (.html, .sarif, .json pick the format)")
    p.add_argument("--config", help="use this config file instead of discovering one")
    p.add_argument("--select", action="append", default=[], help="only these rules (names or codes, comma-separated)")
    p.add_argument("--ignore", action="append", default=[], help="skip these rules (names or codes, comma-separated)")
    p.add_argument("--fail-on", choices=("info", "warning", "error", "none"), help="lowest severity that fails (default: warning)")
    p.add_argument("--exit-zero", action="store_true", help="exit 0 even when there are findings")
    p.add_argument("--lang", help="language of the documents (default: front matter, config or a guess)")
    p.add_argument("--stdin-filename", help="the path to report for text read from stdin")
    p.add_argument("--show-config", action="store_true", help="print the resolved config for the first path and exit")
    p.add_argument("--list-rules", action="store_true", help="list every rule and exit")
    p.add_argument("--list-sets", action="store_true",
                   help="print the policy sets the documents form (one line per set) and exit")
    p.add_argument("--no-sets", action="store_true",
                   help="judge each document alone: no policy sets, no set rules (as 'policylint audit' does)")
    p.add_argument("--companions", action="store_true",
                   help="also read the other members of the given files' policy sets (locale copies, linked "
                        "pages, declared sets) without reporting on them: for pre-commit, which passes only "
                        "changed files")
    p.add_argument("--explain", metavar="RULE", help="explain a rule (name or code) and exit")
    p.add_argument("--statistics", action="store_true", help="print the number of findings per rule instead")
    p.add_argument("--fix", action="store_true", help="apply the fixes of fixable rules to the files")
    p.add_argument("--diff", action="store_true", help="print the fixes as a unified diff; write nothing")
    p.add_argument("--baseline", metavar="FILE", help="report only findings not recorded in this baseline")
    p.add_argument("--write-baseline", metavar="FILE", help="record the current findings in FILE and exit 0")
    p.add_argument("--strict", action="store_true", help="also report suppression comments that suppress nothing")
    p.add_argument("--no-color", action="store_true", help="never colour the output")
    p.add_argument("--jobs", "-j", type=_jobs, metavar="N",
                   help="worker processes (default: one per core when there are more than a handful of files and enough text to repay starting them)")
    p.add_argument("--follow-links", action="store_true",
                   help="follow symbolic links that lead outside a folder being walked (default: skip them)")
    p.add_argument("--no-cache", action="store_true", help="neither read nor write the results cache (.policylint_cache/); compiled rules stored there are still read")
    p.add_argument("--version", action="version", version=f"policylint {__version__}")
    return p


def _jobs(value: str) -> int:
    if not value.isdigit() or int(value) < 1:
        raise argparse.ArgumentTypeError(f"must be a whole number of at least 1, not {value!r}")
    return int(value)


def _split(values) -> list[str]:
    return [name.strip() for value in values for name in value.split(",") if name.strip()]


def main(argv=None) -> int:
    argv = sys.argv[1:] if argv is None else list(argv)
    if argv[:1] == ["server"]:  # `policylint server`: the language server (a folder named server: ./server)
        from .server import main as serve

        return serve(argv[1:])
    if argv[:1] == ["audit"]:  # `policylint audit`: a corpus on Dask (a folder named audit: ./audit)
        from .audit import main as audit

        return audit(argv[1:])
    args = build_parser().parse_args(argv)

    def lint() -> int:
        code = run(args)
        from .outputs import write_stdout

        write_stdout("")  # what print() left in the buffer: a full disk must fail here, not at exit
        return code

    return guarded("policylint", lint)


def run(args) -> int:
    from .engine import Linter
    from .outputs import write_stdout

    linter = Linter(config_path=args.config, select=_split(args.select), ignore=_split(args.ignore), lang=args.lang,
                    cache=not args.no_cache)
    if args.config:
        linter.config_for(args.config)  # validate early: a broken config is an error even with no files
    if args.list_rules or args.explain:
        # the rules of the config in effect here: built-ins plus its rule packs and plugins
        registry = linter.registry_for(linter.config_for("-"))
        from .explain import explain, list_rules

        text = list_rules(registry, args.format or "text") if args.list_rules else explain(registry, args.explain) + "\n"
        write_stdout(text)
        return 0
    paths = _paths(args)
    if args.show_config:
        import json

        from .explain import effective_config

        write_stdout(json.dumps(effective_config(linter, paths[0], args), indent=2, default=str) + "\n")
        return 0
    from .outputs import check_options, check_targets, choose_format
    from .reporters import BUILTIN

    args.format = choose_format(args.format, args.output)
    check_options(args)
    if args.format not in BUILTIN:
        linter.registry.reporter(args.format)  # an unknown format is an error before any work
    warnings: list[str] = []
    warn = warnings.append
    errors: list[str] = []
    from .files import collect
    from .source import read_path, read_stdin

    sources, from_files, reported = [], [], []
    documents = collect(paths, linter, warn, errors.append, args.follow_links)
    check_targets(args, documents)
    extra: list[str] = []
    if args.companions:
        from .sets.companions import companions

        extra = companions(documents, linter, warn)
    for path in documents + extra:
        try:
            if path == "-":
                source, warning = read_stdin(sys.stdin.buffer, args.stdin_filename or "-")
            else:
                source, warning = read_path(path)
        except PolicylintError as exc:
            if path not in args.paths and "binary" in exc.message:
                warn(f"{path}: warning: skipped, {exc.message}")
                continue
            errors.append(str(exc))
            continue
        if warning:
            warn(warning)
        sources.append(source)
        from_files.append(path != "-")  # stdin is never cached
        reported.append(path not in extra)
    if errors and not sources:  # nothing to lint: say why, before loading any rule
        for line in warnings + errors:
            say(line)
        return 2
    from .batch import lint_sources

    # a set needs two documents: one document alone (a hook's usual run) skips reading its facts
    linter.facts = len(sources) > 1 and not (args.no_sets and not args.list_sets)
    results = lint_sources(linter, sources, jobs=args.jobs, use_cache=not args.no_cache,
                           cacheable=from_files)
    from .sets.stage import apply_sets

    sets = [] if args.no_sets and not args.list_sets else apply_sets(linter, results)
    if args.list_sets:
        from .sets.listing import render

        write_stdout(render(sets))
        return 0
    results = [result for result, keep in zip(results, reported) if keep]  # companions are not reported
    errors[:0] = linter.internal_errors  # plugin errors (known once rules are loaded) first
    for result in results:
        errors.extend(result.errors)
    errors[:] = dict.fromkeys(errors)  # a rule failing on every file is said once
    if not args.strict:  # --strict reports them as findings
        from .strict import unknown_rule_warnings

        for result in results:
            warnings.extend(unknown_rule_warnings(linter, result))
    reporter = linter.reporter(args.format)
    for line in warnings:
        say(line)
    from .outputs import finish

    return finish(args, linter, results, reporter, errors, _use_color(args), _exit_code)


def _paths(args) -> list[str]:
    """The paths to lint: stdin alone when only ``--stdin-filename`` names one (as ruff does)."""
    if args.stdin_filename and not args.paths:
        return ["-"]
    if args.stdin_filename and "-" not in args.paths:
        raise PolicylintError("--stdin-filename names the text read from stdin: add '-' to the paths, "
                              "or give no paths")
    return args.paths or ["."]


def _exit_code(findings, args, linter, results) -> int:
    from .findings import SEVERITY_RANK

    if args.exit_zero:
        return 0
    failing = False
    for f in findings:
        fail_on = args.fail_on or linter.config_for(f.path).fail_on or "warning"
        if fail_on != "none" and SEVERITY_RANK[f.severity] >= SEVERITY_RANK[fail_on]:
            failing = True
            break
    return 1 if failing else 0


def _use_color(args) -> bool:
    if args.no_color or os.environ.get("NO_COLOR") or args.output or args.format != "text":
        return False
    return sys.stdout is not None and sys.stdout.isatty()
