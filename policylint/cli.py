"""The command line: a thin layer over the Linter. Exit 0 clean, 1 findings, 2 errors."""
from __future__ import annotations

import argparse
import os
import sys

from . import __version__
from .errors import PolicylintError

FORMATS = ("text", "json")


def build_parser() -> argparse.ArgumentParser:
    p = argparse.ArgumentParser(
        prog="policylint",
        description="Lint privacy policies and other legal pages kept as Markdown or plain text.",
    )
    p.add_argument("paths", nargs="*", help="files or folders to lint (default: .); - reads stdin")
    p.add_argument("--format", default="text", help="output format: text (default), json, sarif, github, html")
    p.add_argument("--output", "-o", help="write the report to this file instead of stdout")
    p.add_argument("--config", help="use this config file instead of discovering one")
    p.add_argument("--select", action="append", default=[], help="only these rules (names or codes, comma-separated)")
    p.add_argument("--ignore", action="append", default=[], help="skip these rules (names or codes, comma-separated)")
    p.add_argument("--fail-on", choices=("info", "warning", "error", "none"), help="lowest severity that fails (default: warning)")
    p.add_argument("--exit-zero", action="store_true", help="exit 0 even when there are findings")
    p.add_argument("--lang", help="language of the documents (default: front matter, config or a guess)")
    p.add_argument("--stdin-filename", help="the path to report for text read from stdin")
    p.add_argument("--show-config", action="store_true", help="print the resolved config for the first path and exit")
    p.add_argument("--list-rules", action="store_true", help="list every rule and exit")
    p.add_argument("--explain", metavar="RULE", help="explain a rule (name or code) and exit")
    p.add_argument("--no-color", action="store_true", help="never colour the output")
    p.add_argument("--version", action="version", version=f"policylint {__version__}")
    return p


def _split(values) -> list[str]:
    return [name.strip() for value in values for name in value.split(",") if name.strip()]


def main(argv=None) -> int:
    args = build_parser().parse_args(argv)
    try:
        return run(args)
    except PolicylintError as exc:
        print(f"policylint: {exc}" if not exc.path else str(exc), file=sys.stderr)
        return 2
    except KeyboardInterrupt:
        return 130
    except Exception as exc:  # never a traceback for the user; POLICYLINT_DEBUG=1 shows it
        if os.environ.get("POLICYLINT_DEBUG"):
            raise
        print(f"policylint: internal error: {exc!r} (set POLICYLINT_DEBUG=1 for details)", file=sys.stderr)
        return 2


def run(args) -> int:
    from .engine import Linter

    linter = Linter(config_path=args.config, select=_split(args.select), ignore=_split(args.ignore), lang=args.lang)
    if args.config:
        linter.config_for(args.config)  # validate early: a broken config is an error even with no files
    if args.list_rules:
        return _list_rules(linter, args.format)
    if args.explain:
        print(linter.registry.resolve(args.explain).text.rstrip())
        return 0
    paths = args.paths or ["."]
    if args.show_config:
        import json

        print(json.dumps(linter.config_for(paths[0]).as_dict(), indent=2, default=str))
        return 0
    reporter = linter.registry.reporter(args.format)
    warnings: list[str] = []
    warn = warnings.append
    errors: list[str] = []
    from .files import collect
    from .source import decode, read_path

    results = []
    for path in collect(paths, linter, warn, errors.append):
        try:
            if path == "-":
                source, warning = decode(sys.stdin.buffer.read(), args.stdin_filename or "-")
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
        result = linter.lint_source(source)
        errors.extend(result.errors)
        results.append(result)
    findings = sorted((f for r in results for f in r.findings), key=lambda f: f.sort_key)
    for line in warnings:
        print(line, file=sys.stderr)
    from .reporters import ReportContext

    context = ReportContext(color=_use_color(args), registry=linter.registry,
                            sources={r.path: r.source for r in results})
    output = reporter(findings, context)
    if args.output:
        try:
            with open(args.output, "w", encoding="utf-8") as handle:
                handle.write(output)
        except OSError as exc:
            raise PolicylintError(f"cannot write the report: {exc.strerror or exc}", args.output) from None
    else:
        sys.stdout.write(output)
    # plugin errors (known once rules are loaded) first; a rule failing on every file is said once
    errors = list(dict.fromkeys(linter.registry.all_internal_errors() + errors))
    for line in errors:
        print(line, file=sys.stderr)
    if errors:
        return 2
    return _exit_code(findings, args, linter, results)


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
    return sys.stdout.isatty()


def _list_rules(linter, fmt: str) -> int:
    rules = list(linter.registry.rules.values())
    if fmt == "json":
        import json

        print(json.dumps([{"code": r.code, "name": r.name, "severity": r.severity, "summary": r.summary,
                           "fixable": r.fixable, "languages": r.languages} for r in rules], indent=2))
    else:
        for r in rules:
            print(f"{r.code}  {r.name:<34} {r.severity:<8} {r.summary}")
    return 0
