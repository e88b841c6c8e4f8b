#!/usr/bin/env python3
"""Precision and recall of every rule against a labelled set of real policies.

    python3 bench/quality.py [--half tune|tune2..tune6|test|both] [--output bench/QUALITY.md]

The labelled set is in ``bench/quality/``: ``seeds.yaml``, ``tune.yaml`` and
``tune2.yaml`` to ``tune6.yaml`` (the half rules may be tuned on; the later
batches can be measured alone, as each was once before tuning on it) and
``test.yaml`` (the half that is only measured),
written from the documents alone following ``bench/quality/GUIDE.md``. Each
file entry lists ``expect`` (what a reviewer marks), ``forbid`` (look-alikes
that must stay quiet) and ``debatable`` (left out of the score).

Scoring, per rule:

- recall: expected instances matched by at least one finding of the rule
  whose lines overlap (for ``disclosure-missing`` also naming the ``item``);
- precision: findings that match an expected instance, over those plus
  every other finding (a finding that matches neither an ``expect`` nor a
  ``debatable`` entry is a false alarm: the set lists every instance a
  reviewer would mark). A debatable call on a rule that judges the whole
  document (controller, contact, disclosure) excuses that rule's findings,
  of its ``item`` if it names one, wherever they point: the guide asks each
  debatable call for a line, but a missing item is reported at the title.

policylint runs once per half (``python -m policylint --format json
--no-cache``) with the interpreter running this script. Documents whose file
is missing (``../shared`` not beside the checkout) are skipped and counted.
Prints the tables and writes them, with the tuning half's remaining misses
and false alarms, to ``bench/QUALITY.md``; the test half is reported as
numbers only, so that looking at it cannot turn into tuning on it.
"""
from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
from collections import defaultdict

BENCH = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(BENCH)
LABELS = os.path.join(BENCH, "quality")
BATCHES = ("tune2", "tune3", "tune4", "tune5", "tune6", "tune7", "tune8", "tune9", "tune10", "tune11")  # the later tuning batches, each measured alone once
HALVES = {"tune": ("seeds.yaml", "tune.yaml", *(f"{b}.yaml" for b in BATCHES)), "test": ("test.yaml",),
          **{b: (f"{b}.yaml",) for b in BATCHES}}
TITLES = {"tune": "Tuning half", "test": "Test half (measured only)",
          **{b: f"Tuning batch {b[4:]} alone" for b in BATCHES}}

# disclosure-missing reports one finding per Art. 13 item; its message names the item
ITEM_WORDS = {
    "controller": ("controller",),
    "purposes": ("purpose",),
    "legal-basis": ("legal basis", "lawful basis"),
    "recipients": ("recipient",),
    "retention": ("how long", "retention", "storage period"),
    "rights": ("rights",),
    "complaint": ("supervisory", "complain"),
    "transfers": ("transfer", "other countries"),
}


def load_labels(half: str) -> dict:
    from ruamel.yaml import YAML

    files = {}
    for label_file in HALVES.get(half, (half,)):  # a half of the set, or a label file of your own
        label_path = os.path.join(LABELS, label_file)
        if not os.path.exists(label_path):
            continue
        with open(label_path, encoding="utf-8") as fh:
            data = YAML(typ="safe").load(fh) or {}
        for name, entry in (data.get("files") or {}).items():
            files[os.path.normpath(os.path.join(os.path.dirname(label_path), name))] = entry or {}
    return files


def run_policylint(paths: list[str]) -> list[dict]:
    cmd = [sys.executable, "-m", "policylint", "--format", "json", "--no-cache", "--exit-zero", *paths]
    proc = subprocess.run(cmd, capture_output=True, text=True, cwd=ROOT)
    if proc.returncode not in (0, 1):
        sys.exit(f"quality: policylint exited {proc.returncode}: {proc.stderr.strip()[:500]}")
    data = json.loads(proc.stdout or "[]")
    findings = data["findings"] if isinstance(data, dict) else data
    # the labelled set covers the 13 rules of one document (POL1xx-POL4xx), not the set rules (POL5xx)
    return [f for f in findings if not f["code"].startswith("POL5")]


def rules_of(entry) -> set[str]:
    rule = entry["rule"]
    return {rule} if isinstance(rule, str) else set(rule)


# rules that judge a whole document: an expect or forbid entry has no lines, and a
# debatable one (which the guide asks to give a line) doubts the finding wherever it points
DOCUMENT_RULES = frozenset({"controller-unnamed", "controller-legal-entity-missing",
                            "contact-email-missing", "disclosure-missing"})


def matches(entry: dict, finding: dict, *, doubt: bool = False) -> bool:
    if finding["rule"] not in rules_of(entry):
        return False
    item = entry.get("item")
    if item and not any(word in finding["message"].lower() for word in ITEM_WORDS[item]):
        return False
    span = entry.get("lines")
    if not span or (doubt and finding["rule"] in DOCUMENT_RULES):
        return True
    line = int(finding.get("line") or 1)
    end = int(finding.get("end_line") or line)
    return line <= span[1] and end >= span[0]


