"""What happens between linting and the exit code: --strict, --fix/--diff,
baselines, --statistics, the report and where it goes.

Kept out of ``cli.py`` so the command line stays a thin argument layer.
"""
from __future__ import annotations

import sys

from .errors import PolicylintError
from .escape import say

BY_EXTENSION = ((".sarif.json", "sarif"), (".sarif", "sarif"), (".html", "html"), (".htm", "html"),
                (".json", "json"))


def choose_format(fmt: str | None, output: str | None) -> str:
    """``--format`` if given, else picked from ``--output``'s extension, else text."""
    if fmt:
        return fmt
    if output:
        for suffix, name in BY_EXTENSION:
            if output.lower().endswith(suffix):
                return name
    return "text"


def check_options(args) -> None:
    from .statistics import FORMATS

    if args.statistics and args.format not in FORMATS:
        raise PolicylintError(f"--statistics prints {' or '.join(FORMATS)}, not {args.format}")
    if args.write_baseline and (args.fix or args.diff):
        raise PolicylintError("--write-baseline records findings; run --fix separately")


def finish(args, linter, results, reporter, errors: list, color: bool, exit_code) -> int:
    """Turn lint results into output and an exit code (0, 1 or 2)."""
    def findings_of(result):
        found = list(result.findings)
        if args.strict:
            from .strict import unused_suppressions

            found += unused_suppressions(linter, result)
        return sorted(found, key=lambda f: f.sort_key)

    per_result = [(result, findings_of(result)) for result in results]
    stdin_text = None
    if args.fix or args.diff:
        per_result, diffs, stdin_text, (fixed, files) = _fix(args, linter, per_result, findings_of, errors)
        if args.diff:
            sys.stdout.write("".join(diffs))
            if fixed:
                print(f"Would fix {_count(fixed, 'finding')} in {_count(files, 'file')}.", file=sys.stderr)
            return _errors(errors) or (1 if diffs else 0)
        if fixed:
            print(f"Fixed {_count(fixed, 'finding')} in {_count(files, 'file')}.", file=sys.stderr)
    findings = sorted((f for _, found in per_result for f in found), key=lambda f: f.sort_key)
    sources = {result.path: result.source for result, _ in per_result}
    if args.write_baseline:
        from .baseline import write

        count = write(args.write_baseline, findings, sources)
        say(f"Wrote {_count(count, 'finding')} to the baseline {args.write_baseline}.")
        return _errors(errors) or 0
    if args.baseline:
        from .baseline import new_findings

        findings, known = new_findings(findings, sources, args.baseline)
        if known:
            print(f"{_count(known, 'finding')} in the baseline not shown.", file=sys.stderr)
    if args.statistics:
        from .statistics import render

        output = render(findings, args.format)
    else:
        from .reporters import ReportContext

        from .engine import LazyRegistry

        output = reporter(findings, ReportContext(color=color, registry=LazyRegistry(linter), sources=sources))
    _emit(args, output, stdin_text)
    return _errors(errors) or exit_code(findings, args, linter, [r for r, _ in per_result])


def _fix(args, linter, per_result, findings_of, errors):
    """Fix (or diff) every document with fixable findings; stdin's fixed text is returned, not written."""
    from .fix import fix_result, unified_diff, write

    stdin_path = (args.stdin_filename or "-") if "-" in args.paths else None
    kept, diffs, stdin_text, fixed, files = [], [], None, 0, 0
    for result, found in per_result:
        is_stdin = result.path == stdin_path
        if result.source is None or not any(f.fix is not None for f in found):
            kept.append((result, found))
            if is_stdin:
                stdin_text = result.source
            continue
        outcome = fix_result(linter, result, findings_of)
        if args.diff:
            if outcome.changed:
                diffs.append(unified_diff(outcome))
            kept.append((result, found))
        elif is_stdin:
            stdin_text = _fixed_source(outcome)
            kept.append((outcome.result, outcome.findings))
        elif outcome.changed:
            try:
                write(outcome)
            except PolicylintError as exc:
                errors.append(str(exc))
                kept.append((result, found))
                continue
            kept.append((outcome.result, outcome.findings))
        else:
            kept.append((result, found))
        if outcome.changed:
            fixed, files = fixed + outcome.applied, files + 1
    return kept, diffs, stdin_text, (fixed, files)


def _fixed_source(outcome):
    from .source import Source

    original = outcome.original
    return Source(original.path, outcome.text, original.bom, original.encoding)


def _emit(args, output: str, stdin_source) -> None:
    """The report to --output or stdout; with a fixed stdin, stdout gets the document and stderr the report."""
    if args.output:
        try:
            with open(args.output, "w", encoding="utf-8") as handle:
                handle.write(output)
        except OSError as exc:
            raise PolicylintError(f"cannot write the report: {exc.strerror or exc}", args.output) from None
    elif stdin_source is not None and args.fix:
        sys.stderr.write(output)
    else:
        sys.stdout.write(output)
    if stdin_source is not None and args.fix:
        from .fix import encode

        sys.stdout.flush()
        sys.stdout.buffer.write(encode(stdin_source, stdin_source.text))
        sys.stdout.flush()


def _errors(errors: list) -> int:
    for line in errors:
        say(line)
    return 2 if errors else 0


def _count(number: int, word: str) -> str:
    return f"{number} {word}{'' if number == 1 else 's'}"
