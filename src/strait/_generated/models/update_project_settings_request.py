from __future__ import annotations

from typing import TYPE_CHECKING, Any, ClassVar

from ... import _model as _m

if TYPE_CHECKING:
    from collections.abc import Mapping

    from ..._model import Decoder


class UpdateProjectSettingsRequest(_m.StraitObject):
    """UpdateProjectSettingsRequest: a typed ``dict`` of the JSON the server sent."""

    __slots__ = ()
    max_key_lifetime_days: int | None

    if TYPE_CHECKING:
        # what mypy checks: a mapping of wire names, and/or fields by attribute name
        def __init__(
            self,
            _data: Mapping[str, Any] | None = None,
            /,
            *,
            max_key_lifetime_days: int | None = ...,
        ) -> None: ...

    _fields: ClassVar[dict[str, tuple[str, Decoder]]] = {
        "max_key_lifetime_days": ("max_key_lifetime_days", _m.Union(_m.INT, _m.NONE)),
    }
    _required: ClassVar[tuple[str, ...]] = ()
    _closed: ClassVar[bool] = True


__all__ = ["UpdateProjectSettingsRequest"]
