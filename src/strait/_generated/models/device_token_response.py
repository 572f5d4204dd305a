from __future__ import annotations

from typing import TYPE_CHECKING, Any, ClassVar

from ... import _model as _m

if TYPE_CHECKING:
    from collections.abc import Mapping, Sequence

    from ..._model import Decoder


class DeviceTokenResponse(_m.StraitObject):
    """DeviceTokenResponse: a typed ``dict`` of the JSON the server sent."""

    __slots__ = ()
    api_key: str
    project_id: str
    scopes: list[str] | None

    if TYPE_CHECKING:
        # what mypy checks: a mapping of wire names, and/or fields by attribute name
        def __init__(
            self,
            _data: Mapping[str, Any] | None = None,
            /,
            *,
            api_key: str = ...,
            project_id: str = ...,
            scopes: Sequence[str] | None = ...,
        ) -> None: ...

    _fields: ClassVar[dict[str, tuple[str, Decoder]]] = {
        "api_key": ("api_key", _m.STR),
        "project_id": ("project_id", _m.STR),
        "scopes": ("scopes", _m.Union(_m.ListOf(_m.STR), _m.NONE)),
    }
    _required: ClassVar[tuple[str, ...]] = (
        "api_key",
        "project_id",
        "scopes",
    )
    _closed: ClassVar[bool] = True


__all__ = ["DeviceTokenResponse"]
