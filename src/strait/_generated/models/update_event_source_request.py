from __future__ import annotations

from typing import TYPE_CHECKING, Any, ClassVar

from ... import _model as _m

if TYPE_CHECKING:
    from collections.abc import Mapping

    from ..._model import Decoder
    from .update_event_source_request_signature_algorithm_type_1 import (
        UpdateEventSourceRequestSignatureAlgorithmType1,
    )
    from .update_event_source_request_signature_algorithm_type_2_type_1 import (
        UpdateEventSourceRequestSignatureAlgorithmType2Type1,
    )
    from .update_event_source_request_signature_algorithm_type_3_type_1 import (
        UpdateEventSourceRequestSignatureAlgorithmType3Type1,
    )


class UpdateEventSourceRequest(_m.StraitObject):
    """UpdateEventSourceRequest: a typed ``dict`` of the JSON the server sent."""

    __slots__ = ()
    description: str | None
    enabled: bool | None
    name: str | None
    schema: Any
    signature_algorithm: (
        UpdateEventSourceRequestSignatureAlgorithmType1
        | UpdateEventSourceRequestSignatureAlgorithmType2Type1
        | UpdateEventSourceRequestSignatureAlgorithmType3Type1
        | None
    )
    signature_header: str | None
    signature_secret: str | None

    if TYPE_CHECKING:
        # what mypy checks: a mapping of wire names, and/or fields by attribute name
        def __init__(
            self,
            _data: Mapping[str, Any] | None = None,
            /,
            *,
            description: str | None = ...,
            enabled: bool | None = ...,
            name: str | None = ...,
            schema: Any = ...,
            signature_algorithm: UpdateEventSourceRequestSignatureAlgorithmType1
            | UpdateEventSourceRequestSignatureAlgorithmType2Type1
            | UpdateEventSourceRequestSignatureAlgorithmType3Type1
            | None = ...,
            signature_header: str | None = ...,
            signature_secret: str | None = ...,
        ) -> None: ...

    _fields: ClassVar[dict[str, tuple[str, Decoder]]] = {
        "description": ("description", _m.Union(_m.STR, _m.NONE)),
        "enabled": ("enabled", _m.Union(_m.BOOL, _m.NONE)),
        "name": ("name", _m.Union(_m.STR, _m.NONE)),
        "schema": ("schema", _m.ANY),
        "signature_algorithm": (
            "signature_algorithm",
            _m.Union(
                _m.NONE,
                _m.Enum("github-sha256", "hmac-sha256", "stripe-v1"),
                _m.Enum("github-sha256", "hmac-sha256", "stripe-v1"),
                _m.Enum("github-sha256", "hmac-sha256", "stripe-v1"),
            ),
        ),
        "signature_header": ("signature_header", _m.Union(_m.STR, _m.NONE)),
        "signature_secret": ("signature_secret", _m.Union(_m.STR, _m.NONE)),
    }
    _required: ClassVar[tuple[str, ...]] = ()
    _closed: ClassVar[bool] = True


__all__ = ["UpdateEventSourceRequest"]
