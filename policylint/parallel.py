"""Lint documents in worker processes.

Results come back in input order whatever the scheduling, so the output is
the same as with ``--jobs 1``. On Linux the workers are forked after the
parent compiled the rules once, so no worker loads plugins or compiles
patterns again; elsewhere each worker builds its own Linter.

Ctrl-C is the parent's alone: workers ignore SIGINT (else each prints a
traceback) and are started with it held back, so a Ctrl-C while they start
reaches the parent once they are all there; the parent then stops them at
once rather than waiting for the work queued for them.
"""
from __future__ import annotations

import os
import sys

HANDFUL = 8  # below this many documents, starting workers costs more than it saves
# nor below this much text: one process lints about a megabyte a second, and a worker costs
# a fork, its own share of pattern compiling and the results sent back (about a tenth of a
# second on a busy two-core machine), so a second process pays off only from about here
ENOUGH_TEXT = 512 * 1024
_LINTER = None  # the Linter a worker uses


def cores() -> int:
    try:
        return len(os.sched_getaffinity(0))
    except (AttributeError, OSError):
        return os.cpu_count() or 1


def default_jobs(count: int, size: int | None = None) -> int:
    """All cores for more than a handful of documents holding enough text (``size`` characters,
    when known), else one process."""
    return cores() if count > HANDFUL and (size is None or size >= ENOUGH_TEXT) else 1


def workers(jobs: int | None, count: int, size: int | None = None) -> int:
    """Processes to use for ``count`` documents of ``size`` characters in all: never more than
    the documents or the cores (1,000 workers on 2 cores only compete for them); by default
    one process unless the work outweighs starting workers. An explicit ``--jobs`` is obeyed."""
    jobs = default_jobs(count, size) if jobs is None else jobs
    return max(1, min(jobs, count, cores()))


def lint(linter, sources, jobs: int | None = None, keep=None) -> list:
    """``linter.lint_source`` over ``sources`` with up to ``jobs`` processes.

    ``keep[i]``, when given, is the (cache, settings) that stores the result of
    ``sources[i]``: the process that linted it writes the entry.
    """
    keep = keep or [None] * len(sources)
    jobs = workers(jobs, len(sources), sum(len(source.text) for source in sources))
    if jobs == 1:
        return [_lint_and_keep(linter, source, slot) for source, slot in zip(sources, keep)]
    import multiprocessing
    from concurrent.futures import ProcessPoolExecutor
    from concurrent.futures.process import BrokenProcessPool

    global _LINTER
    method = start_method()
    # biggest documents first so no worker is left with a large one at the end
    order = sorted(range(len(sources)), key=lambda i: -len(sources[i].text))
    results: list = [None] * len(sources)
    if method == "fork":
        # the parent lints the smallest document itself: that compiles every pattern the
        # rules use (some compile lazily), and the forked workers inherit them compiled
        smallest = order.pop()
        results[smallest] = _lint_and_keep(linter, sources[smallest], keep[smallest])
        _prepare(linter, sources)
        _LINTER = linter
    context = multiprocessing.get_context(method)
    size = max(1, len(order) // (jobs * 8))
    tasks = [(sources[i], keep[i]) for i in order]
    pool = None
    try:
        with _ctrl_c_held():  # the workers start when the work is submitted
            pool = ProcessPoolExecutor(jobs, mp_context=context, initializer=_start, initargs=(linter.options,))
            # submitted one chunk at a time rather than with pool.map: map cancels the queued
            # work when Ctrl-C interrupts it, and a cancelled piece of work in a pool whose
            # workers are then stopped crashes the pool's manager thread before Python 3.12
            pending = [pool.submit(_lint_chunk, tasks[at:at + size]) for at in range(0, len(tasks), size)]
        done = [result for future in pending for result in future.result()]
        pool.shutdown()
    except BrokenProcessPool:  # a worker was killed (out of memory, a signal): finish in this process
        pool.shutdown()
        done = [_lint_and_keep(linter, sources[i], keep[i]) for i in order]
    except BaseException:  # Ctrl-C: stop now, not when the queued work is done
        if pool is not None:
            _stop(pool)
        raise
    finally:
        _LINTER = None
    for index, result in zip(order, done):
        result.source = sources[index]
        results[index] = result
    return results


def _lint_and_keep(linter, source, slot):
    result = linter.lint_source(source)
    if slot is not None and not result.errors and not linter.internal_errors:
        store, settings = slot
        store.put(result, settings)
    return result


def start_method() -> str | None:
    """fork on Linux (workers inherit the compiled rules); the platform's default elsewhere,
    where forking a process that may have loaded system frameworks is unsafe."""
    import multiprocessing

    if sys.platform.startswith("linux") and "fork" in multiprocessing.get_all_start_methods():
        return "fork"
    return None


def _prepare(linter, sources) -> None:
    """Load plugins, compile every config's rules and the Markdown parser once, before forking."""
    from . import lang, parse, suppress  # noqa: F401 - imported once for all workers

    for source in sources:
        linter.start_rules(linter.config_for(source.path))
    if any(source.fmt == "markdown" for source in sources):
        from .markdown import _parser

        _parser()


class _ctrl_c_held:
    """Hold SIGINT back in this thread (and the processes and threads it starts) inside ``with``;
    one that came meanwhile is raised on the way out."""

    def __enter__(self):
        self.held = _sigmask("SIG_BLOCK")
        return self

    def __exit__(self, *exc):
        if self.held:
            _sigmask("SIG_UNBLOCK")


def _sigmask(how: str) -> bool:
    import signal

    if not hasattr(signal, "pthread_sigmask"):  # Windows: no signal masks
        return False
    signal.pthread_sigmask(getattr(signal, how), {signal.SIGINT})
    return True


def _stop(pool) -> None:
    """End the workers now and drop the queued work."""
    terminate = getattr(pool, "terminate_workers", None)  # Python 3.14
    if terminate is not None:
        terminate()
    else:
        for process in list((getattr(pool, "_processes", None) or {}).values()):
            if process.is_alive():
                process.terminate()
    pool.shutdown(wait=True)  # nothing cancelled: the pool fails the queued work itself


def _start(options: dict) -> None:
    global _LINTER
    import signal

    signal.signal(signal.SIGINT, signal.SIG_IGN)  # Ctrl-C is for the parent to handle
    _sigmask("SIG_UNBLOCK")
    from multiprocessing.util import Finalize

    from . import regexstore

    # the rules' patterns this worker compiled first are saved once, as it exits (before the
    # parent's own save, which waits for the workers)
    Finalize(None, regexstore.save, exitpriority=10)
    if _LINTER is None:  # a spawned worker: nothing inherited
        from .engine import Linter

        _LINTER = Linter(**options)


def _lint_chunk(tasks: list) -> list:
    return [_lint(task) for task in tasks]


def _lint(task):
    result = _lint_and_keep(_LINTER, *task)
    result.source = None  # the parent has the text; do not send it back
    return result
