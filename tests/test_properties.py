"""Properties that hold for any document: no exception, exact positions, same output twice.

Documents are built from Markdown and plain-text pieces (headings, nested
lists, tables, HTML, code, front matter, Unicode, tabs) mixed with every
rule's bad examples, so findings occur; line ends are LF or CRLF and a BOM
is optional. Run many more with ``pytest --hypothesis-profile long``.
"""
from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from policylint.config import Config
from policylint.plugins import Registry
from policylint.source import BOM, decode

# every rule's bad examples, read from the rule files (new rules are covered)
TRIGGERS = [text for rule in Registry().rules.values() for text in rule.examples["bad"]]

WORDS = st.sampled_from([
    "We", "collect", "your", "data", "Acme", "ACME", "AcMe", "Ltd", "privacy@acme.example", "privacy [at] acme [dot] com",
    "https://acme.example/x", "café", "naïve", "日本語", "😀", "e\u0301", "\u200b", "[Company Name]", "{{app}}",
    "*", "_", "`code`", "**bold**", "<b>", "</b>", "<!--", "-->", "&amp;", "\\", "|", "#", ">", "-", "1.", "[a](b)",
    "[ref]", "[x][ref]", "![i](p.png)", "(", ")", "[", "]", "\t", "  ", "\u00a0", "\u2028", "\x0c",
    "\u00ad", "\u2019", "\u201c", "\u2014", "con\u00adsent", "\r", "by", "using", "you", "agree",
])


def _line(words):
    return " ".join(words)


@st.composite
def documents(draw, markdown: bool):
    pieces = []
    if markdown and draw(st.booleans()):
        pieces.append(draw(st.sampled_from(["---\ntitle: Acme Privacy Policy\nlang: en\n---",
                                            "---\ntitle: [broken\n---", "---\n- a\n---", "---\n---"])))
    for _ in range(draw(st.integers(0, 12))):
        kind = draw(st.sampled_from(["text", "trigger", "heading", "list", "table", "html", "code", "quote", "blank"]))
        text = _line(draw(st.lists(WORDS, min_size=1, max_size=12)))
        if kind == "trigger":
            pieces.append(draw(st.sampled_from(TRIGGERS)))
        elif kind == "heading":
            pieces.append(("#" * draw(st.integers(1, 7)) + " " if markdown else "") + text)
        elif kind == "list":
            depth = draw(st.integers(1, 8))
            marker = draw(st.sampled_from(["-", "*", "+", "1.", "a)", "•"]))
            pieces.append("\n".join("  " * i + f"{marker} {text}" for i in range(depth)))
        elif kind == "table":
            pieces.append(f"| a | {text} |\n|---|---|\n| {text} | b |")
        elif kind == "html":
            pieces.append(f"<div id=\"x\">\n{text}\n</div>")
        elif kind == "code":
            pieces.append(f"```\n{text}\n```" if draw(st.booleans()) else f"    {text}")
        elif kind == "quote":
            pieces.append(f"> {text}")
        elif kind == "blank":
            pieces.append("")
        else:
            pieces.append(text + draw(st.sampled_from(["", ".", ":", "?"])))
    text = draw(st.sampled_from(["\n\n", "\n"])).join(pieces) + draw(st.sampled_from(["", "\n"]))
    if draw(st.booleans()):  # arbitrary Unicode too, not only the vocabulary
        text += draw(st.text(max_size=80))
    eol = draw(st.sampled_from(["\n", "\r\n", "\r"]))
    data = text.replace("\n", eol).encode("utf-8", "surrogatepass")
    return (b"\xef\xbb\xbf" if draw(st.booleans()) else b"") + data


@pytest.fixture(scope="module")
def lint_bytes(registry):
    """lint_bytes(data, path) -> (source, findings); fails on any internal error."""
    from policylint.engine import Linter

    linter = Linter(registry=registry)
    config = Config()

    def run(data: bytes, path: str):
        try:
            source, _ = decode(data, path)
        except Exception as exc:  # only NUL bytes may be refused
            assert b"\x00" in data, exc
            return None, []
        result = linter.lint_source(source, config)
        assert not result.errors, result.errors
        return source, result.findings

    return run


def _offset(text: str, line: int, column: int) -> int:
    """Offset of 1-based (line, column), computed independently of PositionMap
    (LF, CRLF and a lone CR each end a line, as editors count them)."""
    import re

    pieces = re.split(r"(\r\n|\r|\n)", text)
    lines, ends = pieces[0::2], pieces[1::2] + [""]
    assert 1 <= line <= len(lines), (line, len(lines))
    assert 1 <= column <= len(lines[line - 1]) + 1, (line, column, lines[line - 1])
    return sum(len(item) + len(end) for item, end in zip(lines[: line - 1], ends)) + column - 1


