from __future__ import annotations

from typing import TYPE_CHECKING, Any, ClassVar

from ... import _model as _m

if TYPE_CHECKING:
    from collections.abc import Mapping

    from ..._model import Decoder


class CreateJobDependencyRequest(_m.StraitObject):
    """CreateJobDependencyRequest: a typed ``dict`` of the JSON the server sent."""

    __slots__ = ()
    depends_on_job_id: str
    condition: str

    if TYPE_CHECKING:
        # what mypy checks: a mapping of wire names, and/or fields by attribute name
        def __init__(
            self,
            _data: Mapping[str, Any] | None = None,
            /,
            *,
            depends_on_job_id: str = ...,
            condition: str = ...,
        ) -> None: ...

    _fields: ClassVar[dict[str, tuple[str, Decoder]]] = {
        "depends_on_job_id": ("depends_on_job_id", _m.STR),
        "condition": ("condition", _m.STR),
    }
    _required: ClassVar[tuple[str, ...]] = ("depends_on_job_id",)
    _closed: ClassVar[bool] = True


__all__ = ["CreateJobDependencyRequest"]
