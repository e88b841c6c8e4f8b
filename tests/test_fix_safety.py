"""--fix never damages a file: bytes outside the fixes, edits made meanwhile, ownership,
hard links, read-only files, Ctrl-C, and the encodings editors write."""
from __future__ import annotations

import os
import stat

import pytest

from test_fix import FIXED, POLICY, write

VARIANT = "Cloudwalk stores"  # the first of POLICY's two fixable spellings


def fix_in_process(monkeypatch, capsys, folder, *args):
    """Run ``policylint --fix`` in this process (so a test can interpose); (exit code, stderr lines)."""
    from policylint import cli

    monkeypatch.chdir(folder)
    code = cli.main(["--no-cache", "--fix", *args])
    return code, capsys.readouterr().err.strip().splitlines()


def only_the_fixed_bytes_changed(before: bytes, after: bytes, old: bytes, new: bytes) -> None:
    """``after`` is ``before`` with each ``old`` replaced by ``new``, byte for byte."""
    assert after == before.replace(old, new)


# -- 1. a stray non-UTF-8 byte ---------------------------------------------

def test_fix_keeps_every_byte_outside_the_fix_in_a_file_with_a_stray_byte(cli, tmp_path):
    policy = tmp_path / "privacy.md"
    # UTF-8 curly quotes and accents, one stray cp1252 byte (0xE9), CRLF line endings
    data = (POLICY.replace("runs the service.", "runs the service \u2019caf\u00e9\u201d.") + "R\xe9sum\xe9 \u2013 x.\n")
    raw = data.replace("\n", "\r\n").encode("utf-8").replace("R\u00e9sum".encode("utf-8"), b"R\xe9sum")
    policy.write_bytes(raw)
    result = cli("--no-cache", "--fix", "privacy.md", cwd=tmp_path)
    assert "Fixed 2 findings in 1 file." in result.stderr, result.stderr
    after = policy.read_bytes()
    only_the_fixed_bytes_changed(raw.replace(b"Cloudwalk stores", b"CloudWalk stores"), after,
                                 b"cloudwalk keeps", b"CloudWalk keeps")


def test_a_fix_with_non_ascii_text_is_refused_in_a_file_that_is_not_utf8(cli, tmp_path):
    policy = tmp_path / "privacy.md"
    text = '# Caf\u00e9Walk Privacy Policy\n\nCaf\u00e9Walk ("we") runs it. Caf\u00e9walk stores data. \xff\n'
    raw = text.encode("utf-8").replace(b"\xc3\xbf", b"\xff")
    policy.write_bytes(raw)
    result = cli("--no-cache", "--fix", "privacy.md", cwd=tmp_path)
    assert result.returncode == 2
    assert ("privacy.md: not fixed: the file is not valid UTF-8 and the fix is not plain ASCII; fix it by hand"
            in result.stderr.splitlines())
    assert policy.read_bytes() == raw


@pytest.mark.parametrize("codec, bom", [("utf-16-le", b"\xff\xfe"), ("utf-16-be", b"\xfe\xff"),
                                        ("utf-32-le", b"\xff\xfe\x00\x00"), ("utf-32-be", b"\x00\x00\xfe\xff")])
def test_utf16_and_utf32_files_are_linted_and_fixed_in_their_encoding(cli, tmp_path, codec, bom):
    policy = tmp_path / "privacy.md"
    text = POLICY.replace("\n", "\r\n") + "Emoji \U0001F600 stay.\r\n"
    policy.write_bytes(bom + text.encode(codec))
    linted = cli("--no-cache", "privacy.md", cwd=tmp_path)
    assert "privacy.md:3:36: POL104 entity-name-inconsistent" in linted.stdout, linted.stdout + linted.stderr
    assert cli("--no-cache", "--fix", "privacy.md", cwd=tmp_path).returncode == 0
    fixed = FIXED.replace("\n", "\r\n") + "Emoji \U0001F600 stay.\r\n"
    assert policy.read_bytes() == bom + fixed.encode(codec)


def test_a_utf16_mark_on_bytes_that_are_not_utf16_is_binary(cli, tmp_path):
    (tmp_path / "odd.md").write_bytes(b"\xff\xfeA")  # an odd number of bytes
    result = cli("--no-cache", "odd.md", cwd=tmp_path)
    assert result.returncode == 2
    assert result.stderr.strip() == ("odd.md: binary file (starts with a UTF-16 byte-order mark but is not "
                                     "UTF-16 text), not a text document")


