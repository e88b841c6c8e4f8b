#!/usr/bin/env python3
"""Time the language server as an editor sees it: a keystroke in a 20 KB policy to its diagnostics.

    python3 bench/server.py [--edits 30] [--memory-edits 100] [FILE ...]

Needs the lsp extra (pip install -e '.[lsp]'). For each file (default: the two
examples of about 20 KB in examples/policies), starts `policylint server` over
stdio with pygls's client, opens the file, warms the server up with a few
edits, then:

1. latency: the time from sending a didChange (one word typed, or deleted,
   in the middle of the document) to receiving the diagnostics for that
   version, one edit at a time; the median, 90th percentile and maximum over
   ``--edits`` edits, next to the engine's own time for the same text in
   this process (what the server adds is the difference);
2. memory: the server's resident set size after the warm-up and after
   ``--memory-edits`` and twice that many edits (a leak shows as growth).

Prints a Markdown table and writes bench/SERVER.md.
"""
from __future__ import annotations

import argparse
import asyncio
import datetime
import os
import platform
import statistics
import sys
import time

BENCH = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(BENCH)
EXAMPLES = os.path.join(ROOT, "examples", "policies")
DEFAULT_FILES = ("001_523eb471855081fa.txt", "004_b90813caf908df42.txt")
WARM_UP = 5
GOAL_MS = 50


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("files", nargs="*", default=[os.path.join(EXAMPLES, name) for name in DEFAULT_FILES])
    parser.add_argument("--edits", type=int, default=30, help="timed edits per file (default 30)")
    parser.add_argument("--memory-edits", type=int, default=100, help="edits before the memory reading (default 100)")
    parser.add_argument("--output", default=os.path.join(BENCH, "SERVER.md"))
    args = parser.parse_args()
    try:
        import pygls  # noqa: F401
    except ImportError:
        print("bench/server.py: needs the lsp extra: pip install -e '.[lsp]'", file=sys.stderr)
        return 2
    rows = [asyncio.run(measure(path, args.edits, args.memory_edits)) for path in args.files]
    report = render(rows, args)
    print(report)
    with open(args.output, "w", encoding="utf-8") as handle:
        handle.write(report)
    return 0


class Client:
    """pygls's LanguageClient plus a wait for the diagnostics of one document version."""

    def __init__(self):
        from lsprotocol import types as t
        from pygls.lsp.client import LanguageClient

        self.t = t
        self.client = LanguageClient("policylint-bench", "1")
        self.arrived: dict[int, asyncio.Future] = {}

        @self.client.feature(t.TEXT_DOCUMENT_PUBLISH_DIAGNOSTICS)
        def diagnostics(params):
            future = self.arrived.get(params.version)
            if future is not None and not future.done():
                future.set_result((time.perf_counter(), len(params.diagnostics)))

    async def start(self, cwd: str):
        t = self.t
        await self.client.start_io(sys.executable, "-m", "policylint", "server", cwd=cwd)
        await self.client.initialize_async(t.InitializeParams(capabilities=t.ClientCapabilities(),
                                                              process_id=os.getpid()))
        self.client.initialized(t.InitializedParams())

    @property
    def pid(self) -> int:
        return self.client._server.pid

    def expect(self, version: int) -> asyncio.Future:
        self.arrived[version] = asyncio.get_running_loop().create_future()
        return self.arrived[version]

    async def stop(self):
        await self.client.shutdown_async(None)
        self.client.exit(None)
        await self.client.stop()


