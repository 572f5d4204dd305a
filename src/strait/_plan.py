"""Plans: logic written once as a generator of effects, driven sync or async.

A plan yields the effects it needs (:class:`Call` this, collect the :class:`Items` of
that listing, :class:`Sleep` that long) and receives each result (or has the
exception thrown in, which it may catch). A ``KeyboardInterrupt`` or a task's
cancellation is thrown in too, so a plan's cleanup (closing a stream) runs as an
effect before it propagates; a plan must not yield while handling ``GeneratorExit``.
:func:`run_sync` and :func:`run_async` perform the effects; everything else is shared.
Used by ``client.runs.trigger``, ``strait.composition`` and ``strait.authoring``.
"""

from __future__ import annotations

import inspect
import time
from collections.abc import Awaitable, Callable, Generator, Iterable, Mapping
from dataclasses import dataclass, field
from typing import Any, TypeVar

from ._retry import run_now

T = TypeVar("T")

SleepFn = Callable[[float], object]
AsyncSleepFn = Callable[[float], Awaitable[object]]


@dataclass(frozen=True)
class Call:
    """Effect: call ``fn(*args, **kwargs)``; the async driver awaits the result if needed."""

    fn: Callable[..., Any]
    args: tuple[Any, ...] = ()
    kwargs: Mapping[str, Any] = field(default_factory=dict)


@dataclass(frozen=True)
class Items:
    """Effect: call a list method and collect the items of every page."""

    fn: Callable[..., Any]
    kwargs: Mapping[str, Any] = field(default_factory=dict)


@dataclass(frozen=True)
class Sleep:
    """Effect: wait ``seconds``."""

    seconds: float


Effect = Call | Items | Sleep
Plan = Generator[Effect, Any, T]


def page_items(page: object) -> list[object]:
    """Every item of a listing: a client page is walked page after page (as iterating it
    does); a plain ``{data: [...]}`` dict gives its ``data``."""
    walk = getattr(page, "auto_paging_iter", None)
    if callable(walk) and not hasattr(page, "__aiter__"):
        return list(walk())
    if isinstance(page, Mapping):
        return list(page.get("data") or [])
    if isinstance(page, Iterable) and not isinstance(page, str | bytes):
        return list(page)
    data = getattr(page, "data", None)
    return list(data) if data is not None else []


def run_sync(plan: Plan[T], sleep: SleepFn | None = None) -> T:
    """Step through ``plan``, performing each effect synchronously (``sleep`` defaults
    to ``time.sleep``): :func:`run_async`'s steps, run with sync calls."""
    wait = time.sleep if sleep is None else sleep

    async def asleep(seconds: float) -> object:
        return wait(seconds)

    return run_now(run_async(plan, asleep))


async def run_async(plan: Plan[T], sleep: AsyncSleepFn | None = None) -> T:
    """Step through ``plan``, performing each effect with ``await`` where needed
    (``sleep`` defaults to ``asyncio.sleep``)."""
    if sleep is None:
        import asyncio  # here, not at import: the sync client's ``client.runs`` loads this module

        sleep = asyncio.sleep
    try:
        effect = next(plan)
        while True:
            try:
                if isinstance(effect, Sleep):
                    result: Any = await sleep(effect.seconds)
                elif isinstance(effect, Items):
                    listing = effect.fn(**effect.kwargs)
                    if not hasattr(listing, "__aiter__") and inspect.isawaitable(listing):
                        listing = await listing
                    if hasattr(listing, "__aiter__"):  # a client's pages: every item of every page
                        result = [item async for item in listing]
                    else:
                        result = page_items(listing)
                else:
                    result = effect.fn(*effect.args, **effect.kwargs)
                    if inspect.isawaitable(result):
                        result = await result
            except BaseException as exc:  # a cancellation too: the plan cleans up, then re-raises
                effect = plan.throw(exc)
            else:
                effect = plan.send(result)
    except StopIteration as stop:
        value: T = stop.value
        return value


def field_of(obj: object, name: str, default: object = None) -> Any:
    """``obj[name]`` for dicts and the generated models, ``obj.name`` otherwise."""
    getter = getattr(obj, "get", None)
    if callable(getter):
        return getter(name, default)
    return getattr(obj, name, default)


# --- retry ---------------------------------------------------------------------------------