PHRASE_KINDS = {rule.name: rule.make() for rule in Registry().rules.values() if rule.kind == "phrase"}
FRAME_RULES = {rule.name for rule in Registry().rules.values() if rule.kind == "frame"}


def check_positions(source, findings):
    """Line/column lie in the file and lead back to the finding's offset; a phrase
    rule's pattern matches exactly the text found there."""
    from policylint.parse import parse

    text = source.text
    doc = None
    for f in findings:
        assert 0 <= f.start <= f.end <= len(text), f
        assert _offset(text, f.line, f.column) == f.start, f
        assert _offset(text, f.end_line, f.end_column) == f.end, f
        if f.end == f.start:
            continue
        assert not text[f.start].isspace(), (text[f.start:f.end], f)
        if f.rule in FRAME_RULES:  # a frame's finding runs from the first to the last word it matched
            assert text[f.start].isalnum() and text[f.end - 1].isalnum(), (text[f.start:f.end], f)
        if f.rule in PHRASE_KINDS:
            doc = doc or parse(source)
            assert doc.text[f.start] == text[f.start]  # prose, not blanked markup
            block = doc.blocks[doc.block_index_at(f.start)]
            match = PHRASE_KINDS[f.rule].pattern.match(doc.text, f.start, block.end)
            assert match and match.end() == f.end, (doc.text[f.start:f.end], f)


@pytest.mark.parametrize("path", ["privacy.md", "privacy.txt"])
def test_random_documents_lint_cleanly_with_exact_positions(lint_bytes, path):
    @given(documents(markdown=path.endswith(".md")))
    def run(data):
        source, findings = lint_bytes(data, path)
        if source is not None:
            check_positions(source, findings)

    run()


@pytest.mark.parametrize("path", ["privacy.md", "privacy.txt"])
def test_output_is_deterministic(lint_bytes, path):
    @given(documents(markdown=path.endswith(".md")))
    def run(data):
        first = [f.to_dict() for f in lint_bytes(data, path)[1]]
        assert first == [f.to_dict() for f in lint_bytes(data, path)[1]]

    run()


@given(st.binary(max_size=400))
def test_any_bytes_decode_or_are_refused_as_binary(data):
    """Random bytes (invalid UTF-8 included) never raise anything but the binary error,
    and the cp1252 fallback keeps one character per undecodable byte."""
    from policylint.errors import PolicylintError

    try:
        source, warning = decode(data, "x.txt")
    except PolicylintError as exc:
        assert "binary" in exc.message and (b"\x00" in data or data.startswith((b"\xff\xfe", b"\xfe\xff")))
        return
    if source.encoding.startswith("utf-16") or source.encoding.startswith("utf-32"):
        assert source.bom and BOM.encode(source.encoding) + source.text.encode(source.encoding) == data
        return
    body = data[3:] if data.startswith(b"\xef\xbb\xbf") else data
    assert source.text.count("\n") == body.count(b"\n")
    if warning:
        assert warning.startswith("x.txt:") and "cp1252" in warning
    else:
        assert source.text == body.decode("utf-8")



ENTITY_WORDS = st.sampled_from(["CloudWalk", "Cloudwalk", "cloudwalk", "CLOUDWALK", "Cloud Walk", "CloudWalks",
                                "we", "collect", "data", "and", "Google", "`Cloudwalk`", "café", "\t"])


@st.composite
def entity_documents(draw):
    """A policy that defines "CloudWalk" and then spells it in variants, among other words."""
    lines = ['# CloudWalk Privacy Policy', '', 'CloudWalk ("we", "us") runs the service.']
    for _ in range(draw(st.integers(1, 8))):
        lines += ["", " ".join(draw(st.lists(ENTITY_WORDS, min_size=1, max_size=10))) + "."]
    eol = draw(st.sampled_from(["\n", "\r\n"]))
    return (b"\xef\xbb\xbf" if draw(st.booleans()) else b"") + eol.join(lines).encode("utf-8") + eol.encode()


@pytest.mark.parametrize("path", ["privacy.md", "privacy.txt"])
def test_fix_is_idempotent_and_changes_only_the_fixed_spans(registry, path):
    from policylint.engine import Linter
    from policylint.fix import fix_result

    linter = Linter(registry=registry)

    def findings_of(result):
        return result.findings

    @given(entity_documents())
    def run(data):
        source, _ = decode(data, path)
        result = linter.lint_source(source, Config())
        fixes = sorted({f.fix for f in result.findings if f.fix is not None}, key=lambda fix: fix.start)
        outcome = fix_result(linter, result, findings_of)
        assert not any(f.fix is not None for f in outcome.findings)  # nothing left to fix
        again = fix_result(linter, outcome.result, findings_of)
        assert again.text == outcome.text  # a second --fix changes nothing
        # outside the first round's fixed spans nothing changed: rebuild from the pieces between them
        kept, position = [], 0
        for fix in fixes:
            kept.append(source.text[position:fix.start])
            position = fix.end
        kept.append(source.text[position:])
        rest = outcome.text
        for piece in kept:
            index = rest.find(piece)
            assert index >= 0, piece
            rest = rest[index + len(piece):]
        assert outcome.text.count("\r\n") == source.text.count("\r\n")  # line endings kept

    run()


