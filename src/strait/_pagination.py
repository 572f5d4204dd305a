"""Cursor pagination for the server's ``{data, has_more, next_cursor}`` list answers.

A list method returns one page (:class:`SyncPage`, or an :class:`AsyncPaginator`
that awaits to an :class:`AsyncPage`). Iterating a page walks every item of every
following page, fetching lazily and holding one page at a time::

    page = client.runs.list(limit=100)   # one request
    page.data, page.has_more             # this page
    for run in page: ...                 # all runs, page after page

The server's cursor is the last item's ``created_at``; when an answer says
``has_more`` but carries no ``next_cursor`` the page derives it the same way.
"""

from __future__ import annotations

from collections.abc import AsyncIterator, Awaitable, Callable, Generator, Iterator
from datetime import UTC, datetime
from typing import Any, Generic, TypeVar

T = TypeVar("T")

__all__ = ["AsyncPage", "AsyncPaginator", "SyncPage"]


def with_cursor(args: dict[str, Any], cursor: str | None) -> dict[str, Any]:
    """The arguments of a list call, asking for the page after ``cursor``."""
    return args if cursor is None else {**args, "cursor": cursor}


class _PageBase(Generic[T]):
    """The data and cursor logic both page kinds share."""

    __slots__ = ("_fetch", "data", "has_more", "model", "next_cursor")

    def __init__(self, model: Any, fetch: Callable[[str], Any]) -> None:
        self.model = model
        data = getattr(model, "data", None)
        self.data: list[T] = list(data) if isinstance(data, list) else []
        self.has_more: bool = getattr(model, "has_more", False) is True
        cursor = getattr(model, "next_cursor", None)
        self.next_cursor: str | None = cursor if isinstance(cursor, str) and cursor else None
        if self.has_more and self.next_cursor is None and self.data:
            self.next_cursor = _cursor_of(self.data[-1])
        self._fetch = fetch

    def has_next_page(self) -> bool:
        return self.has_more and self.next_cursor is not None

    def __getitem__(self, key: str) -> Any:
        return self.model[key]

    def __len__(self) -> int:
        return len(self.data)

    def to_dict(self) -> dict[str, Any]:
        result: dict[str, Any] = self.model.to_dict()
        return result

    def __repr__(self) -> str:
        name = type(self).__name__
        return f"{name}(items={len(self.data)}, has_more={self.has_more}, next_cursor={self.next_cursor!r})"


def _cursor_of(item: Any) -> str | None:
    created = getattr(item, "created_at", None)
    if isinstance(created, datetime):
        if created.tzinfo is None:
            created = created.replace(tzinfo=UTC)
        return created.isoformat().replace("+00:00", "Z")
    return created if isinstance(created, str) else None


class SyncPage(_PageBase[T]):
    """One page of a list answer; iterating it yields every item of every page."""

    __slots__ = ()

    def get_next_page(self) -> SyncPage[T]:
        if not self.has_next_page():
            raise StopIteration("no next page")
        page: SyncPage[T] = self._fetch(self.next_cursor or "")
        return page

    def iter_pages(self) -> Generator[SyncPage[T], None, None]:
        page: SyncPage[T] = self
        yield page
        while page.has_next_page():
            page = page.get_next_page()
            yield page

    def __iter__(self) -> Iterator[T]:  # type: ignore[override]
        data, fetch = self.data, self._fetch
        cursor = self.next_cursor if self.has_next_page() else None
        del self  # a page used only as `for x in client.runs.list()` can be freed early
        yield from data
        del data
        while cursor is not None:
            # Fetched by cursor with no reference to the previous page, so one page of
            # items is alive at a time.
            page: SyncPage[T] = fetch(cursor)
            yield from page.data
            cursor = page.next_cursor if page.has_next_page() else None
            del page


class AsyncPage(_PageBase[T]):
    """One page of a list answer; ``async for`` over it yields every item of every page."""

    __slots__ = ()

    async def get_next_page(self) -> AsyncPage[T]:
        if not self.has_next_page():
            raise StopAsyncIteration("no next page")
        page: AsyncPage[T] = await self._fetch(self.next_cursor or "")
        return page

    async def iter_pages(self) -> AsyncIterator[AsyncPage[T]]:
        page: AsyncPage[T] = self
        yield page
        while page.has_next_page():
            page = await page.get_next_page()
            yield page

    async def __aiter__(self) -> AsyncIterator[T]:
        data, fetch = self.data, self._fetch
        cursor = self.next_cursor if self.has_next_page() else None
        del self
        for item in data:
            yield item
        del data
        while cursor is not None:
            page: AsyncPage[T] = await fetch(cursor)
            for item in page.data:
                yield item
            cursor = page.next_cursor if page.has_next_page() else None
            del page


class AsyncPaginator(Generic[T]):
    """What an async list method returns: ``await`` it for the first page, or
    ``async for`` over it for every item."""

    __slots__ = ("_first",)

    def __init__(self, first: Callable[[], Awaitable[AsyncPage[T]]]) -> None:
        self._first = first

    def __await__(self) -> Generator[Any, None, AsyncPage[T]]:
        return self._first().__await__()

    async def __aiter__(self) -> AsyncIterator[T]:
        page = await self._first()
        async for item in page:
            yield item
