from __future__ import annotations

from typing import TYPE_CHECKING, Any, ClassVar

from ... import _model as _m

if TYPE_CHECKING:
    from collections.abc import Mapping, Sequence

    from ..._model import Decoder
    from .active_version import ActiveVersion


class ActiveVersionsResponseBody(_m.StraitObject):
    """ActiveVersionsResponseBody: a typed ``dict`` of the JSON the server sent."""

    __slots__ = ()
    versions: list[ActiveVersion] | None
    workflow_id: str

    if TYPE_CHECKING:
        # what mypy checks: a mapping of wire names, and/or fields by attribute name
        def __init__(
            self,
            _data: Mapping[str, Any] | None = None,
            /,
            *,
            versions: Sequence[ActiveVersion | Mapping[str, Any]] | None = ...,
            workflow_id: str = ...,
        ) -> None: ...

    _fields: ClassVar[dict[str, tuple[str, Decoder]]] = {
        "versions": (
            "versions",
            _m.Union(_m.ListOf(_m.Model("active_version", "ActiveVersion")), _m.NONE),
        ),
        "workflow_id": ("workflow_id", _m.STR),
    }
    _required: ClassVar[tuple[str, ...]] = (
        "versions",
        "workflow_id",
    )
    _closed: ClassVar[bool] = True


__all__ = ["ActiveVersionsResponseBody"]
