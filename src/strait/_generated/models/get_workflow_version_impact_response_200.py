from __future__ import annotations

from typing import TYPE_CHECKING, Any, ClassVar

from ... import _model as _m

if TYPE_CHECKING:
    from collections.abc import Mapping

    from ..._model import Decoder


class GetWorkflowVersionImpactResponse200(_m.StraitObject):
    """GetWorkflowVersionImpactResponse200: a typed ``dict`` of the JSON the server sent."""

    __slots__ = ()
    matching_runs: int
    sampled_runs: int
    version_id: str

    if TYPE_CHECKING:
        # what mypy checks: a mapping of wire names, and/or fields by attribute name
        def __init__(
            self,
            _data: Mapping[str, Any] | None = None,
            /,
            *,
            matching_runs: int = ...,
            sampled_runs: int = ...,
            version_id: str = ...,
        ) -> None: ...

    _fields: ClassVar[dict[str, tuple[str, Decoder]]] = {
        "matching_runs": ("matching_runs", _m.INT),
        "sampled_runs": ("sampled_runs", _m.INT),
        "version_id": ("version_id", _m.STR),
    }
    _required: ClassVar[tuple[str, ...]] = (
        "matching_runs",
        "sampled_runs",
        "version_id",
    )
    _closed: ClassVar[bool] = False


__all__ = ["GetWorkflowVersionImpactResponse200"]
