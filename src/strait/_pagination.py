"""Cursor pagination for the server's ``{data, has_more, next_cursor}`` list answers.

A list method returns one page: a :class:`SyncPage` (or an :class:`AsyncPaginator`
that awaits to an :class:`AsyncPage`). A page is a ``dict`` equal to the body the
server sent (``page == {"data": [...], "has_more": ...}``, ``page["data"]``,
``json.dumps(page)``), with typed attributes, and iterating it walks every item of
every page, fetching lazily and holding one page at a time (stripe's ``ListObject``
works the same way)::

    page = client.runs.list(limit=100)   # one request
    page.data, page.has_more             # this page, typed
    for run in page: ...                 # all runs, page after page
    for run in page.auto_paging_iter(): ...  # the same, by name

The server sets ``next_cursor`` whenever ``has_more`` is true (``internal/api/
pagination.go``). An answer with ``has_more`` and no cursor, or a cursor the walk has
already followed, would repeat pages forever: the walk stops with
:class:`PaginationError` naming the operation and the cursor.
"""

from __future__ import annotations

from collections.abc import AsyncIterator, Awaitable, Callable, Generator, Iterator, Mapping
from typing import TYPE_CHECKING, Any, Generic, Protocol, TypeVar

from . import _model
from ._errors import PaginationError

if TYPE_CHECKING:
    from ._core import CallSettings, Operation

T = TypeVar("T")
_P = TypeVar("_P")  # what a page's fetch function returns: the next page, or its awaitable

__all__ = [
    "AsyncPage",
    "AsyncPaginator",
    "AsyncServiceClient",
    "PaginationError",
    "ServiceClient",
    "SyncPage",
]


def with_cursor(args: dict[str, object], cursor: str | None) -> dict[str, object]:
    """The arguments of a list call, asking for the page after ``cursor``."""
    return args if cursor is None else {**args, "cursor": cursor}


def _item_decoder(model: object) -> _model.Decoder:
    spec = getattr(type(model), "_fields", {}).get("data")
    if spec is not None and isinstance(spec[1], _model.ListOf):
        return spec[1].item
    if spec is not None and isinstance(spec[1], _model.Union):  # nullable list
        for option in spec[1].options:
            if isinstance(option, _model.ListOf):
                return option.item
    return _model.ANY


def _next_cursor(page: Mapping[str, object], operation: str, seen: set[str]) -> str | None:
    """The cursor of the page after ``page``; None at the end; raise when it loops."""
    if page.get("has_more") is not True:
        return None
    cursor = page.get("next_cursor")
    if not isinstance(cursor, str) or not cursor:
        raise PaginationError(
            f"{operation}: the server says has_more but sent no next_cursor ({cursor!r}); "
            "stopping instead of fetching the same page again",
            operation=operation,
            cursor=None,
        )
    if cursor in seen:
        raise PaginationError(
            f"{operation}: the server sent cursor {cursor!r} a second time; stopping instead of looping",
            operation=operation,
            cursor=cursor,
        )
    seen.add(cursor)
    return cursor


def _items(page: dict[str, object], decoder: _model.Decoder, operation: str) -> Iterator[Any]:
    """The page's items, typed one at a time (no list of them is built)."""
    data = dict.get(page, "data")
    if data is None:
        return
    if type(data) is not list:
        _model.read(_model.ListOf(decoder), data, f"{operation}: data")
        return
    if isinstance(decoder, _model.Model):
        cls = decoder.cls
        wrap = cls._wrap
        for item in data:
            if type(item) is dict:
                yield wrap(item)
            elif type(item) is cls:
                yield item
            else:
                yield _model.read(decoder, item, f"{operation}: data[]")
    else:
        for item in data:
            yield _model.read(decoder, item, f"{operation}: data[]")


class _PageBase(dict[str, Any], Generic[T, _P]):
    """A list answer: the server's body as a dict, plus what both page kinds share."""

    __slots__ = ("_decoder", "_fetch", "_operation")

    def __init__(self, model: object, fetch: Callable[[str], _P], operation: str = "") -> None:
        super().__init__(model if isinstance(model, dict) else {})
        self._decoder = _item_decoder(model)
        self._fetch = fetch
        self._operation = operation or type(model).__name__

    @property
    def data(self) -> list[T]:
        """This page's items, typed."""
        items = list(_items(self, self._decoder, self._operation))
        if type(self.get("data")) is list:
            dict.__setitem__(self, "data", items)  # typed once; still the same JSON (null stays null)
        return items

    @property
    def has_more(self) -> bool:
        return self.get("has_more") is True

    @property
    def next_cursor(self) -> str | None:
        cursor = self.get("next_cursor")
        return cursor if isinstance(cursor, str) and cursor else None

    def has_next_page(self) -> bool:
        return self.has_more and self.next_cursor is not None

    def to_dict(self) -> dict[str, Any]:
        """A plain ``dict`` copy of the body."""
        result: dict[str, Any] = _model.to_wire(dict(self), plain=True)
        return result

    def __repr__(self) -> str:
        return f"{type(self).__name__}({dict.__repr__(self)})"


