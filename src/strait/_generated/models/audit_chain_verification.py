from __future__ import annotations

from typing import TYPE_CHECKING, Any, ClassVar

from ... import _model as _m

if TYPE_CHECKING:
    from collections.abc import Mapping

    from ..._model import Decoder


class AuditChainVerification(_m.StraitObject):
    """AuditChainVerification: a typed ``dict`` of the JSON the server sent."""

    __slots__ = ()
    events_checked: int
    project_id: str
    valid: bool
    broken_at_id: str
    chain_start: str
    error: str
    first_event_id: str
    incremental: bool
    last_event_id: str

    if TYPE_CHECKING:
        # what mypy checks: a mapping of wire names, and/or fields by attribute name
        def __init__(
            self,
            _data: Mapping[str, Any] | None = None,
            /,
            *,
            events_checked: int = ...,
            project_id: str = ...,
            valid: bool = ...,
            broken_at_id: str = ...,
            chain_start: str = ...,
            error: str = ...,
            first_event_id: str = ...,
            incremental: bool = ...,
            last_event_id: str = ...,
        ) -> None: ...

    _fields: ClassVar[dict[str, tuple[str, Decoder]]] = {
        "events_checked": ("events_checked", _m.INT),
        "project_id": ("project_id", _m.STR),
        "valid": ("valid", _m.BOOL),
        "broken_at_id": ("broken_at_id", _m.STR),
        "chain_start": ("chain_start", _m.STR),
        "error": ("error", _m.STR),
        "first_event_id": ("first_event_id", _m.STR),
        "incremental": ("incremental", _m.BOOL),
        "last_event_id": ("last_event_id", _m.STR),
    }
    _required: ClassVar[tuple[str, ...]] = (
        "events_checked",
        "project_id",
        "valid",
    )
    _closed: ClassVar[bool] = True


__all__ = ["AuditChainVerification"]
