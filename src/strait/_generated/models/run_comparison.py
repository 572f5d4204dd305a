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
    from ..models.step_comparison import StepComparison
    from ..models.string_diff import StringDiff

_lazy_pending = True


def _load_lazy_imports() -> None:
    # strait template: the models this one refers to (which may import it back) are
    # resolved once, on the first parse, instead of by an import statement per call.
    global _lazy_pending, StepComparison, StringDiff
    from ..models.step_comparison import StepComparison
    from ..models.string_diff import StringDiff

    _lazy_pending = False


T = TypeVar("T", bound="RunComparison")


@_attrs_define
class RunComparison(WireMapping):
    """
    Attributes:
        run_a (str):
        run_b (str):
        step_diffs (list[StepComparison] | None):
        status_diff (None | StringDiff | Unset):
    """

    _wire_names: ClassVar[dict[str, str]] = {
        "run_a": "run_a",
        "run_b": "run_b",
        "step_diffs": "step_diffs",
        "status_diff": "status_diff",
    }

    run_a: str
    run_b: str
    step_diffs: list[StepComparison] | None
    status_diff: None | StringDiff | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        from ..models.string_diff import StringDiff

        run_a = self.run_a

        run_b = self.run_b

        step_diffs: list[dict[str, Any]] | None
        if isinstance(self.step_diffs, list):
            step_diffs = []
            for step_diffs_type_0_item_data in self.step_diffs:
                step_diffs_type_0_item = step_diffs_type_0_item_data.to_dict()
                step_diffs.append(step_diffs_type_0_item)

        else:
            step_diffs = self.step_diffs

        status_diff: dict[str, Any] | None | Unset
        if isinstance(self.status_diff, Unset):
            status_diff = UNSET
        elif isinstance(self.status_diff, StringDiff):
            status_diff = self.status_diff.to_dict()
        else:
            status_diff = self.status_diff

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "run_a": run_a,
                "run_b": run_b,
                "step_diffs": step_diffs,
            }
        )
        if status_diff is not UNSET:
            field_dict["status_diff"] = status_diff

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        if _lazy_pending:
            _load_lazy_imports()
        # strait template: no leftover keys are kept, so read the mapping without copying it
        d = src_dict or {}
        run_a = d["run_a"]

        run_b = d["run_b"]

        def _parse_step_diffs(data: object) -> list[StepComparison] | None:
            if data is None:
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                step_diffs_type_0 = []
                _step_diffs_type_0 = data
                for step_diffs_type_0_item_data in _step_diffs_type_0 or []:
                    step_diffs_type_0_item = StepComparison.from_dict(
                        step_diffs_type_0_item_data
                    )

                    step_diffs_type_0.append(step_diffs_type_0_item)

                return step_diffs_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[StepComparison] | None, data)

        step_diffs = _parse_step_diffs(d["step_diffs"])

        def _parse_status_diff(data: object) -> None | StringDiff | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                status_diff_type_0 = StringDiff.from_dict(data)

                return status_diff_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | StringDiff | Unset, data)

        status_diff = _parse_status_diff(d.get("status_diff", UNSET))

        run_comparison = cls(
            run_a=run_a,
            run_b=run_b,
            step_diffs=step_diffs,
            status_diff=status_diff,
        )

        return run_comparison
