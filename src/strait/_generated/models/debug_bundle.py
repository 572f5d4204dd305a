from __future__ import annotations

from typing import TYPE_CHECKING, Any, ClassVar

from ... import _model as _m

if TYPE_CHECKING:
    from collections.abc import Mapping, Sequence

    from ..._model import Decoder
    from .job_run import JobRun
    from .run_checkpoint import RunCheckpoint
    from .run_event import RunEvent
    from .run_output import RunOutput
    from .run_resource_snapshot import RunResourceSnapshot


class DebugBundle(_m.StraitObject):
    """DebugBundle: a typed ``dict`` of the JSON the server sent."""

    __slots__ = ()
    checkpoints: list[RunCheckpoint] | None
    events: list[RunEvent] | None
    outputs: list[RunOutput] | None
    resource_snapshots: list[RunResourceSnapshot] | None
    run: JobRun | None

    if TYPE_CHECKING:
        # what mypy checks: a mapping of wire names, and/or fields by attribute name
        def __init__(
            self,
            _data: Mapping[str, Any] | None = None,
            /,
            *,
            checkpoints: Sequence[RunCheckpoint | Mapping[str, Any]] | None = ...,
            events: Sequence[RunEvent | Mapping[str, Any]] | None = ...,
            outputs: Sequence[RunOutput | Mapping[str, Any]] | None = ...,
            resource_snapshots: Sequence[RunResourceSnapshot | Mapping[str, Any]]
            | None = ...,
            run: JobRun | Mapping[str, Any] | None = ...,
        ) -> None: ...

    _fields: ClassVar[dict[str, tuple[str, Decoder]]] = {
        "checkpoints": (
            "checkpoints",
            _m.Union(_m.ListOf(_m.Model("run_checkpoint", "RunCheckpoint")), _m.NONE),
        ),
        "events": (
            "events",
            _m.Union(_m.ListOf(_m.Model("run_event", "RunEvent")), _m.NONE),
        ),
        "outputs": (
            "outputs",
            _m.Union(_m.ListOf(_m.Model("run_output", "RunOutput")), _m.NONE),
        ),
        "resource_snapshots": (
            "resource_snapshots",
            _m.Union(
                _m.ListOf(_m.Model("run_resource_snapshot", "RunResourceSnapshot")),
                _m.NONE,
            ),
        ),
        "run": ("run", _m.Union(_m.Model("job_run", "JobRun"), _m.NONE)),
    }
    _required: ClassVar[tuple[str, ...]] = (
        "checkpoints",
        "events",
        "outputs",
        "resource_snapshots",
    )
    _closed: ClassVar[bool] = True


__all__ = ["DebugBundle"]
