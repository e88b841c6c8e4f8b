"""The indexes that keep rules linear in the number of headings, links and
suppressions give the same answers as the plain scans they replace."""
from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st


@settings(max_examples=60, deadline=None)
@given(st.lists(st.integers(min_value=1, max_value=6), max_size=30))
def test_section_end_equals_the_scan(levels):
    from policylint.document import Document, Heading

    text = "".join(f"{'#' * level} H{i}\n\nbody\n\n" for i, level in enumerate(levels))
    doc = Document(path="p.md", source=text, text=text, fmt="markdown")
    offset = 0
    for i, level in enumerate(levels):
        doc.headings.append(Heading(level, f"H{i}", offset, offset + level + 3, i, f"h{i}"))
        offset += len(f"{'#' * level} H{i}\n\nbody\n\n")
    for index, heading in enumerate(doc.headings):
        later = [h.start for h in doc.headings[index + 1:] if h.level <= heading.level]
        assert doc.section_end(heading) == (later[0] if later else len(text))
    stranger = Heading(1, "x", 0, 1, 1, "x")  # not one of the document's headings: the scan's answer
    assert doc.section_end(stranger) == len(text)


@settings(max_examples=100, deadline=None)
@given(st.lists(st.tuples(st.integers(0, 200), st.integers(1, 20)), max_size=40),
       st.lists(st.tuples(st.integers(0, 220), st.integers(1, 30)), max_size=40))
def test_claimed_spans_answer_like_the_scan(claims, probes):
    from policylint.inline import _Spans

    spans, plain = _Spans(), []
    for start, length in claims:  # claim only free spans, as mask_block does
        a, b = start, start + length
        if not any(a < y and x < b for x, y in plain):
            assert spans.free(a, b)
            spans.append((a, b))
            plain.append((a, b))
        else:
            assert not spans.free(a, b)
    for start, length in probes:
        a, b = start, start + length
        assert spans.free(a, b) == (not any(a < y and x < b for x, y in plain))


def test_many_suppressions_still_mark_what_they_used(linter_factory):
    from policylint.config import Config
    from policylint.source import Source

    directive = "<!-- policylint-disable-next-line consent-by-use -->\nBy using the site you agree to this policy.\n\n"
    unused = "<!-- policylint-disable-next-line consent-by-use -->\nWe ask before we use cookies.\n\n"
    text = ("# Privacy Policy\n\n<!-- policylint-disable POL201 -->\nBy using it you agree.\n<!-- policylint-enable -->\n\n"
            + (directive + unused) * 50 + "By using the app you agree to it.\n")
    result = linter_factory(select=("consent-by-use",)).lint_source(Source("p.md", text), Config())
    assert [f.line for f in result.findings] == [text.count("\n")]
    assert [s.used for s in result.suppressions] == [True] + [True, False] * 50
