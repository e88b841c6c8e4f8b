"""The pattern store: patterns read back from it are the patterns Python compiles, a damaged
store only costs a compile, and patterns made from a document are not kept."""
from __future__ import annotations

import json
import subprocess
import sys

import pytest

pytest.importorskip("re._compiler")  # CPython 3.11+

PATTERNS = [(r"\b(?P<word>consent|agree)s?\b", 2), (r"(?m:^\s*#+\s*(?P<title>.+)$)", 0), (r"[Pp]rivacy\s+\w+", 0)]
TEXT = "# Privacy Notice\nBy using it you agree. We ask for consent.\n"

PROBE = """
import json, re, sys
from re import _parser
from policylint import regexstore
parsed = []
real_parse = _parser.parse
_parser.parse = lambda p, flags=0, *a: parsed.append(p) or real_parse(p, flags, *a)
regexstore.install(sys.argv[1], write=sys.argv[2] == "write")
out = []
for source, flags in {patterns!r}:
    p = re.compile(source, flags)
    out.append([p.pattern, int(p.flags), p.groups, dict(p.groupindex),
                [[m.span(), m.groupdict()] for m in p.finditer({text!r})]])
with regexstore.dynamic():
    re.compile("made from a document: Acme Ltd")
regexstore.save()
print(json.dumps({{"out": out, "parsed": [p for p in parsed if p in [s for s, _ in {patterns!r}]]}}))
"""


def run(path, mode="write") -> dict:
    code = PROBE.format(patterns=PATTERNS, text=TEXT)
    result = subprocess.run([sys.executable, "-c", code, str(path), mode], capture_output=True, text=True, check=True)
    return json.loads(result.stdout)


def test_patterns_from_the_store_match_as_compiled(tmp_path):
    store = tmp_path / "store.re"
    first = run(store)
    assert first["parsed"] and store.exists()
    second = run(store, "read")
    assert second["out"] == first["out"]
    assert second["parsed"] == []  # read back: neither parsed nor generated again


def test_a_damaged_store_is_compiled_again(tmp_path):
    store = tmp_path / "store.re"
    expected = run(store)["out"]
    store.write_bytes(store.read_bytes()[:100])
    assert run(store, "read")["out"] == expected
    store.write_bytes(b"not a store")
    assert run(store, "read")["out"] == expected


def test_patterns_made_from_a_document_are_not_kept(tmp_path):
    import marshal

    store = tmp_path / "store.re"
    run(store)
    patterns, _, _ = marshal.loads(store.read_bytes())
    assert ("made from a document: Acme Ltd", 0) not in patterns
    assert (PATTERNS[0][0], 2) in patterns


def test_a_remembered_value_is_worked_out_once_and_kept(monkeypatch):
    from policylint import regexstore

    monkeypatch.setattr(regexstore, "_values", {})
    monkeypatch.setattr(regexstore, "_real", regexstore._real or object())  # as once a store is installed
    monkeypatch.setattr(regexstore, "_added", False)
    calls = []

    def compute():
        calls.append(1)
        return frozenset({("agree",), ("agreed",)})

    key = ("frame class forms", ("agree",), None)
    first = regexstore.remembered(key, compute)
    again = regexstore.remembered(key, compute)
    assert first == again == frozenset({("agree",), ("agreed",)})
    assert len(calls) == 1 and regexstore._added  # saved with the patterns at the end of the run
    with regexstore.dynamic():  # worked out from a document: never kept
        regexstore.remembered(("from a document",), compute)
    assert ("from a document",) not in regexstore._values
