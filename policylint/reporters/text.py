"""`path:line:col: CODE name message`, one finding per line (editor and CI friendly)."""
from __future__ import annotations

from ..escape import one_line
from ..escape import printable

COLORS = {"error": "\033[31m", "warning": "\033[33m", "info": "\033[36m"}
BOLD, RESET = "\033[1m", "\033[0m"


def render(findings, context) -> str:
    lines = []
    for f in findings:
        where = f"{one_line(f.path)}:{f.line}:{f.column}:"
        code = printable(f"{f.code} {f.rule}")
        if context.color:
            where = f"{BOLD}{where}{RESET}"
            code = f"{COLORS.get(f.severity, '')}{code}{RESET}"
        see = "".join(f" (see {one_line(path)}:{line}:{column})" for path, line, column in f.related)
        lines.append(f"{where} {code} {printable(f.message)}{see}")
    if findings:
        counts = {}
        for f in findings:
            counts[f.severity] = counts.get(f.severity, 0) + 1
        parts = ", ".join(f"{counts[s]} {s}{'s' if counts[s] != 1 else ''}" for s in ("error", "warning", "info") if s in counts)
        files = len({f.path for f in findings})
        lines.append(f"Found {len(findings)} finding{'s' if len(findings) != 1 else ''} ({parts}) in {files} file{'s' if files != 1 else ''}.")
    return "\n".join(lines) + ("\n" if lines else "")
