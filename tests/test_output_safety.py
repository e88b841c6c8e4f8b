"""What a document or a file name holds cannot reach the terminal or the CI runner raw.

Escape sequences, bidi overrides and line separators in a message or a path
are printed as backslash escapes; a file name with a newline cannot start a
second line (a GitHub workflow command such as ``::error``); a file name that
is not UTF-8 is reported, not a crash. One finding is one line in every
format, and so is every warning on stderr.
"""
from __future__ import annotations

import json
import os
import re
import sys
from pathlib import Path

import jsonschema
import pytest

from policylint.escape import encodable, one_line, printable

pytestmark = pytest.mark.timeout(60)  # hostile input: a guard against hangs, not a benchmark
SCHEMA = json.loads((Path(__file__).parent / "schemas" / "sarif-schema-2.1.0.json").read_text(encoding="utf-8"))
# what must never reach a terminal or a CI log raw (a newline only ends a line of output)
UNSAFE = re.compile("[\x00-\x09\x0b-\x1f\x7f-\x9f\u061c\u200e\u200f\u2028\u2029\u202a-\u202e\u2066-\u2069]")
HOSTILE_ANCHOR = "a\x1b[2J\x1b]0;pwned\x07\u202eb\x7fc\x9bd"
DOC = f"# Privacy\n\nSee [the part](#{HOSTILE_ANCHOR}) for more.\n"
CONSENT = "By using the app you agree to this policy.\n"
INJECTED = "x\n::error file=evil.md,line=1::pwned"


def lines_of(output: str) -> list[str]:
    return output.split("\n")[:-1] if output else []


def test_printable_escapes_every_unsafe_character():
    assert printable("a\nb\r\tc") == "a\\nb\\r\\tc"
    assert printable("\x1b[31mred\x9b") == "\\x1b[31mred\\x9b"
    assert printable("\u202eevil\u2066\u2028\u2029\x7f") == "\\u202eevil\\u2066\\u2028\\u2029\\x7f"
    assert printable("caf\udce9.md") == "caf\\xe9.md"  # a byte that was not UTF-8
    assert printable("Ünïcödé – “quotes” 日本") == "Ünïcödé – “quotes” 日本"
    assert printable("a\tb", keep="\t") == "a\tb"
    assert encodable("a\n\udcff") == "a\n\\xff"


def test_a_line_never_starts_a_workflow_command():
    assert one_line("::error file=x::pwned.md:1:1: msg") == "./::error file=x::pwned.md:1:1: msg"
    assert one_line("  ##[error]x.md: msg") == "./  ##[error]x.md: msg"
    assert one_line("docs/a.md:1:1: msg") == "docs/a.md:1:1: msg"


@pytest.mark.parametrize("fmt", ["text", "github"])
def test_escape_sequences_in_messages_are_escaped(cli, tmp_path, fmt):
    (tmp_path / "privacy.md").write_text(DOC, encoding="utf-8")
    result = cli("--select", "dangling-reference", "--format", fmt, "privacy.md", cwd=tmp_path)
    assert result.returncode == 1, result.stderr
    assert not UNSAFE.search(result.stdout), repr(result.stdout)
    assert "\\x1b[2J" in result.stdout and "\\u202e" in result.stdout and "\\x9b" in result.stdout
    assert len(lines_of(result.stdout)) == (1 if fmt == "github" else 2)


@pytest.mark.parametrize("fmt", ["json", "sarif", "html"])
def test_structured_formats_stay_valid(cli, tmp_path, fmt):
    (tmp_path / "privacy.md").write_text(DOC, encoding="utf-8")
    result = cli("--select", "dangling-reference", "--format", fmt, "privacy.md", cwd=tmp_path)
    assert result.returncode == 1, result.stderr
    if fmt == "html":
        assert not UNSAFE.search(result.stdout.replace("\t", "")), "control characters make the page invalid"
        assert "\\x1b[2J" in result.stdout
        return
    data = json.loads(result.stdout)
    if fmt == "sarif":
        assert list(jsonschema.Draft4Validator(SCHEMA).iter_errors(data)) == []
        assert "\\x1b[2J" in data["runs"][0]["results"][0]["message"]["text"]
    else:
        assert HOSTILE_ANCHOR in data[0]["message"]  # JSON escapes control characters itself: exact


