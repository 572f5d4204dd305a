from __future__ import annotations

from typing import TYPE_CHECKING, Any, ClassVar

from ... import _model as _m

if TYPE_CHECKING:
    from collections.abc import Mapping, Sequence

    from ..._model import Decoder


class DiffWorkflowVersionsResponse200(_m.StraitObject):
    """DiffWorkflowVersionsResponse200: a typed ``dict`` of the JSON the server sent."""

    __slots__ = ()
    added_steps: list[str]
    from_version_id: str
    removed_steps: list[str]
    to_version_id: str

    if TYPE_CHECKING:
        # what mypy checks: a mapping of wire names, and/or fields by attribute name
        def __init__(
            self,
            _data: Mapping[str, Any] | None = None,
            /,
            *,
            added_steps: Sequence[str] = ...,
            from_version_id: str = ...,
            removed_steps: Sequence[str] = ...,
            to_version_id: str = ...,
        ) -> None: ...

    _fields: ClassVar[dict[str, tuple[str, Decoder]]] = {
        "added_steps": ("added_steps", _m.ListOf(_m.STR)),
        "from_version_id": ("from_version_id", _m.STR),
        "removed_steps": ("removed_steps", _m.ListOf(_m.STR)),
        "to_version_id": ("to_version_id", _m.STR),
    }
    _required: ClassVar[tuple[str, ...]] = (
        "added_steps",
        "from_version_id",
        "removed_steps",
        "to_version_id",
    )
    _closed: ClassVar[bool] = False


__all__ = ["DiffWorkflowVersionsResponse200"]
