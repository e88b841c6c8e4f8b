#!/usr/bin/env python3
"""Documents per second on the Mozilla corpus: the command line, ``policylint audit`` on this
machine's processes (Dask's local scheduler), and a two-worker Dask LocalCluster; and the
memory each worker needs.

    python bench/dask_bench.py [--runs 3] [--corpus DIR] [--workers 2] [--output bench/DASK.md]

Run it with the Python of an environment that has the dask extra
(``pip install -e '.[dask]'``). Every case runs once untimed first, then
``--runs`` rounds that run every case once each; the table gives the median. Command-line cases are whole
processes (start-up included); the cluster cases time ``policylint.dask.audit``
on a cluster that is already up (a cluster is started once and then used), and
the cluster's start is timed on its own. Memory: the peak RSS of the largest
worker process (sampled from /proc for the command-line cases, ``ru_maxrss``
read inside each cluster worker; POSIX only). Prints a Markdown report and writes it to
``--output``.
"""
from __future__ import annotations

import argparse
import datetime
import json
import os
import platform
import statistics
import subprocess
import sys
import time

from benchtools import Sampler, write_report

BENCH = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(BENCH)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--runs", type=int, default=5, help="timed rounds (default 5)")
    parser.add_argument("--corpus", default=os.path.join(ROOT, "..", "shared", "corpus", "mozilla-legal-docs"))
    parser.add_argument("--workers", type=int, default=2, help="workers of the LocalCluster and processes of "
                                                               "the local scheduler (default 2)")
    parser.add_argument("--output", default=os.path.join(BENCH, "DASK.md"))
    args = parser.parse_args()
    if not os.path.isdir(args.corpus):
        print(f"bench: no corpus at {args.corpus}", file=sys.stderr)
        return 2
    return write_report(lambda work: Bench(args, work).run(), "policylint-dask-bench-", args.output, ROOT)


class Bench:
    def __init__(self, args, work: str):
        self.args, self.work = args, work
        self.corpus = os.path.abspath(args.corpus)
        self.documents = 0
        self.rows: list[tuple] = []

    def run(self) -> str:
        """Every round runs each case once, so a busy machine slows them alike."""
        from distributed import Client, LocalCluster

        from policylint import dask as pld

        load = os.getloadavg() if hasattr(os, "getloadavg") else None
        self.documents = self.count()
        policylint = [sys.executable, "-m", "policylint"]
        out = os.path.join(self.work, "findings.parquet")
        workers = str(self.args.workers)
        tiny = os.path.join(self.work, "tiny")
        os.mkdir(tiny)
        with open(os.path.join(tiny, "privacy.md"), "w", encoding="utf-8") as handle:
            handle.write("# Privacy\n\nAcme Ltd. Write to privacy@acme.example.\n")
        commands = {
            "command line, one process (`--jobs 1`)":
                policylint + ["--no-cache", "--jobs", "1", "--format", "json", self.corpus],
            f"command line, `--jobs {workers}`":
                policylint + ["--no-cache", "--jobs", workers, "--format", "json", self.corpus],
            "`policylint audit -o findings.parquet --jobs 1` (one process)":
                policylint + ["audit", self.corpus, "-o", out, "--jobs", "1"],
            f"`policylint audit -o findings.parquet --jobs {workers}` (local scheduler, processes)":
                policylint + ["audit", self.corpus, "-o", out, "--jobs", workers],
        }
        times: dict = {label: [] for label in commands}
        cpu: dict = {label: [] for label in commands}
        fixed: dict = {label: [] for label in commands}
        cluster_label = f"LocalCluster, {self.args.workers} workers (processes, 1 thread each)"
        start = time.perf_counter()
        with LocalCluster(n_workers=self.args.workers, processes=True, threads_per_worker=1,
                          dashboard_address=None) as cluster, Client(cluster) as client:
            self.cluster_start = time.perf_counter() - start
            first = timed(lambda: pld.audit([self.corpus], out, client=client), client)
            for command in commands.values():
                run_process(command, self.work)  # untimed: bytecode, disk cache
            times[cluster_label], cpu[cluster_label] = [], []
            for round_ in range(self.args.runs):
                print(f"bench: round {round_ + 1} of {self.args.runs}", file=sys.stderr)
                for label, command in commands.items():
                    wall, seconds = run_process(command, self.work)[:2]
                    times[label].append(wall)
                    cpu[label].append(seconds)
                    # the same command on one small document: its fixed cost (start-up, imports, workers)
                    fixed[label].append(run_process([tiny if a == self.corpus else a for a in command], self.work)[0])
                wall, seconds = timed(lambda: pld.audit([self.corpus], out, client=client), client)
                times[cluster_label].append(wall)
                cpu[cluster_label].append(seconds)
            peaks = client.run(_peak_rss_kb)
        print("bench: memory", file=sys.stderr)
        for label, command in commands.items():
            _, _, main_peak, worker_peak = run_process(command, self.work, sample=True)
            self.rows.append((label, times[label], cpu[label], worker_peak or main_peak,
                              statistics.median(fixed[label]), "whole process"))
        self.rows.append((cluster_label + ", first audit", [first[0]], [first[1]], max(peaks.values()), None,
                          "`policylint.dask.audit`, cluster up, workers fresh"))
        self.rows.append((cluster_label, times[cluster_label], cpu[cluster_label], max(peaks.values()), None,
                          "`policylint.dask.audit`, cluster up, workers warm"))
        return self.report(load)

    def count(self) -> int:
        """The documents policylint reads in the corpus (as the audit summary counts them)."""
        result = subprocess.run([sys.executable, "-m", "policylint", "audit", self.corpus, "--jobs", "1",
                                 "--format", "json"], capture_output=True, text=True, cwd=self.work, check=True)
        return json.loads(result.stdout)["documents"]

    # -- report --------------------------------------------------------------
    def report(self, load) -> str:
        import dask

        from policylint import __version__

        size = sum(os.path.getsize(os.path.join(folder, name))
                   for folder, _, names in os.walk(self.corpus) for name in names)
        lines = [
            "# policylint on Dask: throughput and memory",
            "",
            f"- date: {datetime.date.today().isoformat()}",
            f"- machine: {_cores()} cores, {platform.system()} {platform.release()}; "
            f"load average at start: {' '.join(f'{x:.2f}' for x in load) if load else 'n/a'}, at end: "
            f"{' '.join(f'{x:.2f}' for x in os.getloadavg()) if hasattr(os, 'getloadavg') else 'n/a'}",
            f"- Python {platform.python_version()}; policylint {__version__}; dask {dask.__version__}",
            f"- corpus: {os.path.basename(self.corpus)}, {self.documents} documents, {size / 1e6:.1f} MB; "
            f"{self.args.runs} rounds, each running every case once (a busy machine slows them alike), "
            "after one untimed run; the median is shown",
            "- command-line cases are whole processes, start-up included; cluster cases time "
            "`policylint.dask.audit` (listing, linting, writing Parquet) on a running cluster",
            "",
            "| case | documents/s | median s | min s | max s | fixed cost s | documents/s after it "
            "| CPU s | documents per CPU s | largest worker MB | timed |",
            "|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|---|",
        ]
        for label, times, cpu, worker_kb, fixed, note in self.rows:
            median, cpu = statistics.median(times), statistics.median(cpu)
            marginal = f"{self.documents / (median - fixed):.0f}" if fixed is not None and median > fixed else "-"
            lines.append(f"| {label} | {self.documents / median:.0f} | {median:.2f} | {min(times):.2f} | "
                         f"{max(times):.2f} | {'-' if fixed is None else f'{fixed:.2f}'} | {marginal} | "
                         f"{cpu:.2f} | {self.documents / cpu:.0f} | {worker_kb / 1024:.0f} | {note} |")
        lines += [
            "",
            "CPU s: user and system time of every process involved (for the command line the process "
            "and the workers it waited for; for the cluster this process, which runs the scheduler, "
            "and each worker), which a busy machine does not inflate as it does wall time; documents "
            "per CPU second are what one free core would lint. "
            "Fixed cost: the median time of the same command on one small document (start-up, imports, "
            "starting worker processes); the documents per second after it are what a larger corpus "
            f"approaches. Starting the {self.args.workers}-worker LocalCluster took {self.cluster_start:.1f} s. "
            "Largest worker: for the command line the largest process (the one process with `--jobs 1`, "
            "else the largest worker it started), sampled every 10 ms in a separate run; for the "
            "cluster the peak RSS each worker reports after all its runs.",
            "",
        ]
        return "\n".join(lines)


