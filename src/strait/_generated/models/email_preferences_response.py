from __future__ import annotations

from typing import TYPE_CHECKING, Any, ClassVar

from ... import _model as _m

if TYPE_CHECKING:
    from collections.abc import Mapping

    from ..._model import Decoder


class EmailPreferencesResponse(_m.StraitObject):
    """EmailPreferencesResponse: a typed ``dict`` of the JSON the server sent."""

    __slots__ = ()
    monthly_usage_email: bool

    if TYPE_CHECKING:
        # what mypy checks: a mapping of wire names, and/or fields by attribute name
        def __init__(
            self,
            _data: Mapping[str, Any] | None = None,
            /,
            *,
            monthly_usage_email: bool = ...,
        ) -> None: ...

    _fields: ClassVar[dict[str, tuple[str, Decoder]]] = {
        "monthly_usage_email": ("monthly_usage_email", _m.BOOL),
    }
    _required: ClassVar[tuple[str, ...]] = ("monthly_usage_email",)
    _closed: ClassVar[bool] = True


__all__ = ["EmailPreferencesResponse"]