def test_fixed_stdin_keeps_its_bytes(cli, tmp_path):
    import subprocess
    import sys

    raw = POLICY.encode("utf-8") + b"Stray \xe9 byte, \xe2\x80\x99 quote.\n"
    env = {**os.environ, "NO_COLOR": "1"}
    result = subprocess.run([sys.executable, "-m", "policylint", "--fix", "-", "--stdin-filename", "privacy.md"],
                            input=raw, capture_output=True, cwd=tmp_path, env=env)
    assert result.stdout == FIXED.encode("utf-8") + b"Stray \xe9 byte, \xe2\x80\x99 quote.\n"


def test_fixed_stdin_never_touches_the_file_it_is_named_after(cli, tmp_path):
    """`--stdin-filename privacy.md` alone reads stdin: the fix goes to stdout, never to privacy.md."""
    policy = tmp_path / "privacy.md"
    write(policy, POLICY)
    result = cli("--fix", "--stdin-filename", "privacy.md", stdin=POLICY, cwd=tmp_path)
    assert (result.returncode, result.stdout) == (0, FIXED), result.stderr
    assert policy.read_text(encoding="utf-8") == POLICY


# -- 2. an editor saves while --fix runs -------------------------------------

def test_a_save_during_the_fix_is_never_overwritten(tmp_path, monkeypatch, capsys):
    """The editor's save lands after the fixed text was written to the temporary file,
    right before the rename: the file is re-checked then, and the save wins."""
    policy = tmp_path / "privacy.md"
    write(policy, POLICY)
    real_fsync = os.fsync

    def editor_saves(fd):
        real_fsync(fd)
        if not policy.read_text(encoding="utf-8").endswith("edit.\n"):
            write(policy, POLICY + "An editor's edit.\n")

    monkeypatch.setattr(os, "fsync", editor_saves)
    code, err = fix_in_process(monkeypatch, capsys, tmp_path, "privacy.md")
    assert (code, err) == (2, ["privacy.md: changed on disk since it was read; not fixed (run again)"])
    assert policy.read_text(encoding="utf-8") == POLICY + "An editor's edit.\n"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["privacy.md"]  # the temporary file is gone


def test_a_save_with_the_same_text_but_a_new_inode_is_noticed(tmp_path, monkeypatch, capsys):
    """Editors save by writing a new file and renaming it: same text, another file."""
    from policylint import fix

    policy = tmp_path / "privacy.md"
    write(policy, POLICY)
    real = fix.fix_result

    def saved_meanwhile(*args):
        outcome = real(*args)
        write(tmp_path / "new.md", POLICY)
        os.replace(tmp_path / "new.md", policy)
        return outcome

    monkeypatch.setattr(fix, "fix_result", saved_meanwhile)
    code, err = fix_in_process(monkeypatch, capsys, tmp_path, "privacy.md")
    assert (code, err) == (2, ["privacy.md: changed on disk since it was read; not fixed (run again)"])


# -- 5. owner, group, hard links, read-only files ----------------------------

@pytest.mark.skipif(os.geteuid() != 0, reason="giving a file to another user needs root")
def test_fix_keeps_owner_and_group(cli, tmp_path):
    policy = tmp_path / "privacy.md"
    write(policy, POLICY)
    os.chown(policy, 65534, 65534)
    assert cli("--no-cache", "--fix", "privacy.md", cwd=tmp_path).returncode == 0
    info = os.stat(policy)
    assert (info.st_uid, info.st_gid) == (65534, 65534)
    assert policy.read_text(encoding="utf-8") == FIXED


def test_a_file_whose_owner_cannot_be_kept_is_rewritten_in_place(tmp_path, monkeypatch, capsys):
    """A user may not give a new file to the old file's owner: the fix then writes into
    the file itself, which keeps its owner, group and inode."""
    policy = tmp_path / "privacy.md"
    write(policy, POLICY)
    inode = os.stat(policy).st_ino

    def not_allowed(*args, **kwargs):
        raise PermissionError(1, "Operation not permitted")

    real_stat = os.stat

    def other_owner(path, *args, **kwargs):  # the temporary file is ours, the document someone else's
        info = real_stat(path, *args, **kwargs)
        if os.path.basename(str(path)).endswith(".tmp"):
            fields = list(info)
            fields[stat.ST_UID] = info.st_uid + 1
            return os.stat_result(fields)
        return info

    monkeypatch.setattr(os, "chown", not_allowed)
    monkeypatch.setattr(os, "stat", other_owner)
    code, err = fix_in_process(monkeypatch, capsys, tmp_path, "privacy.md")
    assert (code, err) == (0, ["Fixed 2 findings in 1 file."])
    assert real_stat(policy).st_ino == inode
    assert policy.read_text(encoding="utf-8") == FIXED
    assert sorted(p.name for p in tmp_path.iterdir()) == ["privacy.md"]


