from __future__ import annotations

from typing import TYPE_CHECKING, Any, ClassVar

from ... import _model as _m

if TYPE_CHECKING:
    from collections.abc import Mapping, Sequence

    from ..._model import Decoder
    from .job_dependency import JobDependency


class GetRunDependencyStatusResponse200(_m.StraitObject):
    """GetRunDependencyStatusResponse200: a typed ``dict`` of the JSON the server sent."""

    __slots__ = ()
    dependencies: list[JobDependency]
    dependencies_satisfied: bool
    job_id: str
    run_id: str
    status: str

    if TYPE_CHECKING:
        # what mypy checks: a mapping of wire names, and/or fields by attribute name
        def __init__(
            self,
            _data: Mapping[str, Any] | None = None,
            /,
            *,
            dependencies: Sequence[JobDependency | Mapping[str, Any]] = ...,
            dependencies_satisfied: bool = ...,
            job_id: str = ...,
            run_id: str = ...,
            status: str = ...,
        ) -> None: ...

    _fields: ClassVar[dict[str, tuple[str, Decoder]]] = {
        "dependencies": (
            "dependencies",
            _m.ListOf(_m.Model("job_dependency", "JobDependency")),
        ),
        "dependencies_satisfied": ("dependencies_satisfied", _m.BOOL),
        "job_id": ("job_id", _m.STR),
        "run_id": ("run_id", _m.STR),
        "status": ("status", _m.STR),
    }
    _required: ClassVar[tuple[str, ...]] = (
        "dependencies",
        "dependencies_satisfied",
        "job_id",
        "run_id",
        "status",
    )
    _closed: ClassVar[bool] = False


__all__ = ["GetRunDependencyStatusResponse200"]
