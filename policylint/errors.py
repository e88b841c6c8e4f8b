"""Errors the user must fix: always one line naming the file (and line)."""
from __future__ import annotations


class PolicylintError(Exception):
    """A usage, input or config problem: reported as one line, exit code 2."""

    def __init__(self, message: str, path: str | None = None, line: int | None = None, column: int | None = None):
        super().__init__(message)
        self.message = message
        self.path = path
        self.line = line
        self.column = column

    def __str__(self) -> str:
        where = ""
        if self.path:
            where = str(self.path)
            if self.line:
                where += f":{self.line}"
                if self.column:
                    where += f":{self.column}"
            where += ": "
        return where + self.message


def did_you_mean(word: str, choices) -> str:
    """' (did you mean "x"?)' for the closest choice, or ''."""
    import difflib

    close = difflib.get_close_matches(str(word), sorted(choices), n=1, cutoff=0.6)
    return f' (did you mean "{close[0]}"?)' if close else ""


def guarded(program: str, action) -> int:
    """``action()``'s exit code, with every failure a one-line message and exit code 2 (130 on
    Ctrl-C): a command never shows a traceback; POLICYLINT_DEBUG=1 lets an internal error through."""
    import os
    import sys

    from .escape import say

    try:
        return action()
    except PolicylintError as exc:
        say(f"{program}: {exc}" if not exc.path else str(exc))
        return 2
    except KeyboardInterrupt:
        return 130
    except BrokenPipeError:  # `policylint ... | head`: the reader left, which is not an error
        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
        return 0
    except Exception as exc:
        if os.environ.get("POLICYLINT_DEBUG"):
            raise
        say(f"{program}: internal error: {exc!r} (set POLICYLINT_DEBUG=1 for details)")
        return 2
