"""Bad input gets clear words: one line naming the file, exit 2, never a traceback."""
from __future__ import annotations

import hashlib
import json
import os

import pytest

CONSENT = "By using the app you agree to this policy.\n"


def one_error_line(result, expected: str) -> None:
    assert result.returncode == 2, (result.returncode, result.stdout, result.stderr)
    assert "Traceback" not in result.stderr
    assert result.stderr.strip().splitlines() == [expected], result.stderr


def test_missing_path(cli, tmp_path):
    one_error_line(cli("gone.md", cwd=tmp_path), "gone.md: no such file or directory")


@pytest.mark.skipif(os.geteuid() == 0, reason="root reads files whatever their mode")
def test_unreadable_file(cli, tmp_path):
    (tmp_path / "secret.md").write_text(CONSENT)
    (tmp_path / "secret.md").chmod(0)
    try:
        one_error_line(cli("secret.md", cwd=tmp_path), "secret.md: permission denied")
    finally:
        (tmp_path / "secret.md").chmod(0o644)


def test_unreadable_file_even_as_root(tmp_path, monkeypatch, capsys):
    """The same path without needing a non-root user: open() refuses as it would for chmod 000."""
    from policylint import cli, source

    def refuse(*args, **kwargs):
        raise PermissionError(13, "Permission denied")

    (tmp_path / "secret.md").write_text(CONSENT)
    monkeypatch.chdir(tmp_path)
    monkeypatch.setattr(source, "open", refuse, raising=False)
    assert cli.main(["secret.md"]) == 2
    assert capsys.readouterr().err.strip().splitlines() == ["secret.md: permission denied"]


def test_named_binary_file(cli, tmp_path):
    (tmp_path / "logo.md").write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR")
    one_error_line(cli("logo.md", cwd=tmp_path), "logo.md: binary file (contains NUL bytes), not a text document")


def test_binary_file_in_a_folder_is_skipped_with_a_warning(cli, tmp_path):
    (tmp_path / "docs").mkdir()
    (tmp_path / "docs" / "logo.md").write_bytes(b"\x00\x01")
    (tmp_path / "docs" / "privacy.md").write_text("# Acme Privacy Policy\n\n" + CONSENT)
    result = cli("docs", cwd=tmp_path)
    assert result.returncode == 1, result.stderr
    assert "docs/logo.md: warning: skipped, binary file" in result.stderr
    assert "docs/privacy.md:3:1: POL201" in result.stdout


def test_symlink_loop_while_walking(cli, tmp_path):
    (tmp_path / "docs" / "sub").mkdir(parents=True)
    (tmp_path / "docs" / "sub" / "privacy.md").write_text("# Acme Privacy Policy\n\n" + CONSENT)
    os.symlink("..", tmp_path / "docs" / "sub" / "up")
    result = cli("docs", cwd=tmp_path)
    one_error_line(result, "docs/sub/up: symbolic link loop (leads back to docs), not followed")
    assert "docs/sub/privacy.md:3:1: POL201" in result.stdout  # the rest is still linted


def test_file_link_loop(cli, tmp_path):
    os.symlink("b.md", tmp_path / "a.md")
    os.symlink("a.md", tmp_path / "b.md")
    one_error_line(cli("a.md", cwd=tmp_path), "a.md: symbolic link loop")
    (tmp_path / "ok.md").write_text("Fine.\n")
    result = cli(".", cwd=tmp_path)
    assert result.returncode == 2 and result.stderr.splitlines() == ["./a.md: symbolic link loop", "./b.md: symbolic link loop"]


def test_two_links_to_one_folder_are_not_a_loop(cli, tmp_path):
    (tmp_path / "shared").mkdir()
    (tmp_path / "shared" / "notes.md").write_text("Fine.\n")
    (tmp_path / "site").mkdir()
    os.symlink("../shared", tmp_path / "site" / "a")
    os.symlink("../shared", tmp_path / "site" / "b")
    result = cli("--follow-links", "site", cwd=tmp_path)
    assert (result.returncode, result.stderr) == (0, "")


def outside_and_inside(tmp_path):
    """docs/ holds a policy and links to a folder and a file outside it."""
    (tmp_path / "outside").mkdir()
    (tmp_path / "outside" / "secret.md").write_text("# Secret\n\n" + CONSENT)
    (tmp_path / "docs" / "sub").mkdir(parents=True)
    (tmp_path / "docs" / "sub" / "privacy.md").write_text("Fine.\n")
    os.symlink(tmp_path / "outside", tmp_path / "docs" / "elsewhere")
    os.symlink(tmp_path / "outside" / "secret.md", tmp_path / "docs" / "linked.md")
    os.symlink("sub", tmp_path / "docs" / "inside")  # stays in the tree: followed


def test_links_leading_outside_the_walked_folder_are_not_followed(cli, tmp_path):
    outside_and_inside(tmp_path)
    result = cli("--select", "consent-by-use", "docs", cwd=tmp_path)
    assert (result.returncode, result.stdout) == (0, "")
    assert result.stderr.splitlines() == [
        "docs/elsewhere: warning: symbolic link leads outside docs, not followed (--follow-links follows it)",
        "docs/linked.md: warning: symbolic link leads outside docs, not followed (--follow-links follows it)",
    ]


