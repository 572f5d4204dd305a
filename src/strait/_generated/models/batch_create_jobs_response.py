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
    from ..models.batch_error import BatchError
    from ..models.job import Job

_lazy_pending = True


def _load_lazy_imports() -> None:
    # strait template: the models this one refers to (which may import it back) are
    # resolved once, on the first parse, instead of by an import statement per call.
    global _lazy_pending, BatchError, Job
    from ..models.batch_error import BatchError
    from ..models.job import Job

    _lazy_pending = False


T = TypeVar("T", bound="BatchCreateJobsResponse")


@_attrs_define
class BatchCreateJobsResponse(WireMapping):
    """
    Attributes:
        created (list[Job] | None):
        errors (list[BatchError] | Unset):
    """

    _wire_names: ClassVar[dict[str, str]] = {
        "created": "created",
        "errors": "errors",
    }

    created: list[Job] | None
    errors: list[BatchError] | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        created: list[dict[str, Any]] | None
        if isinstance(self.created, list):
            created = []
            for created_type_0_item_data in self.created:
                created_type_0_item = created_type_0_item_data.to_dict()
                created.append(created_type_0_item)

        else:
            created = self.created

        errors: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.errors, Unset):
            errors = []
            for errors_item_data in self.errors:
                errors_item = errors_item_data.to_dict()
                errors.append(errors_item)

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "created": created,
            }
        )
        if errors is not UNSET:
            field_dict["errors"] = errors

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        if _lazy_pending:
            _load_lazy_imports()
        # strait template: no leftover keys are kept, so read the mapping without copying it
        d = src_dict or {}

        def _parse_created(data: object) -> list[Job] | None:
            if data is None:
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                created_type_0 = []
                _created_type_0 = data
                for created_type_0_item_data in _created_type_0 or []:
                    created_type_0_item = Job.from_dict(created_type_0_item_data)

                    created_type_0.append(created_type_0_item)

                return created_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[Job] | None, data)

        created = _parse_created(d["created"])

        _errors = d.get("errors", UNSET)
        errors: list[BatchError] | Unset = UNSET
        if _errors is not UNSET:
            errors = []
            for errors_item_data in _errors or []:
                errors_item = BatchError.from_dict(errors_item_data)

                errors.append(errors_item)

        batch_create_jobs_response = cls(
            created=created,
            errors=errors,
        )

        return batch_create_jobs_response
