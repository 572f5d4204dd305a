from __future__ import annotations

from typing import TYPE_CHECKING, ClassVar

from ... import _model as _m

if TYPE_CHECKING:
    from ..._model import Decoder


class CreateJobDependencyRequest(_m.StraitObject):
    """CreateJobDependencyRequest: a typed ``dict`` of the JSON the server sent."""

    __slots__ = ()
    depends_on_job_id: str
    condition: str

    _fields: ClassVar[dict[str, tuple[str, Decoder]]] = {
        "depends_on_job_id": ("depends_on_job_id", _m.STR),
        "condition": ("condition", _m.STR),
    }
    _required: ClassVar[tuple[str, ...]] = ("depends_on_job_id",)
    _closed: ClassVar[bool] = True


__all__ = ["CreateJobDependencyRequest"]
