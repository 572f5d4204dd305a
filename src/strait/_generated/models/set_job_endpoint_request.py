from __future__ import annotations

from typing import TYPE_CHECKING, Any, ClassVar

from ... import _model as _m

if TYPE_CHECKING:
    from collections.abc import Mapping

    from ..._model import Decoder


class SetJobEndpointRequest(_m.StraitObject):
    """SetJobEndpointRequest: a typed ``dict`` of the JSON the server sent."""

    __slots__ = ()
    endpoint_url: str
    fallback_endpoint_url: str
    rotate_signing_secret: bool

    if TYPE_CHECKING:
        # what mypy checks: a mapping of wire names, and/or fields by attribute name
        def __init__(
            self,
            _data: Mapping[str, Any] | None = None,
            /,
            *,
            endpoint_url: str = ...,
            fallback_endpoint_url: str = ...,
            rotate_signing_secret: bool = ...,
        ) -> None: ...

    _fields: ClassVar[dict[str, tuple[str, Decoder]]] = {
        "endpoint_url": ("endpoint_url", _m.STR),
        "fallback_endpoint_url": ("fallback_endpoint_url", _m.STR),
        "rotate_signing_secret": ("rotate_signing_secret", _m.BOOL),
    }
    _required: ClassVar[tuple[str, ...]] = ("endpoint_url",)
    _closed: ClassVar[bool] = True


__all__ = ["SetJobEndpointRequest"]
