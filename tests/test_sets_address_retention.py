"""The address and retention consistency rules of a set (POL506, POL507): each fires on a
differing pair and names both places (text, JSON, SARIF), stays quiet on the same fact written
differently, on unrelated documents and on translations, and gives the same findings with
--jobs and the cache."""
from __future__ import annotations

import json

import pytest

from conftest import run_cli, write_files

PRIVACY = ("# Acme Privacy Policy\n\nAcme Ltd, 12 Harbour Street, Bristol BS1 4QA, is the controller.\n\n"
           "We keep server logs for 30 days.\n\nSee the [terms](terms.md).\n")
TERMS = ("# Terms\n\nThe shop is run by Acme Ltd, 40 Mill Lane, Leeds LS1 5AB.\n\n"
         "Server logs are deleted after 90 days.\n")
# the same facts, written differently
SAME_TERMS = ("# Terms\n\nThe shop is run by ACME LTD., 12 harbour St., Bristol.\n\n"
              "Server Logs are deleted after thirty (30) days.\n")
RULES = ["POL506", "POL507"]


@pytest.mark.parametrize("rule,line,column,related", [
    ("set-address-inconsistent", 3, 30, ("privacy.md", 3, 11)),
    ("set-retention-inconsistent", 5, 31, ("privacy.md", 5, 25)),
])
def test_each_rule_names_both_places(set_places, rule, line, column, related):
    assert set_places({"privacy.md": PRIVACY, "terms.md": TERMS}, rule) == [("terms.md", line, column, (related,))]


def test_messages_give_both_values(lint_set):
    found = {f.rule: f.message for f in lint_set({"privacy.md": PRIVACY, "terms.md": TERMS}, select=RULES)}
    assert '"40 Mill Lane" here but "12 Harbour Street" in privacy.md' in found["set-address-inconsistent"]
    assert '"server log" is 90 days here but 30 days in privacy.md' in found["set-retention-inconsistent"]


def test_the_same_facts_written_differently_are_quiet(lint_set):
    assert lint_set({"privacy.md": PRIVACY, "terms.md": SAME_TERMS}, select=RULES) == []


def test_twelve_months_is_one_year(lint_set):
    privacy = PRIVACY.replace("30 days", "12 months")
    terms = SAME_TERMS.replace("thirty (30) days", "one year")
    assert lint_set({"privacy.md": privacy, "terms.md": terms}, select=RULES) == []


def test_unrelated_documents_are_not_compared(lint_set):
    privacy = PRIVACY.replace("See the [terms](terms.md).", "")
    assert lint_set({"privacy.md": privacy, "terms.md": TERMS}, select=RULES) == []


def test_another_organisation_and_another_category_are_not_compared(lint_set):
    terms = TERMS.replace("The shop is run by Acme Ltd", "Deliveries are made by Fast Couriers Ltd").replace(
        "Server logs", "Invoices")
    assert lint_set({"privacy.md": PRIVACY, "terms.md": terms}, select=RULES) == []


def test_we_address_belongs_to_the_defined_entity(lint_set):
    privacy = ("# Privacy\n\nAcme Ltd (\"we\") runs the shop. Our office is at 12 Harbour Street, Bristol.\n\n"
               "See the [terms](terms.md).\n")
    found = lint_set({"privacy.md": privacy, "terms.md": TERMS}, select=["POL506"])
    assert [(f.path, f.related) for f in found] == [("terms.md", (("privacy.md", 3, 49),))]
    # "we" with no entity defined: whose address it is, is not known
    privacy = "# Privacy\n\nOur office is at 12 Harbour Street, Bristol.\n\nSee the [terms](terms.md).\n"
    assert lint_set({"privacy.md": privacy, "terms.md": TERMS}, select=["POL506"]) == []


def test_a_document_with_two_periods_for_one_category_is_not_compared(lint_set):
    privacy = PRIVACY.replace("We keep server logs for 30 days.",
                             "We keep server logs for 30 days. Server logs of abuse are kept for 90 days. "
                             "Server logs are deleted after 1 year when a case is open.")
    assert lint_set({"privacy.md": privacy, "terms.md": TERMS}, select=["POL507"]) == []


def test_general_words_are_no_category(lint_set):
    privacy = PRIVACY.replace("server logs", "your data")
    terms = TERMS.replace("Server logs", "Your personal data")
    assert lint_set({"privacy.md": privacy, "terms.md": terms}, select=["POL507"]) == []


def test_translations_are_compared_by_no_english_pattern(lint_set):
    english = PRIVACY.replace("See the [terms](terms.md).", "")
    french = ("# Politique de confidentialité\n\nAcme Ltd, 40 Mill Lane, Leeds LS1 5AB, est le responsable du "
              "traitement de vos données personnelles.\n\nNous conservons les journaux du serveur pendant 90 jours "
              "et nous ne les partageons avec personne.\n")
    found = lint_set({"en/privacy.md": english, "fr/privacy.md": french}, select=RULES)
    assert found == []
    # two English copies of one page are compared
    found = lint_set({"en/privacy.md": english, "en-gb/privacy.md": english.replace("30 days", "90 days")},
                     select=["POL507"])
    assert [(f.path, f.related[0][0]) for f in found] == [("en/privacy.md", "en-gb/privacy.md")]


