#!/usr/bin/env python3
"""Time policylint against proselint and pymarkdown (pymarkdownlnt), whole processes, side by side.

    python3 bench/run.py [--runs 5] [--seed FILE] [--real DIR] [--mozilla DIR]

Creates bench/.venv with the peers and this checkout (editable) when missing,
then measures, interleaving the tools in every round so a busy machine slows
them alike:

1. one policy file (a seed from examples/policies);
2. the real corpus (default ../shared/corpus/real);
3. the Mozilla legal-docs corpus (default ../shared/corpus/mozilla-legal-docs);
4. one changed file in a real ``pre-commit run``: a temporary git repository of
   the real corpus with a hook running policylint, and the same set-up running
   proselint;
5. a growth series: one document repeated 1, 2, 4 ... 32 times, time per MB;
6. peak memory on the Mozilla corpus.

policylint is timed with a cold cache (the cache folder removed before each
run), with ``--no-cache`` (what a file whose cache entry misses costs: the
compiled rules are still read), truly cold (a fresh interpreter, no cache and no
bytecode for policylint's modules) and warm. CPU time (user + system, of the
process and the processes it waited for) is reported next to wall time: on a
shared machine it is the steadier number. Prints Markdown tables and writes
bench/RESULTS.md. A corpus that is missing is skipped with a message.
"""
from __future__ import annotations

import argparse
import datetime
import os
import platform
import shutil
import statistics
import subprocess
import sys
import time

from benchtools import Sampler, write_report

BENCH = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(BENCH)
VENV = os.path.join(BENCH, ".venv")
BIN = os.path.join(VENV, "Scripts" if os.name == "nt" else "bin")
PEERS = ("proselint", "pymarkdownlnt")
HELPERS = ("pre-commit",)  # for the hook case
GROWTH = (1, 2, 4, 8, 16, 32)
# Tools run as installed: with bytecode caching, even when this shell turns it off
# (the peers' bytecode was compiled by pip; policylint is an editable install).
ENV = {k: v for k, v in os.environ.items() if k != "PYTHONDONTWRITEBYTECODE"}


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--runs", type=int, default=5, help="timed runs per measurement (default 5)")
    parser.add_argument("--seed", default=_first_seed(), help="the one-file case (default: first seed in examples/policies)")
    parser.add_argument("--real", default="../shared/corpus/real", help="real corpus, relative to the repository root")
    parser.add_argument("--mozilla", default="../shared/corpus/mozilla-legal-docs", help="Mozilla corpus, relative to the repository root")
    parser.add_argument("--output", default=os.path.join(BENCH, "RESULTS.md"))
    args = parser.parse_args()

    ensure_venv()
    return write_report(lambda work: Bench(args, work).run(), "policylint-bench-", args.output, ROOT)


# -- set-up -----------------------------------------------------------------
def _first_seed() -> str:
    folder = os.path.join("examples", "policies")
    names = sorted(os.listdir(os.path.join(ROOT, folder))) if os.path.isdir(os.path.join(ROOT, folder)) else []
    return os.path.join(folder, names[0]) if names else ""


def tool(name: str) -> str:
    return os.path.join(BIN, name + (".exe" if os.name == "nt" else ""))


def ensure_venv() -> None:
    """bench/.venv with proselint, pymarkdownlnt and this checkout; installs only what is missing."""
    python = tool("python")
    if not os.path.exists(python):
        print("bench: creating bench/.venv", file=sys.stderr)
        subprocess.run([sys.executable, "-m", "venv", VENV], check=True)
    executables = {"proselint": "proselint", "pymarkdownlnt": "pymarkdown", "pre-commit": "pre-commit"}
    missing = [p for p in PEERS + HELPERS if not os.path.exists(tool(executables[p]))]
    if missing:
        print(f"bench: installing {', '.join(missing)}", file=sys.stderr)
        subprocess.run([python, "-m", "pip", "install", "-q", *missing], check=True)
    if not os.path.exists(tool("policylint")):
        print("bench: installing this checkout (editable)", file=sys.stderr)
        subprocess.run([python, "-m", "pip", "install", "-q", "-e", ROOT], check=True)


