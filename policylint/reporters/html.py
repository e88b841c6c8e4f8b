"""One self-contained HTML page for people who do not read terminals (a legal team).

A summary by severity and rule, then each file: its flagged source lines
(with a line of context) and, beside each line, the findings that start on it.
Matched text is highlighted. Everything is inline (CSS, no scripts, no fonts
or images fetched), so the page can be attached to an e-mail or a ticket and
opened offline. Output is deterministic: no timestamps.
"""
from __future__ import annotations

from collections import Counter
from html import escape

from .. import __version__
from ..escape import printable
from ..findings import SEVERITY_RANK
from ..positions import PositionMap

CONTEXT = 1  # lines shown around flagged lines
CONTEXT_WIDTH = 220  # context lines are shortened to this many characters
ORDER = ("error", "warning", "info")

CSS = """
:root{--fg:#1f2328;--muted:#59636e;--line:#d1d9e0;--bg:#f6f8fa;--card:#fff;
--error:#cf222e;--error-bg:#ffebe9;--error-mark:#ffcecb;--warning:#9a6700;--warning-bg:#fff8c5;
--warning-mark:#fae17d;--info:#0969da;--info-bg:#ddf4ff;--info-mark:#b6e3ff}
*{box-sizing:border-box}
body{margin:0;background:var(--bg);color:var(--fg);font:14px/1.5 -apple-system,BlinkMacSystemFont,"Segoe UI",
"Noto Sans",Helvetica,Arial,sans-serif}
main{max-width:1280px;margin:0 auto;padding:24px 32px 48px}
header{display:flex;flex-wrap:wrap;align-items:baseline;gap:8px 16px;margin-bottom:20px}
h1{font-size:24px;margin:0;font-weight:600}
h2{font-size:17px;margin:0 0 10px;font-weight:600}
.muted{color:var(--muted)}
.totals{display:flex;gap:10px;flex-wrap:wrap;margin:0 0 20px;padding:0;list-style:none}
.totals li{background:var(--card);border:1px solid var(--line);border-radius:8px;padding:10px 16px;min-width:120px}
.totals b{display:block;font-size:22px;line-height:1.2}
.totals .error b{color:var(--error)}.totals .warning b{color:var(--warning)}.totals .info b{color:var(--info)}
.card{background:var(--card);border:1px solid var(--line);border-radius:8px;margin:0 0 20px;overflow:hidden}
.card>h2,.card>.head{padding:12px 16px;margin:0;border-bottom:1px solid var(--line);background:#fbfcfd}
table.rules{border-collapse:collapse;width:100%}
table.rules th,table.rules td{text-align:left;padding:7px 16px;border-bottom:1px solid var(--line);vertical-align:top}
table.rules tr:last-child td{border-bottom:0}
table.rules th{font-size:12px;text-transform:uppercase;letter-spacing:.04em;color:var(--muted);font-weight:600}
table.rules td.num{text-align:right;font-variant-numeric:tabular-nums;width:90px}
table.rules th.num{text-align:right}
code,.src{font-family:ui-monospace,SFMono-Regular,"SF Mono",Menlo,Consolas,"Liberation Mono",monospace}
.badge{display:inline-block;font-size:11px;font-weight:600;border-radius:10px;padding:0 8px;line-height:18px;
text-transform:uppercase;letter-spacing:.03em;white-space:nowrap}
.badge.count{text-transform:none;letter-spacing:0;font-size:12px}
.badge.error{color:var(--error);background:var(--error-bg)}
.badge.warning{color:var(--warning);background:var(--warning-bg)}
.badge.info{color:var(--info);background:var(--info-bg)}
.files{list-style:none;margin:0;padding:6px 0}
.files li{padding:4px 16px;display:flex;gap:10px;align-items:center}
.files a{color:var(--info);text-decoration:none;font-family:ui-monospace,Menlo,Consolas,monospace;font-size:13px}
.files a:hover{text-decoration:underline}
.head{display:flex;gap:12px;align-items:center;flex-wrap:wrap}
.head h2{margin:0;font-family:ui-monospace,Menlo,Consolas,monospace;font-size:14px;word-break:break-all}
.src{display:grid;grid-template-columns:56px minmax(0,1fr) minmax(280px,400px);font-size:12.5px}
.src>div{padding:3px 10px;border-bottom:1px solid #eef1f4}
.ln{color:var(--muted);text-align:right;user-select:none;background:#fbfcfd;border-right:1px solid var(--line)}
.code{white-space:pre-wrap;overflow-wrap:anywhere;line-height:1.6}
.ctx{color:var(--muted)}
.hit.ln{font-weight:600;color:var(--fg)}
.notes{border-left:1px solid var(--line);background:#fcfcfd}
.gap{grid-column:1/-1;color:var(--muted);background:var(--bg);text-align:center;font-size:12px;padding:2px}
mark{border-radius:2px;padding:1px 0;color:inherit}
mark.error{background:var(--error-mark)}mark.warning{background:var(--warning-mark)}mark.info{background:var(--info-mark)}
mark.overlap{box-shadow:inset 0 -2px 0 var(--fg)}
.pin{display:inline-block;min-width:16px;height:16px;line-height:16px;border-radius:8px;font:600 10px/16px sans-serif;
text-align:center;color:#fff;margin:0 2px 0 0;vertical-align:1px}
.pin.error{background:var(--error)}.pin.warning{background:var(--warning)}.pin.info{background:var(--info)}
.finding{font-family:-apple-system,BlinkMacSystemFont,"Segoe UI","Noto Sans",Helvetica,Arial,sans-serif;font-size:13px;
padding:2px 0 8px;line-height:1.45}
.finding+.finding{border-top:1px dashed var(--line);padding-top:8px}
.finding .top{display:flex;gap:6px;align-items:center;flex-wrap:wrap;margin-bottom:2px}
.finding .rule{font-weight:600}
.finding .where{color:var(--muted);font-size:12px;margin-left:auto;font-family:ui-monospace,Menlo,Consolas,monospace}
.finding .msg{overflow-wrap:anywhere}
.empty{padding:16px;color:var(--muted)}
footer{color:var(--muted);font-size:12px;margin-top:24px}
@media (max-width:900px){.src{grid-template-columns:44px minmax(0,1fr)}.notes{grid-column:2;border-left:0}}
"""


