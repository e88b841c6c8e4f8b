"""policylint's own plugin: built-in kinds, the rule pack and reporters.

Registered through the ``policylint`` entry-point group like any third-party plugin.
"""
from __future__ import annotations

from pathlib import Path

from .hookspecs import hookimpl


def rules_dir() -> Path:
    """The built-in rule pack: inside the wheel, or the top-level ``rules/`` of a checkout."""
    here = Path(__file__).resolve().parent
    packaged = here / "rules"
    return packaged if packaged.is_dir() else here.parent / "rules"


@hookimpl
def policylint_rule_kinds():
    from .kinds import catalogue

    return catalogue.KINDS


@hookimpl
def policylint_rule_packs():
    return [str(rules_dir())]


@hookimpl
def policylint_reporters():
    from .reporters import BUILTIN

    return BUILTIN
