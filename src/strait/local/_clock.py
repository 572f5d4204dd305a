"""The emulator's clock: real time plus an offset that tests move forward.

Everything that waits (scheduled runs, retry backoff, sleep steps, event timeouts)
is a timer on this clock, so ``advance(seconds)`` fires what became due at once,
without anyone sleeping. The emulator's own timers are data (``at(due, kind, *args)``,
see ``_timers``), which ``--db`` saves; a callable (``call_at``) is for what does not
outlive the process (a worker's connection).
"""

from __future__ import annotations

import asyncio
import heapq
import itertools
import time
from collections.abc import Callable
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from typing import Any

from ._timers import KINDS

__all__ = ["Clock", "Due", "elapsed_ms", "format_time", "parse_time"]


@dataclass(frozen=True)
class Due:
    """A timer as data: the registered ``kind`` runs with the clock's owner and ``args``."""

    kind: str
    args: tuple[Any, ...]


def format_time(moment: datetime) -> str:
    """Go's RFC3339Nano of a UTC time: the fraction without trailing zeros (none at all
    on a whole second) and ``Z``."""
    moment = moment.astimezone(UTC)
    fraction = f"{moment.microsecond:06d}".rstrip("0")
    return moment.strftime("%Y-%m-%dT%H:%M:%S") + ("." + fraction if fraction else "") + "Z"


def elapsed_ms(started: datetime | None, finished: datetime | None) -> int:
    """Go's ``finished.Sub(started).Milliseconds()``, whole milliseconds cut toward zero, or 0
    when either is unset (workflow/debugger.go:384-389, api/workflow_run_timeline.go:50,235)."""
    if started is None or finished is None:
        return 0
    micros = (finished - started) // timedelta(microseconds=1)
    return micros // 1000 if micros >= 0 else -(-micros // 1000)


def ms_since(started: float) -> int:
    """Whole real milliseconds since ``started`` (a ``time.monotonic()`` reading): how long
    an outgoing request took, as the server's ``time.Since(...).Milliseconds()``."""
    return int((time.monotonic() - started) * 1000)


def parse_time(text: str) -> datetime:
    """An RFC 3339 timestamp (raises ``ValueError``)."""
    moment = datetime.fromisoformat(text.replace("z", "Z"))
    if moment.tzinfo is None:
        raise ValueError("timestamp without a time zone")
    return moment.astimezone(UTC)


class Clock:
    """Wall time shifted by ``offset``; timers run on the emulator's event loop.

    One loop timer is armed for the earliest due time (not a task waiting on an event: a
    cancelled ``asyncio.wait_for`` can swallow its cancellation on Python 3.11 and keep a
    stopping emulator waiting)."""

    def __init__(self, owner: object = None) -> None:
        self.owner = owner  # passed to every data timer's action
        self.offset = timedelta()
        self._timers: list[tuple[datetime, int, Callable[[], object] | Due]] = []
        self._seq = itertools.count()
        self._last = datetime.min.replace(tzinfo=UTC)
        self._loop: asyncio.AbstractEventLoop | None = None
        self._handle: asyncio.TimerHandle | None = None
        self._armed_for: datetime | None = None

    def now(self) -> datetime:
        return datetime.now(UTC) + self.offset

    def stamp(self) -> datetime:
        """``now()``, strictly later than the previous stamp (creation order = time order,
        so cursor pagination never skips two items created in the same microsecond)."""
        moment = self.now()
        if moment <= self._last:
            moment = self._last + timedelta(microseconds=1)
        self._last = moment
        return moment

    def at(self, when: datetime, kind: str, *args: object) -> None:
        """Run the action registered for ``kind`` with ``args`` at ``when``."""
        self.call_at(when, Due(kind, args))

    def pending(self) -> list[tuple[datetime, Due]]:
        """The data timers not yet due, in order (what ``--db`` saves)."""
        return [
            (when, action)
            for when, _, action in sorted(self._timers, key=lambda t: t[:2])
            if isinstance(action, Due)
        ]

    def call_at(self, when: datetime, callback: Callable[[], object] | Due) -> None:
        heapq.heappush(self._timers, (when, next(self._seq), callback))
        if self._loop is not None and (self._armed_for is None or when < self._armed_for):
            self._arm()

    def call_later(self, seconds: float, callback: Callable[[], object]) -> None:
        self.call_at(self.now() + timedelta(seconds=seconds), callback)

    def advance(self, seconds: float) -> None:
        """Move time forward and run every timer that became due (on the loop's thread)."""
        self.offset += timedelta(seconds=seconds)
        try:
            self.run_due()
        finally:  # a failing action still leaves the later timers armed
            self._arm()

    def clear(self) -> None:
        self._timers.clear()
        self.offset = timedelta()
        self._last = datetime.min.replace(tzinfo=UTC)
        self._arm()

    def run_due(self) -> None:
        now = self.now()
        while self._timers and self._timers[0][0] <= now:
            _, _, action = heapq.heappop(self._timers)
            if isinstance(action, Due):
                KINDS[action.kind](self.owner, *action.args)
            else:
                action()

    def start(self) -> None:
        self._loop = asyncio.get_running_loop()
        self._arm()

    async def stop(self) -> None:
        self._disarm()
        self._loop = None

    def _disarm(self) -> None:
        if self._handle is not None:
            self._handle.cancel()
        self._handle = self._armed_for = None

    def _arm(self) -> None:
        """One loop timer for the earliest timer (none when there is none)."""
        self._disarm()
        if self._loop is None or not self._timers:
            return
        self._armed_for = self._timers[0][0]
        delay = max((self._armed_for - self.now()).total_seconds(), 0.0)
        self._handle = self._loop.call_later(delay, self._fire)

    def _fire(self) -> None:
        self._handle = self._armed_for = None
        try:
            self.run_due()
        finally:
            self._arm()
