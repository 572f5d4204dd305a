from __future__ import annotations

from typing import TYPE_CHECKING, Any, ClassVar

from ... import _model as _m

if TYPE_CHECKING:
    from collections.abc import Mapping

    from ..._model import Decoder


class ProjectSettingsResponse(_m.StraitObject):
    """ProjectSettingsResponse: a typed ``dict`` of the JSON the server sent."""

    __slots__ = ()
    max_key_lifetime_days: int
    plan_tier: str
    project_id: str

    if TYPE_CHECKING:
        # what mypy checks: a mapping of wire names, and/or fields by attribute name
        def __init__(
            self,
            _data: Mapping[str, Any] | None = None,
            /,
            *,
            max_key_lifetime_days: int = ...,
            plan_tier: str = ...,
            project_id: str = ...,
        ) -> None: ...

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