class Score:
    """Counts per rule for one half."""

    def __init__(self):
        self.gold = defaultdict(int)
        self.found = defaultdict(int)  # expected instances found
        self.correct = defaultdict(int)  # findings that match an expected instance
        self.false = defaultdict(int)  # findings that match nothing (or a forbid)
        self.misses: list[tuple[str, dict]] = []
        self.false_alarms: list[tuple[str, dict]] = []

    def add(self, path: str, entry: dict, findings: list[dict]) -> None:
        expects = entry.get("expect") or []
        debatable = entry.get("debatable") or []
        if entry.get("rules"):  # a document labelled for some rules only (say, the structural ones)
            findings = [f for f in findings if f["rule"] in entry["rules"]]
        for exp in expects:
            rule = sorted(rules_of(exp))[0]
            self.gold[rule] += 1
            if any(matches(exp, f) for f in findings):
                self.found[rule] += 1
            else:
                self.misses.append((path, exp))
        for f in findings:
            if any(matches(exp, f) for exp in expects):
                self.correct[f["rule"]] += 1
            elif not any(matches(d, f, doubt=True) for d in debatable):
                self.false[f["rule"]] += 1
                self.false_alarms.append((path, f))

    def rows(self):
        rules = sorted(set(self.gold) | set(self.correct) | set(self.false))
        for rule in rules:
            yield rule, self._numbers(self.gold[rule], self.found[rule], self.correct[rule], self.false[rule])
        yield "all", self._numbers(sum(self.gold.values()), sum(self.found.values()),
                                   sum(self.correct.values()), sum(self.false.values()))

    @staticmethod
    def _numbers(gold, found, correct, false):
        recall = found / gold if gold else None
        precision = correct / (correct + false) if correct + false else None
        f1 = (2 * precision * recall / (precision + recall)
              if precision and recall else None)
        return {"gold": gold, "found": found, "findings": correct + false, "false": false,
                "precision": precision, "recall": recall, "f1": f1}


def score_half(half: str) -> tuple[Score, int, int]:
    labels = load_labels(half)
    present = [p for p in labels if os.path.exists(p)]
    findings = defaultdict(list)
    if present:
        for f in run_policylint([os.path.relpath(p, ROOT) for p in present]):
            findings[os.path.normpath(os.path.join(ROOT, f["path"]))].append(f)
    score = Score()
    for path in present:
        score.add(os.path.relpath(path, ROOT), labels[path], findings[path])
    return score, len(present), len(labels)


def pct(value) -> str:
    return "-" if value is None else f"{100 * value:.1f}%"


def table(score: Score) -> list[str]:
    lines = ["| rule | gold | found | recall | findings | false | precision | F1 |",
             "|---|---:|---:|---:|---:|---:|---:|---:|"]
    for rule, n in score.rows():
        name = f"**{rule}**" if rule == "all" else rule
        lines.append(f"| {name} | {n['gold']} | {n['found']} | {pct(n['recall'])} | {n['findings']} "
                     f"| {n['false']} | {pct(n['precision'])} | {pct(n['f1'])} |")
    return lines


def details(score: Score) -> list[str]:
    lines = ["", "Misses (expected, not found):", ""]
    for path, exp in sorted(score.misses, key=lambda x: (x[0], str(x[1].get("lines")))):
        where = f":{exp['lines'][0]}" if exp.get("lines") else ""
        what = exp.get("item") or exp.get("note") or ""
        lines.append(f"- `{path}{where}` {'/'.join(sorted(rules_of(exp)))} {what}".rstrip())
    lines += ["", "False alarms (found, not expected):", ""]
    for path, f in sorted(score.false_alarms, key=lambda x: (x[0], x[1]["line"], x[1]["rule"])):
        lines.append(f"- `{path}:{f['line']}` {f['rule']}: {f['message']}")
    return lines


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--half", choices=(*HALVES, "both"), default="both")
    parser.add_argument("--labels", metavar="FILE", help="score a label file of your own (the same format; its file "
                        "names relative to it) instead of a half")
    parser.add_argument("--output", default=os.path.join(BENCH, "QUALITY.md"),
                        help="Markdown report to write ('-' for none)")
    args = parser.parse_args()
    halves = ("tune", "test") if args.half == "both" else (args.half,)
    if args.labels:
        halves = (os.path.abspath(args.labels),)
        TITLES[halves[0]] = f"Labels in {os.path.basename(args.labels)}"

    out = ["# Rule quality on the labelled set", "",
           "Made by `python3 bench/quality.py`; the labelled set and how it was written: "
           "`bench/quality/GUIDE.md`.", ""]
    tune = None
    for half in halves:
        score, present, total = score_half(half)
        if half != "test":
            tune = score
        out += [f"## {TITLES[half]}: {present} documents", ""]
        if present < total:
            out += [f"{total - present} labelled documents were not found (../shared beside the checkout?).", ""]
        out += table(score) + [""]
    report = "\n".join(out)
    print(report)
    if tune is not None:
        report += "\n## Tuning half: what is left\n" + "\n".join(details(tune)) + "\n"
    if args.output != "-":
        with open(args.output, "w", encoding="utf-8") as fh:
            fh.write(report)
    return 0


if __name__ == "__main__":
    sys.exit(main())
