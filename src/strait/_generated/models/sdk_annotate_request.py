from __future__ import annotations

from collections.abc import Mapping
from typing import (
    TYPE_CHECKING,
    Any,
    ClassVar,
    Self,
    TypeVar,
)

from attrs import define as _attrs_define

from ..types import WireMapping

if TYPE_CHECKING:
    from ..models.sdk_annotate_request_annotations import SDKAnnotateRequestAnnotations

_lazy_pending = True


def _load_lazy_imports() -> None:
    # strait template: the models this one refers to (which may import it back) are
    # resolved once, on the first parse, instead of by an import statement per call.
    global _lazy_pending, SDKAnnotateRequestAnnotations
    from ..models.sdk_annotate_request_annotations import SDKAnnotateRequestAnnotations

    _lazy_pending = False


T = TypeVar("T", bound="SDKAnnotateRequest")


@_attrs_define
class SDKAnnotateRequest(WireMapping):
    """
    Attributes:
        annotations (SDKAnnotateRequestAnnotations):
    """

    _wire_names: ClassVar[dict[str, str]] = {
        "annotations": "annotations",
    }

    annotations: SDKAnnotateRequestAnnotations

    def to_dict(self) -> dict[str, Any]:
        annotations = self.annotations.to_dict()

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "annotations": annotations,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        if _lazy_pending:
            _load_lazy_imports()
        # strait template: no leftover keys are kept, so read the mapping without copying it
        d = src_dict or {}
        annotations = SDKAnnotateRequestAnnotations.from_dict(d["annotations"])

        sdk_annotate_request = cls(
            annotations=annotations,
        )

        return sdk_annotate_request
