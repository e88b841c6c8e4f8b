"""GitHub Actions workflow commands: findings become annotations on the pull request.

``::error file=F,line=L,col=C,endLine=EL,endColumn=EC,title=CODE name::message``;
info findings are notices. Escaping follows the runner's rules: in the
message ``%``, CR and LF; in properties also ``:`` and ``,``. GitHub places
columns only within one line, so a finding that spans lines gives its lines only.
Control characters are written as backslash escapes first (the log viewer
renders terminal escape sequences).
"""
from __future__ import annotations

import os
from pathlib import Path

from ..escape import printable

COMMANDS = {"error": "error", "warning": "warning", "info": "notice"}


def escape_data(text: str) -> str:
    return text.replace("%", "%25").replace("\r", "%0D").replace("\n", "%0A")


def escape_property(text: str) -> str:
    return escape_data(text).replace(":", "%3A").replace(",", "%2C")


def _path(path: str) -> str:
    """The path relative to the working directory (the checkout), with forward slashes."""
    try:
        relative = os.path.relpath(os.path.abspath(path))
    except ValueError:
        return Path(path).as_posix()
    return Path(relative).as_posix()


def render(findings, context) -> str:
    lines = []
    for f in findings:
        props = [("file", _path(f.path)), ("line", f.line)]
        if f.end_line == f.line:
            props += [("col", f.column), ("endLine", f.end_line), ("endColumn", f.end_column)]
        else:
            props += [("endLine", f.end_line)]
        props.append(("title", f"{f.code} {f.rule}"))
        joined = ",".join(f"{key}={escape_property(printable(str(value)))}" for key, value in props)
        see = "".join(f" (see {_path(path)}:{line}:{column})" for path, line, column in f.related)
        lines.append(f"::{COMMANDS[f.severity]} {joined}::{escape_data(printable(f.message + see))}")
    return "".join(line + "\n" for line in lines)
