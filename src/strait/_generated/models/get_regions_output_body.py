from __future__ import annotations

from typing import TYPE_CHECKING, Any, ClassVar

from ... import _model as _m

if TYPE_CHECKING:
    from collections.abc import Mapping, Sequence

    from ..._model import Decoder
    from .region_response import RegionResponse


class GetRegionsOutputBody(_m.StraitObject):
    """GetRegionsOutputBody: a typed ``dict`` of the JSON the server sent."""

    __slots__ = ()
    regions: list[RegionResponse] | None

    if TYPE_CHECKING:
        # what mypy checks: a mapping of wire names, and/or fields by attribute name
        def __init__(
            self,
            _data: Mapping[str, Any] | None = None,
            /,
            *,
            regions: Sequence[RegionResponse | Mapping[str, Any]] | None = ...,
        ) -> None: ...

    _fields: ClassVar[dict[str, tuple[str, Decoder]]] = {
        "regions": (
            "regions",
            _m.Union(_m.ListOf(_m.Model("region_response", "RegionResponse")), _m.NONE),
        ),
    }
    _required: ClassVar[tuple[str, ...]] = ("regions",)
    _closed: ClassVar[bool] = True


__all__ = ["GetRegionsOutputBody"]
