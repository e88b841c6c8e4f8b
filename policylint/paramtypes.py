"""A rule parameter's type is the type of the default its kind declares.

``keeping_window: 120`` makes ``keeping_window`` a whole number, ``vague: []`` a
list of strings, ``entity: None`` an optional string. Checking a value against
its default when a rule file or a config is loaded turns ``min_age: "x"`` into
an error on that line instead of a crash while linting, with no second table
of types to keep in step with the kinds.
"""
from __future__ import annotations


_PLURAL = {"true or false": "true/false values", "a whole number": "whole numbers", "a number": "numbers",
           "a string": "strings"}


def type_problem(name: str, value, default) -> str | None:
    """What is wrong with ``value`` for a parameter whose default is ``default`` (None if fine)."""
    if _fits(value, default):
        return None
    return f'"{name}" must be {_describe(default)}, not {shown_value(value)}'


def _fits(value, default) -> bool:
    if isinstance(default, bool):
        return isinstance(value, bool)
    if isinstance(default, int):
        return isinstance(value, int) and not isinstance(value, bool)
    if isinstance(default, float):
        return isinstance(value, (int, float)) and not isinstance(value, bool)
    if isinstance(default, str) or default is None:  # None: an optional string
        return isinstance(value, str) or (default is None and value is None)
    if isinstance(default, (list, tuple)):
        item = default[0] if default else ""
        return isinstance(value, list) and all(_fits(v, item) for v in value)
    if isinstance(default, dict):
        return isinstance(value, dict)
    return True  # a default of another type: the kind checks the value itself


def _describe(default) -> str:
    if isinstance(default, bool):
        return "true or false"
    if isinstance(default, int):
        return "a whole number"
    if isinstance(default, float):
        return "a number"
    if isinstance(default, (list, tuple)):
        return "a list of " + _PLURAL.get(_describe(default[0] if default else ""), "values")
    if isinstance(default, dict):
        return "a mapping"
    return "a string"


def shown_value(value) -> str:
    import json

    text = json.dumps(value, ensure_ascii=False, default=str)
    return text if len(text) <= 60 else text[:59] + "…"
