from __future__ import annotations

from collections.abc import Mapping
from typing import (
    Any,
    ClassVar,
    Self,
    TypeVar,
    cast,
)

from attrs import define as _attrs_define

from ..types import WireMapping

T = TypeVar("T", bound="DeviceTokenResponse")


@_attrs_define
class DeviceTokenResponse(WireMapping):
    """
    Attributes:
        api_key (str):
        project_id (str):
        scopes (list[str] | None):
    """

    _wire_names: ClassVar[dict[str, str]] = {
        "api_key": "api_key",
        "project_id": "project_id",
        "scopes": "scopes",
    }

    api_key: str
    project_id: str
    scopes: list[str] | None

    def to_dict(self) -> dict[str, Any]:
        api_key = self.api_key

        project_id = self.project_id

        scopes: list[str] | None
        if isinstance(self.scopes, list):
            scopes = self.scopes

        else:
            scopes = self.scopes

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "api_key": api_key,
                "project_id": project_id,
                "scopes": scopes,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        # strait template: no leftover keys are kept, so read the mapping without copying it
        d = src_dict or {}
        api_key = d["api_key"]

        project_id = d["project_id"]

        def _parse_scopes(data: object) -> list[str] | None:
            if data is None:
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                scopes_type_0 = cast(list[str], data)

                return scopes_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[str] | None, data)

        scopes = _parse_scopes(d["scopes"])

        device_token_response = cls(
            api_key=api_key,
            project_id=project_id,
            scopes=scopes,
        )

        return device_token_response
