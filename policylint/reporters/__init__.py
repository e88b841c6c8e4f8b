"""Built-in reporters. Each is ``render(findings, context) -> str``.

The mapping holds small wrappers so a format's module is imported only when
that format is used.
"""
from __future__ import annotations

from ..records import field, record
from importlib import import_module


@record
class ReportContext:
    """What a reporter may need beyond the findings."""

    color: bool = False
    registry: object = None
    sources: dict = field(default_factory=dict)  # path -> Source, for reports that show text
    statistics: bool = False


def _lazy(module: str):
    def render(findings, context):
        return import_module(f"policylint.reporters.{module}").render(findings, context)

    render.__name__ = f"render_{module}"
    return render


BUILTIN = {name: _lazy(name) for name in ("text", "json", "sarif", "github", "html")}