@pytest.mark.parametrize("fmt", ["text", "github"])
def test_a_file_name_with_a_newline_cannot_inject_a_workflow_command(cli, tmp_path, fmt):
    (tmp_path / "docs").mkdir()
    (tmp_path / "docs" / (INJECTED + ".md")).write_text(CONSENT, encoding="utf-8")
    result = cli("--select", "consent-by-use", "--format", fmt, "docs", cwd=tmp_path)
    assert result.returncode == 1, result.stderr
    lines = lines_of(result.stdout)
    assert len(lines) == (1 if fmt == "github" else 2), lines
    assert "docs/x\\n::error file" in result.stdout.replace("%3A", ":").replace("%2C", ",")
    assert not any(text.lstrip().startswith("::error file=evil.md") for text in lines)


def test_a_file_name_starting_like_a_workflow_command_is_written_as_a_path(cli, tmp_path):
    name = "::error file=evil.md::pwned.md"
    (tmp_path / name).write_text(CONSENT, encoding="utf-8")
    result = cli("--select", "consent-by-use", name, cwd=tmp_path)
    assert result.returncode == 1, result.stderr
    assert lines_of(result.stdout)[0].startswith(f"./{name}:1:1: POL201")


def test_warnings_and_errors_on_stderr_are_one_line(cli, tmp_path):
    (tmp_path / "docs").mkdir()
    (tmp_path / "docs" / (INJECTED + ".md")).write_bytes(b"By using the app you agree to caf\xe9 terms.\n")
    (tmp_path / "docs" / (INJECTED + ".txt")).write_bytes(b"\x00binary")
    missing = "gone\n::error::pwned.md"
    result = cli("--select", "consent-by-use", "docs", missing, cwd=tmp_path)
    assert result.returncode == 2
    lines = lines_of(result.stderr)
    assert len(lines) == 3, lines
    assert not any(text.lstrip().startswith("::") for text in lines)
    assert not UNSAFE.search(result.stderr)
    assert "gone\\n::error::pwned.md: no such file or directory" in lines


def test_entity_variant_across_a_line_break_is_one_line(cli, tmp_path):
    """POL104 quotes the variant with a line break inside it read as the space it is: one line."""
    text = '# Privacy Policy\n\nAcme Expert ("we", "us") provides the Acme Expert app.\n\nWrite to the acme\nexpert team.\n'
    (tmp_path / "privacy.md").write_text(text, encoding="utf-8")
    for fmt in ("text", "github"):
        result = cli("--select", "entity-name-inconsistent", "--format", fmt, "privacy.md", cwd=tmp_path)
        assert result.returncode == 1, result.stderr
        assert '"acme expert" is a spelling variant' in result.stdout
        assert len(lines_of(result.stdout)) == (1 if fmt == "github" else 2)


needs_bytes_names = pytest.mark.skipif(sys.platform in ("win32", "darwin"),
                                       reason="the file system must accept names that are not UTF-8")


@needs_bytes_names
@pytest.mark.parametrize("fmt", ["text", "json", "sarif", "github", "html"])
def test_file_names_that_are_not_utf8(cli, tmp_path, fmt):
    folder = os.fsencode(tmp_path)
    with open(os.path.join(folder, b"caf\xe9-privacy.md"), "w", encoding="utf-8") as handle:
        handle.write(CONSENT)
    result = cli("--select", "consent-by-use", "--format", fmt, ".", cwd=tmp_path)
    assert result.returncode == 1, result.stderr
    assert "Traceback" not in result.stderr and "internal error" not in result.stderr
    if fmt in ("json", "sarif"):
        data = json.loads(result.stdout)
        if fmt == "sarif":
            assert list(jsonschema.Draft4Validator(SCHEMA).iter_errors(data)) == []
            location = data["runs"][0]["results"][0]["locations"][0]["physicalLocation"]
            assert location["artifactLocation"]["uri"] == "caf%E9-privacy.md"  # the file's very bytes
        else:
            assert data[0]["path"] == "./caf\\xe9-privacy.md"
    else:
        assert "caf\\xe9-privacy.md" in result.stdout


@needs_bytes_names
def test_baseline_with_a_file_name_that_is_not_utf8(cli, tmp_path):
    folder = os.fsencode(tmp_path)
    with open(os.path.join(folder, b"caf\xe9-privacy.md"), "w", encoding="utf-8") as handle:
        handle.write(CONSENT)
    written = cli("--select", "consent-by-use", "--write-baseline", "base.json", ".", cwd=tmp_path)
    assert written.returncode == 0, written.stderr
    assert "caf\\\\xe9-privacy.md" in (tmp_path / "base.json").read_text(encoding="utf-8")
    again = cli("--select", "consent-by-use", "--baseline", "base.json", ".", cwd=tmp_path)
    assert again.returncode == 0, (again.stdout, again.stderr)
    assert "1 finding in the baseline not shown." in again.stderr
