"""The consistency rules of a set (POL503-505) and how their findings name the other place:
text `(see path:line:col)`, JSON `related`, SARIF `relatedLocations`; the same with --jobs and
the cache."""
from __future__ import annotations

import json

import pytest

from conftest import run_cli, write_files

PRIVACY = ("# Acme Privacy Policy\n\nAcme Ltd (\"we\") runs the shop. Write to privacy@acme.example.\n\n"
           "We do not collect data from children under 13.\n\nSee the [terms](terms.md).\n")
TERMS = ("# Terms\n\nAcme GmbH (\"we\") sells the goods.\n\nQuestions about your data: privacy@acme-shop.example.\n\n"
         "The shop is not for children under 16.\n")


@pytest.mark.parametrize("rule,line,column,related", [
    ("set-entity-inconsistent", 3, 1, ("privacy.md", 3, 1)),
    ("set-contact-email-inconsistent", 5, 28, ("privacy.md", 3, 41)),
    ("set-children-age-inconsistent", 7, 36, ("privacy.md", 5, 44)),
])
def test_each_rule_names_both_places(set_places, rule, line, column, related):
    assert set_places({"privacy.md": PRIVACY, "terms.md": TERMS}, rule) == [("terms.md", line, column, (related,))]


def test_unrelated_documents_are_not_compared(lint_set):
    found = lint_set({"privacy.md": PRIVACY.replace("See the [terms](terms.md).", ""), "terms.md": TERMS},
                     select=["POL503", "POL504", "POL505"])
    assert found == []


def test_agreeing_documents_are_quiet(lint_set):
    terms = TERMS.replace("Acme GmbH", "Acme Limited").replace("acme-shop", "acme").replace("16", "13")
    assert lint_set({"privacy.md": PRIVACY, "terms.md": terms}, select=["POL503", "POL504", "POL505"]) == []


def test_a_document_naming_both_entities_is_quiet(lint_set):
    privacy = PRIVACY.replace("runs the shop.", "runs the shop; Acme GmbH delivers in Germany.")
    assert lint_set({"privacy.md": privacy, "terms.md": TERMS}, select=["POL503"]) == []


def test_output_formats_name_the_other_place(tmp_path):
    write_files(tmp_path, {"privacy.md": PRIVACY, "terms.md": TERMS})
    text = run_cli("--no-cache", "--select", "POL503", "privacy.md", "terms.md", cwd=tmp_path).stdout
    assert text.splitlines()[0].endswith("(see privacy.md:3:1)")
    records = json.loads(run_cli("--no-cache", "--format", "json", "--select", "POL503", "privacy.md", "terms.md",
                                 cwd=tmp_path).stdout)
    assert records[0]["related"] == [{"path": "privacy.md", "line": 3, "column": 1}]
    sarif = json.loads(run_cli("--no-cache", "--format", "sarif", "--select", "POL503", "privacy.md", "terms.md",
                               cwd=tmp_path).stdout)
    (result,) = sarif["runs"][0]["results"]
    location = result["relatedLocations"][0]["physicalLocation"]
    assert location["artifactLocation"]["uri"] == "privacy.md" and location["region"]["startLine"] == 3


def test_sarif_with_related_locations_is_valid(tmp_path):
    jsonschema = pytest.importorskip("jsonschema")
    from conftest import ROOT

    write_files(tmp_path, {"privacy.md": PRIVACY, "terms.md": TERMS})
    sarif = json.loads(run_cli("--no-cache", "--format", "sarif", ".", cwd=tmp_path).stdout)
    schema = json.loads((ROOT / "tests" / "schemas" / "sarif-schema-2.1.0.json").read_text(encoding="utf-8"))
    jsonschema.validate(sarif, schema)


def test_jobs_and_cache_give_the_same_set_findings(tmp_path):
    files = {}
    for shop in range(6):
        files[f"shop{shop}/privacy.md"] = PRIVACY
        files[f"shop{shop}/terms.md"] = TERMS
    write_files(tmp_path, files)

    def run(*args):
        result = run_cli("--format", "json", "--select", "POL5", *args, ".", cwd=tmp_path)
        return json.loads(result.stdout)

    fresh = run("--no-cache", "-j", "1")
    assert len(fresh) == 18
    assert run("--no-cache", "-j", "2") == fresh == run("-j", "2") == run("-j", "1")
