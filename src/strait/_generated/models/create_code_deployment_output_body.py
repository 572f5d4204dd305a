from __future__ import annotations

from typing import TYPE_CHECKING, Any, ClassVar

from ... import _model as _m

if TYPE_CHECKING:
    from collections.abc import Mapping

    from ..._model import Decoder
    from .code_deployment import CodeDeployment


class CreateCodeDeploymentOutputBody(_m.StraitObject):
    """CreateCodeDeploymentOutputBody: a typed ``dict`` of the JSON the server sent."""

    __slots__ = ()
    upload_url: str
    deployment: CodeDeployment | None

    if TYPE_CHECKING:
        # what mypy checks: a mapping of wire names, and/or fields by attribute name
        def __init__(
            self,
            _data: Mapping[str, Any] | None = None,
            /,
            *,
            upload_url: str = ...,
            deployment: CodeDeployment | Mapping[str, Any] | None = ...,
        ) -> None: ...

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
