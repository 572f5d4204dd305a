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
    from ..models.string_diff import StringDiff

_lazy_pending = True


def _load_lazy_imports() -> None:
    # strait template: the models this one refers to (which may import it back) are
    # resolved once, on the first parse, instead of by an import statement per call.
    global _lazy_pending, StringDiff
    from ..models.string_diff import StringDiff

    _lazy_pending = False


T = TypeVar("T", bound="StepComparison")


@_attrs_define
class StepComparison(WireMapping):
    """
    Attributes:
        duration_ms_a (int):
        duration_ms_b (int):
        step_ref (str):
        only_in_a (bool | Unset):
        only_in_b (bool | Unset):
        status_diff (None | StringDiff | Unset):
    """

    _wire_names: ClassVar[dict[str, str]] = {
        "duration_ms_a": "duration_ms_a",
        "duration_ms_b": "duration_ms_b",
        "step_ref": "step_ref",
        "only_in_a": "only_in_a",
        "only_in_b": "only_in_b",
        "status_diff": "status_diff",
    }

    duration_ms_a: int
    duration_ms_b: int
    step_ref: str
    only_in_a: bool | Unset = UNSET
    only_in_b: bool | Unset = UNSET
    status_diff: None | StringDiff | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        from ..models.string_diff import StringDiff

        duration_ms_a = self.duration_ms_a

        duration_ms_b = self.duration_ms_b

        step_ref = self.step_ref

        only_in_a = self.only_in_a

        only_in_b = self.only_in_b

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
                "duration_ms_a": duration_ms_a,
                "duration_ms_b": duration_ms_b,
                "step_ref": step_ref,
            }
        )
        if only_in_a is not UNSET:
            field_dict["only_in_a"] = only_in_a
        if only_in_b is not UNSET:
            field_dict["only_in_b"] = only_in_b
        if status_diff is not UNSET:
            field_dict["status_diff"] = status_diff

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        if _lazy_pending:
            _load_lazy_imports()
        # strait template: no leftover keys are kept, so read the mapping without copying it
        d = src_dict or {}
        duration_ms_a = d["duration_ms_a"]

        duration_ms_b = d["duration_ms_b"]

        step_ref = d["step_ref"]

        only_in_a = d.get("only_in_a", UNSET)

        only_in_b = d.get("only_in_b", UNSET)

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

        step_comparison = cls(
            duration_ms_a=duration_ms_a,
            duration_ms_b=duration_ms_b,
            step_ref=step_ref,
            only_in_a=only_in_a,
            only_in_b=only_in_b,
            status_diff=status_diff,
        )

        return step_comparison
