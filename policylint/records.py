"""Small data classes, without the ``dataclasses`` module.

``dataclasses`` imports ``inspect`` (and with it ``ast``, ``dis`` and ``tokenize``) and
compiles four or five methods for each class: for the twenty small records policylint
keeps, about a sixth of a one-file run's start-up. ``record`` gives a class the same
shape (fields from its annotations, in order; defaults and ``field(default_factory=...)``;
``__init__``, ``__repr__``, ``__eq__``; ``frozen`` records are hashable and refuse
assignment) with one small compiled ``__init__`` per class, and ``fields``, ``replace``
and ``asdict`` work on them as their namesakes do on data classes.
"""
from __future__ import annotations

_MISSING = object()


class FrozenInstanceError(AttributeError):
    """Assignment to a field of a frozen record."""


class Field:
    """One field of a record: its name, its annotation (a string) and how it is filled."""

    __slots__ = ("name", "type", "default", "default_factory", "repr", "compare")

    def __init__(self, default=_MISSING, default_factory=_MISSING, repr=True, compare=True):
        self.name, self.type = "", ""
        self.default, self.default_factory, self.repr, self.compare = default, default_factory, repr, compare

    def __repr__(self):
        return f"Field(name={self.name!r}, type={self.type!r})"


def field(*, default=_MISSING, default_factory=_MISSING, repr: bool = True, compare: bool = True) -> Field:
    """A field's default made fresh for each record (``default_factory``), or left out of
    ``repr`` or ``==``."""
    return Field(default, default_factory, repr, compare)


def record(cls=None, *, frozen: bool = False):
    """Make ``cls`` a record (as ``@dataclass`` or ``@dataclass(frozen=True)``)."""
    def wrap(cls):
        return _make(cls, frozen)

    return wrap if cls is None else wrap(cls)


def fields(cls_or_record) -> tuple:
    """The record's ``Field`` objects, in order."""
    return cls_or_record.__record_fields__


def replace(obj, **changes):
    """A copy of the record ``obj`` with ``changes``."""
    values = {f.name: getattr(obj, f.name) for f in obj.__record_fields__}
    values.update(changes)
    return obj.__class__(**values)


def asdict(obj) -> dict:
    """The record as a dict, records inside it (also in lists, tuples and dicts) as dicts too."""
    return {f.name: _plain(getattr(obj, f.name)) for f in obj.__record_fields__}


def _plain(value):
    if hasattr(type(value), "__record_fields__"):
        return asdict(value)
    if isinstance(value, (list, tuple)):
        return type(value)(_plain(v) for v in value)
    if isinstance(value, dict):
        return {_plain(k): _plain(v) for k, v in value.items()}
    return value


def _make(cls, frozen: bool):
    own = []
    for name, annotation in cls.__dict__.get("__annotations__", {}).items():
        if str(annotation).startswith(("ClassVar", "typing.ClassVar")):
            continue
        value = cls.__dict__.get(name, _MISSING)
        f = value if isinstance(value, Field) else Field(default=value)
        f.name, f.type = name, annotation if isinstance(annotation, str) else getattr(annotation, "__name__", str(annotation))
        if isinstance(value, Field):
            if f.default is _MISSING:
                delattr(cls, name)
            else:
                setattr(cls, name, f.default)
        own.append(f)
    inherited = [f for base in reversed(cls.__mro__[1:]) for f in getattr(base, "__record_fields__", ())]
    by_name = {f.name: f for f in inherited}
    by_name.update({f.name: f for f in own})
    every = tuple(by_name.values())
    cls.__record_fields__ = every
    cls.__match_args__ = tuple(f.name for f in every)
    cls.__init__ = _init(cls, every, frozen)
    if "__repr__" not in cls.__dict__:
        cls.__repr__ = _repr
    if "__eq__" not in cls.__dict__:
        cls.__eq__ = _eq
    if frozen:
        cls.__setattr__ = _refuse
        cls.__delattr__ = _refuse
        cls.__hash__ = _hash
    elif "__hash__" not in cls.__dict__:
        cls.__hash__ = None  # equal by value and changeable: not hashable, as a data class
    return cls


def _init(cls, every: tuple, frozen: bool):
    """One ``__init__`` compiled for the class: the arguments in field order, each field set."""
    space = {"_MISSING": _MISSING, "_set": object.__setattr__}
    arguments, body = ["self"], []
    for i, f in enumerate(every):
        if f.default is not _MISSING:
            space[f"_d{i}"] = f.default
            arguments.append(f"{f.name}=_d{i}")
        elif f.default_factory is not _MISSING:
            space[f"_f{i}"] = f.default_factory
            arguments.append(f"{f.name}=_MISSING")
        else:
            arguments.append(f.name)
        value = f"_f{i}() if {f.name} is _MISSING else {f.name}" if f.default_factory is not _MISSING else f.name
        body.append(f"    _set(self, {f.name!r}, {value})" if frozen else f"    self.{f.name} = {value}")
    if "__post_init__" in cls.__dict__:
        body.append("    self.__post_init__()")
    source = f"def __init__({', '.join(arguments)}):\n" + ("\n".join(body) or "    pass") + "\n"
    exec(source, space)  # noqa: S102 - the source is made here from the class's own field names
    init = space["__init__"]
    init.__qualname__ = f"{cls.__qualname__}.__init__"
    return init


def _repr(self) -> str:
    shown = ", ".join(f"{f.name}={getattr(self, f.name)!r}" for f in self.__record_fields__ if f.repr)
    return f"{self.__class__.__qualname__}({shown})"


def _key(self) -> tuple:
    return tuple(getattr(self, f.name) for f in self.__record_fields__ if f.compare)


def _eq(self, other):
    if other.__class__ is not self.__class__:
        return NotImplemented
    return _key(self) == _key(other)


def _hash(self) -> int:
    return hash(_key(self))


def _refuse(self, name, *_):
    raise FrozenInstanceError(f"cannot assign to field {name!r}")
