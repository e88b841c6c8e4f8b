"""What the benchmarks share: a scratch folder around a run that writes its report, and the
memory of a process tree, sampled from Linux's /proc while a benchmark runs."""
from __future__ import annotations

import os
import shutil
import sys
import tempfile
import threading


def write_report(make_report, prefix: str, output: str, root: str) -> int:
    """``make_report(work)`` in a scratch folder ``work`` (removed after), printed and written to ``output``."""
    work = tempfile.mkdtemp(prefix=prefix)
    try:
        report = make_report(work)
    finally:
        shutil.rmtree(work, ignore_errors=True)
    print(report)
    with open(output, "w", encoding="utf-8") as handle:
        handle.write(report)
    print(f"written to {os.path.relpath(output, root)}", file=sys.stderr)
    return 0


def tree_rss(root: int) -> dict[int, int]:
    """RSS in KB of ``root`` and each of its descendants (empty where there is no /proc)."""
    children: dict[int, list[int]] = {}
    rss: dict[int, int] = {}
    for name in os.listdir("/proc") if os.path.isdir("/proc") else ():
        if not name.isdigit():
            continue
        try:
            with open(f"/proc/{name}/stat", encoding="utf-8") as handle:
                fields = handle.read().rsplit(")", 1)[1].split()
            children.setdefault(int(fields[1]), []).append(int(name))
            rss[int(name)] = int(fields[21]) * os.sysconf("SC_PAGE_SIZE") // 1024
        except (OSError, IndexError, ValueError):
            continue
    found, stack = {}, [root]
    while stack:
        pid = stack.pop()
        if pid in rss:
            found[pid] = rss[pid]
        stack.extend(children.get(pid, ()))
    return found


class Sampler(threading.Thread):
    """Every 10 ms: the peak RSS of each process of the tree (``peaks``) and of the tree's sum (``peak``)."""

    def __init__(self, pid: int):
        super().__init__(daemon=True)
        self.pid, self.peak, self.peaks, self._done = pid, 0, {}, threading.Event()

    def run(self) -> None:
        while os.path.isdir("/proc") and not self._done.is_set():
            sizes = tree_rss(self.pid)
            for pid, kb in sizes.items():
                self.peaks[pid] = max(self.peaks.get(pid, 0), kb)
            self.peak = max(self.peak, sum(sizes.values()))
            self._done.wait(0.01)

    def stop(self) -> None:
        self._done.set()
        self.join()
