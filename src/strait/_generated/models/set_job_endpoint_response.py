from __future__ import annotations

from typing import TYPE_CHECKING, Any, ClassVar

from ... import _model as _m

if TYPE_CHECKING:
    from collections.abc import Mapping

    from ..._model import Decoder
    from .job import Job


class SetJobEndpointResponse(_m.StraitObject):
    """SetJobEndpointResponse: a typed ``dict`` of the JSON the server sent."""

    __slots__ = ()
    job: Job | None
    signing_secret: str

    if TYPE_CHECKING:
        # what mypy checks: a mapping of wire names, and/or fields by attribute name
        def __init__(
            self,
            _data: Mapping[str, Any] | None = None,
            /,
            *,
            job: Job | Mapping[str, Any] | None = ...,
            signing_secret: str = ...,
        ) -> None: ...

    _fields: ClassVar[dict[str, tuple[str, Decoder]]] = {
        "job": ("job", _m.Union(_m.Model("job", "Job"), _m.NONE)),
        "signing_secret": ("signing_secret", _m.STR),
    }
    _required: ClassVar[tuple[str, ...]] = ()
    _closed: ClassVar[bool] = True


__all__ = ["SetJobEndpointResponse"]
