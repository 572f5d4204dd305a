from __future__ import annotations

from typing import TYPE_CHECKING, Any, ClassVar

from ... import _model as _m

if TYPE_CHECKING:
    from collections.abc import Mapping, Sequence

    from ..._model import Decoder


class CreateWebhookSubscriptionRequest(_m.StraitObject):
    """CreateWebhookSubscriptionRequest: a typed ``dict`` of the JSON the server sent."""

    __slots__ = ()
    event_types: list[str]
    project_id: str
    webhook_url: str
    active: bool | None

    if TYPE_CHECKING:
        # what mypy checks: a mapping of wire names, and/or fields by attribute name
        def __init__(
            self,
            _data: Mapping[str, Any] | None = None,
            /,
            *,
            event_types: Sequence[str] = ...,
            project_id: str = ...,
            webhook_url: str = ...,
            active: bool | None = ...,
        ) -> None: ...

    _fields: ClassVar[dict[str, tuple[str, Decoder]]] = {
        "event_types": ("event_types", _m.ListOf(_m.STR)),
        "project_id": ("project_id", _m.STR),
        "webhook_url": ("webhook_url", _m.STR),
        "active": ("active", _m.Union(_m.BOOL, _m.NONE)),
    }
    _required: ClassVar[tuple[str, ...]] = (
        "event_types",
        "project_id",
        "webhook_url",
    )
    _closed: ClassVar[bool] = True


__all__ = ["CreateWebhookSubscriptionRequest"]
