from __future__ import annotations

from typing import TYPE_CHECKING, ClassVar

from ... import _model as _m

if TYPE_CHECKING:
    from ..._model import Decoder


class ProjectSettingsResponse(_m.StraitObject):
    """ProjectSettingsResponse: a typed ``dict`` of the JSON the server sent."""

    __slots__ = ()
    max_key_lifetime_days: int
    plan_tier: str
    project_id: str

    _fields: ClassVar[dict[str, tuple[str, Decoder]]] = {
        "max_key_lifetime_days": ("max_key_lifetime_days", _m.INT),
        "plan_tier": ("plan_tier", _m.STR),
        "project_id": ("project_id", _m.STR),
    }
    _required: ClassVar[tuple[str, ...]] = (
        "max_key_lifetime_days",
        "plan_tier",
        "project_id",
    )
    _closed: ClassVar[bool] = True


__all__ = ["ProjectSettingsResponse"]
