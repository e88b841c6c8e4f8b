"""policylint.records: the small data classes behave as data classes do, without importing them."""
from __future__ import annotations

import subprocess
import sys

import pytest

from policylint.records import FrozenInstanceError, asdict, field, fields, record, replace


@record(frozen=True)
class Point:
    x: int
    y: int = 0


@record
class Bag:
    name: str
    items: list = field(default_factory=list)
    cache: dict = field(default_factory=dict, repr=False, compare=False)


def test_fields_defaults_and_factories():
    assert [f.name for f in fields(Point)] == ["x", "y"] and [f.type for f in fields(Point)] == ["int", "int"]
    assert Point(1) == Point(1, 0) and Point(1, y=2).y == 2
    one, two = Bag("a"), Bag("a")
    one.items.append(1)
    assert two.items == [] and one.items is not two.items  # a fresh list for each record


def test_equality_repr_and_hash():
    assert Point(1, 2) != Point(2, 1) and Point(1, 2) != (1, 2)
    assert repr(Point(1, 2)) == "Point(x=1, y=2)" and repr(Bag("a")) == "Bag(name='a', items=[])"
    assert Bag("a", cache={"k": 1}) == Bag("a")  # left out of the comparison
    assert hash(Point(1, 2)) == hash(Point(1, 2)) and len({Point(1, 2), Point(1, 2)}) == 1
    with pytest.raises(TypeError):
        hash(Bag("a"))  # changeable and equal by value: not hashable, as a data class


def test_frozen_records_refuse_assignment_and_replace_makes_a_copy():
    p = Point(1, 2)
    with pytest.raises(FrozenInstanceError):
        p.x = 3
    assert replace(p, y=5) == Point(1, 5) and p == Point(1, 2)


def test_asdict_goes_into_nested_records_lists_and_tuples():
    @record(frozen=True)
    class Line:
        start: Point
        marks: tuple = ()

    assert asdict(Line(Point(1), (Point(2, 3),))) == {"start": {"x": 1, "y": 0}, "marks": ({"x": 2, "y": 3},)}


def test_required_arguments_are_required():
    with pytest.raises(TypeError):
        Point()


def test_a_run_imports_no_dataclasses_module(tmp_path):
    """The point of records: start-up without ``dataclasses`` (and ``inspect``, ``ast``, ``dis``), once the
    compiled rule pack is there (loading the rule files themselves imports pluggy, which needs ``inspect``)."""
    policy = tmp_path / "privacy.txt"  # (markdown-it, for Markdown files, uses data classes of its own)
    policy.write_text("# Privacy Policy\n\nAcme Ltd keeps your e-mail address.\n", encoding="utf-8")
    subprocess.run([sys.executable, "-m", "policylint", str(policy)], capture_output=True, cwd=tmp_path)  # the rule pack
    code = ("import sys, runpy\nsys.argv = ['policylint', '--no-cache', sys.argv[1]]\n"
            "try:\n    runpy.run_module('policylint', run_name='__main__')\nexcept SystemExit:\n    pass\n"
            "print(sorted(m for m in ('dataclasses', 'inspect', 'ast', 'dis') if m in sys.modules))")
    out = subprocess.run([sys.executable, "-c", code, str(policy)], capture_output=True, text=True, cwd=tmp_path)
    assert out.stdout.strip().splitlines()[-1] == "[]", out.stderr
