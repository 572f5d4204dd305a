from __future__ import annotations

from typing import TYPE_CHECKING, Any, ClassVar

from ... import _model as _m

if TYPE_CHECKING:
    from collections.abc import Mapping

    from ..._model import Decoder


class SdkSpawnResponse201(_m.StraitObject):
    """SdkSpawnResponse201: a typed ``dict`` of the JSON the server sent."""

    __slots__ = ()
    id: str
    job_id: str
    parent_run_id: str
    project_id: str
    status: str
    triggered_by: str
    await_completion: bool
    await_event_key: str

    if TYPE_CHECKING:
        # what mypy checks: a mapping of wire names, and/or fields by attribute name
        def __init__(
            self,
            _data: Mapping[str, Any] | None = None,
            /,
            *,
            id: str = ...,
            job_id: str = ...,
            parent_run_id: str = ...,
            project_id: str = ...,
            status: str = ...,
            triggered_by: str = ...,
            await_completion: bool = ...,
            await_event_key: str = ...,
        ) -> None: ...

    _fields: ClassVar[dict[str, tuple[str, Decoder]]] = {
        "id": ("id", _m.STR),
        "job_id": ("job_id", _m.STR),
        "parent_run_id": ("parent_run_id", _m.STR),
        "project_id": ("project_id", _m.STR),
        "status": ("status", _m.STR),
        "triggered_by": ("triggered_by", _m.STR),
        "await_completion": ("await_completion", _m.BOOL),
        "await_event_key": ("await_event_key", _m.STR),
    }
    _required: ClassVar[tuple[str, ...]] = (
        "id",
        "job_id",
        "parent_run_id",
        "project_id",
        "status",
        "triggered_by",
    )
    _closed: ClassVar[bool] = False


__all__ = ["SdkSpawnResponse201"]
