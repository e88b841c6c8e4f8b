"""A JSON array of findings: path, line, column, end_line, end_column, rule, code, severity, message."""
from __future__ import annotations

import json


def render(findings, context) -> str:
    return json.dumps([f.to_dict() for f in findings], indent=2, ensure_ascii=False) + "\n"
