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
    assert dom.count("<mark") >= len([f for f in data if f["end_line"] > f["line"] or f["end_column"] > f["column"]])
