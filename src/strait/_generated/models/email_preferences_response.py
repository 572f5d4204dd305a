from __future__ import annotations

from typing import TYPE_CHECKING, ClassVar

from ... import _model as _m

if TYPE_CHECKING:
    from ..._model import Decoder


class EmailPreferencesResponse(_m.StraitObject):
    """EmailPreferencesResponse: a typed ``dict`` of the JSON the server sent."""

    __slots__ = ()
    monthly_usage_email: bool

    _fields: ClassVar[dict[str, tuple[str, Decoder]]] = {
        "monthly_usage_email": ("monthly_usage_email", _m.BOOL),
    }
    _required: ClassVar[tuple[str, ...]] = ("monthly_usage_email",)
    _closed: ClassVar[bool] = True


__all__ = ["EmailPreferencesResponse"]
