from __future__ import annotations

from typing import TYPE_CHECKING, Any, ClassVar

from ... import _model as _m

if TYPE_CHECKING:
    import datetime
    from collections.abc import Mapping, Sequence

    from ..._model import Decoder


class WebhookSubscription(_m.StraitObject):
    """WebhookSubscription: a typed ``dict`` of the JSON the server sent."""

    __slots__ = ()
    active: bool
    created_at: datetime.datetime
    event_types: list[str] | None
    id: str
    project_id: str
    webhook_url: str

    if TYPE_CHECKING:
        # what mypy checks: a mapping of wire names, and/or fields by attribute name
        def __init__(
            self,
            _data: Mapping[str, Any] | None = None,
            /,
            *,
            active: bool = ...,
            created_at: datetime.datetime | str = ...,
            event_types: Sequence[str] | None = ...,
            id: str = ...,
            project_id: str = ...,
            webhook_url: str = ...,
        ) -> None: ...

    _fields: ClassVar[dict[str, tuple[str, Decoder]]] = {
        "active": ("active", _m.BOOL),
        "created_at": ("created_at", _m.DATETIME),
        "event_types": ("event_types", _m.Union(_m.ListOf(_m.STR), _m.NONE)),
        "id": ("id", _m.STR),
        "project_id": ("project_id", _m.STR),
        "webhook_url": ("webhook_url", _m.STR),
    }
    _required: ClassVar[tuple[str, ...]] = (
        "active",
        "created_at",
        "event_types",
        "id",
        "project_id",
        "webhook_url",
    )
    _closed: ClassVar[bool] = True


__all__ = ["WebhookSubscription"]
