from __future__ import annotations

from typing import TYPE_CHECKING, ClassVar

from ... import _model as _m

if TYPE_CHECKING:
    from ..._model import Decoder


class UpdateProjectSettingsRequest(_m.StraitObject):
    """UpdateProjectSettingsRequest: a typed ``dict`` of the JSON the server sent."""

    __slots__ = ()
    max_key_lifetime_days: int | None

    _fields: ClassVar[dict[str, tuple[str, Decoder]]] = {
        "max_key_lifetime_days": ("max_key_lifetime_days", _m.Union(_m.INT, _m.NONE)),
    }
    _required: ClassVar[tuple[str, ...]] = ()
    _closed: ClassVar[bool] = True


__all__ = ["UpdateProjectSettingsRequest"]
