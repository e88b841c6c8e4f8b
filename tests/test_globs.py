"""include/exclude: one matcher for a whole list of globs answers exactly as testing each
glob on its own, and a list of 200,000 costs no more per file than a short one."""
from __future__ import annotations

import re

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from policylint.config import Config, glob_regex
from policylint.globs import GlobSet, check

PIECES = ["a", "b", "ab", ".md", ".", "*", "?", "**", "[ab]", "[!a]", "/", "**/", "\n", " "]
NAMES = ["a", "b", "ab", "a.md", "b.md", ".", "x", "a\nb", "ab.txt", ""]


@settings(max_examples=400, deadline=None)
@given(st.lists(st.lists(st.sampled_from(PIECES), min_size=1, max_size=5).map("".join), min_size=1, max_size=6),
       st.lists(st.sampled_from(NAMES), min_size=1, max_size=4).map("/".join))
def test_one_matcher_answers_as_each_glob_alone(patterns, rel):
    assert GlobSet(patterns).match(rel) == any(glob_regex(p).match(rel) for p in patterns)


@pytest.mark.parametrize("pattern, yes, no", [
    ("CHANGELOG.md", ["CHANGELOG.md", "a/CHANGELOG.md", "CHANGELOG.md/x.md"], ["a/CHANGELOG.mdx", "xCHANGELOG.md"]),
    ("docs/old", ["docs/old", "docs/old/a.md"], ["a/docs/old", "docs/older.md"]),
    ("vendor/**", ["vendor/a.md", "vendor/b/c.md"], ["vendor", "a/vendor/b.md"]),
    ("*.draft.md", ["a.draft.md", "x/.draft.md"], ["a.draft.md/b", "a.draftxmd"]),
    ("draft-*", ["draft-1.md", "a/draft-"], ["a/xdraft-1.md", "draft-/x.md"]),
    ("docs/*/old.md", ["docs/a/old.md"], ["docs/a/b/old.md"]),
])
def test_shapes(pattern, yes, no):
    matcher = GlobSet(["unrelated", pattern])
    assert [matcher.match(rel) for rel in yes] == [True] * len(yes)
    assert [matcher.match(rel) for rel in no] == [False] * len(no)


def _many(count: int) -> list:
    """Paths, folders, extensions, prefixes and a tenth with wildcards inside."""
    shapes = ["vendor/lib{}/old.md", "build{}", "cache{}/**", "*.draft{}.md", "tmp{}-*", "docs/v{}/*.md"]
    return [shapes[i % len(shapes)].format(i) for i in range(count)]


def test_checking_and_matching_many_globs_compiles_once(monkeypatch):
    """Each glob compiled on its own made 200,000 patterns take a minute: count the compiles."""
    calls = []
    real = re.compile
    monkeypatch.setattr(re, "compile", lambda *args, **kwargs: calls.append(args) or real(*args, **kwargs))
    patterns = _many(60_000)
    assert check(patterns) is None
    config = Config(root=".", exclude=patterns)
    assert config.excluded("vendor/lib0/old.md") and config.excluded("docs/v59999/a.md")
    assert config.excluded("a/build7/b.md") and not config.excluded("docs/v59999/a/b.md")
    assert len(calls) <= 2  # the alternation of the wildcard ones (checked, then reused)


@pytest.mark.timeout(60)
def test_walking_a_tree_against_200_000_excludes(tmp_path):
    """2,000 files against 200,000 patterns: 400 million glob tests before, a few set lookups now."""
    from policylint.files import collect

    for folder in range(20):
        (tmp_path / f"d{folder}").mkdir()
        for number in range(100):
            (tmp_path / f"d{folder}" / f"p{number}.md").write_text("# Privacy\n")
    config = Config(root=str(tmp_path), exclude=_many(200_000) + ["d3/**", "p7.md"])

    class Linter:
        def config_for(self, path):
            return config

    found = collect([str(tmp_path)], Linter(), warn=print)
    assert len(found) == 2_000 - 100 - 19


@pytest.mark.parametrize("patterns, index", [(["*.md", "docs/[abc.md"], 1), (["a", "[z-a].md", "b"], 1)])
def test_the_broken_glob_of_a_list_is_named(patterns, index):
    assert check(patterns)[0] == index
