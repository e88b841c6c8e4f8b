"""The code actions' edits, applied and linted again with the engine (no pygls needed)."""
from __future__ import annotations

import asyncio

import pytest

from policylint.server.edits import suppression_edit
from policylint.server.schedule import Coalescer

CONSENT = "By using the app you agree to this policy."


def apply(text, *edits):
    for start, end, new in sorted((e for e in edits if e), reverse=True):
        text = text[:start] + new + text[end:]
    return text


def consent(lint, text, path):
    return [f for f in lint(text, path) if f.rule == "consent-by-use"]


@pytest.mark.parametrize("path", ["privacy.md", "privacy.txt"])
@pytest.mark.parametrize("eol", ["\n", "\r\n"])
def test_line_suppression_above_a_paragraph(lint, path, eol):
    text = eol.join(["Privacy Policy", "", "We are Acme Ltd.", "", CONSENT, "More text.", ""])
    [finding] = consent(lint, text, path)
    title, edit, second = suppression_edit(text, finding, path.endswith(".md"))
    assert title == "Disable consent-by-use for this line" and second is None
    fixed = apply(text, edit)
    comment = "policylint-disable-next-line consent-by-use"
    line = f"<!-- {comment} -->" if path.endswith(".md") else comment
    assert fixed == text.replace(CONSENT, line + eol + CONSENT)
    assert consent(lint, fixed, path) == []
    assert len(lint(fixed, path)) == len(lint(text, path)) - 1


def test_after_a_heading_line_and_indented_in_a_list(lint):
    text = "# Privacy\n## Consent\nBy using the app you agree to this policy.\n\n- a\n\n  " + CONSENT + "\n"
    first, second = consent(lint, text, "p.md")
    fixed = apply(text, suppression_edit(text, first, True)[1])
    assert "## Consent\n<!-- policylint-disable-next-line consent-by-use -->\nBy using" in fixed
    fixed = apply(fixed, suppression_edit(fixed, consent(lint, fixed, "p.md")[0], True)[1])
    assert "\n  <!-- policylint-disable-next-line consent-by-use -->\n  By using" in fixed
    assert consent(lint, fixed, "p.md") == []


@pytest.mark.parametrize("path", ["privacy.md", "privacy.txt"])
def test_inside_a_paragraph_the_paragraph_is_wrapped(lint, path):
    text = "Privacy Policy\n\nWe are Acme Ltd and\nwhen you use the app, by using the app you agree to this policy.\n"
    [finding] = consent(lint, text, path)
    title, before, after = suppression_edit(text, finding, path.endswith(".md"))
    assert title.startswith("Disable consent-by-use for this ")
    fixed = apply(text, before, after)
    lines = fixed.split("\n")
    assert lines[2].endswith("policylint-disable consent-by-use" + (" -->" if path.endswith(".md") else ""))
    assert lines[3:5] == text.split("\n")[2:4]  # the paragraph itself untouched, not split
    assert "policylint-enable consent-by-use" in lines[5]
    assert consent(lint, fixed, path) == []


def test_paragraph_at_the_end_without_a_newline(lint):
    text = "Privacy Policy\n\nWe are Acme Ltd and\nby using the app you agree to this policy."
    [finding] = consent(lint, text, "p.md")
    fixed = apply(text, *suppression_edit(text, finding, True)[1:])
    assert fixed.endswith("policy.\n<!-- policylint-enable consent-by-use -->")
    assert consent(lint, fixed, "p.md") == []


def test_title_right_after_front_matter_keeps_the_front_matter_first(lint):
    text = "---\ntitle: Privacy\n---\n# Privacy policy\nWe collect data.\n"
    [finding] = [f for f in lint(text, "p.md") if f.rule == "contact-email-missing"]
    assert finding.line == 4  # findings about what the document lacks point at its title
    fixed = apply(text, *suppression_edit(text, finding, True)[1:])
    assert fixed.startswith("---\ntitle: Privacy\n---\n<!-- policylint-")
    assert [f for f in lint(fixed, "p.md") if f.rule == "contact-email-missing"] == []
    assert len(lint(fixed, "p.md")) == len(lint(text, "p.md")) - 1


@pytest.mark.parametrize("front", ["", "---\ntitle: Privacy\n---\n"])
def test_whole_document_finding_is_disabled_for_the_file_after_front_matter(lint, front):
    from policylint.findings import Finding

    text = front + "# Privacy\n\nWe collect data.\n"
    # a finding with no text of its own at the start, as a plugin's document-level rule may report
    finding = Finding("p.md", 1, 1, 1, 1, "contact-email-missing", "POL103", "error", "no e-mail", None, 0, 0)
    title, edit, second = suppression_edit(text, finding, True)
    assert title == "Disable contact-email-missing for this file" and second is None
    fixed = apply(text, edit)
    assert fixed == front + "<!-- policylint-disable-file contact-email-missing -->\n# Privacy\n\nWe collect data.\n"
    assert [f for f in lint(fixed, "p.md") if f.rule == "contact-email-missing"] == []
    if front:  # the front matter still parses: its title is still not a heading of the text
        assert [f.rule for f in lint(fixed, "p.md")] == [f.rule for f in lint(text, "p.md") if f.rule != finding.rule]
        assert [f.line for f in lint(fixed, "p.md")] == [f.line + 1 for f in lint(text, "p.md") if f.rule != finding.rule]


def test_bursts_of_edits_are_linted_once_more_with_the_newest_text():
    runs = []

    async def scenario():
        release = asyncio.Event()

        async def run(key):
            runs.append((key, state[key]))
            await release.wait()

        coalescer = Coalescer(run)
        state = {"a": 1, "b": 1}
        coalescer.request("a")
        coalescer.request("b")
        await asyncio.sleep(0)  # both lints start
        for version in range(2, 10):  # typing while "a" is being linted
            state["a"] = version
            coalescer.request("a")
        assert coalescer.pending("a") and not coalescer.pending("b")
        release.set()
        await coalescer.idle()

    asyncio.run(scenario())
    assert runs == [("a", 1), ("b", 1), ("a", 9)]
