"""Rule kinds: Python classes that turn a rule file's params into findings.

A kind declares its parameters with defaults in ``params``; the rule file and
the user's config may set only those, and only to values of the default's type
(see ``paramtypes``). ``__init__`` compiles everything once;
``check(doc)`` yields ``Hit``s and is the only thing run per document.
"""
from __future__ import annotations

import re

from ..errors import PolicylintError


class ParamError(PolicylintError):
    """A parameter value the kind cannot work with; ``param`` names it, so the
    error can point at that line of the rule file or config."""

    def __init__(self, param: str, message: str):
        super().__init__(message)
        self.param = param


class Kind:
    """Base class of every rule kind (built-in or from a plugin)."""

    #: parameter name -> default value
    params: dict = {}
    #: True when ``check`` can yield hits with a replacement
    fixable: bool = False
    #: parameters holding regular expressions (a string or a list): checked when a rule loads
    regex_params: tuple = ()

    def __init__(self, params: dict):
        self.options = {**self.params, **params}
        self.validate(self.options)

    @classmethod
    def validate(cls, options: dict) -> None:
        """Raise ``ParamError`` when ``options`` (defaults, rule file and config merged) do not
        work together, beyond each value's type. Runs when a rule file or config is loaded."""

    def compile(self, *names: str, case_sensitive: bool = False) -> tuple:
        """The pattern-list params ``names``, each compiled into one alternation (None when empty)."""
        from ..patterns import compile_patterns

        flags = 0 if case_sensitive else re.IGNORECASE
        return tuple(compile_patterns(self.options[name], flags) for name in names)

    def check(self, doc):  # pragma: no cover - interface
        raise NotImplementedError


class SetKind(Kind):
    """Base class of kinds that judge a policy set (see ``policylint.sets``), not one document.

    ``check(doc)`` finds nothing; ``check_set(policy_set, context)`` is called once per set
    after every member was linted and yields ``SetHit``s on its members. ``context`` holds
    ``lang``, the source language a config names (or None).
    """

    def check(self, doc):
        return iter(())

    def check_set(self, policy_set, context):  # pragma: no cover - interface
        raise NotImplementedError
