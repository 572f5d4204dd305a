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

from ..types import UNSET, Unset, WireMapping

T = TypeVar("T", bound="CreateAPIKeyResponse")


@_attrs_define
class CreateAPIKeyResponse(WireMapping):
    """
    Attributes:
        created_at (datetime.datetime):
        id (str):
        key (str):
        key_prefix (str):
        name (str):
        project_id (str):
        scopes (list[str] | None):
        expires_at (datetime.datetime | None | Unset):
        rotation_webhook_secret (str | Unset):
    """

    _wire_names: ClassVar[dict[str, str]] = {
        "created_at": "created_at",
        "id": "id",
        "key": "key",
        "key_prefix": "key_prefix",
        "name": "name",
        "project_id": "project_id",
        "scopes": "scopes",
        "expires_at": "expires_at",
        "rotation_webhook_secret": "rotation_webhook_secret",
    }

    created_at: datetime.datetime
    id: str
    key: str
    key_prefix: str
    name: str
    project_id: str
    scopes: list[str] | None
    expires_at: datetime.datetime | None | Unset = UNSET
    rotation_webhook_secret: str | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        created_at = self.created_at.isoformat()

        id = self.id

        key = self.key

        key_prefix = self.key_prefix

        name = self.name

        project_id = self.project_id

        scopes: list[str] | None
        if isinstance(self.scopes, list):
            scopes = self.scopes

        else:
            scopes = self.scopes

        expires_at: None | str | Unset
        if isinstance(self.expires_at, Unset):
            expires_at = UNSET
        elif isinstance(self.expires_at, datetime.datetime):
            expires_at = self.expires_at.isoformat()
        else:
            expires_at = self.expires_at

        rotation_webhook_secret = self.rotation_webhook_secret

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "created_at": created_at,
                "id": id,
                "key": key,
                "key_prefix": key_prefix,
                "name": name,
                "project_id": project_id,
                "scopes": scopes,
            }
        )
        if expires_at is not UNSET:
            field_dict["expires_at"] = expires_at
        if rotation_webhook_secret is not UNSET:
            field_dict["rotation_webhook_secret"] = rotation_webhook_secret

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        # strait template: no leftover keys are kept, so read the mapping without copying it
        d = src_dict or {}
        created_at = datetime.datetime.fromisoformat(d["created_at"])

        id = d["id"]

        key = d["key"]

        key_prefix = d["key_prefix"]

        name = d["name"]

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

        def _parse_expires_at(data: object) -> datetime.datetime | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                expires_at_type_0 = datetime.datetime.fromisoformat(data)

                return expires_at_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.datetime | None | Unset, data)

        expires_at = _parse_expires_at(d.get("expires_at", UNSET))

        rotation_webhook_secret = d.get("rotation_webhook_secret", UNSET)

        create_api_key_response = cls(
            created_at=created_at,
            id=id,
            key=key,
            key_prefix=key_prefix,
            name=name,
            project_id=project_id,
            scopes=scopes,
            expires_at=expires_at,
            rotation_webhook_secret=rotation_webhook_secret,
        )

        return create_api_key_response
