"""SARIF 2.1.0, the format GitHub code scanning and most SAST dashboards read.

One run; ``tool.driver.rules`` describes every rule from its YAML file;
each result names its rule, level and region (1-based lines, columns in
Unicode code points, end column exclusive) in a file whose URI is relative
to the working directory. ``partialFingerprints`` carries the baseline
fingerprint, so code scanning tracks an alert across lines moving. Fixable
findings carry their fix as a SARIF ``fixes`` entry.
"""
from __future__ import annotations

import json
import os
from pathlib import Path
from urllib.parse import quote

from .. import __version__
from ..escape import encodable, printable
from ..positions import PositionMap

SCHEMA = "https://docs.oasis-open.org/sarif/sarif/v2.1.0/errata01/os/schemas/sarif-schema-2.1.0.json"
LEVELS = {"error": "error", "warning": "warning", "info": "note"}
FINGERPRINT = "policylint/v1"


def artifact_uri(path: str) -> str:
    """``path`` as a URI reference relative to the working directory (absolute if on another drive).

    The file name's own bytes are percent-encoded, so a name that is not UTF-8 keeps them.
    """
    try:
        relative = Path(os.path.relpath(os.path.abspath(path))).as_posix()
    except ValueError:
        return encodable(Path(os.path.abspath(path)).as_uri())
    return quote(os.fsencode(relative), safe="/-._~")


def _rule_descriptor(rule) -> dict:
    help_text = rule.rationale
    bad, good = rule.examples.get("bad") or [], rule.examples.get("good") or []
    markdown = rule.rationale
    if bad or good:
        lines = ["", "", "Flagged:"] + [f"- {text}" for text in bad]
        lines += ["", "Fine:"] + [f"- {text}" for text in good]
        help_text += "\n".join(lines)
        markdown += "\n".join(["", "", "**Flagged**", ""] + [f"- `{_md(text)}`" for text in bad]
                              + ["", "**Fine**", ""] + [f"- `{_md(text)}`" for text in good])
    return {
        "id": rule.code,
        "name": rule.name,
        "shortDescription": {"text": rule.summary},
        "fullDescription": {"text": rule.rationale},
        "help": {"text": help_text, "markdown": markdown},
        "defaultConfiguration": {"level": LEVELS[rule.severity]},
        "properties": {"tags": ["privacy", "policylint"], "fixable": bool(rule.fixable)},
    }


def _md(text: str) -> str:
    return " ".join(str(text).split()).replace("`", "'")


def _region(start, end) -> dict:
    (line, column), (end_line, end_column) = start, end
    return {"startLine": line, "startColumn": column, "endLine": end_line, "endColumn": end_column}


def render(findings, context) -> str:
    from ..baseline import fingerprints
    from ..ruleinfo import rules_by_code

    known = rules_by_code(context.registry)
    used = {f.code for f in findings}
    rules = [rule for code, rule in known.items() if code != "POL001" or code in used]
    descriptors = [_rule_descriptor(rule) for rule in rules]
    for f in sorted(findings, key=lambda f: f.code):  # a plugin rule the main registry does not know
        if f.code not in known and all(d["id"] != f.code for d in descriptors):
            descriptors.append({"id": f.code, "name": printable(f.rule), "shortDescription": {"text": printable(f.rule)},
                                "defaultConfiguration": {"level": LEVELS[f.severity]}})
    index = {d["id"]: i for i, d in enumerate(descriptors)}
    prints = fingerprints(findings, context.sources)
    maps: dict = {}
    results = []
    for f in findings:
        uri = artifact_uri(f.path)
        location = {"physicalLocation": {
            "artifactLocation": {"uri": uri, "uriBaseId": "%SRCROOT%"},
            "region": _region((f.line, f.column), (f.end_line, f.end_column)),
        }}
        result = {
            "ruleId": f.code,
            "ruleIndex": index[f.code],
            "level": LEVELS[f.severity],
            "message": {"text": printable(f.message)},
            "locations": [location],
            "partialFingerprints": {FINGERPRINT: prints[f]},
        }
        if f.related:  # a set finding: the place in the other document it was compared with
            result["relatedLocations"] = [{
                "id": number,
                "physicalLocation": {"artifactLocation": {"uri": artifact_uri(path), "uriBaseId": "%SRCROOT%"},
                                     "region": {"startLine": line, "startColumn": column}},
            } for number, (path, line, column) in enumerate(f.related)]
        source = context.sources.get(f.path)
        if f.fix is not None and source is not None:
            positions = maps.setdefault(f.path, PositionMap(source.text))
            region = _region(positions.line_col(f.fix.start), positions.line_col(f.fix.end))
            result["fixes"] = [{
                "description": {"text": f"Replace with \"{printable(f.fix.replacement)}\"" if f.fix.replacement else "Remove"},
                "artifactChanges": [{
                    "artifactLocation": {"uri": uri, "uriBaseId": "%SRCROOT%"},
                    "replacements": [{"deletedRegion": region, "insertedContent": {"text": encodable(f.fix.replacement)}}],
                }],
            }]
        results.append(result)
    log = {
        "$schema": SCHEMA,
        "version": "2.1.0",
        "runs": [{
            "tool": {"driver": {"name": "policylint", "version": __version__, "semanticVersion": __version__,
                                "rules": descriptors}},
            "columnKind": "unicodeCodePoints",
            "results": results,
        }],
    }
    return json.dumps(log, indent=2, ensure_ascii=False) + "\n"
