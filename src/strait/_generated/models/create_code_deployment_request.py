from __future__ import annotations

from typing import TYPE_CHECKING, ClassVar

from ... import _model as _m

if TYPE_CHECKING:
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