class SyncPage(_PageBase[T, "SyncPage[T]"]):
    """One page of a list answer; iterating it yields every item of every page."""

    __slots__ = ()

    def get_next_page(self) -> SyncPage[T]:
        if not self.has_next_page():
            raise StopIteration("no next page")
        page: SyncPage[T] = self._fetch(self.next_cursor or "")
        return page

    def iter_pages(self) -> Generator[SyncPage[T], None, None]:
        page: SyncPage[T] = self
        seen: set[str] = set()
        yield page
        while (cursor := _next_cursor(page, self._operation, seen)) is not None:
            page = self._fetch(cursor)
            yield page

    def auto_paging_iter(self) -> Iterator[T]:
        """Every item of this page and the pages after it, fetched as needed."""
        return _walk(self, self._decoder, self._fetch, self._operation)

    def __iter__(self) -> Iterator[T]:  # type: ignore[override]
        return _walk(self, self._decoder, self._fetch, self._operation)


def _walk(
    page: dict[str, object],
    decoder: _model.Decoder,
    fetch: Callable[[str], dict[str, object]],
    operation: str,
) -> Iterator[Any]:
    seen: set[str] = set()
    yield from _items(page, decoder, operation)
    cursor = _next_cursor(page, operation, seen)
    del page  # a page used only as `for x in client.runs.list()` can be freed early
    while cursor is not None:
        # fetched by cursor with no reference to the previous page: one page alive at a time
        nxt = fetch(cursor)
        yield from _items(nxt, decoder, operation)
        cursor = _next_cursor(nxt, operation, seen)
        del nxt


class AsyncPage(_PageBase[T, "Awaitable[AsyncPage[T]]"]):
    """One page of a list answer; ``async for`` over it yields every item of every page."""

    __slots__ = ()

    async def get_next_page(self) -> AsyncPage[T]:
        if not self.has_next_page():
            raise StopAsyncIteration("no next page")
        page: AsyncPage[T] = await self._fetch(self.next_cursor or "")
        return page

    async def iter_pages(self) -> AsyncIterator[AsyncPage[T]]:
        page: AsyncPage[T] = self
        seen: set[str] = set()
        yield page
        while (cursor := _next_cursor(page, self._operation, seen)) is not None:
            page = await self._fetch(cursor)
            yield page

    def auto_paging_iter(self) -> AsyncIterator[T]:
        """Every item of this page and the pages after it, fetched as needed."""
        return _awalk(self, self._decoder, self._fetch, self._operation)

    def __aiter__(self) -> AsyncIterator[T]:
        return _awalk(self, self._decoder, self._fetch, self._operation)

    def __iter__(self) -> Iterator[T]:  # type: ignore[override]
        raise TypeError("iterate an AsyncPage with `async for` (or use page.data)")


async def _awalk(
    page: dict[str, object],
    decoder: _model.Decoder,
    fetch: Callable[[str], Awaitable[dict[str, object]]],
    operation: str,
) -> AsyncIterator[Any]:
    seen: set[str] = set()
    for item in _items(page, decoder, operation):
        yield item
    cursor = _next_cursor(page, operation, seen)
    del page
    while cursor is not None:
        nxt = await fetch(cursor)
        for item in _items(nxt, decoder, operation):
            yield item
        cursor = _next_cursor(nxt, operation, seen)
        del nxt


class AsyncPaginator(Generic[T]):
    """What an async list method returns: ``await`` it for the first page, or
    ``async for`` over it (or over ``auto_paging_iter()``) for every item."""

    __slots__ = ("_first",)

    def __init__(self, first: Callable[[], Awaitable[AsyncPage[T]]]) -> None:
        self._first = first

    def __await__(self) -> Generator[object, None, AsyncPage[T]]:
        return self._first().__await__()

    async def __aiter__(self) -> AsyncIterator[T]:
        page = await self._first()
        async for item in page:
            yield item

    def auto_paging_iter(self) -> AsyncIterator[T]:
        return self.__aiter__()


class ServiceClient(Protocol):
    """What a generated service calls on the ``Client`` it was built with: one request, or
    the first page of a list. Typed here, not as the client itself, so that generated
    code never refers to the client module that composes it."""

    def _request(self, op: Operation[T], args: dict[str, object], call: CallSettings) -> T: ...

    def _paginate(self, op: Operation[T], args: dict[str, object], call: CallSettings) -> SyncPage[T]: ...


class AsyncServiceClient(Protocol):
    """:class:`ServiceClient` for the services of an ``AsyncClient``."""

    async def _request(self, op: Operation[T], args: dict[str, object], call: CallSettings) -> T: ...

    def _paginate(
        self, op: Operation[T], args: dict[str, object], call: CallSettings
    ) -> AsyncPaginator[T]: ...
