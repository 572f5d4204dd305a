from __future__ import annotations

from typing import TYPE_CHECKING, Any, ClassVar

from ... import _model as _m

if TYPE_CHECKING:
    from collections.abc import Mapping

    from ..._model import Decoder


class CloudEditionRequired(_m.StraitObject):
    """CloudEditionRequired: a typed ``dict`` of the JSON the server sent."""

    __slots__ = ()
    edition: str
    error: str
    upgrade: str

    if TYPE_CHECKING:
        # what mypy checks: a mapping of wire names, and/or fields by attribute name
        def __init__(
            self,
            _data: Mapping[str, Any] | None = None,
            /,
            *,
            edition: str = ...,
            error: str = ...,
            upgrade: str = ...,
        ) -> None: ...

    _fields: ClassVar[dict[str, tuple[str, Decoder]]] = {
        "edition": ("edition", _m.STR),
        "error": ("error", _m.STR),
        "upgrade": ("upgrade", _m.STR),
    }
    _required: ClassVar[tuple[str, ...]] = (
        "edition",
        "error",
        "upgrade",
    )
    _closed: ClassVar[bool] = True


__all__ = ["CloudEditionRequired"]
