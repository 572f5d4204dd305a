from __future__ import annotations

from collections.abc import Mapping
from typing import (
    TYPE_CHECKING,
    Any,
    ClassVar,
    Self,
    TypeVar,
)

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import WireMapping

if TYPE_CHECKING:
    from ..models.job_dependency import JobDependency

_lazy_pending = True


def _load_lazy_imports() -> None:
    # strait template: the models this one refers to (which may import it back) are
    # resolved once, on the first parse, instead of by an import statement per call.
    global _lazy_pending, JobDependency
    from ..models.job_dependency import JobDependency

    _lazy_pending = False


T = TypeVar("T", bound="GetRunDependencyStatusResponse200")


@_attrs_define
class GetRunDependencyStatusResponse200(WireMapping):
    """
    Attributes:
        dependencies (list[JobDependency]):
        dependencies_satisfied (bool):
        job_id (str):
        run_id (str):
        status (str):
    """

    _wire_names: ClassVar[dict[str, str]] = {
        "dependencies": "dependencies",
        "dependencies_satisfied": "dependencies_satisfied",
        "job_id": "job_id",
        "run_id": "run_id",
        "status": "status",
    }

    dependencies: list[JobDependency]
    dependencies_satisfied: bool
    job_id: str
    run_id: str
    status: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        dependencies = []
        for dependencies_item_data in self.dependencies:
            dependencies_item = dependencies_item_data.to_dict()
            dependencies.append(dependencies_item)

        dependencies_satisfied = self.dependencies_satisfied

        job_id = self.job_id

        run_id = self.run_id

        status = self.status

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "dependencies": dependencies,
                "dependencies_satisfied": dependencies_satisfied,
                "job_id": job_id,
                "run_id": run_id,
                "status": status,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        if _lazy_pending:
            _load_lazy_imports()
        d = dict(src_dict or {})
        dependencies = []
        _dependencies = d.pop("dependencies")
        for dependencies_item_data in _dependencies or []:
            dependencies_item = JobDependency.from_dict(dependencies_item_data)

            dependencies.append(dependencies_item)

        dependencies_satisfied = d.pop("dependencies_satisfied")

        job_id = d.pop("job_id")

        run_id = d.pop("run_id")

        status = d.pop("status")

        get_run_dependency_status_response_200 = cls(
            dependencies=dependencies,
            dependencies_satisfied=dependencies_satisfied,
            job_id=job_id,
            run_id=run_id,
            status=status,
        )

        get_run_dependency_status_response_200.additional_properties = d
        return get_run_dependency_status_response_200

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __setitem__(self, key: str, value: Any) -> None:
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]
