"""Debouncing edits: at most one lint per document in flight, the newest text linted next.

Typing sends a change per keystroke. The first change of a quiet document is
linted at once (no fixed delay added to every edit); changes that arrive
while that lint runs only mark the document, and one more lint of the text
as it is then follows. A lint whose text is already out of date is not
published, so diagnostics never point into text that has changed.
"""
from __future__ import annotations

import asyncio


class Coalescer:
    def __init__(self, run):
        self._run = run  # async run(key): lint and publish the document ``key``
        self._dirty: set = set()
        self._tasks: dict = {}

    def request(self, key) -> None:
        """Lint ``key`` soon: now if idle, else once the running lint is done."""
        self._dirty.add(key)
        if key not in self._tasks:
            self._tasks[key] = asyncio.ensure_future(self._loop(key))

    def pending(self, key) -> bool:
        """Has ``key`` changed since its running lint read its text?"""
        return key in self._dirty

    def forget(self, key) -> None:
        """The document closed: lint it no more."""
        self._dirty.discard(key)

    async def _loop(self, key) -> None:
        try:
            while key in self._dirty:
                self._dirty.discard(key)
                await self._run(key)
        finally:
            del self._tasks[key]

    async def idle(self) -> None:
        """Wait until no lint is running (for shutdown and tests)."""
        while self._tasks:
            await asyncio.gather(*list(self._tasks.values()), return_exceptions=True)
