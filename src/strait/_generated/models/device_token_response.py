from __future__ import annotations

from typing import TYPE_CHECKING, ClassVar

from ... import _model as _m

if TYPE_CHECKING:
    from ..._model import Decoder


class DeviceTokenResponse(_m.StraitObject):
    """DeviceTokenResponse: a typed ``dict`` of the JSON the server sent."""

    __slots__ = ()
    api_key: str
    project_id: str
    scopes: list[str] | None

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
