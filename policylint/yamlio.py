"""Safe YAML for rule files, config and front matter, with positions for errors.

Only plain data is built: a tag other than the core ones (``!!python/object``
...) is refused before anything is constructed, and aliases are refused so an
alias bomb cannot be expanded.
"""
from __future__ import annotations


from .errors import PolicylintError


MAX_DEPTH = 50
PLAIN_TAGS = {"!", "?"} | {f"tag:yaml.org,2002:{name}" for name in ("str", "int", "float", "bool", "null", "seq", "map")}


def _yaml(typ: str):
    from ruamel.yaml import YAML

    return YAML(typ=typ, pure=True)


def load_marked(text: str, path: str, guard: bool = True):
    """Round-trip load (mappings keep ``.lc`` line/column); errors name ``path:line:col``.

    ``guard`` first walks the events to refuse aliases, tags and deep nesting: a
    second parse, skipped only for the rule files policylint itself ships. Those
    (trusted, and checked by the test suite) load as plain data without marks,
    which takes a third less time than a round trip.
    """
    from ruamel.yaml.error import MarkedYAMLError, YAMLError
    from ruamel.yaml.events import AliasEvent, CollectionEndEvent, CollectionStartEvent

    yaml = _yaml("rt" if guard else "safe")
    depth = 0
    try:
        for event in yaml.parse(text) if guard else ():
            mark = event.start_mark
            depth += isinstance(event, CollectionStartEvent) - isinstance(event, CollectionEndEvent)
            if depth > MAX_DEPTH:  # the parser slows down quadratically and the loader recurses
                raise PolicylintError(f"YAML nested deeper than {MAX_DEPTH} levels", path, mark.line + 1, mark.column + 1)
            if isinstance(event, AliasEvent):
                raise PolicylintError("YAML aliases are not allowed here", path, mark.line + 1, mark.column + 1)
            tag = getattr(event, "tag", None)
            if tag is not None and str(tag) not in PLAIN_TAGS:
                shown = str(tag).replace("tag:yaml.org,2002:", "!!", 1)
                raise PolicylintError(f'YAML tag "{shown}" is not allowed here (only plain data)', path,
                                      mark.line + 1, mark.column + 1)
        return yaml.load(text)
    except PolicylintError:
        raise
    except MarkedYAMLError as exc:
        mark = exc.problem_mark or exc.context_mark
        problem = exc.problem or exc.context or "invalid YAML"
        raise PolicylintError(f"invalid YAML: {problem}", path, mark.line + 1 if mark else None,
                              mark.column + 1 if mark else None) from None
    except YAMLError as exc:
        raise PolicylintError(f"invalid YAML: {str(exc).splitlines()[0]}", path) from None


def load_plain(text: str):
    """Plain Python data (dict/list/str/...) from ``text``, or raise."""
    return to_plain(load_marked(text, "<yaml>"))


def to_plain(value):
    if isinstance(value, dict):
        return {str(k): to_plain(v) for k, v in value.items()}
    if isinstance(value, list):
        return [to_plain(v) for v in value]
    if hasattr(value, "value") and not isinstance(value, (str, int, float, bool)):
        return to_plain(value.value)
    if isinstance(value, str):
        return str(value)
    if isinstance(value, bool):
        return bool(value)
    if isinstance(value, int):
        return int(value)
    if isinstance(value, float):
        return float(value)
    return value


def position(node, key=None) -> tuple[int | None, int | None]:
    """1-based line and column of ``key`` in mapping ``node`` (or of the node)."""
    try:
        if key is not None:
            line, col = node.lc.key(key)
        else:
            line, col = node.lc.line, node.lc.col
        return line + 1, col + 1
    except (AttributeError, KeyError, TypeError):
        return None, None
