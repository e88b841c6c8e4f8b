"""What rules produce (Hit: offsets) and what reporters print (Finding: positions)."""
from __future__ import annotations

from dataclasses import asdict, dataclass
from typing import NamedTuple

SEVERITIES = ("info", "warning", "error")
SEVERITY_RANK = {name: rank for rank, name in enumerate(SEVERITIES)}


class Hit(NamedTuple):
    """A rule's raw result: offsets into ``Document.text`` and a message.

    ``replacement`` (optional) is the text that fixes ``text[start:end]``.
    """

    start: int
    end: int
    message: str
    replacement: str | None = None


@dataclass(frozen=True)
class Fix:
    start: int
    end: int
    replacement: str


@dataclass(frozen=True)
class Finding:
    path: str
    line: int
    column: int
    end_line: int
    end_column: int
    rule: str
    code: str
    severity: str
    message: str
    fix: Fix | None = None
    start: int = 0
    end: int = 0

    @property
    def sort_key(self):
        return (self.path, self.line, self.column, self.code, self.message)

    def to_dict(self) -> dict:
        data = asdict(self)
        data.pop("start")
        data.pop("end")
        fix = data.pop("fix")
        data["fix"] = {"replacement": fix["replacement"]} if fix else None
        return data
