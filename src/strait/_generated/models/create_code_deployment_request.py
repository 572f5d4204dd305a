from __future__ import annotations

from typing import TYPE_CHECKING, Any, ClassVar

from ... import _model as _m

if TYPE_CHECKING:
    from collections.abc import Mapping

    from ..._model import Decoder
    from .create_code_deployment_request_runtime import (
        CreateCodeDeploymentRequestRuntime,
    )


class CreateCodeDeploymentRequest(_m.StraitObject):
    """CreateCodeDeploymentRequest: a typed ``dict`` of the JSON the server sent."""

    __slots__ = ()
    job_id: str
    project_id: str
    runtime: CreateCodeDeploymentRequestRuntime
    source_hash: str
    source_size_bytes: int

    if TYPE_CHECKING:
        # what mypy checks: a mapping of wire names, and/or fields by attribute name
        def __init__(
            self,
            _data: Mapping[str, Any] | None = None,
            /,
            *,
            job_id: str = ...,
            project_id: str = ...,
            runtime: CreateCodeDeploymentRequestRuntime = ...,
            source_hash: str = ...,
            source_size_bytes: int = ...,
        ) -> None: ...

    _fields: ClassVar[dict[str, tuple[str, Decoder]]] = {
        "job_id": ("job_id", _m.STR),
        "project_id": ("project_id", _m.STR),
        "runtime": ("runtime", _m.Enum("go", "python", "ruby", "rust", "typescript")),
        "source_hash": ("source_hash", _m.STR),
        "source_size_bytes": ("source_size_bytes", _m.INT),
    }
    _required: ClassVar[tuple[str, ...]] = (
        "job_id",
        "project_id",
        "runtime",
        "source_hash",
        "source_size_bytes",
    )
    _closed: ClassVar[bool] = True


__all__ = ["CreateCodeDeploymentRequest"]
