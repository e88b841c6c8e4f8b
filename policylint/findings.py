"""What rules produce (Hit: offsets) and what reporters print (Finding: positions)."""
from __future__ import annotations

from collections import namedtuple
from .records import asdict, record

SEVERITIES = ("info", "warning", "error")
SEVERITY_RANK = {name: rank for rank, name in enumerate(SEVERITIES)}


# collections.namedtuple, not typing.NamedTuple: importing typing is a tenth of a cached run
Hit = namedtuple("Hit", "start end message replacement", defaults=(None,))
Hit.__doc__ = """A rule's raw result: offsets into ``Document.text`` and a message.

``replacement`` (optional) is the text that fixes ``text[start:end]``.
"""


SetHit = namedtuple("SetHit", "path line column end_line end_column message related", defaults=((),))
SetHit.__doc__ = """A set rule's result: a place in one member (positions, as the member's facts give
them) and the (path, line, column) of the places in other members it is compared with."""


@record(frozen=True)
class Fix:
    start: int
    end: int
    replacement: str


@record(frozen=True)
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
    whole: bool = False  # about the whole document (something it lacks), not about its lines
    related: tuple = ()  # (path, line, column) of the other places a set finding compares this one with

    @property
    def sort_key(self):
        return (self.path, self.line, self.column, self.code, self.message)

    def to_dict(self) -> dict:
        data = asdict(self)
        data.pop("start")
        data.pop("end")
        data.pop("whole")
        related = data.pop("related")
        fix = data.pop("fix")
        data["fix"] = {"replacement": fix["replacement"]} if fix else None
        if related:  # only set findings have one: the fields of every other finding stay as they were
            data["related"] = [{"path": path, "line": line, "column": column} for path, line, column in related]
        return data
