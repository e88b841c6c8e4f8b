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
