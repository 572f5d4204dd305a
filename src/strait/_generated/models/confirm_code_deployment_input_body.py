from __future__ import annotations

from typing import TYPE_CHECKING, Any, ClassVar

from ... import _model as _m

if TYPE_CHECKING:
    from collections.abc import Mapping

    from ..._model import Decoder


class ConfirmCodeDeploymentInputBody(_m.StraitObject):
    """ConfirmCodeDeploymentInputBody: a typed ``dict`` of the JSON the server sent."""

    __slots__ = ()
    project_id: str

    if TYPE_CHECKING:
        # what mypy checks: a mapping of wire names, and/or fields by attribute name
        def __init__(
            self,
            _data: Mapping[str, Any] | None = None,
            /,
            *,
            project_id: str = ...,
        ) -> None: ...

    _fields: ClassVar[dict[str, tuple[str, Decoder]]] = {
        "project_id": ("project_id", _m.STR),
    }
    _required: ClassVar[tuple[str, ...]] = ("project_id",)
    _closed: ClassVar[bool] = True


__all__ = ["ConfirmCodeDeploymentInputBody"]