def test_fix_keeps_hard_links(cli, tmp_path):
    policy = tmp_path / "privacy.md"
    write(policy, POLICY)
    os.link(policy, tmp_path / "copy.txt")
    assert cli("--no-cache", "--fix", "privacy.md", cwd=tmp_path).returncode == 0
    assert os.stat(policy).st_nlink == 2
    assert (tmp_path / "copy.txt").read_text(encoding="utf-8") == FIXED


def test_read_only_file_is_refused(cli, tmp_path):
    policy = tmp_path / "privacy.md"
    write(policy, POLICY)
    policy.chmod(0o444)
    result = cli("--no-cache", "--fix", "privacy.md", cwd=tmp_path)
    assert (result.returncode, result.stderr.strip()) == (2, "privacy.md: read-only file; not fixed")
    assert policy.read_text(encoding="utf-8") == POLICY
    assert stat.S_IMODE(os.stat(policy).st_mode) == 0o444


# -- 6. Ctrl-C ---------------------------------------------------------------

def test_ctrl_c_while_writing_leaves_no_temporary_file(tmp_path, monkeypatch):
    from policylint import cli

    policy = tmp_path / "privacy.md"
    write(policy, POLICY)

    def interrupted(fd):
        raise KeyboardInterrupt

    monkeypatch.setattr(os, "fsync", interrupted)
    monkeypatch.chdir(tmp_path)
    assert cli.main(["--no-cache", "--fix", "privacy.md"]) == 130
    assert sorted(p.name for p in tmp_path.iterdir()) == ["privacy.md"]
    assert policy.read_text(encoding="utf-8") == POLICY


# -- 23. a folder the fix cannot write to -------------------------------------

def test_unwritable_folder_is_one_error_and_the_rest_is_fixed(tmp_path, monkeypatch, capsys):
    import tempfile

    for folder in ("locked", "open"):
        (tmp_path / folder).mkdir()
        write(tmp_path / folder / "privacy.md", POLICY)
    real = tempfile.mkstemp

    def mkstemp(*args, dir=None, **kwargs):  # what a folder without write permission does
        if os.path.basename(dir) == "locked":
            raise PermissionError(13, "Permission denied")
        return real(*args, dir=dir, **kwargs)

    monkeypatch.setattr(tempfile, "mkstemp", mkstemp)
    code, err = fix_in_process(monkeypatch, capsys, tmp_path, "locked/privacy.md", "open/privacy.md")
    assert code == 2
    assert err == ["Fixed 2 findings in 1 file.",
                   "locked/privacy.md: cannot write the fix: cannot create a file in its folder: Permission denied"]
    assert (tmp_path / "open" / "privacy.md").read_text(encoding="utf-8") == FIXED
    assert (tmp_path / "locked" / "privacy.md").read_text(encoding="utf-8") == POLICY


@pytest.mark.skipif(os.geteuid() == 0, reason="root writes in any folder")
def test_read_only_folder(cli, tmp_path):
    (tmp_path / "locked").mkdir()
    write(tmp_path / "locked" / "privacy.md", POLICY)
    (tmp_path / "locked").chmod(0o555)
    try:
        result = cli("--no-cache", "--fix", "locked/privacy.md", cwd=tmp_path)
    finally:
        (tmp_path / "locked").chmod(0o755)
    assert result.returncode == 2 and "internal error" not in result.stderr
    assert result.stderr.strip().startswith("locked/privacy.md: cannot write the fix")


# -- 31. a very long file name -------------------------------------------------

def test_fix_of_a_file_with_a_long_name(cli, tmp_path):
    name = "p" * 245 + ".md"  # the temporary file's name must stay within the 255-byte limit too
    write(tmp_path / name, POLICY)
    result = cli("--no-cache", "--fix", name, cwd=tmp_path)
    assert result.returncode == 0, result.stderr
    assert (tmp_path / name).read_text(encoding="utf-8") == FIXED


def test_a_file_name_too_long_for_the_file_system(cli, tmp_path):
    name = "p" * 300 + ".md"
    result = cli("--no-cache", name, cwd=tmp_path)
    assert (result.returncode, result.stderr.strip()) == (2, f"{name}: file name too long")
