"""The plugin contract. Built-in kinds, rules and reporters use it too."""
from __future__ import annotations

import pluggy

hookspec = pluggy.HookspecMarker("policylint")
hookimpl = pluggy.HookimplMarker("policylint")


@hookspec
def policylint_rule_kinds():
    """Called once when rules are loaded.

    Return a mapping of kind name -> ``policylint.kinds.Kind`` subclass. A rule
    file names its kind with ``kind:``.
    """


@hookspec
def policylint_rule_packs():
    """Called once when rules are loaded.

    Return a list of paths: rule YAML files, or folders holding them.
    """


@hookspec
def policylint_reporters():
    """Called once when output is written.

    Return a mapping of format name -> reporter: a callable
    ``(findings, context) -> str`` (see ``policylint.reporters``).
    """