def version(command: list[str]) -> str:
    out = subprocess.run(command, capture_output=True, text=True)
    return (out.stdout or out.stderr).strip().splitlines()[0] if (out.stdout or out.stderr).strip() else "?"


def cpu_model() -> str:
    try:
        with open("/proc/cpuinfo", encoding="utf-8") as handle:
            for line in handle:
                if line.startswith("model name"):
                    return line.split(":", 1)[1].strip()
    except OSError:
        pass
    return platform.processor() or platform.machine()


def cores() -> int:
    try:
        return len(os.sched_getaffinity(0))
    except (AttributeError, OSError):
        return os.cpu_count() or 1


# -- measuring --------------------------------------------------------------
def run_once(command: list[str], cwd: str, sample: bool = False, env: dict | None = None) -> tuple:
    """Wall seconds, max RSS of the largest process (KB), with ``sample`` the peak RSS of the
    whole process tree (KB; sampling costs CPU, so timed runs do not sample), and CPU seconds
    (user + system of the process and of the processes it waited for)."""
    start = time.perf_counter()
    process = subprocess.Popen(command, cwd=cwd, env=env or ENV, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    sampler = Sampler(process.pid)
    if sample:
        sampler.start()
    if hasattr(os, "wait4"):
        _, status, usage = os.wait4(process.pid, 0)
        process.returncode = os.waitstatus_to_exitcode(status)
        largest = usage.ru_maxrss
        cpu = usage.ru_utime + usage.ru_stime
    else:  # pragma: no cover - Windows
        process.wait()
        largest, cpu = 0, float("nan")
    elapsed = time.perf_counter() - start
    if sample:
        sampler.stop()
    return elapsed, largest, max(sampler.peak, largest), cpu


class Series:
    def __init__(self, label: str):
        self.label, self.times, self.largest, self.tree, self.cpu = label, [], [], [], []

    def add(self, sample) -> None:
        self.times.append(sample[0])
        self.largest.append(sample[1])
        self.tree.append(sample[2])
        self.cpu.append(sample[3])

    @property
    def median(self) -> float:
        return statistics.median(self.times)

    @property
    def median_cpu(self) -> float:
        return statistics.median(self.cpu)


class Bench:
    def __init__(self, args, work: str):
        self.args, self.work = args, work
        self.notes: list[str] = []

    def path(self, relative: str) -> str | None:
        full = os.path.normpath(os.path.join(ROOT, relative))
        return full if os.path.exists(full) else None

    def clear_cache(self) -> None:
        shutil.rmtree(os.path.join(self.work, ".policylint_cache"), ignore_errors=True)

    def without_bytecode(self) -> None:
        """No cache and no bytecode of policylint's own modules: what the first run after an
        upgrade or a fresh clone of an editable install pays."""
        self.clear_cache()
        for base, dirs, _ in os.walk(os.path.join(ROOT, "policylint")):
            if "__pycache__" in dirs:
                shutil.rmtree(os.path.join(base, "__pycache__"), ignore_errors=True)

    def commands(self, target: str, markdown_copy: str | None) -> dict:
        """Each tool's command for ``target`` (pymarkdown only reads Markdown file names)."""
        folder = os.path.isdir(target)
        return {
            "policylint (cold)": [tool("policylint"), "--exit-zero", target],
            "policylint --no-cache": [tool("policylint"), "--exit-zero", "--no-cache", target],
            "policylint (truly cold)": [tool("policylint"), "--exit-zero", target],
            "policylint (warm)": [tool("policylint"), "--exit-zero", target],
            "proselint": [tool("proselint"), "check", target],
            "pymarkdown": [tool("pymarkdown"), "scan", *(["-r"] if folder else []), markdown_copy or target],
        }

    def measure(self, target: str, runs: int, markdown_copy: str | None = None, extra: dict | None = None) -> dict:
        commands = {**self.commands(target, markdown_copy), **(extra or {})}
        series = {label: Series(label) for label in commands}
        for command in commands.values():  # untimed: bytecode written, files in the OS cache
            run_once(command, self.work)
        for _ in range(runs):  # interleaved: a busy machine slows every tool alike
            for label, command in commands.items():  # a cold run fills the cache for the warm one after it
                env = None
                if "truly cold" in label:
                    self.without_bytecode()
                    env = {**ENV, "PYTHONDONTWRITEBYTECODE": "1"}
                elif "cold" in label:
                    self.clear_cache()
                series[label].add(run_once(command, self.work, env=env))
        return series

    # -- the report ---------------------------------------------------------
    def run(self) -> str:
        args = self.args
        lines = ["# policylint benchmark", ""]
        lines += [f"- date: {datetime.date.today().isoformat()}",
                  f"- machine: {cores()} cores ({cpu_model()}), {platform.system()} {platform.release()}",
                  f"- Python {platform.python_version()}; {version([tool('policylint'), '--version'])}; "
                  f"{version([tool('proselint'), 'version'])}; pymarkdown {version([tool('pymarkdown'), 'version'])}",
                  f"- load average at start: {_load()}",
                  f"- {args.runs} runs per cell, interleaved; whole processes, wall time and CPU time (user + system, "
                  "with the processes each waited for; on a shared machine the steadier number); policylint cold = "
                  "`.policylint_cache` removed before the run, `--no-cache` = the results cache neither read nor "
                  "written (the compiled rules are read: what a changed file costs), truly cold = cache removed "
                  "and no bytecode for policylint's modules (removed, and not written), warm = cache filled",
                  "- proselint walks folders for .md/.txt/.rtf/.html/.tex, pymarkdown (`scan -r`) for .md only, "
                  "policylint for .md/.markdown/.txt; for the one-file case pymarkdown gets a .md copy of the seed",
                  "- every command runs once untimed first; bytecode caching is on for all tools (as after an install)",
                  ""]
        cases = []
        seed = self.path(args.seed) if args.seed else None
        if seed:
            copy = os.path.join(self.work, "seed.md")
            shutil.copyfile(seed, copy)
            cases.append((f"one file ({args.seed})", seed, copy))
        else:
            print(f"bench: seed {args.seed!r} not found, one-file case skipped", file=sys.stderr)
        for label, relative in (("real corpus", args.real), ("Mozilla corpus", args.mozilla)):
            folder = self.path(relative)
            if folder:
                cases.append((f"{label} ({relative}, {_count(folder)} files, {_size(folder) / 1e6:.1f} MB)", folder, None))
            else:
                print(f"bench: {relative} not found, skipped", file=sys.stderr)
                lines.append(f"- skipped: {relative} (not found)")
        lines += ["## Time", "",
                  "| case | tool | median s | min s | max s | CPU s (median) | vs proselint | vs pymarkdown | "
                  "CPU vs proselint |",
                  "|---|---|---:|---:|---:|---:|---:|---:|---:|"]
        results = {}
        for label, target, copy in cases:
            print(f"bench: {label}", file=sys.stderr)
            extra = {"policylint --jobs 1 (cold)": [tool("policylint"), "--exit-zero", "--jobs", "1", target]} \
                if os.path.isdir(target) else {}
            series = self.measure(target, args.runs, copy, extra)
            results[label] = series
            prose, pymd = series["proselint"].median, series["pymarkdown"].median
            for name, s in series.items():
                lines.append(f"| {label} | {name} | {s.median:.3f} | {min(s.times):.3f} | {max(s.times):.3f} | "
                             f"{s.median_cpu:.3f} | {s.median / prose:.2f}x | {s.median / pymd:.2f}x | "
                             f"{s.median_cpu / series['proselint'].median_cpu:.2f}x |")
        lines += [""]
        lines += self.hook()
        lines += self.startup(seed)
        lines += self.memory()
        lines += self.growth()
        lines += self.goals(results)
        return "\n".join(lines) + "\n"

    def hook(self) -> list[str]:
        """``pre-commit run`` on one changed file in a git repository of the real corpus: the
        policylint hook (its cache warm for the other files, as after earlier commits) against
        the same set-up running proselint. Both hooks run the tools installed in bench/.venv
        (``language: system``), so the case measures pre-commit plus the tool, not an install."""
        corpus = self.path(self.args.real)
        if not corpus or not os.path.exists(tool("pre-commit")):
            print("bench: no real corpus or no pre-commit, hook case skipped", file=sys.stderr)
            return []
        print("bench: pre-commit hook", file=sys.stderr)
        repo = os.path.join(self.work, "hook-repo")
        shutil.copytree(corpus, os.path.join(repo, "policies"))
        # "pre-commit alone" runs `true`: what pre-commit itself costs around any hook
        hooks = {"policylint": [tool("policylint")], "proselint": [tool("proselint"), "check"],
                 "pre-commit alone": ["true"]}
        config = ["repos:", "- repo: local", "  hooks:"]
        for name, entry in hooks.items():
            config += [f"  - id: {name.replace(' ', '-')}", f"    name: {name}", f"    entry: '{' '.join(entry)}'", "    language: system",
                       "    types_or: [markdown, plain-text]", "    require_serial: true"]
        with open(os.path.join(repo, ".pre-commit-config.yaml"), "w", encoding="utf-8") as handle:
            handle.write("\n".join(config) + "\n")
        git = ["git", "-c", "user.name=bench", "-c", "user.email=bench@example.invalid", "-c", "commit.gpgsign=false"]
        for command in (["git", "init", "-q"], ["git", "add", "-A"], git + ["commit", "-q", "-m", "policies"]):
            subprocess.run(command, cwd=repo, env=ENV, check=True)
        home = os.path.join(self.work, "pre-commit-home")  # pre-commit's own cache, kept out of the user's
        env = {**ENV, "PRE_COMMIT_HOME": home}
        changed = os.path.join("policies", sorted(n for n in os.listdir(os.path.join(repo, "policies"))
                                                  if n.endswith((".md", ".txt")))[0])
        with open(os.path.join(repo, changed), encoding="utf-8", errors="replace") as handle:
            original = handle.read()
        # the policylint cache holds every file, as after earlier commits
        subprocess.run([tool("policylint"), "--exit-zero", "policies"], cwd=repo, env=env, capture_output=True)
        series = {name: Series(name) for name in hooks}
        edits = 0
        for round_ in range(self.args.runs + 1):
            for name in hooks:
                edits += 1  # a new change each time: the changed file's cache entry misses
                with open(os.path.join(repo, changed), "w", encoding="utf-8") as handle:
                    handle.write(original + f"\nChanged in edit {edits}.\n")
                command = [tool("pre-commit"), "run", name.replace(" ", "-"), "--files", changed]
                sample = run_once(command, repo, env=env)
                if round_:  # the first round installs pre-commit's environment: untimed
                    series[name].add(sample)
        alone = series["pre-commit alone"]
        lines = ["## One changed file in a pre-commit hook", "",
                 f"`pre-commit run HOOK --files {changed}` in a git repository of the real corpus "
                 f"({_count(corpus)} files), the file edited before every run; median of {self.args.runs}. "
                 "Both hooks run the tools installed in bench/.venv (`language: system`); \"pre-commit alone\" is "
                 "a hook running `true`, what pre-commit costs around any tool. The last columns leave it out.", "",
                 "| hook | median s | min s | max s | CPU s (median) | vs proselint | CPU vs proselint | "
                 "beyond pre-commit s | CPU beyond pre-commit s |",
                 "|---|---:|---:|---:|---:|---:|---:|---:|---:|"]
        prose = series["proselint"]
        for name, s in series.items():
            lines.append(f"| {name} | {s.median:.3f} | {min(s.times):.3f} | {max(s.times):.3f} | {s.median_cpu:.3f} | "
                         f"{s.median / prose.median:.2f}x | {s.median_cpu / prose.median_cpu:.2f}x | "
                         f"{s.median - alone.median:.3f} | {s.median_cpu - alone.median_cpu:.3f} |")
        self.hook_series = series
        return lines + [""]

    def startup(self, seed: str | None) -> list[str]:
        """``python -X importtime``: total import time and which heavy packages each command loads."""
        print("bench: start-up", file=sys.stderr)
        cases = [("`--version`", ["--version"]), ("`--list-rules`", ["--list-rules"])]
        if seed:
            cases += [("one file, warm cache", [seed]), ("one file, `--no-cache`", ["--no-cache", seed])]
        heavy = ("markdown_it", "ruamel.yaml", "pluggy", "importlib.metadata")
        lines = ["## Start-up (`python -X importtime -m policylint ...`, best of 5)", "",
                 "| command | imports ms | heavy packages imported |", "|---|---:|---|"]
        for label, arguments in cases:
            command = [tool("python"), "-X", "importtime", "-m", "policylint", *arguments]
            if "--no-cache" not in arguments:
                run_once(command, self.work)  # fills the cache for the warm case
            best, loaded = None, set()
            for _ in range(5):
                err = subprocess.run(command, cwd=self.work, env=ENV, capture_output=True, text=True).stderr
                total, found = 0, set()
                for line in err.splitlines():
                    if not line.startswith("import time:") or "cumulative" in line:
                        continue
                    _, cumulative, module = line[len("import time:"):].split("|")
                    if not module.startswith("  "):  # top level: its cumulative time holds the nested ones
                        total += int(cumulative)
                    found.update(h for h in heavy if module.strip() == h)
                best = total if best is None else min(best, total)
                loaded = found
            lines.append(f"| {label} | {best / 1000:.1f} | {', '.join(sorted(loaded)) or 'none'} |")
        return lines + [""]

    def memory(self) -> list[str]:
        folder = self.path(self.args.mozilla)
        if not folder:
            return []
        print("bench: memory", file=sys.stderr)
        commands = {label: command for label, command in self.commands(folder, None).items()
                    if label in ("policylint (cold)", "policylint (warm)", "proselint", "pymarkdown")}
        commands["policylint --jobs 1 (cold)"] = [tool("policylint"), "--exit-zero", "--jobs", "1", folder]
        lines = ["## Peak memory on the Mozilla corpus", "",
                 "| tool | largest process MB | all its processes MB (sampled) |", "|---|---:|---:|"]
        self.peak_rss = {}
        for label, command in commands.items():
            samples = []
            for _ in range(2):
                if "warm" not in label:
                    self.clear_cache()
                samples.append(run_once(command, self.work, sample=True))
            largest = max(s[1] for s in samples) / 1024
            tree = max(s[2] for s in samples) / 1024
            self.peak_rss[label] = (largest, tree)
            lines.append(f"| {label} | {largest:.0f} | {tree:.0f} |")
        return lines + [""]

    def growth(self) -> list[str]:
        documents = []
        seed = self.path(self.args.seed) if self.args.seed else None
        if seed:
            documents.append((self.args.seed, seed))
        real = self.path(self.args.real)
        if real:
            name = _largest_english_markdown(real)
            if name:
                documents.append((f"{self.args.real}/{name}", os.path.join(real, name)))
        lines = ["## Growth: one document repeated (policylint, cold, one process)", "",
                 "Marginal s per MB: (time - time of 1 copy) / (MB - MB of 1 copy), the cost without start-up; "
                 "flat means linear.", "",
                 "| document | copies | MB | median s | s per MB | marginal s per MB | vs 1 copy |",
                 "|---|---:|---:|---:|---:|---:|---:|"]
        self.growth_ratio = []
        for label, path in documents:
            print(f"bench: growth {label}", file=sys.stderr)
            with open(path, "rb") as handle:
                body = handle.read()
            base = base_size = None
            for copies in GROWTH:
                target = os.path.join(self.work, f"grown-{copies}" + os.path.splitext(path)[1])
                with open(target, "wb") as handle:
                    handle.write(b"\n\n".join([body] * copies))
                times = [run_once([tool("policylint"), "--exit-zero", "--no-cache", target], self.work)[0]
                         for _ in range(max(3, self.args.runs // 2))]
                median = statistics.median(times)
                megabytes = os.path.getsize(target) / 1e6
                if base is None:
                    base, base_size = median, megabytes
                marginal = f"{(median - base) / (megabytes - base_size):.3f}" if copies > 1 else ""
                lines.append(f"| {label} | {copies} | {megabytes:.2f} | {median:.3f} | {median / megabytes:.2f} | "
                             f"{marginal} | {median / base:.1f}x |")
                if copies == GROWTH[-1]:
                    self.growth_ratio.append((label, median / base))
        return lines + [""]

    def goals(self, results: dict) -> list[str]:
        lines = ["## Goals", ""]
        for label, series in results.items():
            prose, pymd = series["proselint"].median, series["pymarkdown"].median
            cold, warm = series["policylint (cold)"].median, series["policylint (warm)"].median
            if label.startswith("one file"):
                faster = min(prose, pymd)
                missed = series["policylint --no-cache"]
                peer_cpu = min(series["proselint"].median_cpu, series["pymarkdown"].median_cpu)
                lines.append(f"- one file: policylint {warm:.3f} s warm / {missed.median:.3f} s --no-cache / "
                             f"{cold:.3f} s cold vs faster peer {faster:.3f} s: {warm / faster:.2f}x warm, "
                             f"{missed.median / faster:.2f}x --no-cache (goal <= 0.33x), {cold / faster:.2f}x cold; "
                             f"CPU {missed.median_cpu:.3f} s --no-cache vs {peer_cpu:.3f} s: "
                             f"{missed.median_cpu / peer_cpu:.2f}x")
            elif label.startswith("real corpus"):
                lines.append(f"- real corpus: cold {cold / prose:.2f}x proselint (goal <= 0.33x), "
                             f"warm {warm / prose:.3f}x (goal < 0.10x)")
        hook = getattr(self, "hook_series", None)
        if hook:
            ratio = hook["policylint"].median / hook["proselint"].median
            cpu = hook["policylint"].median_cpu / hook["proselint"].median_cpu
            alone = hook["pre-commit alone"]
            tool_ratio = (hook["policylint"].median_cpu - alone.median_cpu) / max(
                hook["proselint"].median_cpu - alone.median_cpu, 1e-9)
            lines.append(f"- pre-commit, one changed file: {ratio:.2f}x the proselint hook's wall time, {cpu:.2f}x its "
                         f"CPU time (goal <= 0.5x); pre-commit alone takes {alone.median:.3f} s, and beyond it "
                         f"policylint takes {tool_ratio:.2f}x proselint's CPU time")
        for label, ratio in getattr(self, "growth_ratio", []):
            lines.append(f"- growth: 32 copies of {label} cost {ratio:.1f}x one copy (goal <= 32x)")
        if getattr(self, "peak_rss", None):
            largest, tree = self.peak_rss["policylint (cold)"]
            serial = self.peak_rss["policylint --jobs 1 (cold)"][0]
            lines.append(f"- memory on the Mozilla corpus: {largest:.0f} MB largest process, {tree:.0f} MB all "
                         f"processes, {serial:.0f} MB with --jobs 1 (goal < 150 MB)")
        return lines


def _largest_english_markdown(folder: str) -> str | None:
    """The largest Markdown file in English (by its share of " the "), so every rule runs on it."""
    best = None
    for name in sorted(os.listdir(folder)):
        path = os.path.join(folder, name)
        if not name.endswith(".md") or not os.path.isfile(path):
            continue
        with open(path, "rb") as handle:
            data = handle.read()
        if data and data.lower().count(b" the ") / len(data) > 0.004 and (best is None or len(data) > best[0]):
            best = (len(data), name)
    return best[1] if best else None


def _load() -> str:
    try:
        return " ".join(f"{x:.2f}" for x in os.getloadavg())
    except (AttributeError, OSError):
        return "?"


def _files(folder: str):
    for base, _, names in os.walk(folder):
        for name in names:
            yield os.path.join(base, name)


def _count(folder: str) -> int:
    return sum(1 for _ in _files(folder))


def _size(folder: str) -> int:
    return sum(os.path.getsize(p) for p in _files(folder))


if __name__ == "__main__":
    sys.exit(main())