ENCODED_WORDS = st.sampled_from([b"CloudWalk", b"Cloudwalk", b"cloudwalk", b"Cloud Walk", b"CloudWalks",
                                 b"CloudWalks'", b"data", b"caf\xc3\xa9", b"caf\xe9", b"\x92", b"\xe2\x80",
                                 b"\xf0\x9f\x98\x80", b"\xff", b"\r", b"\x0c", b"we"])


@st.composite
def raw_entity_documents(draw):
    """The bytes of a policy defining "CloudWalk": UTF-8 with stray bytes, or UTF-16 / UTF-32 with a BOM."""
    lines = [b"# CloudWalk Privacy Policy", b"", b'CloudWalk ("we", "us") runs the service.']
    for _ in range(draw(st.integers(1, 6))):
        lines += [b"", b" ".join(draw(st.lists(ENCODED_WORDS, min_size=1, max_size=10))) + b"."]
    eol = draw(st.sampled_from([b"\n", b"\r\n"]))
    data = eol.join(lines) + eol
    codec = draw(st.sampled_from(["utf-8", "utf-8-sig", "utf-16-le", "utf-32-be"]))
    if codec == "utf-8":
        return data
    if codec == "utf-8-sig":
        return b"\xef\xbb\xbf" + data
    text = data.decode("utf-8", errors="replace")  # wide encodings have no stray bytes
    return BOM.encode(codec) + text.encode(codec)


def _byte_offset(data: bytes, source, offset: int) -> int:
    """Where text offset ``offset`` starts in ``data``, found by decoding prefixes (slow and simple)."""
    want = source.text[:offset]
    for end in range(len(data) + 1):
        try:
            prefix, _ = decode(data[:end], source.path)
        except Exception:
            continue
        if prefix.text == want and (prefix.bom or not source.bom):
            return end
    raise AssertionError(f"no byte offset for text offset {offset}")


@pytest.mark.parametrize("path", ["privacy.md", "privacy.txt"])
def test_fixed_bytes_are_the_original_bytes_but_for_the_fixed_spans(registry, path):
    """What --fix writes is the file's bytes with only the fixed spans' bytes replaced (by the
    replacement in the file's encoding): stray bytes, BOMs and line endings elsewhere stay."""
    from policylint.engine import Linter
    from policylint.errors import PolicylintError
    from policylint.fix import fix_result, fixed_bytes

    linter = Linter(registry=registry)

    @given(raw_entity_documents())
    def run(data):
        source, _ = decode(data, path)
        result = linter.lint_source(source, Config())
        outcome = fix_result(linter, result, lambda r: r.findings)
        edits = outcome.edits
        rebuilt, position = [], 0
        for start, end, replacement in edits:
            rebuilt += [source.text[position:start], replacement]
            position = end
        assert "".join(rebuilt) + source.text[position:] == outcome.text
        try:
            new = fixed_bytes(outcome, data)
        except PolicylintError as exc:  # refused, never written wrong
            assert "not fixed" in exc.message
            return
        expected, position = [], 0
        for start, end, replacement in edits:
            expected += [data[position:_byte_offset(data, source, start)], replacement.encode(source.codec)]
            position = _byte_offset(data, source, end)
        assert new == b"".join(expected) + data[position:]

    run()


@given(st.text(alphabet="abc\n", max_size=20), st.data())
def test_edits_add_up_to_the_fixed_text_whatever_the_rounds(original, data):
    """Fixes over several rounds (insertions, deletions, fixes of earlier fixes) are recorded
    as edits of the original text that give the same result."""
    from policylint.findings import Fix
    from policylint.fix import Outcome, _replace, _splice
    from policylint.source import Source

    text, pieces = original, [(0, len(original))] if original else []
    for _ in range(data.draw(st.integers(0, 4))):
        cuts = sorted(data.draw(st.lists(st.integers(0, len(text)), max_size=6)))  # sorted pairs never overlap
        fixes = [Fix(a, b, data.draw(st.text(alphabet="XY", max_size=3))) for a, b in zip(cuts[::2], cuts[1::2])]
        text, pieces = _replace(text, fixes), _splice(pieces, fixes)
    outcome = Outcome(Source("x.md", original), text, None, [], 0, pieces)
    rebuilt, position = [], 0
    for start, end, replacement in outcome.edits:
        assert position <= start <= end
        rebuilt += [original[position:start], replacement]
        position = end
    assert "".join(rebuilt) + original[position:] == text