def _text(value: str) -> str:
    """Printable (control characters would make the page invalid; tabs stay) and HTML-escaped."""
    return escape(printable(value, keep="\t"))


def _plural(count: int, word: str) -> str:
    return f"{count} {word}{'' if count == 1 else 's'}"


def render(findings, context) -> str:
    findings = sorted(findings, key=lambda f: f.sort_key)
    by_path: dict = {}
    for f in findings:
        by_path.setdefault(f.path, []).append(f)
    paths = sorted(by_path)
    checked = len(set(context.sources) | set(paths))
    by_severity = Counter(f.severity for f in findings)
    parts = [
        "<!DOCTYPE html>",
        '<html lang="en"><head><meta charset="utf-8">',
        '<meta name="viewport" content="width=device-width, initial-scale=1">',
        "<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'; style-src 'unsafe-inline'\">",
        "<title>policylint report</title>",
        f"<style>{CSS}</style></head><body><main>",
        "<header><h1>policylint report</h1>",
        f'<span class="muted">{_plural(len(findings), "finding")} in {_plural(len(paths), "file")}'
        f" ({checked} checked)</span></header>",
        '<ul class="totals">',
    ]
    for severity in ORDER:
        parts.append(f'<li class="{severity}"><b>{by_severity.get(severity, 0)}</b>'
                     f'{"errors" if severity == "error" else "warnings" if severity == "warning" else "info"}</li>')
    parts.append("</ul>")
    if not findings:
        parts.append('<section class="card"><p class="empty">No findings.</p></section>')
    else:
        parts.append(_rule_summary(findings, context))
        parts.append(_file_index(by_path, paths))
        for number, path in enumerate(paths, 1):
            parts.append(_file_section(number, path, by_path[path], context))
    parts.append(f'<footer>Generated by policylint {_text(__version__)}.</footer></main></body></html>')
    return "\n".join(parts) + "\n"


