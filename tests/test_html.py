"""--format html: one self-contained page that shows every finding, checked in a real browser."""
from __future__ import annotations

import json
import re
import shutil
import subprocess
from html.parser import HTMLParser

import pytest

from conftest import ROOT

CHROMIUM = shutil.which("chromium") or shutil.which("chromium-browser")


class Findings(HTMLParser):
    """Collects the data-finding keys and the text of each finding element."""

    def __init__(self):
        super().__init__()
        self.keys, self.texts, self._depth, self._current = [], [], 0, None

    def handle_starttag(self, tag, attrs):
        attrs = dict(attrs)
        if self._current is not None and tag == "div":
            self._depth += 1
        elif "data-finding" in attrs:
            self._current, self._depth = attrs["data-finding"], 1
            self.keys.append(self._current)
            self.texts.append("")

    def handle_endtag(self, tag):
        if self._current is not None and tag == "div":
            self._depth -= 1
            if not self._depth:
                self._current = None

    def handle_data(self, data):
        if self._current is not None:
            self.texts[-1] += data


def expected(cli):
    data = json.loads(cli("--format", "json", "examples/policies", cwd=ROOT).stdout)
    return data, [f"{f['path']}:{f['line']}:{f['column']}:{f['code']}" for f in data]


def test_output_extension_picks_html_and_page_is_self_contained(cli, tmp_path):
    report = tmp_path / "report.html"
    result = cli("--output", report, "examples/policies", cwd=ROOT)
    assert result.returncode == 1 and result.stdout == ""
    page = report.read_text(encoding="utf-8")
    assert page.startswith("<!DOCTYPE html>") and "<style>" in page
    assert not re.search(r"<(script|link|img|iframe)\b", page)
    assert not re.search(r"(src|href)=\"(?!#)", page)  # nothing fetched: only in-page links
    assert "url(" not in page and "@import" not in page
    assert cli("--format", "html", "examples/policies", cwd=ROOT).stdout == page  # deterministic


def test_every_finding_is_in_the_page(cli):
    data, keys = expected(cli)
    parser = Findings()
    parser.feed(cli("--format", "html", "examples/policies", cwd=ROOT).stdout)
    assert parser.keys == keys


def test_summary_counts_by_rule(cli):
    data, _ = expected(cli)
    page = cli("--format", "html", "examples/policies", cwd=ROOT).stdout
    for code in {f["code"] for f in data}:
        count = sum(f["code"] == code for f in data)
        row = re.search(rf'<tr data-code="{code}">.*?</tr>', page).group(0)
        assert f'<td class="num">{count}</td>' in row


def test_text_is_escaped(cli, tmp_path):
    (tmp_path / "privacy.md").write_text("# Privacy\n\n<b>By using the site you agree to this policy.</b> "
                                         "Write to a@b.example.\n", encoding="utf-8")
    page = cli("--format", "html", "privacy.md", cwd=tmp_path).stdout
    assert "&lt;b&gt;" in page and "<b>By" not in page


@pytest.mark.skipif(CHROMIUM is None, reason="chromium is not installed (.ci/run installs it)")
def test_rendered_dom_in_headless_chromium_shows_every_finding(cli, tmp_path):
    data, keys = expected(cli)
    report = tmp_path / "report.html"
    cli("--output", report, "examples/policies", cwd=ROOT)
    dom = subprocess.run(
        [CHROMIUM, "--headless", "--no-sandbox", "--disable-gpu", "--dump-dom", report.as_uri()],
        capture_output=True, text=True, timeout=120,
    ).stdout
    parser = Findings()
    parser.feed(dom)
    assert parser.keys == keys
    for finding, raw in zip(data, parser.texts):
        text = " ".join(raw.split())
        assert finding["code"] in text and finding["rule"] in text
        assert " ".join(finding["message"].split()) in text
    # findings that share a span share a mark; each distinct start opens a marked piece of its own
    starts = {(f["path"], f["line"], f["column"]) for f in data
              if f["end_line"] > f["line"] or f["end_column"] > f["column"]}
    assert dom.count("<mark") >= len(starts)


def _render(findings, sources):
    from policylint.reporters import ReportContext
    from policylint.reporters.html import render

    return render(findings, ReportContext(sources=sources))


def _finding(path, line, column, end_line, end_column, start, end, code="POL104", rule="entity-name-inconsistent"):
    from policylint.findings import Finding

    return Finding(path, line, column, end_line, end_column, rule, code, "warning", "a message", None, start, end)


@pytest.mark.timeout(60)
def test_many_findings_on_one_line_take_linear_time():
    """30,000 findings on one line (the quadratic page took about 15 minutes)."""
    from policylint.source import Source

    count = 30_000
    text = "Acme " * count + "\n"
    findings = [_finding("p.md", 1, 5 * i + 1, 1, 5 * i + 5, 5 * i, 5 * i + 4) for i in range(count)]
    findings.append(_finding("p.md", 1, 1, 1, len(text), 0, len(text) - 1, "POL201", "consent-by-use"))  # over all
    page = _render(findings, {"p.md": Source("p.md", text)})
    parser = Findings()
    parser.feed(page)
    assert len(parser.keys) == count + 1
    assert page.count('<mark class="warning overlap" title="POL104 entity-name-inconsistent, POL201 '
                      'consent-by-use">Acme</mark>') == count


@pytest.mark.timeout(60)
def test_many_files_take_linear_time():
    """20,000 files with a finding each (the page took over five minutes)."""
    from policylint.source import Source

    sources = {f"d{i:05}.md": Source(f"d{i:05}.md", "Acme\n") for i in range(20_000)}
    page = _render([_finding(path, 1, 1, 1, 5, 0, 4) for path in sources], sources)
    assert page.count('data-finding="') == 20_000 and page.count('<li><a href="#file-') == 20_000


@pytest.mark.timeout(60)
def test_many_findings_across_many_lines_take_linear_time():
    """3,000 findings that each span a 3,000-line document: each line names the rules covering it once."""
    from policylint.source import Source

    lines = 3_000
    text = "Acme line\n" * lines
    findings = [_finding("p.md", 1 + i % 7, 1, lines, 5, (i % 7) * 10, len(text) - 6, code=f"POL10{i % 3}")
                for i in range(3_000)]
    page = _render(findings, {"p.md": Source("p.md", text)})
    marks = re.findall(r'<mark class="warning overlap" title="([^"]*)">', page)
    assert len(marks) >= lines - 7
    assert set(marks) == {"POL100 entity-name-inconsistent, POL101 entity-name-inconsistent, "
                          "POL102 entity-name-inconsistent"}
