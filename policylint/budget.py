"""A time budget for each rule on each document.

A rule kind from a plugin that loops forever, or a pattern that backtracks on
one unlucky line, would hang the whole run (and a pre-commit hook with it).
Instead the rule is stopped when its budget is spent: its findings for that
document are dropped and reported as its error, and the other rules go on.

The budget is CPU time of the process (``ITIMER_PROF``), not wall-clock time,
so a machine busy with other jobs does not make a fast rule miss it and the
output does not depend on the load. The timer raises in the running Python
code; regular expressions are interrupted too (the ``re`` engine checks for
signals while it backtracks). This needs POSIX timers and the main thread:
elsewhere (Windows, a linter run from a thread) rules run without a budget.
"""
from __future__ import annotations

import signal

_armed = False  # whether a rule is running under the budget right now


class RuleTimeout(BaseException):
    """Raised inside a rule that spent its budget. Not an Exception, so a kind's own
    ``except Exception`` does not swallow it."""


def _expired(signum, frame):
    global _armed
    if _armed:  # a signal that arrives after the rule finished is ignored
        _armed = False
        raise RuleTimeout


def _available() -> bool:
    """Whether the timer can be used here; installs the handler on first use. A SIGPROF
    handler someone else installed (a profiler) is left alone."""
    if not hasattr(signal, "setitimer"):
        return False
    import threading

    if threading.current_thread() is not threading.main_thread():
        return False
    current = signal.getsignal(signal.SIGPROF)
    if current is _expired:
        return True
    if current not in (signal.SIG_DFL, signal.SIG_IGN):
        return False
    signal.signal(signal.SIGPROF, _expired)
    return True


class Budget:
    """``with budget:`` runs one rule with ``seconds`` of CPU time; ``done()`` stops the
    timer after the document's last rule (0 or None: no limit)."""

    def __init__(self, seconds: float | None):
        self.seconds = seconds
        self.active = bool(seconds) and _available()

    def __enter__(self):
        global _armed
        if self.active:
            _armed = True
            signal.setitimer(signal.ITIMER_PROF, self.seconds)  # a fresh budget: one system call per rule
        return self

    def __exit__(self, *exc):
        global _armed
        _armed = False  # the timer keeps running until the next rule or done(), harmlessly
        return False

    def done(self) -> None:
        if self.active:
            signal.setitimer(signal.ITIMER_PROF, 0)
