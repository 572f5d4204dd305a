from __future__ import annotations

from collections.abc import Mapping
from typing import (
    TYPE_CHECKING,
    Any,
    ClassVar,
    Self,
    TypeVar,
    cast,
)

from attrs import define as _attrs_define

from ..types import UNSET, Unset, WireMapping

if TYPE_CHECKING:
    from ..models.job_run import JobRun
    from ..models.run_checkpoint import RunCheckpoint
    from ..models.run_event import RunEvent
    from ..models.run_output import RunOutput
    from ..models.run_resource_snapshot import RunResourceSnapshot

_lazy_pending = True


def _load_lazy_imports() -> None:
    # strait template: the models this one refers to (which may import it back) are
    # resolved once, on the first parse, instead of by an import statement per call.
    global \
        _lazy_pending, \
        JobRun, \
        RunCheckpoint, \
        RunEvent, \
        RunOutput, \
        RunResourceSnapshot
    from ..models.job_run import JobRun
    from ..models.run_checkpoint import RunCheckpoint
    from ..models.run_event import RunEvent
    from ..models.run_output import RunOutput
    from ..models.run_resource_snapshot import RunResourceSnapshot

    _lazy_pending = False


T = TypeVar("T", bound="DebugBundle")


@_attrs_define
class DebugBundle(WireMapping):
    """
    Attributes:
        checkpoints (list[RunCheckpoint] | None):
        events (list[RunEvent] | None):
        outputs (list[RunOutput] | None):
        resource_snapshots (list[RunResourceSnapshot] | None):
        run (JobRun | None | Unset):
    """

    _wire_names: ClassVar[dict[str, str]] = {
        "checkpoints": "checkpoints",
        "events": "events",
        "outputs": "outputs",
        "resource_snapshots": "resource_snapshots",
        "run": "run",
    }

    checkpoints: list[RunCheckpoint] | None
    events: list[RunEvent] | None
    outputs: list[RunOutput] | None
    resource_snapshots: list[RunResourceSnapshot] | None
    run: JobRun | None | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        from ..models.job_run import JobRun

        checkpoints: list[dict[str, Any]] | None
        if isinstance(self.checkpoints, list):
            checkpoints = []
            for checkpoints_type_0_item_data in self.checkpoints:
                checkpoints_type_0_item = checkpoints_type_0_item_data.to_dict()
                checkpoints.append(checkpoints_type_0_item)

        else:
            checkpoints = self.checkpoints

        events: list[dict[str, Any]] | None
        if isinstance(self.events, list):
            events = []
            for events_type_0_item_data in self.events:
                events_type_0_item = events_type_0_item_data.to_dict()
                events.append(events_type_0_item)

        else:
            events = self.events

        outputs: list[dict[str, Any]] | None
        if isinstance(self.outputs, list):
            outputs = []
            for outputs_type_0_item_data in self.outputs:
                outputs_type_0_item = outputs_type_0_item_data.to_dict()
                outputs.append(outputs_type_0_item)

        else:
            outputs = self.outputs

        resource_snapshots: list[dict[str, Any]] | None
        if isinstance(self.resource_snapshots, list):
            resource_snapshots = []
            for resource_snapshots_type_0_item_data in self.resource_snapshots:
                resource_snapshots_type_0_item = (
                    resource_snapshots_type_0_item_data.to_dict()
                )
                resource_snapshots.append(resource_snapshots_type_0_item)

        else:
            resource_snapshots = self.resource_snapshots

        run: dict[str, Any] | None | Unset
        if isinstance(self.run, Unset):
            run = UNSET
        elif isinstance(self.run, JobRun):
            run = self.run.to_dict()
        else:
            run = self.run

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "checkpoints": checkpoints,
                "events": events,
                "outputs": outputs,
                "resource_snapshots": resource_snapshots,
            }
        )
        if run is not UNSET:
            field_dict["run"] = run

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        if _lazy_pending:
            _load_lazy_imports()
        # strait template: no leftover keys are kept, so read the mapping without copying it
        d = src_dict or {}

        def _parse_checkpoints(data: object) -> list[RunCheckpoint] | None:
            if data is None:
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                checkpoints_type_0 = []
                _checkpoints_type_0 = data
                for checkpoints_type_0_item_data in _checkpoints_type_0 or []:
                    checkpoints_type_0_item = RunCheckpoint.from_dict(
                        checkpoints_type_0_item_data
                    )

                    checkpoints_type_0.append(checkpoints_type_0_item)

                return checkpoints_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[RunCheckpoint] | None, data)

        checkpoints = _parse_checkpoints(d["checkpoints"])

        def _parse_events(data: object) -> list[RunEvent] | None:
            if data is None:
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                events_type_0 = []
                _events_type_0 = data
                for events_type_0_item_data in _events_type_0 or []:
                    events_type_0_item = RunEvent.from_dict(events_type_0_item_data)

                    events_type_0.append(events_type_0_item)

                return events_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[RunEvent] | None, data)

        events = _parse_events(d["events"])

        def _parse_outputs(data: object) -> list[RunOutput] | None:
            if data is None:
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                outputs_type_0 = []
                _outputs_type_0 = data
                for outputs_type_0_item_data in _outputs_type_0 or []:
                    outputs_type_0_item = RunOutput.from_dict(outputs_type_0_item_data)

                    outputs_type_0.append(outputs_type_0_item)

                return outputs_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[RunOutput] | None, data)

        outputs = _parse_outputs(d["outputs"])

        def _parse_resource_snapshots(data: object) -> list[RunResourceSnapshot] | None:
            if data is None:
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                resource_snapshots_type_0 = []
                _resource_snapshots_type_0 = data
                for resource_snapshots_type_0_item_data in (
                    _resource_snapshots_type_0 or []
                ):
                    resource_snapshots_type_0_item = RunResourceSnapshot.from_dict(
                        resource_snapshots_type_0_item_data
                    )

                    resource_snapshots_type_0.append(resource_snapshots_type_0_item)

                return resource_snapshots_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[RunResourceSnapshot] | None, data)

        resource_snapshots = _parse_resource_snapshots(d["resource_snapshots"])

        def _parse_run(data: object) -> JobRun | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                run_type_0 = JobRun.from_dict(data)

                return run_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(JobRun | None | Unset, data)

        run = _parse_run(d.get("run", UNSET))

        debug_bundle = cls(
            checkpoints=checkpoints,
            events=events,
            outputs=outputs,
            resource_snapshots=resource_snapshots,
            run=run,
        )

        return debug_bundle
