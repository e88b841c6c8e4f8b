"""How bench/quality.py scores findings against labels: the numbers in QUALITY.md rest on it."""
import importlib.util
import os

import pytest

HERE = os.path.dirname(os.path.abspath(__file__))


@pytest.fixture(scope="module")
def quality():
    path = os.path.join(os.path.dirname(HERE), "bench", "quality.py")
    spec = importlib.util.spec_from_file_location("quality_under_test", path)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def finding(rule, line, message="m"):
    return {"rule": rule, "line": line, "end_line": line, "message": message}


def score(quality, entry, findings):
    s = quality.Score()
    s.add("doc.md", entry, findings)
    return dict(s.rows())["all"]


def test_a_line_level_finding_must_overlap_the_expected_lines(quality):
    entry = {"expect": [{"rule": "consent-by-use", "lines": [4, 5]}]}
    assert score(quality, entry, [finding("consent-by-use", 5)])["false"] == 0
    numbers = score(quality, entry, [finding("consent-by-use", 9)])
    assert numbers["found"] == 0 and numbers["false"] == 1


def test_a_debatable_line_level_call_excuses_only_its_lines(quality):
    entry = {"debatable": [{"rule": "retention-vague", "lines": [7, 7], "note": "why"}]}
    assert score(quality, entry, [finding("retention-vague", 7)])["false"] == 0
    assert score(quality, entry, [finding("retention-vague", 12)])["false"] == 1


def test_a_debatable_call_on_a_whole_document_rule_excuses_it_wherever_it_points(quality):
    # the guide asks every debatable call for a line, but a missing item is reported at the title
    entry = {"debatable": [{"rule": "disclosure-missing", "lines": [3, 3], "note": "owes nothing?"}]}
    assert score(quality, entry, [finding("disclosure-missing", 1, "does not say: how long the data is kept")])["false"] == 0
    assert score(quality, entry, [finding("consent-by-use", 1)])["false"] == 1  # another rule is not doubted


def test_a_debatable_item_excuses_only_that_item(quality):
    entry = {"debatable": [{"rule": "disclosure-missing", "item": "retention", "lines": [3, 3], "note": "why"}]}
    assert score(quality, entry, [finding("disclosure-missing", 1, "does not say: how long the data is kept")])["false"] == 0
    assert score(quality, entry, [finding("disclosure-missing", 1, "does not say: the data subject's rights")])["false"] == 1
