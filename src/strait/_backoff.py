"""One backoff formula, for request retries, stream reconnects and the worker's reconnects.

``delay(attempt)`` grows as ``initial * factor**attempt`` up to ``maximum``, then loses up
to ``jitter`` (a fraction) of itself at random, so that many clients do not retry in
lockstep. Pure: callers pass the random draw when they want a repeatable delay, and do
the sleeping themselves.
"""

from __future__ import annotations

import random
from typing import NamedTuple

__all__ = ["Backoff"]


class Backoff(NamedTuple):
    """Exponential backoff with proportional jitter (an immutable record: a NamedTuple,
    whose class costs a tenth of a frozen dataclass's at import)."""

    initial: float
    maximum: float
    factor: float = 2.0
    jitter: float = 0.25

    def delay(self, attempt: int, rand: float | None = None) -> float:
        """Seconds to wait before retry ``attempt + 1`` (``attempt`` counts from 0).

        ``rand`` is a draw in [0, 1] (0 waits the full step, 1 the most jitter taken
        off); None draws one.
        """
        if rand is None:
            rand = random.random()
        try:
            step = self.initial * self.factor**attempt
        except OverflowError:
            step = self.maximum
        return min(self.maximum, step) * (1.0 - self.jitter * rand)

    def with_floor(self, initial: float) -> Backoff:
        """The same backoff starting from ``initial`` (a server's ``retry:`` hint), its
        ceiling raised to the hint when the hint is larger."""
        return Backoff(initial, max(self.maximum, initial), self.factor, self.jitter)
