"""``paginate``: walk the pages of any cursor-paginated listing you fetch yourself.

For the client's own list methods iterate the page they return (``for run in
client.runs.list():``); ``paginate`` serves a ``fetch_page(query)`` of yours (another
filter, a cache, a :class:`PaginatedResponse` you build). One cursor step,
:func:`_next_query`, drives the sync and the async walk; a cursor that repeats ends
the walk with a :class:`~strait.StraitError`.
"""

from __future__ import annotations

from collections.abc import AsyncIterable, AsyncIterator, Awaitable, Callable, Iterable, Iterator, Mapping
from dataclasses import dataclass
from typing import Any, Generic, TypeVar

from strait._errors import StraitError
from strait._plan import field_of

__all__ = [
    "PageQuery",
    "PaginatedResponse",
    "async_collect_all",
    "async_paginate",
    "collect_all",
    "paginate",
]

T = TypeVar("T")


@dataclass(frozen=True)
class PageQuery:
    """What :func:`paginate` asks for: ``cursor`` is None for the first page.

    It also unpacks as keyword arguments holding only the values that are set, so
    ``lambda q: client.runs.list(**q)`` works.
    """

    cursor: str | None = None
    limit: int | None = None

    def keys(self) -> list[str]:
        return [k for k in ("cursor", "limit") if getattr(self, k) is not None]

    def __getitem__(self, key: str) -> str | int:
        if key == "cursor" and self.cursor is not None:
            return self.cursor
        if key == "limit" and self.limit is not None:
            return self.limit
        raise KeyError(key)


@dataclass
class PaginatedResponse(Generic[T]):
    """One page: its items, whether more exist and the cursor of the next page.

    With the defaults (``has_more=False``) pagination stops after this page.
    """

    data: list[T]
    has_more: bool = False
    next_cursor: str | None = None


def _next_query(query: PageQuery, page: object, seen: set[str]) -> PageQuery | None:
    """The query of the next page, or None; raise on a cursor already followed (``seen``)."""
    has_more, cursor = field_of(page, "has_more"), field_of(page, "next_cursor")
    if has_more is not True or not cursor:
        return None
    cursor = str(cursor)
    if cursor in seen:
        raise StraitError(f"pagination did not advance: next_cursor {cursor!r} was already used")
    seen.add(cursor)
    return PageQuery(cursor=cursor, limit=query.limit)


def _data_of(page: object) -> list[object]:
    # A client page's typed `.data` first (its items are typed models); a plain dict's "data".
    data = getattr(page, "data", None)
    if data is None and isinstance(page, Mapping):
        data = page.get("data")
    return list(data or [])


def paginate(fetch_page: Callable[[PageQuery], object], *, limit: int | None = None) -> Iterator[Any]:
    """Yield every item of every page, fetching pages lazily.

    ``fetch_page(query)`` returns a :class:`PaginatedResponse`, a client list page or a
    ``{data, has_more, next_cursor}`` dict; the next page is fetched while
    ``has_more`` is true and a ``next_cursor`` is given.
    """
    query: PageQuery | None = PageQuery(limit=limit)
    seen: set[str] = set()
    while query is not None:
        page = fetch_page(query)
        yield from _data_of(page)
        query = _next_query(query, page, seen)


async def async_paginate(
    fetch_page: Callable[[PageQuery], Awaitable[object]], *, limit: int | None = None
) -> AsyncIterator[Any]:
    """The async form of :func:`paginate`."""
    query: PageQuery | None = PageQuery(limit=limit)
    seen: set[str] = set()
    while query is not None:
        page = await fetch_page(query)
        for item in _data_of(page):
            yield item
        query = _next_query(query, page, seen)


def collect_all(items: Iterable[T]) -> list[T]:
    """All items of an iterator (such as :func:`paginate`'s) as a list."""
    return list(items)


async def async_collect_all(items: AsyncIterable[T]) -> list[T]:
    """All items of an async iterator as a list."""
    return [item async for item in items]
