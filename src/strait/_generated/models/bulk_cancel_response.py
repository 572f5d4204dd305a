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

from ..types import WireMapping

if TYPE_CHECKING:
    from ..models.bulk_cancel_result import BulkCancelResult

_lazy_pending = True


def _load_lazy_imports() -> None:
    # strait template: the models this one refers to (which may import it back) are
    # resolved once, on the first parse, instead of by an import statement per call.
    global _lazy_pending, BulkCancelResult
    from ..models.bulk_cancel_result import BulkCancelResult

    _lazy_pending = False


T = TypeVar("T", bound="BulkCancelResponse")


@_attrs_define
class BulkCancelResponse(WireMapping):
    """
    Attributes:
        canceled (int):
        failed (int):
        results (list[BulkCancelResult] | None):
        total (int):
    """

    _wire_names: ClassVar[dict[str, str]] = {
        "canceled": "canceled",
        "failed": "failed",
        "results": "results",
        "total": "total",
    }

    canceled: int
    failed: int
    results: list[BulkCancelResult] | None
    total: int

    def to_dict(self) -> dict[str, Any]:
        canceled = self.canceled

        failed = self.failed

        results: list[dict[str, Any]] | None
        if isinstance(self.results, list):
            results = []
            for results_type_0_item_data in self.results:
                results_type_0_item = results_type_0_item_data.to_dict()
                results.append(results_type_0_item)

        else:
            results = self.results

        total = self.total

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "canceled": canceled,
                "failed": failed,
                "results": results,
                "total": total,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        if _lazy_pending:
            _load_lazy_imports()
        # strait template: no leftover keys are kept, so read the mapping without copying it
        d = src_dict or {}
        canceled = d["canceled"]

        failed = d["failed"]

        def _parse_results(data: object) -> list[BulkCancelResult] | None:
            if data is None:
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                results_type_0 = []
                _results_type_0 = data
                for results_type_0_item_data in _results_type_0 or []:
                    results_type_0_item = BulkCancelResult.from_dict(
                        results_type_0_item_data
                    )

                    results_type_0.append(results_type_0_item)

                return results_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[BulkCancelResult] | None, data)

        results = _parse_results(d["results"])

        total = d["total"]

        bulk_cancel_response = cls(
            canceled=canceled,
            failed=failed,
            results=results,
            total=total,
        )

        return bulk_cancel_response
