from __future__ import annotations

from typing import TYPE_CHECKING, Any, ClassVar

from ... import _model as _m

if TYPE_CHECKING:
    from collections.abc import Mapping

    from ..._model import Decoder


class CloneWorkflowRequest(_m.StraitObject):
    """CloneWorkflowRequest: a typed ``dict`` of the JSON the server sent."""

    __slots__ = ()
    name: str
    project_id: str
    slug: str

    if TYPE_CHECKING:
        # what mypy checks: a mapping of wire names, and/or fields by attribute name
        def __init__(
            self,
            _data: Mapping[str, Any] | None = None,
            /,
            *,
            name: str = ...,
            project_id: str = ...,
            slug: str = ...,
        ) -> None: ...

    _fields: ClassVar[dict[str, tuple[str, Decoder]]] = {
        "name": ("name", _m.STR),
        "project_id": ("project_id", _m.STR),
        "slug": ("slug", _m.STR),
    }
    _required: ClassVar[tuple[str, ...]] = ()
    _closed: ClassVar[bool] = True


__all__ = ["CloneWorkflowRequest"]
