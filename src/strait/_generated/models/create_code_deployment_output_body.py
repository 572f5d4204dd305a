from __future__ import annotations

from typing import TYPE_CHECKING, ClassVar

from ... import _model as _m

if TYPE_CHECKING:
    from ..._model import Decoder
    from .code_deployment import CodeDeployment


class CreateCodeDeploymentOutputBody(_m.StraitObject):
    """CreateCodeDeploymentOutputBody: a typed ``dict`` of the JSON the server sent."""

    __slots__ = ()
    upload_url: str
    deployment: CodeDeployment | None

    _fields: ClassVar[dict[str, tuple[str, Decoder]]] = {
        "upload_url": ("upload_url", _m.STR),
        "deployment": (
            "deployment",
            _m.Union(_m.Model("code_deployment", "CodeDeployment"), _m.NONE),
        ),
    }
    _required: ClassVar[tuple[str, ...]] = ("upload_url",)
    _closed: ClassVar[bool] = True


__all__ = ["CreateCodeDeploymentOutputBody"]
