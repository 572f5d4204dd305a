from __future__ import annotations

from typing import TYPE_CHECKING, Any, ClassVar

from ... import _model as _m

if TYPE_CHECKING:
    from collections.abc import Mapping, Sequence

    from ..._model import Decoder
    from .api_error_code import APIErrorCode


class APIError(_m.StraitObject):
    """APIError: a typed ``dict`` of the JSON the server sent."""

    __slots__ = ()
    code: APIErrorCode
    message: str
    details: list[str]

    if TYPE_CHECKING:
        # what mypy checks: a mapping of wire names, and/or fields by attribute name
        def __init__(
            self,
            _data: Mapping[str, Any] | None = None,
            /,
            *,
            code: APIErrorCode = ...,
            message: str = ...,
            details: Sequence[str] = ...,
        ) -> None: ...

    _fields: ClassVar[dict[str, tuple[str, Decoder]]] = {
        "code": (
            "code",
            _m.Enum(
                "authentication_required",
                "bad_request",
                "conflict",
                "enqueue_throttled",
                "forbidden",
                "internal_error",
                "not_found",
                "rate_limited",
                "service_unavailable",
                "validation_failed",
            ),
        ),
        "message": ("message", _m.STR),
        "details": ("details", _m.ListOf(_m.STR)),
    }
    _required: ClassVar[tuple[str, ...]] = (
        "code",
        "message",
    )
    _closed: ClassVar[bool] = True


__all__ = ["APIError"]
