from __future__ import annotations

from typing import TYPE_CHECKING, Any, ClassVar

from ... import _model as _m

if TYPE_CHECKING:
    from collections.abc import Mapping

    from ..._model import Decoder


class CreateDeploymentVersionRequest(_m.StraitObject):
    """CreateDeploymentVersionRequest: a typed ``dict`` of the JSON the server sent."""

    __slots__ = ()
    artifact_uri: str
    environment: str
    project_id: str
    runtime: str
    canary_duration: str
    canary_percent: int | None
    checksum: str
    manifest: Any
    strategy: str

    if TYPE_CHECKING:
        # what mypy checks: a mapping of wire names, and/or fields by attribute name
        def __init__(
            self,
            _data: Mapping[str, Any] | None = None,
            /,
            *,
            artifact_uri: str = ...,
            environment: str = ...,
            project_id: str = ...,
            runtime: str = ...,
            canary_duration: str = ...,
            canary_percent: int | None = ...,
            checksum: str = ...,
            manifest: Any = ...,
            strategy: str = ...,
        ) -> None: ...

    _fields: ClassVar[dict[str, tuple[str, Decoder]]] = {
        "artifact_uri": ("artifact_uri", _m.STR),
        "environment": ("environment", _m.STR),
        "project_id": ("project_id", _m.STR),
        "runtime": ("runtime", _m.STR),
        "canary_duration": ("canary_duration", _m.STR),
        "canary_percent": ("canary_percent", _m.Union(_m.INT, _m.NONE)),
        "checksum": ("checksum", _m.STR),
        "manifest": ("manifest", _m.ANY),
        "strategy": ("strategy", _m.STR),
    }
    _required: ClassVar[tuple[str, ...]] = (
        "artifact_uri",
        "environment",
        "project_id",
        "runtime",
    )
    _closed: ClassVar[bool] = True


__all__ = ["CreateDeploymentVersionRequest"]