def timed(call, client) -> tuple[float, float]:
    """Wall and CPU seconds of ``call``: this process (client and scheduler) and every worker."""
    before = _cpu() + sum(client.run(_cpu).values())
    start = time.perf_counter()
    call()
    elapsed = time.perf_counter() - start
    return elapsed, _cpu() + sum(client.run(_cpu).values()) - before


def _cpu() -> float:
    import resource

    usage = resource.getrusage(resource.RUSAGE_SELF)
    return usage.ru_utime + usage.ru_stime


def _peak_rss_kb() -> int:
    import resource

    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    return peak // 1024 if sys.platform == "darwin" else peak  # bytes on macOS, KB elsewhere


def _cores() -> int:
    try:
        return len(os.sched_getaffinity(0))
    except (AttributeError, OSError):
        return os.cpu_count() or 1


def run_process(command: list[str], cwd: str, sample: bool = False) -> tuple[float, float, int, int]:
    """Wall seconds, CPU seconds (the process and the workers it waited for); with ``sample``,
    the peak RSS (KB) of the process and of its largest descendant."""
    sampler = None
    start = time.perf_counter()
    process = subprocess.Popen(command, cwd=cwd, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    if sample:
        sampler = Sampler(process.pid)
        sampler.start()
    _, status, usage = os.wait4(process.pid, 0)
    elapsed = time.perf_counter() - start
    process.returncode = os.waitstatus_to_exitcode(status)
    if process.returncode not in (0, 1):
        raise SystemExit(f"bench: {' '.join(command)} exited {process.returncode}")
    cpu = usage.ru_utime + usage.ru_stime
    if sampler is None:
        return elapsed, cpu, 0, 0
    sampler.stop()
    return elapsed, cpu, sampler.peaks.get(process.pid, 0), max((kb for pid, kb in sampler.peaks.items()
                                                                  if pid != process.pid), default=0)


if __name__ == "__main__":
    sys.exit(main())
