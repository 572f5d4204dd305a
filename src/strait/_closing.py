"""How the client's objects close: ``close()`` and ``with``; on the async ones
``aclose()`` and ``async with`` (the async naming rule for a method: an awaitable one that
does a sync one's job carries the ``a`` prefix, as ``httpx`` and ``contextlib`` name it;
for classes and functions it is ``Async*`` and ``async_*``), with ``close()`` kept on
them as an alias because strait-python 0.1.1 code awaits it."""

from __future__ import annotations

from types import TracebackType
from typing import Self


class Closing:
    """``with`` over a class's own :meth:`close`."""

    __slots__ = ()

    def close(self) -> None:
        raise NotImplementedError

    def __enter__(self) -> Self:
        return self

    def __exit__(
        self, exc_type: type[BaseException] | None, exc: BaseException | None, tb: TracebackType | None
    ) -> None:
        self.close()


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
