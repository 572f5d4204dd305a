from __future__ import annotations

from typing import TYPE_CHECKING, Any, ClassVar

from ... import _model as _m

if TYPE_CHECKING:
    from collections.abc import Mapping

    from ..._model import Decoder
    from .create_event_source_request_signature_algorithm import (
        CreateEventSourceRequestSignatureAlgorithm,
    )


class CreateEventSourceRequest(_m.StraitObject):
    """CreateEventSourceRequest: a typed ``dict`` of the JSON the server sent."""

    __slots__ = ()
    name: str
    project_id: str
    description: str
    enabled: bool | None
    schema: Any
    signature_algorithm: CreateEventSourceRequestSignatureAlgorithm
    signature_header: str
    signature_secret: str

    if TYPE_CHECKING:
        # what mypy checks: a mapping of wire names, and/or fields by attribute name
        def __init__(
            self,
            _data: Mapping[str, Any] | None = None,
            /,
            *,
            name: str = ...,
            project_id: str = ...,
            description: str = ...,
            enabled: bool | None = ...,
            schema: Any = ...,
            signature_algorithm: CreateEventSourceRequestSignatureAlgorithm = ...,
            signature_header: str = ...,
            signature_secret: str = ...,
        ) -> None: ...

    _fields: ClassVar[dict[str, tuple[str, Decoder]]] = {
        "name": ("name", _m.STR),
        "project_id": ("project_id", _m.STR),
        "description": ("description", _m.STR),
        "enabled": ("enabled", _m.Union(_m.BOOL, _m.NONE)),
        "schema": ("schema", _m.ANY),
        "signature_algorithm": (
            "signature_algorithm",
            _m.Enum("github-sha256", "hmac-sha256", "stripe-v1"),
        ),
        "signature_header": ("signature_header", _m.STR),
        "signature_secret": ("signature_secret", _m.STR),
    }
    _required: ClassVar[tuple[str, ...]] = (
        "name",
        "project_id",
    )
    _closed: ClassVar[bool] = True


__all__ = ["CreateEventSourceRequest"]
