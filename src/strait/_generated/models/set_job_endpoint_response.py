from __future__ import annotations

from typing import TYPE_CHECKING, ClassVar

from ... import _model as _m

if TYPE_CHECKING:
    from ..._model import Decoder
    from .job import Job


class SetJobEndpointResponse(_m.StraitObject):
    """SetJobEndpointResponse: a typed ``dict`` of the JSON the server sent."""

    __slots__ = ()
    job: Job | None
    signing_secret: str

    _fields: ClassVar[dict[str, tuple[str, Decoder]]] = {
        "job": ("job", _m.Union(_m.Model("job", "Job"), _m.NONE)),
        "signing_secret": ("signing_secret", _m.STR),
    }
    _required: ClassVar[tuple[str, ...]] = ()
    _closed: ClassVar[bool] = True


__all__ = ["SetJobEndpointResponse"]
