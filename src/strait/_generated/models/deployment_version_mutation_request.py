from __future__ import annotations

from typing import TYPE_CHECKING, ClassVar

from ... import _model as _m

if TYPE_CHECKING:
    from ..._model import Decoder


class DeploymentVersionMutationRequest(_m.StraitObject):
    """DeploymentVersionMutationRequest: a typed ``dict`` of the JSON the server sent."""

    __slots__ = ()
    environment: str
    project_id: str

    _fields: ClassVar[dict[str, tuple[str, Decoder]]] = {
        "environment": ("environment", _m.STR),
        "project_id": ("project_id", _m.STR),
    }
    _required: ClassVar[tuple[str, ...]] = (
        "environment",
        "project_id",
    )
    _closed: ClassVar[bool] = True


__all__ = ["DeploymentVersionMutationRequest"]
