from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import (
    Any,
    ClassVar,
    Self,
    TypeVar,
    cast,
)

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import WireMapping

T = TypeVar("T", bound="RotateApiKeyResponse201")


@_attrs_define
class RotateApiKeyResponse201(WireMapping):
    """
    Attributes:
        created_at (datetime.datetime):
        expires_at (datetime.datetime):
        grace_expires_at (datetime.datetime):
        key (str):
        key_prefix (str):
        name (str):
        new_key_id (str):
        old_key_id (str):
        project_id (str):
        scopes (list[str]):
    """

    _wire_names: ClassVar[dict[str, str]] = {
        "created_at": "created_at",
        "expires_at": "expires_at",
        "grace_expires_at": "grace_expires_at",
        "key": "key",
        "key_prefix": "key_prefix",
        "name": "name",
        "new_key_id": "new_key_id",
        "old_key_id": "old_key_id",
        "project_id": "project_id",
        "scopes": "scopes",
    }

    created_at: datetime.datetime
    expires_at: datetime.datetime
    grace_expires_at: datetime.datetime
    key: str
    key_prefix: str
    name: str
    new_key_id: str
    old_key_id: str
    project_id: str
    scopes: list[str]
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        created_at = self.created_at.isoformat()

        expires_at = self.expires_at.isoformat()

        grace_expires_at = self.grace_expires_at.isoformat()

        key = self.key

        key_prefix = self.key_prefix

        name = self.name

        new_key_id = self.new_key_id

        old_key_id = self.old_key_id

        project_id = self.project_id

        scopes = self.scopes

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "created_at": created_at,
                "expires_at": expires_at,
                "grace_expires_at": grace_expires_at,
                "key": key,
                "key_prefix": key_prefix,
                "name": name,
                "new_key_id": new_key_id,
                "old_key_id": old_key_id,
                "project_id": project_id,
                "scopes": scopes,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict or {})
        created_at = datetime.datetime.fromisoformat(d.pop("created_at"))

        expires_at = datetime.datetime.fromisoformat(d.pop("expires_at"))

        grace_expires_at = datetime.datetime.fromisoformat(d.pop("grace_expires_at"))

        key = d.pop("key")

        key_prefix = d.pop("key_prefix")

        name = d.pop("name")

        new_key_id = d.pop("new_key_id")

        old_key_id = d.pop("old_key_id")

        project_id = d.pop("project_id")

        scopes = cast(list[str], d.pop("scopes"))

        rotate_api_key_response_201 = cls(
            created_at=created_at,
            expires_at=expires_at,
            grace_expires_at=grace_expires_at,
            key=key,
            key_prefix=key_prefix,
            name=name,
            new_key_id=new_key_id,
            old_key_id=old_key_id,
            project_id=project_id,
            scopes=scopes,
        )

        rotate_api_key_response_201.additional_properties = d
        return rotate_api_key_response_201

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __setitem__(self, key: str, value: Any) -> None:
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]