def _rule_summary(findings, context) -> str:
    """One row per rule, counted in one pass over the findings."""
    from ..ruleinfo import rules_by_code

    known = rules_by_code(context.registry)
    counts: Counter = Counter()
    files: dict = {}
    severities: dict = {}
    sample: dict = {}
    for f in findings:
        counts[f.code] += 1
        files.setdefault(f.code, set()).add(f.path)
        severities.setdefault(f.code, set()).add(f.severity)
        sample.setdefault(f.code, f)
    rows = []
    for code in sorted(counts):
        rule = known.get(code)
        summary = rule.summary if rule else ""
        badges = " ".join(f'<span class="badge {s}">{s}</span>'
                          for s in sorted(severities[code], key=lambda s: -SEVERITY_RANK[s]))
        rows.append(
            f'<tr data-code="{_text(code)}"><td><code>{_text(code)}</code></td><td><b>{_text(sample[code].rule)}</b>'
            f'<div class="muted">{_text(summary)}</div></td><td>{badges}</td>'
            f'<td class="num">{counts[code]}</td><td class="num">{len(files[code])}</td></tr>'
        )
    return ('<section class="card"><h2>Findings by rule</h2><table class="rules"><thead><tr><th>Code</th>'
            '<th>Rule</th><th>Severity</th><th class="num">Findings</th><th class="num">Files</th></tr></thead>'
            f'<tbody>{"".join(rows)}</tbody></table></section>')


def _file_index(by_path, paths) -> str:
    items = []
    for number, path in enumerate(paths, 1):
        badges = _count_badges(Counter(f.severity for f in by_path[path]))
        items.append(f'<li><a href="#file-{number}">{_text(path)}</a>{badges}</li>')
    return f'<section class="card"><h2>Files</h2><ul class="files">{"".join(items)}</ul></section>'


def _file_section(number: int, path: str, findings, context) -> str:
    """The flagged lines of one file with their context. Linear in findings and lines shown:
    a finding is looked at on its first and last line only; on the lines in between it is
    counted among those that cover the whole line."""
    counts = Counter(f.severity for f in findings)
    badges = _count_badges(counts)
    head = f'<div class="head"><h2>{_text(path)}</h2>{badges}</div>'
    source = context.sources.get(path)
    pins = {f: index for index, f in enumerate(findings, 1)}
    if source is None:
        notes = "".join(_finding_note(f, pins[f]) for f in findings)
        return f'<section class="card" id="file-{number}">{head}<div class="empty">{notes}</div></section>'
    text = source.text
    positions = PositionMap(text)
    starting: dict = {}
    ends: dict = {}  # line -> findings that start or end on it
    through: list = []  # (first, last) whole lines a finding covers: (line, +key) / (line, -key) events
    for f in findings:
        starting.setdefault(f.line, []).append(f)
        ends.setdefault(f.line, []).append(f)
        if f.end_line > f.line:
            ends.setdefault(f.end_line, []).append(f)
        if f.end_line > f.line + 1:
            key = (f.severity, f.code, f.rule)
            through += [(f.line + 1, 1, key), (f.end_line, -1, key)]
    through.sort(key=lambda event: event[0])
    rows = []
    previous = 0
    covered: Counter = Counter()
    event = 0
    for line in _shown_lines(findings, positions.line_count):
        while event < len(through) and through[event][0] <= line:
            covered[through[event][2]] += through[event][1]
            event += 1
        if line > previous + 1:
            skipped = line - previous - 1
            rows.append(f'<div class="gap">⋯ {_plural(skipped, "line")} ⋯</div>')
        previous = line
        start, end = positions.line_span(line)
        whole = +covered  # drops the keys whose findings ended
        if line in ends or whole:
            code = _highlight(text, start, end, ends.get(line, ()), whole, pins)
            cls = "hit"
        else:
            code = _text(_shorten(text[start:end].rstrip("\r")))
            cls = "ctx"
        notes = "".join(_finding_note(f, pins[f]) for f in starting.get(line, []))
        rows.append(f'<div class="ln {cls}">{line}</div><div class="code {cls}">{code}</div>'
                    f'<div class="notes">{notes}</div>')
    return f'<section class="card" id="file-{number}">{head}<div class="src">{"".join(rows)}</div></section>'


