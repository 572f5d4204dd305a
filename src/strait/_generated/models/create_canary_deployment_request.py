from __future__ import annotations

from typing import TYPE_CHECKING, Any, ClassVar

from ... import _model as _m

if TYPE_CHECKING:
    from collections.abc import Mapping

    from ..._model import Decoder
    from .auto_promote_config import AutoPromoteConfig


class CreateCanaryDeploymentRequest(_m.StraitObject):
    """CreateCanaryDeploymentRequest: a typed ``dict`` of the JSON the server sent."""

    __slots__ = ()
    source_version: int
    target_version: int
    workflow_id: str
    auto_promote: AutoPromoteConfig | None
    traffic_pct: int

    if TYPE_CHECKING:
        # what mypy checks: a mapping of wire names, and/or fields by attribute name
        def __init__(
            self,
            _data: Mapping[str, Any] | None = None,
            /,
            *,
            source_version: int = ...,
            target_version: int = ...,
            workflow_id: str = ...,
            auto_promote: AutoPromoteConfig | Mapping[str, Any] | None = ...,
            traffic_pct: int = ...,
        ) -> None: ...

    _fields: ClassVar[dict[str, tuple[str, Decoder]]] = {
        "source_version": ("source_version", _m.INT),
        "target_version": ("target_version", _m.INT),
        "workflow_id": ("workflow_id", _m.STR),
        "auto_promote": (
            "auto_promote",
            _m.Union(_m.Model("auto_promote_config", "AutoPromoteConfig"), _m.NONE),
        ),
        "traffic_pct": ("traffic_pct", _m.INT),
    }
    _required: ClassVar[tuple[str, ...]] = (
        "source_version",
        "target_version",
        "workflow_id",
    )
    _closed: ClassVar[bool] = True


__all__ = ["CreateCanaryDeploymentRequest"]
