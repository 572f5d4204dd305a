from __future__ import annotations

from typing import TYPE_CHECKING, Any, ClassVar

from ... import _model as _m

if TYPE_CHECKING:
    from collections.abc import Mapping, Sequence

    from ..._model import Decoder


class UpsertWorkflowPolicyRequest(_m.StraitObject):
    """UpsertWorkflowPolicyRequest: a typed ``dict`` of the JSON the server sent."""

    __slots__ = ()
    forbidden_step_types: list[str]
    max_depth: int
    max_fan_out: int
    require_approval_for_deploy: bool

    if TYPE_CHECKING:
        # what mypy checks: a mapping of wire names, and/or fields by attribute name
        def __init__(
            self,
            _data: Mapping[str, Any] | None = None,
            /,
            *,
            forbidden_step_types: Sequence[str] = ...,
            max_depth: int = ...,
            max_fan_out: int = ...,
            require_approval_for_deploy: bool = ...,
        ) -> None: ...

    _fields: ClassVar[dict[str, tuple[str, Decoder]]] = {
        "forbidden_step_types": ("forbidden_step_types", _m.ListOf(_m.STR)),
        "max_depth": ("max_depth", _m.INT),
        "max_fan_out": ("max_fan_out", _m.INT),
        "require_approval_for_deploy": ("require_approval_for_deploy", _m.BOOL),
    }
    _required: ClassVar[tuple[str, ...]] = ()
    _closed: ClassVar[bool] = True


__all__ = ["UpsertWorkflowPolicyRequest"]
