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
    if args.fix and args.diff:
        raise PolicylintError("--diff shows the fixes without writing them, --fix writes them: give one of the two")


def check_targets(args, documents) -> None:
    """Refuse a report or baseline file that is one of the documents: it would be overwritten."""
    from .files import identity

    linted = {identity(path) for path in documents}
    for option, target in (("--output", args.output), ("--write-baseline", args.write_baseline)):
        if target and target != "-" and identity(target) in linted:
            raise PolicylintError(f"{option} names a document being linted; it would be overwritten", target)


def finish(args, linter, results, reporter, errors: list, color: bool, exit_code) -> int:
    """Turn lint results into output and an exit code (0, 1 or 2)."""
    def findings_of(result):
        found = list(result.findings)
        if args.strict:
            from .strict import unused_suppressions

            found += unused_suppressions(linter, result)
        return sorted(found, key=lambda f: f.sort_key)

    per_result = [(result, findings_of(result)) for result in results]
    stdin_data = None
    if args.fix or args.diff:
        per_result, diffs, stdin_data, (fixed, files) = _fix(args, linter, per_result, findings_of, errors)
        if args.diff:
            write_stdout("".join(diffs))
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
    _emit(args, output, stdin_data)
    return _errors(errors) or exit_code(findings, args, linter, [r for r, _ in per_result])


def _fix(args, linter, per_result, findings_of, errors):
    """Fix (or diff) every document with fixable findings; stdin's fixed bytes are returned, not written."""
    from .fix import fix_result, fixed_bytes, unified_diff, write

    kept, diffs, stdin_data, fixed, files = [], [], None, 0, 0
    for result, found in per_result:
        is_stdin = result.source is not None and result.source.data is not None  # only stdin keeps its bytes
        if is_stdin:
            stdin_data = result.source.data
        if result.source is None or not any(f.fix is not None for f in found):
            kept.append((result, found))
            continue
        outcome = fix_result(linter, result, findings_of)
        if outcome.error:
            errors.append(outcome.error)
            kept.append((result, found))
            continue
        try:
            if args.diff:
                if outcome.changed:
                    diffs.append(unified_diff(outcome))
                kept.append((result, found))
            elif is_stdin:
                if outcome.changed:
                    stdin_data = fixed_bytes(outcome, stdin_data)
                kept.append((outcome.result, outcome.findings))
            elif outcome.changed:
                write(outcome)
                kept.append((outcome.result, outcome.findings))
            else:
                kept.append((result, found))
        except PolicylintError as exc:
            errors.append(str(exc))
            kept.append((result, found))
            continue
        if outcome.changed:
            fixed, files = fixed + outcome.applied, files + 1
    return kept, diffs, stdin_data, (fixed, files)


def _emit(args, output: str, stdin_data) -> None:
    """The report to --output or stdout; with a fixed stdin, stdout gets the document and stderr the report."""
    if args.output:
        try:
            with open(args.output, "w", encoding="utf-8") as handle:
                handle.write(output)
        except OSError as exc:
            raise PolicylintError(f"cannot write the report: {exc.strerror or exc}", args.output) from None
    elif stdin_data is not None and args.fix:
        sys.stderr.write(output)
    else:
        write_stdout(output)
    if stdin_data is not None and args.fix:
        write_stdout(stdin_data)


def write_stdout(output) -> None:
    """Text or bytes to standard output, flushed, so a full disk or a closed stdout is a clear error."""
    if sys.stdout is None:
        if output:
            raise PolicylintError("cannot write to standard output: it is closed (use --output FILE)")
        return
    try:
        if isinstance(output, bytes):
            sys.stdout.flush()
            sys.stdout.buffer.write(output)
        elif output:
            sys.stdout.write(output)
        sys.stdout.flush()
    except BrokenPipeError:
        raise
    except OSError as exc:
        import os

        # what is left in the buffer would fail again when Python exits: let it go nowhere
        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
        raise PolicylintError(f"cannot write to standard output: {exc.strerror or exc}") from None


def _errors(errors: list) -> int:
    for line in errors:
        say(line)
    return 2 if errors else 0


def _count(number: int, word: str) -> str:
    return f"{number} {word}{'' if number == 1 else 's'}"
