from __future__ import annotations

from typing import TYPE_CHECKING, ClassVar

from ... import _model as _m

if TYPE_CHECKING:
    from ..._model import Decoder


class CreateResourcePolicyRequest(_m.StraitObject):
    """CreateResourcePolicyRequest: a typed ``dict`` of the JSON the server sent."""

    __slots__ = ()
    actions: list[str]
    project_id: str
    resource_id: str
    resource_type: str
    user_id: str

    _fields: ClassVar[dict[str, tuple[str, Decoder]]] = {
        "actions": ("actions", _m.ListOf(_m.STR)),
        "project_id": ("project_id", _m.STR),
        "resource_id": ("resource_id", _m.STR),
        "resource_type": ("resource_type", _m.STR),
        "user_id": ("user_id", _m.STR),
    }
    _required: ClassVar[tuple[str, ...]] = (
        "actions",
        "project_id",
        "resource_id",
        "resource_type",
        "user_id",
    )
    _closed: ClassVar[bool] = True


__all__ = ["CreateResourcePolicyRequest"]
