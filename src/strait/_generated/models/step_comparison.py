from __future__ import annotations

from typing import TYPE_CHECKING, Any, ClassVar

from ... import _model as _m

if TYPE_CHECKING:
    from collections.abc import Mapping

    from ..._model import Decoder
    from .string_diff import StringDiff


class StepComparison(_m.StraitObject):
    """StepComparison: a typed ``dict`` of the JSON the server sent."""

    __slots__ = ()
    duration_ms_a: int
    duration_ms_b: int
    step_ref: str
    only_in_a: bool
    only_in_b: bool
    status_diff: StringDiff | None

    if TYPE_CHECKING:
        # what mypy checks: a mapping of wire names, and/or fields by attribute name
        def __init__(
            self,
            _data: Mapping[str, Any] | None = None,
            /,
            *,
            duration_ms_a: int = ...,
            duration_ms_b: int = ...,
            step_ref: str = ...,
            only_in_a: bool = ...,
            only_in_b: bool = ...,
            status_diff: StringDiff | Mapping[str, Any] | None = ...,
        ) -> None: ...

    _fields: ClassVar[dict[str, tuple[str, Decoder]]] = {
        "duration_ms_a": ("duration_ms_a", _m.INT),
        "duration_ms_b": ("duration_ms_b", _m.INT),
        "step_ref": ("step_ref", _m.STR),
        "only_in_a": ("only_in_a", _m.BOOL),
        "only_in_b": ("only_in_b", _m.BOOL),
        "status_diff": (
            "status_diff",
            _m.Union(_m.Model("string_diff", "StringDiff"), _m.NONE),
        ),
    }
    _required: ClassVar[tuple[str, ...]] = (
        "duration_ms_a",
        "duration_ms_b",
        "step_ref",
    )
    _closed: ClassVar[bool] = True


__all__ = ["StepComparison"]
