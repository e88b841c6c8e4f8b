"""Compiled pattern lists: the speed-ups (a look-ahead for the first characters, word tries) never
change what matches."""
from __future__ import annotations

import re

import pytest
from hypothesis import given
from hypothesis import strategies as st

from conftest import FIXTURES
from policylint.patterns import compile_patterns, spaced, first_chars, shorten, word_alternation
from policylint.plugins import Registry

RULES = list(Registry().rules.values())
SAMPLES = [path.read_text(encoding="utf-8") for path in sorted(FIXTURES.rglob("*.md"))]
SAMPLES += [text for rule in RULES for group in ("bad", "good") for text in rule.examples[group]]


def _pattern_lists():
    for rule in RULES:
        for name in rule.kind_class.regex_params:
            value = rule.params.get(name)
            if value:
                yield pytest.param([value] if isinstance(value, str) else value, id=f"{rule.name}.{name}")


@pytest.mark.parametrize("patterns", list(_pattern_lists()))
@pytest.mark.parametrize("flags", [re.IGNORECASE, 0])
def test_the_first_character_look_ahead_changes_no_match(patterns, flags):
    plain = re.compile("|".join(f"(?:{spaced(p)})" for p in patterns), flags)
    fast = compile_patterns(patterns, flags)
    for text in SAMPLES:
        assert [m.span() for m in fast.finditer(text)] == [m.span() for m in plain.finditer(text)]


@pytest.mark.parametrize("pattern,expected", [
    (r"\{\{x\}\}", {"{"}),
    (r"(?<!\w)TODO|XXX", {"T", "t", "X", "x"}),
    (r"\b(?:as|so) long", {"a", "A", "s", "S"}),
    (r"[a-c]x|%y", {"a", "b", "c", "A", "B", "C", "%"}),
    (r"\w+", None),
    (r"(?:for )*as", None),
    (r"[^x]", None),
])
def test_first_chars(pattern, expected):
    assert first_chars(pattern, re.IGNORECASE) == expected


@pytest.mark.parametrize("pattern,expected", [
    (r"(?<!\w)TODO|XXX", {"T", "X"}),  # case-sensitive: only the capitals can start a match
    (r"(?i:todo)|XXX", {"T", "t", "X"}),
    (r"[A-C]_", {"A", "B", "C"}),
])
def test_first_chars_of_a_case_sensitive_pattern(pattern, expected):
    assert first_chars(pattern, 0) == expected


@given(st.lists(st.text(alphabet="abcde'", min_size=1, max_size=6), min_size=1, max_size=12),
       st.text(alphabet="abcde' ", max_size=40))
def test_a_word_trie_matches_exactly_the_words(words, text):
    trie = re.compile(r"(?:" + word_alternation(words) + r")\Z")
    flat = re.compile(r"(?:" + "|".join(map(re.escape, words)) + r")\Z")
    for candidate in words + text.split():
        assert bool(trie.match(candidate)) == bool(flat.match(candidate))


@pytest.mark.parametrize("text,limit,expected", [
    ("short enough", 60, "short enough"),
    ("By using the app after changes you agree to the updated policy", 40, "By using the app after changes you…"),
    ("a" * 80, 20, "a" * 19 + "…"),
    ("a\nb   c", 60, "a b c"),
])
def test_quotes_are_cut_at_word_boundaries(text, limit, expected):
    assert shorten(text, limit) == expected


def test_a_space_inside_a_character_class_stays_one_space():
    """``[ \\t]`` is a gap on one line: it must not become ``[\\s+\\t]``, which takes line breaks and "+"."""
    assert spaced(r"at[ \t]*$") == r"at[ \t]*$"
    assert spaced(r"[^\] ]+ z") == r"[^\] ]+\s+z"
    assert spaced(r"a ?b\ c") == r"a\s*b\ c"
    line_gap = re.compile(spaced(r"us at[ \t]*(?=\n\n)"))
    assert line_gap.search("email us at\n\nThanks")
    assert not re.compile(spaced(r"us at[ \t]+For")).search("us at\nFor")
