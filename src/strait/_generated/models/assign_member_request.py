from __future__ import annotations

from typing import TYPE_CHECKING, Any, ClassVar

from ... import _model as _m

if TYPE_CHECKING:
    from collections.abc import Mapping

    from ..._model import Decoder


class AssignMemberRequest(_m.StraitObject):
    """AssignMemberRequest: a typed ``dict`` of the JSON the server sent."""

    __slots__ = ()
    role_id: str
    user_id: str

    if TYPE_CHECKING:
        # what mypy checks: a mapping of wire names, and/or fields by attribute name
        def __init__(
            self,
            _data: Mapping[str, Any] | None = None,
            /,
            *,
            role_id: str = ...,
            user_id: str = ...,
        ) -> None: ...

    _fields: ClassVar[dict[str, tuple[str, Decoder]]] = {
        "role_id": ("role_id", _m.STR),
        "user_id": ("user_id", _m.STR),
    }
    _required: ClassVar[tuple[str, ...]] = (
        "role_id",
        "user_id",
    )
    _closed: ClassVar[bool] = True


__all__ = ["AssignMemberRequest"]
