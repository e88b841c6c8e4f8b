"""--format sarif: valid SARIF 2.1.0 whose regions point at the flagged text."""
from __future__ import annotations

import json
import re
from pathlib import Path

import jsonschema

from conftest import EXAMPLES, ROOT

SCHEMA = json.loads((Path(__file__).parent / "schemas" / "sarif-schema-2.1.0.json").read_text(encoding="utf-8"))


def sarif(cli, *args, cwd=ROOT):
    result = cli("--format", "sarif", *args, cwd=cwd)
    assert result.returncode in (0, 1), result.stderr
    return json.loads(result.stdout)


def offset(text: str, line: int, column: int) -> int:
    """Independent of policylint's position map: count lines and code points."""
    starts = [0] + [m.end() for m in re.finditer("\n", text)]
    return starts[line - 1] + column - 1


def test_seeds_validate_against_the_oasis_schema(cli):
    log = sarif(cli, "examples/policies")
    errors = list(jsonschema.Draft4Validator(SCHEMA).iter_errors(log))
    assert errors == [], [e.message for e in errors[:5]]
    assert len(log["runs"]) == 1 and log["runs"][0]["results"]


def test_regions_point_at_the_matched_text(cli, linter_factory):
    from policylint.source import read_path

    log = sarif(cli, "examples/policies")
    results = log["runs"][0]["results"]
    linter = linter_factory()
    expected = []
    for path in sorted(EXAMPLES.iterdir()):
        source, _ = read_path(str(path))
        expected += [(f, source.text) for f in linter.lint_source(source).findings]
    assert len(results) == len(expected)
    for result, (finding, text) in zip(results, expected):
        location = result["locations"][0]["physicalLocation"]
        assert location["artifactLocation"]["uri"] == Path(finding.path).relative_to(ROOT).as_posix()
        region = location["region"]
        start = offset(text, region["startLine"], region["startColumn"])
        end = offset(text, region["endLine"], region["endColumn"])
        assert (result["ruleId"], start, end) == (finding.code, finding.start, finding.end)
        shown = " ".join(text[start:end].split())
        quoted = [q.rstrip("…") for q in re.findall(r'"([^"]+)"', result["message"]["text"])]
        if quoted and start < end:
            assert any(shown.startswith(" ".join(q.split())) for q in quoted), (shown, quoted)


def test_rules_come_from_the_rule_files(cli, registry):
    run = sarif(cli, "examples/policies")["runs"][0]
    rules = {r["id"]: r for r in run["tool"]["driver"]["rules"]}
    consent = registry.resolve("consent-by-use")
    assert rules["POL201"]["name"] == "consent-by-use"
    assert rules["POL201"]["shortDescription"]["text"] == consent.summary
    assert rules["POL201"]["fullDescription"]["text"] == consent.rationale
    assert "GDPR" in rules["POL201"]["help"]["text"]
    assert rules["POL104"]["defaultConfiguration"]["level"] == "warning"
    assert run["columnKind"] == "unicodeCodePoints"
    for result in run["results"]:
        assert run["tool"]["driver"]["rules"][result["ruleIndex"]]["id"] == result["ruleId"]
        assert result["level"] in ("error", "warning", "note")


def test_uris_relative_to_the_working_directory_and_fixes(cli, tmp_path):
    docs = tmp_path / "docs" / "legal notes"
    docs.mkdir(parents=True)
    (docs / "privacy.md").write_text('# Privacy\n\nCloudWalk ("we") runs it. Cloudwalk stores data. '
                                     'Write to privacy@cloudwalk.example.\n', encoding="utf-8")
    log = sarif(cli, "docs", cwd=tmp_path)
    assert list(jsonschema.Draft4Validator(SCHEMA).iter_errors(log)) == []
    result = next(r for r in log["runs"][0]["results"] if r["ruleId"] == "POL104")
    assert result["locations"][0]["physicalLocation"]["artifactLocation"]["uri"] == "docs/legal%20notes/privacy.md"
    change = result["fixes"][0]["artifactChanges"][0]["replacements"][0]
    assert change["insertedContent"]["text"] == "CloudWalk"
    assert change["deletedRegion"]["startColumn"] == result["locations"][0]["physicalLocation"]["region"]["startColumn"]


def test_empty_run_is_valid(cli):
    log = sarif(cli, ROOT / "tests" / "fixtures" / "clean-policy.md")
    assert log["runs"][0]["results"] == []
    assert list(jsonschema.Draft4Validator(SCHEMA).iter_errors(log)) == []
