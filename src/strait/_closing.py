"""How the async objects of the client close: ``aclose()`` (the async naming rule: an
awaitable method that shares a sync one's job carries the ``a`` prefix, as ``httpx`` and
``contextlib`` name it), ``async with``, and ``close()`` kept as an alias for
strait-python 0.1.1 code."""

from __future__ import annotations

from types import TracebackType
from typing import Self


class AsyncClosing:
    """``async with`` and the ``close`` alias over a class's own :meth:`aclose`."""

    __slots__ = ()

    async def aclose(self) -> None:
        raise NotImplementedError

    async def close(self) -> None:
        """Alias of :meth:`aclose`, kept because strait-python 0.1.1 code calls
        ``await ….close()``."""
        await self.aclose()

    async def __aenter__(self) -> Self:
        return self

    async def __aexit__(
        self, exc_type: type[BaseException] | None, exc: BaseException | None, tb: TracebackType | None
    ) -> None:
        await self.aclose()