def test_follow_links_follows_them(cli, tmp_path):
    outside_and_inside(tmp_path)
    result = cli("--select", "consent-by-use", "--format", "json", "--follow-links", "docs", cwd=tmp_path)
    assert result.returncode == 1 and result.stderr == ""
    # the two links lead to one file, which is linted once
    assert [f["path"] for f in json.loads(result.stdout)] == ["docs/linked.md"]


def test_a_link_named_on_the_command_line_is_read(cli, tmp_path):
    outside_and_inside(tmp_path)
    result = cli("--select", "consent-by-use", "docs/linked.md", cwd=tmp_path)
    assert result.returncode == 1 and "docs/linked.md:3:1: POL201" in result.stdout


def test_invalid_utf8_falls_back_to_cp1252_with_right_positions(cli, tmp_path):
    # cp1252 "é" and a curly quote, then a finding after them on the same line
    data = "Café “Acme” policy. ".encode("cp1252") + CONSENT.encode("ascii")
    (tmp_path / "privacy.md").write_bytes(b"# Privacy\n\n" + data)
    result = cli("privacy.md", cwd=tmp_path)
    assert result.returncode == 1
    assert result.stderr.strip() == "privacy.md:3: warning: not valid UTF-8, decoded as cp1252"
    assert "privacy.md:3:21: POL201 consent-by-use" in result.stdout


def test_stray_byte_in_utf8_keeps_utf8_columns(tmp_path):
    """Only the bytes UTF-8 rejects are read as cp1252; the rest stays UTF-8 (one column per character)."""
    from policylint.source import decode

    source, warning = decode("naïve ".encode("utf-8") + b"\xff x", "p.md")
    assert source.text == "naïve ÿ x" and warning == "p.md:1: warning: not valid UTF-8, decoded as cp1252"


def test_empty_file_is_linted_without_error(cli, tmp_path):
    (tmp_path / "empty.md").write_text("")
    (tmp_path / "empty.txt").write_text("")
    result = cli("empty.md", "empty.txt", cwd=tmp_path)
    assert (result.returncode, result.stdout, result.stderr) == (0, "", "")


def test_folder_without_documents(cli, tmp_path):
    (tmp_path / "assets").mkdir()
    (tmp_path / "assets" / "logo.png").write_bytes(b"\x89PNG")
    one_error_line(cli("assets", cwd=tmp_path), "assets: no Markdown or text documents in this folder")


def test_unwritable_report_file(cli, tmp_path):
    (tmp_path / "privacy.md").write_text("Fine.\n")
    one_error_line(cli("-o", "no/such/dir/report.txt", "privacy.md", cwd=tmp_path),
                   "no/such/dir/report.txt: cannot write the report: No such file or directory")


def test_lone_list_marker_in_plain_text(cli, tmp_path):
    """Found by the property tests: a line holding only "1." crashed the plain-text parser."""
    (tmp_path / "terms.txt").write_text("1.\nWe keep data.\n(a)\n")
    result = cli("terms.txt", cwd=tmp_path)
    assert (result.returncode, result.stderr) == (0, "")


def _snapshot(root):
    state = {}
    for folder, _, files in os.walk(root):
        for name in files:
            path = os.path.join(folder, name)
            with open(path, "rb") as handle:
                state[path] = (os.stat(path).st_mtime_ns, os.stat(path).st_mode, hashlib.sha256(handle.read()).hexdigest())
    return state


def test_linting_never_modifies_a_file(cli, tmp_path):
    """Without --fix nothing is written: every file keeps its bytes, mode and mtime."""
    from conftest import EXAMPLES

    docs = tmp_path / "docs"
    docs.mkdir()
    (docs / "crlf-bom.md").write_bytes(b"\xef\xbb\xbf# Acme Privacy Policy\r\n\r\n" + CONSENT.encode().replace(b"\n", b"\r\n"))
    (docs / "cp1252.txt").write_bytes("Caf\xe9 Acme. ".encode("latin-1") + CONSENT.encode())
    (docs / "variant.md").write_text('CloudWalk ("we") runs it. Cloudwalk stores data.\n')
    (docs / "binary.md").write_bytes(b"\x00\x01")
    (docs / ".policylint.yaml").write_text("rules:\n  consent-by-use: warning\n")
    for example in sorted(EXAMPLES.iterdir()):
        (docs / example.name).write_bytes(example.read_bytes())
    before = _snapshot(tmp_path)
    for args in (["docs"], ["--format", "json", "docs"], ["--select", "ALL", "docs/variant.md"]):
        assert cli(*args, cwd=tmp_path).returncode in (0, 1)
    after = _snapshot(tmp_path)
    assert {p: after.get(p) for p in before} == before


@pytest.mark.parametrize("missing", ["gone.md", "gone/", "broken-link.md"])
def test_one_missing_path_does_not_stop_the_others(cli, tmp_path, missing):
    """The rest is linted and reported; the missing path is one line on stderr; exit 2."""
    (tmp_path / "a.md").write_text(CONSENT)
    (tmp_path / "b.md").write_text(CONSENT)
    os.symlink(tmp_path / "nowhere.md", tmp_path / "broken-link.md")
    result = cli("--select", "consent-by-use", "--format", "json", "a.md", missing, "b.md", cwd=tmp_path)
    assert result.returncode == 2
    assert [f["path"] for f in json.loads(result.stdout)] == ["a.md", "b.md"]
    reason = "broken symbolic link" if "link" in missing else "no such file or directory"
    assert result.stderr.splitlines() == [f"{missing}: {reason}"]