def _shown_lines(findings, line_count: int):
    """Flagged lines and CONTEXT lines around them, in order; a gap of one line is shown too."""
    spans = sorted((f.line - CONTEXT, max(f.line, f.end_line) + CONTEXT) for f in findings)
    merged: list = []
    for first, last in spans:
        if merged and first <= merged[-1][1] + 2:
            merged[-1][1] = max(merged[-1][1], last)
        else:
            merged.append([first, last])
    for first, last in merged:
        yield from range(max(1, first), min(last, line_count) + 1)


def _count_badges(counts) -> str:
    return " ".join(f'<span class="badge count {s}">{_plural(counts[s], s) if s != "info" else f"{counts[s]} info"}</span>'
                    for s in ORDER if counts[s])


def _shorten(line: str) -> str:
    return line if len(line) <= CONTEXT_WIDTH else line[:CONTEXT_WIDTH].rstrip() + " …"


def _highlight(text: str, start: int, end: int, findings, whole: Counter, pins) -> str:
    """The line ``text[start:end]`` with each finding's span marked and numbered.

    ``findings`` start or end on this line; ``whole`` counts by (severity, code, rule) the
    ones that cover all of it. One sweep over the cuts, keeping the covering findings
    counted by rule, so a line with thousands of findings costs no more than their number.
    """
    line = text[start:end]
    if line.endswith("\r"):
        line, end = line[:-1], end - 1
    opening: dict = {}
    closing: dict = {}
    for f in findings:
        a, b = max(f.start, start) - start, min(max(f.end, f.start), end) - start
        opening.setdefault(a, []).append((f, a < b))
        if a < b:
            closing.setdefault(b, []).append(f)
    cuts = sorted({0, len(line)} | set(opening) | set(closing))
    active = Counter(whole)
    out = []
    for a, b in zip(cuts, cuts[1:] + [None]):
        for f in closing.get(a, ()):
            active[(f.severity, f.code, f.rule)] -= 1
        for f, spans in opening.get(a, ()):
            if spans:
                active[(f.severity, f.code, f.rule)] += 1
            if f.start >= start:
                out.append(f'<span class="pin {f.severity}" title="{_text(f.code)} {_text(f.rule)}">{pins[f]}</span>')
        if b is None:
            break
        piece = _text(line[a:b])
        over = [(key, count) for key, count in active.items() if count > 0]
        if over:
            worst = max(over, key=lambda item: SEVERITY_RANK[item[0][0]])[0][0]
            title = _text(", ".join(dict.fromkeys(f"{code} {rule}" for (_, code, rule), _ in sorted(
                over, key=lambda item: (item[0][1], item[0][2])))))
            extra = " overlap" if sum(count for _, count in over) > 1 else ""
            piece = f'<mark class="{worst}{extra}" title="{title}">{piece}</mark>'
        out.append(piece)
    return "".join(out)


def _finding_note(f, pin: int) -> str:
    key = f"{f.path}:{f.line}:{f.column}:{f.code}"
    return (f'<div class="finding {f.severity}" data-finding="{_text(key)}">'
            f'<div class="top"><span class="pin {f.severity}">{pin}</span>'
            f'<span class="badge {f.severity}">{f.severity}</span>'
            f'<code>{_text(f.code)}</code><span class="rule">{_text(f.rule)}</span>'
            f'<span class="where">{f.line}:{f.column}</span></div>'
            f'<div class="msg">{_text(f.message + _see(f))}</div></div>')


def _see(f) -> str:
    """The other places a set finding was compared with: " (see terms.md:12:3)"."""
    return "".join(f" (see {path}:{line}:{column})" for path, line, column in f.related)
