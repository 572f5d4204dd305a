from __future__ import annotations

from typing import TYPE_CHECKING, Any, ClassVar

from ... import _model as _m

if TYPE_CHECKING:
    import datetime
    from collections.abc import Mapping, Sequence

    from ..._model import Decoder


class WorkflowPolicy(_m.StraitObject):
    """WorkflowPolicy: a typed ``dict`` of the JSON the server sent."""

    __slots__ = ()
    created_at: datetime.datetime
    id: str
    max_depth: int
    max_fan_out: int
    project_id: str
    require_approval_for_deploy: bool
    updated_at: datetime.datetime
    forbidden_step_types: list[str]

    if TYPE_CHECKING:
        # what mypy checks: a mapping of wire names, and/or fields by attribute name
        def __init__(
            self,
            _data: Mapping[str, Any] | None = None,
            /,
            *,
            created_at: datetime.datetime | str = ...,
            id: str = ...,
            max_depth: int = ...,
            max_fan_out: int = ...,
            project_id: str = ...,
            require_approval_for_deploy: bool = ...,
            updated_at: datetime.datetime | str = ...,
            forbidden_step_types: Sequence[str] = ...,
        ) -> None: ...

    _fields: ClassVar[dict[str, tuple[str, Decoder]]] = {
        "created_at": ("created_at", _m.DATETIME),
        "id": ("id", _m.STR),
        "max_depth": ("max_depth", _m.INT),
        "max_fan_out": ("max_fan_out", _m.INT),
        "project_id": ("project_id", _m.STR),
        "require_approval_for_deploy": ("require_approval_for_deploy", _m.BOOL),
        "updated_at": ("updated_at", _m.DATETIME),
        "forbidden_step_types": ("forbidden_step_types", _m.ListOf(_m.STR)),
    }
    _required: ClassVar[tuple[str, ...]] = (
        "created_at",
        "id",
        "max_depth",
        "max_fan_out",
        "project_id",
        "require_approval_for_deploy",
        "updated_at",
    )
    _closed: ClassVar[bool] = True


__all__ = ["WorkflowPolicy"]
