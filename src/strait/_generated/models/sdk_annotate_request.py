from __future__ import annotations

from typing import TYPE_CHECKING, ClassVar

from ... import _model as _m

if TYPE_CHECKING:
    from ..._model import Decoder
    from .sdk_annotate_request_annotations import SDKAnnotateRequestAnnotations


class SDKAnnotateRequest(_m.StraitObject):
    """SDKAnnotateRequest: a typed ``dict`` of the JSON the server sent."""

    __slots__ = ()
    annotations: SDKAnnotateRequestAnnotations

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
