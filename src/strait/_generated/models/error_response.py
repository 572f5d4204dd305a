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

from ..types import UNSET, Unset, WireMapping

if TYPE_CHECKING:
    from ..models.api_error import APIError

_lazy_pending = True


def _load_lazy_imports() -> None:
    # strait template: the models this one refers to (which may import it back) are
    # resolved once, on the first parse, instead of by an import statement per call.
    global _lazy_pending, APIError
    from ..models.api_error import APIError

    _lazy_pending = False


T = TypeVar("T", bound="ErrorResponse")


@_attrs_define
class ErrorResponse(WireMapping):
    """
    Attributes:
        error (APIError):
        request_id (str | Unset):
    """

    _wire_names: ClassVar[dict[str, str]] = {
        "error": "error",
        "request_id": "request_id",
    }

    error: APIError
    request_id: str | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        error = self.error.to_dict()

        request_id = self.request_id

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "error": error,
            }
        )
        if request_id is not UNSET:
            field_dict["request_id"] = request_id

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        if _lazy_pending:
            _load_lazy_imports()
        # strait template: no leftover keys are kept, so read the mapping without copying it
        d = src_dict or {}
        error = APIError.from_dict(d["error"])

        request_id = d.get("request_id", UNSET)

        error_response = cls(
            error=error,
            request_id=request_id,
        )

        return error_response
