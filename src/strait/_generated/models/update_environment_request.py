from __future__ import annotations

from typing import TYPE_CHECKING, Any, ClassVar

from ... import _model as _m

if TYPE_CHECKING:
    from collections.abc import Mapping

    from ..._model import Decoder
    from .update_environment_request_variables_type_0 import (
        UpdateEnvironmentRequestVariablesType0,
    )


class UpdateEnvironmentRequest(_m.StraitObject):
    """UpdateEnvironmentRequest: a typed ``dict`` of the JSON the server sent."""

    __slots__ = ()
    name: str | None
    parent_id: str | None
    slug: str | None
    variables: UpdateEnvironmentRequestVariablesType0 | None

    if TYPE_CHECKING:
        # what mypy checks: a mapping of wire names, and/or fields by attribute name
        def __init__(
            self,
            _data: Mapping[str, Any] | None = None,
            /,
            *,
            name: str | None = ...,
            parent_id: str | None = ...,
            slug: str | None = ...,
            variables: UpdateEnvironmentRequestVariablesType0
            | Mapping[str, Any]
            | None = ...,
        ) -> None: ...

    _fields: ClassVar[dict[str, tuple[str, Decoder]]] = {
        "name": ("name", _m.Union(_m.STR, _m.NONE)),
        "parent_id": ("parent_id", _m.Union(_m.STR, _m.NONE)),
        "slug": ("slug", _m.Union(_m.STR, _m.NONE)),
        "variables": (
            "variables",
            _m.Union(
                _m.Model(
                    "update_environment_request_variables_type_0",
                    "UpdateEnvironmentRequestVariablesType0",
                ),
                _m.NONE,
            ),
        ),
    }
    _required: ClassVar[tuple[str, ...]] = ()
    _closed: ClassVar[bool] = True


__all__ = ["UpdateEnvironmentRequest"]
