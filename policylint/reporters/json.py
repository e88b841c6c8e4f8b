"""A JSON array of findings: path, line, column, end_line, end_column, rule, code, severity, message.

Strings are exact (JSON escapes control characters itself) except the bytes of
a file name that are not UTF-8, written as ``\\xff`` so the output stays UTF-8.
"""
from __future__ import annotations

import json

from ..escape import encodable


def render(findings, context) -> str:
    return json.dumps([record(f) for f in findings], indent=2, ensure_ascii=False) + "\n"


def record(finding) -> dict:
    """One finding as this format writes it (and as the library API returns it)."""
    data = finding.to_dict()
    data["path"], data["message"] = encodable(data["path"]), encodable(data["message"])
    if data["fix"]:
        data["fix"]["replacement"] = encodable(data["fix"]["replacement"])
    return data