@pytest.mark.parametrize("code", RULES)
def test_output_formats_name_the_other_place(tmp_path, code):
    write_files(tmp_path, {"privacy.md": PRIVACY, "terms.md": TERMS})
    args = ("--no-cache", "--select", code, "privacy.md", "terms.md")
    line = {"POL506": 3, "POL507": 5}[code]
    column = {"POL506": 11, "POL507": 25}[code]
    text = run_cli(*args, cwd=tmp_path).stdout
    assert text.splitlines()[0].endswith(f"(see privacy.md:{line}:{column})")
    records = json.loads(run_cli("--format", "json", *args, cwd=tmp_path).stdout)
    assert [r["code"] for r in records] == [code]
    assert records[0]["related"] == [{"path": "privacy.md", "line": line, "column": column}]
    sarif = json.loads(run_cli("--format", "sarif", *args, cwd=tmp_path).stdout)
    (result,) = sarif["runs"][0]["results"]
    location = result["relatedLocations"][0]["physicalLocation"]
    assert location["artifactLocation"]["uri"] == "privacy.md" and location["region"]["startLine"] == line


def test_jobs_and_cache_give_the_same_findings(tmp_path):
    files = {}
    for shop in range(6):
        files[f"shop{shop}/privacy.md"] = PRIVACY
        files[f"shop{shop}/terms.md"] = TERMS if shop % 2 else SAME_TERMS
    write_files(tmp_path, files)

    def run(*args):
        result = run_cli("--format", "json", "--select", "POL506,POL507", *args, ".", cwd=tmp_path)
        return json.loads(result.stdout)

    fresh = run("--no-cache", "-j", "1")
    assert len(fresh) == 6
    assert run("--no-cache", "-j", "2") == fresh == run("-j", "2") == run("-j", "1")
    # a member changed: the set is judged again though its other member comes from the cache
    (tmp_path / "shop0" / "terms.md").write_text(TERMS, encoding="utf-8")
    assert len(run("-j", "2")) == 8 == len(run("--no-cache", "-j", "1"))


@pytest.mark.parametrize("sentence,category,days", [
    ("We keep server logs for 30 days.", "server log", 30),
    ("Server logs are deleted after 90 days.", "server log", 90),
    ("We retain your account data for twelve months.", "account data", 365),
    ("Backups are kept for up to two years.", "backup", 730),
    ("Error reports will automatically be deleted after one month.", "error report", 30),
    ("We keep that IP address for approximately 30 days.", "ip address", 30),
    ("Invoices are kept for ten (10) years.", "invoice", 3652),
])
def test_retention_facts(sentence, category, days):
    from policylint.parse import parse
    from policylint.sets.facts import facts_of
    from policylint.source import Source

    facts = facts_of(parse(Source("privacy.md", f"# Privacy\n\n{sentence}\n", False)))
    assert [(item[0], item[1]) for item in facts["retention"]] == [(category, days)]


@pytest.mark.parametrize("sentence", [
    "We keep your data for 30 days.",  # no one category
    "The latest IP address used is stored for up to 12 months.",  # a participle ends no category
    "We keep server logs as long as necessary.",  # no period
    "Server logs help us for 30 days.",  # no retention verb
])
def test_no_retention_fact(sentence):
    from policylint.parse import parse
    from policylint.sets.facts import facts_of
    from policylint.source import Source

    assert facts_of(parse(Source("privacy.md", f"# Privacy\n\n{sentence}\n", False)))["retention"] == []


def _addresses(text):
    from policylint.parse import parse
    from policylint.sets.facts import facts_of
    from policylint.source import Source

    return [(item[0], item[1]) for item in facts_of(parse(Source("privacy.md", text, False)))["addresses"]]


def test_an_address_block_belongs_to_the_entity_above_it():
    text = "# Privacy\n\nWrite to:\nAcme Ltd  \nAttn: Legal Notices  \n331 E. Evelyn Avenue  \nMountain View, CA 94041\n"
    assert _addresses(text) == [("331 e evelyn ave", "acme")]


def test_an_address_is_not_given_to_an_entity_named_lines_above_it():
    # the DPO's firm is named above; the street on the CC line is another entity's (whose form is not read)
    text = ("# Privacy\n\nc/o DP Dock DPO Services GmbH,<br>\nAttn: Acme BV, Gut Projensdorf,<br>\n"
            "24161 Altenholz, Germany<br>\nCC: Acme BV, Vijzelstraat 68-72, 1017 HL Amsterdam\n")
    assert _addresses(text) == []
