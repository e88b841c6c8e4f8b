"""Fixture documents named after rules: tests/fixtures/<rule-name>/<case>.md|.txt.

The first line (or, for a fixture that needs front matter, the last line) of each fixture is ``<!-- expect-lines: 3 7 -->`` (or
``<!-- expect-lines: none -->``): the exact set of lines the rule named by
the folder must flag in that document.
"""
from __future__ import annotations

import re

import pytest

from conftest import FIXTURES

EXPECT = re.compile(r"<!--\s*expect-lines:\s*([\d\s]*|none)\s*-->")


def _cases():
    for folder in sorted(p for p in FIXTURES.iterdir() if p.is_dir()):
        for path in sorted(folder.iterdir()):
            if path.suffix in (".md", ".txt"):
                yield pytest.param(folder.name, path, id=f"{folder.name}/{path.name}")


@pytest.mark.parametrize("rule,path", list(_cases()))
def test_fixture(lint, rule, path):
    text = path.read_bytes().decode("utf-8")
    lines = text.lstrip("\ufeff").splitlines()
    match = EXPECT.search(lines[0]) or EXPECT.search(lines[-1])
    assert match, f"{path.name}: first or last line must be <!-- expect-lines: ... -->"
    expected = set() if match.group(1).strip() in ("", "none") else {int(n) for n in match.group(1).split()}
    found = {f.line for f in lint(text, path=path.name, select=[rule]) if f.rule == rule}
    assert found == expected, f"{path.name}: flagged {sorted(found)}, expected {sorted(expected)}"