async def measure(path: str, edits: int, memory_edits: int) -> dict:
    from lsprotocol import types as t
    from pygls.uris import from_fs_path

    with open(path, encoding="utf-8") as handle:
        text = handle.read()
    client = Client()
    await client.start(os.path.dirname(os.path.abspath(path)))
    uri = from_fs_path(os.path.abspath(path))
    language = "markdown" if path.endswith((".md", ".markdown")) else "plaintext"
    opened = client.expect(1)
    client.client.text_document_did_open(t.DidOpenTextDocumentParams(
        text_document=t.TextDocumentItem(uri=uri, language_id=language, version=1, text=text)))
    _, findings = await asyncio.wait_for(opened, 60)

    # the edit: a word typed at the end of the middle line, then deleted again, so the text stays 20 KB
    lines = text.split("\n")
    line = len(lines) // 2
    column = len(lines[line].encode("utf-16-le")) // 2
    word = " really"
    version = 1

    async def edit() -> float:
        nonlocal version
        version += 1
        typed = version % 2 == 0
        start = t.Position(line=line, character=column)
        end = start if typed else t.Position(line=line, character=column + len(word))
        done = client.expect(version)
        sent = time.perf_counter()
        client.client.text_document_did_change(t.DidChangeTextDocumentParams(
            text_document=t.VersionedTextDocumentIdentifier(uri=uri, version=version),
            content_changes=[t.TextDocumentContentChangePartial(range=t.Range(start=start, end=end),
                                                                text=word if typed else "")]))
        received, _ = await asyncio.wait_for(done, 60)
        del client.arrived[version]
        return (received - sent) * 1000

    for _ in range(WARM_UP):
        await edit()
    rss_warm = rss_kb(client.pid)
    times = [await edit() for _ in range(edits)]
    while version - 1 - WARM_UP < memory_edits:
        await edit()
    rss_after = rss_kb(client.pid)
    while version - 1 - WARM_UP < 2 * memory_edits:
        await edit()
    rss_twice = rss_kb(client.pid)
    await client.stop()
    return {"file": os.path.relpath(path, ROOT), "bytes": len(text.encode("utf-8")), "findings": findings,
            "times": times, "engine": engine_ms(path, text), "rss": (rss_warm, rss_after, rss_twice)}


def engine_ms(path: str, text: str, runs: int = 15) -> float:
    """The engine alone on the same text, in this process: the floor the server cannot beat."""
    sys.path.insert(0, ROOT)
    from policylint.engine import Linter

    linter = Linter(cache=False)
    linter.lint_text(text, path)
    times = []
    for _ in range(runs):
        start = time.perf_counter()
        linter.lint_text(text, path)
        times.append((time.perf_counter() - start) * 1000)
    return statistics.median(times)


def rss_kb(pid: int) -> int | None:
    try:
        with open(f"/proc/{pid}/status", encoding="ascii") as handle:
            for line in handle:
                if line.startswith("VmRSS:"):
                    return int(line.split()[1])
    except OSError:
        return None
    return None


def _load() -> str:
    """The machine's load when the report was made: other jobs slow every number in it."""
    try:
        return ", load average {:.1f} {:.1f} {:.1f}".format(*os.getloadavg())
    except (AttributeError, OSError):
        return ""


def _mb(kb) -> str:
    return f"{kb / 1024:.1f}" if kb is not None else "n/a"


def render(rows: list[dict], args) -> str:
    out = [
        "# Language server: edit to diagnostics",
        "",
        f"Made by `python3 bench/server.py` on {datetime.date.today().isoformat()}: Python "
        f"{platform.python_version()}, {platform.system()} {platform.machine()}, {os.cpu_count()} cores"
        f"{_load()}.",
        "",
        f"One word typed (or deleted) in the middle of the document per edit, {WARM_UP} warm-up edits, "
        f"then {args.edits} timed edits, each waiting for its diagnostics. Latency is from sending",
        "`textDocument/didChange` to receiving `textDocument/publishDiagnostics` for that version;",
        f"the goal is a median under {GOAL_MS} ms. *engine* is `Linter.lint_text` on the same text in the",
        "benchmark's process: the part of the latency that is linting.",
        "",
        "| file | KB | findings | median ms | p90 ms | max ms | engine ms |",
        "|---|---:|---:|---:|---:|---:|---:|",
    ]
    for row in rows:
        times = sorted(row["times"])
        p90 = times[min(len(times) - 1, int(len(times) * 0.9))]
        out.append(f"| {row['file']} | {row['bytes'] / 1000:.1f} | {row['findings']} | "
                   f"{statistics.median(times):.1f} | {p90:.1f} | {times[-1]:.1f} | {row['engine']:.1f} |")
    out += [
        "",
        f"Server memory (resident set, MB) after the warm-up, after {args.memory_edits} edits and after "
        f"{2 * args.memory_edits}:",
        "",
        f"| file | warm | {args.memory_edits} edits | {2 * args.memory_edits} edits |",
        "|---|---:|---:|---:|",
    ]
    for row in rows:
        warm, after, twice = row["rss"]
        out.append(f"| {row['file']} | {_mb(warm)} | {_mb(after)} | {_mb(twice)} |")
    return "\n".join(out) + "\n"


if __name__ == "__main__":
    sys.exit(main())
