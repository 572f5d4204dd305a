from __future__ import annotations

from typing import TYPE_CHECKING, Any, ClassVar

from ... import _model as _m

if TYPE_CHECKING:
    from collections.abc import Mapping, Sequence

    from ..._model import Decoder


class CreateResourcePolicyRequest(_m.StraitObject):
    """CreateResourcePolicyRequest: a typed ``dict`` of the JSON the server sent."""

    __slots__ = ()
    actions: list[str]
    project_id: str
    resource_id: str
    resource_type: str
    user_id: str

    if TYPE_CHECKING:
        # what mypy checks: a mapping of wire names, and/or fields by attribute name
        def __init__(
            self,
            _data: Mapping[str, Any] | None = None,
            /,
            *,
            actions: Sequence[str] = ...,
            project_id: str = ...,
            resource_id: str = ...,
            resource_type: str = ...,
            user_id: str = ...,
        ) -> None: ...

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
