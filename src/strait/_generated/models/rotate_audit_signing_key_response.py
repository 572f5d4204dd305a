from __future__ import annotations

from typing import TYPE_CHECKING, Any, ClassVar

from ... import _model as _m

if TYPE_CHECKING:
    from collections.abc import Mapping

    from ..._model import Decoder


class RotateAuditSigningKeyResponse(_m.StraitObject):
    """RotateAuditSigningKeyResponse: a typed ``dict`` of the JSON the server sent."""

    __slots__ = ()
    new_epoch: int
    previous_epoch: int

    if TYPE_CHECKING:
        # what mypy checks: a mapping of wire names, and/or fields by attribute name
        def __init__(
            self,
            _data: Mapping[str, Any] | None = None,
            /,
            *,
            new_epoch: int = ...,
            previous_epoch: int = ...,
        ) -> None: ...

    _fields: ClassVar[dict[str, tuple[str, Decoder]]] = {
        "new_epoch": ("new_epoch", _m.INT),
        "previous_epoch": ("previous_epoch", _m.INT),
    }
    _required: ClassVar[tuple[str, ...]] = (
        "new_epoch",
        "previous_epoch",
    )
    _closed: ClassVar[bool] = True


__all__ = ["RotateAuditSigningKeyResponse"]
