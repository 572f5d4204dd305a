from __future__ import annotations

from typing import TYPE_CHECKING, Any, ClassVar

from ... import _model as _m

if TYPE_CHECKING:
    from collections.abc import Mapping

    from ..._model import Decoder
    from .sdk_annotate_request_annotations import SDKAnnotateRequestAnnotations


class SDKAnnotateRequest(_m.StraitObject):
    """SDKAnnotateRequest: a typed ``dict`` of the JSON the server sent."""

    __slots__ = ()
    annotations: SDKAnnotateRequestAnnotations

    if TYPE_CHECKING:
        # what mypy checks: a mapping of wire names, and/or fields by attribute name
        def __init__(
            self,
            _data: Mapping[str, Any] | None = None,
            /,
            *,
            annotations: SDKAnnotateRequestAnnotations | Mapping[str, Any] = ...,
        ) -> None: ...

    _fields: ClassVar[dict[str, tuple[str, Decoder]]] = {
        "annotations": (
            "annotations",
            _m.Model(
                "sdk_annotate_request_annotations", "SDKAnnotateRequestAnnotations"
            ),
        ),
    }
    _required: ClassVar[tuple[str, ...]] = ("annotations",)
    _closed: ClassVar[bool] = True


__all__ = ["SDKAnnotateRequest"]
