"""The library API: pure (no config read from the disk unless asked), plain records, the
command line's findings, safe to pickle and to call from other processes."""
from __future__ import annotations

import json
import multiprocessing
import pickle
from concurrent.futures import ProcessPoolExecutor

import pytest

from conftest import BAD, BAD_LINE, EXAMPLES
from policylint import lint_document, lint_text, lint_texts
from policylint.errors import PolicylintError

FIELDS = ["path", "line", "column", "end_line", "end_column", "rule", "code", "severity", "message", "fix"]


def consent(findings) -> list[int]:
    return [f["line"] for f in findings if f["rule"] == "consent-by-use"]


def test_records_are_plain_dicts_with_the_json_fields():
    findings = lint_text(BAD, "privacy.md")
    assert consent(findings) == [BAD_LINE]
    assert all(type(f) is dict and list(f) == FIELDS for f in findings)
    assert pickle.loads(pickle.dumps(findings)) == findings


def test_a_config_in_the_working_folder_is_not_read(tmp_path, monkeypatch):
    (tmp_path / ".policylint.yaml").write_text("rules:\n  consent-by-use: off\n")
    monkeypatch.chdir(tmp_path)
    assert consent(lint_text(BAD, "privacy.md")) == [BAD_LINE]
    assert consent(lint_text(BAD, str(tmp_path / "privacy.md"))) == [BAD_LINE]


def test_a_config_file_is_read_when_named(tmp_path):
    config = tmp_path / "audit.yaml"
    config.write_text("rules:\n  consent-by-use: info\n")
    found = [f for f in lint_text(BAD, "privacy.md", config=str(config)) if f["rule"] == "consent-by-use"]
    assert [f["severity"] for f in found] == ["info"]


def test_a_config_mapping_is_validated_like_a_file():
    assert consent(lint_text(BAD, "privacy.md", config={"rules": {"POL201": "off"}})) == []
    with pytest.raises(PolicylintError, match=r'unknown key "rulez" \(did you mean "rules"\?\)'):
        lint_text(BAD, "privacy.md", config={"rulez": {}})
    with pytest.raises(PolicylintError, match='unknown rule "consent-by-usage"'):
        lint_text(BAD, "privacy.md", config={"rules": {"consent-by-usage": "off"}})


def test_lang_is_the_language_of_documents_without_front_matter():
    assert consent(lint_text(BAD, "privacy.md", lang="de")) == []  # English wording rules do not run
    with pytest.raises(PolicylintError, match='lang: unknown language "english".*did you mean "en"'):
        lint_text(BAD, "privacy.md", lang="english")


def test_findings_are_those_of_the_command_line(cli):
    paths = sorted(EXAMPLES.iterdir())
    result = cli("--format", "json", "--no-cache", *paths)
    assert result.returncode == 1, result.stderr
    assert lint_texts({str(p): p.read_bytes() for p in paths}) == json.loads(result.stdout)


def test_lint_texts_keeps_the_order_of_the_documents():
    pairs = [("b.md", BAD), ("a.md", BAD)]
    assert [f["path"] for f in lint_texts(pairs) if f["rule"] == "consent-by-use"] == ["b.md", "a.md"]


def test_bytes_are_decoded_as_the_command_line_decodes_files():
    findings = lint_text(b"\xef\xbb\xbf" + BAD.encode(), "privacy.md")
    assert consent(findings) == [BAD_LINE]
    result = lint_document(BAD.encode("cp1252") + b"Caf\xe9\n", "privacy.md")
    assert result["warnings"] == [f"privacy.md:{BAD_LINE + 1}: warning: not valid UTF-8, decoded as cp1252"]
    assert consent(result["findings"]) == [BAD_LINE]


def test_a_document_that_cannot_be_read_is_an_error_record_not_an_exception():
    result = lint_document(b"PK\x03\x04\x00\x00", "policy.md")
    assert result == {"path": "policy.md", "findings": [],
                      "errors": ["policy.md: binary file (contains NUL bytes), not a text document"], "warnings": []}
    with pytest.raises(PolicylintError, match="binary file"):
        lint_text(b"PK\x03\x04\x00\x00", "policy.md")


def test_other_processes_get_the_same_findings():
    texts = [(str(p), p.read_text(encoding="utf-8")) for p in sorted(EXAMPLES.iterdir())]
    here = [lint_text(text, path) for path, text in texts]
    context = multiprocessing.get_context("spawn")  # nothing inherited: each worker starts from scratch
    with ProcessPoolExecutor(2, mp_context=context) as pool:
        there = list(pool.map(lint_text, [t for _, t in texts], [p for p, _ in texts]))
    assert there == here
