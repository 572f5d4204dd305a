from __future__ import annotations

from typing import TYPE_CHECKING, Any, ClassVar

from ... import _model as _m

if TYPE_CHECKING:
    from collections.abc import Mapping

    from ..._model import Decoder
    from .usage_dimension import UsageDimension


class UsageDimensions(_m.StraitObject):
    """UsageDimensions: a typed ``dict`` of the JSON the server sent."""

    __slots__ = ()
    concurrent_runs: UsageDimension
    members: UsageDimension
    monthly_runs: UsageDimension
    projects: UsageDimension
    retention_days: int
    runs_today: UsageDimension

    if TYPE_CHECKING:
        # what mypy checks: a mapping of wire names, and/or fields by attribute name
        def __init__(
            self,
            _data: Mapping[str, Any] | None = None,
            /,
            *,
            concurrent_runs: UsageDimension | Mapping[str, Any] = ...,
            members: UsageDimension | Mapping[str, Any] = ...,
            monthly_runs: UsageDimension | Mapping[str, Any] = ...,
            projects: UsageDimension | Mapping[str, Any] = ...,
            retention_days: int = ...,
            runs_today: UsageDimension | Mapping[str, Any] = ...,
        ) -> None: ...

    _fields: ClassVar[dict[str, tuple[str, Decoder]]] = {
        "concurrent_runs": (
            "concurrent_runs",
            _m.Model("usage_dimension", "UsageDimension"),
        ),
        "members": ("members", _m.Model("usage_dimension", "UsageDimension")),
        "monthly_runs": ("monthly_runs", _m.Model("usage_dimension", "UsageDimension")),
        "projects": ("projects", _m.Model("usage_dimension", "UsageDimension")),
        "retention_days": ("retention_days", _m.INT),
        "runs_today": ("runs_today", _m.Model("usage_dimension", "UsageDimension")),
    }
    _required: ClassVar[tuple[str, ...]] = (
        "concurrent_runs",
        "members",
        "monthly_runs",
        "projects",
        "retention_days",
        "runs_today",
    )
    _closed: ClassVar[bool] = True


__all__ = ["UsageDimensions"]
