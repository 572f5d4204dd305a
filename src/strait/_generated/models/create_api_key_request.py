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

from ..types import UNSET, Unset, WireMapping

T = TypeVar("T", bound="CreateAPIKeyRequest")


@_attrs_define
class CreateAPIKeyRequest(WireMapping):
    """
    Attributes:
        name (str):
        project_id (str):
        environment_id (str | Unset):
        expires_in_days (int | None | Unset):
        org_id (str | Unset):
        rotation_interval_days (int | None | Unset):
        rotation_webhook_url (str | Unset):
        scopes (list[str] | Unset):
    """

    _wire_names: ClassVar[dict[str, str]] = {
        "name": "name",
        "project_id": "project_id",
        "environment_id": "environment_id",
        "expires_in_days": "expires_in_days",
        "org_id": "org_id",
        "rotation_interval_days": "rotation_interval_days",
        "rotation_webhook_url": "rotation_webhook_url",
        "scopes": "scopes",
    }

    name: str
    project_id: str
    environment_id: str | Unset = UNSET
    expires_in_days: int | None | Unset = UNSET
    org_id: str | Unset = UNSET
    rotation_interval_days: int | None | Unset = UNSET
    rotation_webhook_url: str | Unset = UNSET
    scopes: list[str] | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        name = self.name

        project_id = self.project_id

        environment_id = self.environment_id

        expires_in_days: int | None | Unset
        if isinstance(self.expires_in_days, Unset):
            expires_in_days = UNSET
        else:
            expires_in_days = self.expires_in_days

        org_id = self.org_id

        rotation_interval_days: int | None | Unset
        if isinstance(self.rotation_interval_days, Unset):
            rotation_interval_days = UNSET
        else:
            rotation_interval_days = self.rotation_interval_days

        rotation_webhook_url = self.rotation_webhook_url

        scopes: list[str] | Unset = UNSET
        if not isinstance(self.scopes, Unset):
            scopes = self.scopes

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "name": name,
                "project_id": project_id,
            }
        )
        if environment_id is not UNSET:
            field_dict["environment_id"] = environment_id
        if expires_in_days is not UNSET:
            field_dict["expires_in_days"] = expires_in_days
        if org_id is not UNSET:
            field_dict["org_id"] = org_id
        if rotation_interval_days is not UNSET:
            field_dict["rotation_interval_days"] = rotation_interval_days
        if rotation_webhook_url is not UNSET:
            field_dict["rotation_webhook_url"] = rotation_webhook_url
        if scopes is not UNSET:
            field_dict["scopes"] = scopes

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        # strait template: no leftover keys are kept, so read the mapping without copying it
        d = src_dict or {}
        name = d["name"]

        project_id = d["project_id"]

        environment_id = d.get("environment_id", UNSET)

        def _parse_expires_in_days(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        expires_in_days = _parse_expires_in_days(d.get("expires_in_days", UNSET))

        org_id = d.get("org_id", UNSET)

        def _parse_rotation_interval_days(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        rotation_interval_days = _parse_rotation_interval_days(
            d.get("rotation_interval_days", UNSET)
        )

        rotation_webhook_url = d.get("rotation_webhook_url", UNSET)

        scopes = cast(list[str], d.get("scopes", UNSET))

        create_api_key_request = cls(
            name=name,
            project_id=project_id,
            environment_id=environment_id,
            expires_in_days=expires_in_days,
            org_id=org_id,
            rotation_interval_days=rotation_interval_days,
            rotation_webhook_url=rotation_webhook_url,
            scopes=scopes,
        )

        return create_api_key_request
