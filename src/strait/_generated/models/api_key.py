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

T = TypeVar("T", bound="APIKey")


@_attrs_define
class APIKey(WireMapping):
    """
    Attributes:
        created_at (datetime.datetime):
        id (str):
        key_prefix (str):
        name (str):
        project_id (str):
        scopes (list[str] | None):
        environment_id (str | Unset):
        expires_at (datetime.datetime | None | Unset):
        grace_expires_at (datetime.datetime | None | Unset):
        last_used_at (datetime.datetime | None | Unset):
        next_rotation_at (datetime.datetime | None | Unset):
        org_id (str | Unset):
        rate_limit_requests (int | Unset):
        rate_limit_window_secs (int | Unset):
        replaced_by_key_id (str | Unset):
        revoked_at (datetime.datetime | None | Unset):
        rotation_interval_days (int | None | Unset):
        rotation_webhook_url (str | Unset):
    """

    _wire_names: ClassVar[dict[str, str]] = {
        "created_at": "created_at",
        "id": "id",
        "key_prefix": "key_prefix",
        "name": "name",
        "project_id": "project_id",
        "scopes": "scopes",
        "environment_id": "environment_id",
        "expires_at": "expires_at",
        "grace_expires_at": "grace_expires_at",
        "last_used_at": "last_used_at",
        "next_rotation_at": "next_rotation_at",
        "org_id": "org_id",
        "rate_limit_requests": "rate_limit_requests",
        "rate_limit_window_secs": "rate_limit_window_secs",
        "replaced_by_key_id": "replaced_by_key_id",
        "revoked_at": "revoked_at",
        "rotation_interval_days": "rotation_interval_days",
        "rotation_webhook_url": "rotation_webhook_url",
    }

    created_at: datetime.datetime
    id: str
    key_prefix: str
    name: str
    project_id: str
    scopes: list[str] | None
    environment_id: str | Unset = UNSET
    expires_at: datetime.datetime | None | Unset = UNSET
    grace_expires_at: datetime.datetime | None | Unset = UNSET
    last_used_at: datetime.datetime | None | Unset = UNSET
    next_rotation_at: datetime.datetime | None | Unset = UNSET
    org_id: str | Unset = UNSET
    rate_limit_requests: int | Unset = UNSET
    rate_limit_window_secs: int | Unset = UNSET
    replaced_by_key_id: str | Unset = UNSET
    revoked_at: datetime.datetime | None | Unset = UNSET
    rotation_interval_days: int | None | Unset = UNSET
    rotation_webhook_url: str | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        created_at = self.created_at.isoformat()

        id = self.id

        key_prefix = self.key_prefix

        name = self.name

        project_id = self.project_id

        scopes: list[str] | None
        if isinstance(self.scopes, list):
            scopes = self.scopes

        else:
            scopes = self.scopes

        environment_id = self.environment_id

        expires_at: None | str | Unset
        if isinstance(self.expires_at, Unset):
            expires_at = UNSET
        elif isinstance(self.expires_at, datetime.datetime):
            expires_at = self.expires_at.isoformat()
        else:
            expires_at = self.expires_at

        grace_expires_at: None | str | Unset
        if isinstance(self.grace_expires_at, Unset):
            grace_expires_at = UNSET
        elif isinstance(self.grace_expires_at, datetime.datetime):
            grace_expires_at = self.grace_expires_at.isoformat()
        else:
            grace_expires_at = self.grace_expires_at

        last_used_at: None | str | Unset
        if isinstance(self.last_used_at, Unset):
            last_used_at = UNSET
        elif isinstance(self.last_used_at, datetime.datetime):
            last_used_at = self.last_used_at.isoformat()
        else:
            last_used_at = self.last_used_at

        next_rotation_at: None | str | Unset
        if isinstance(self.next_rotation_at, Unset):
            next_rotation_at = UNSET
        elif isinstance(self.next_rotation_at, datetime.datetime):
            next_rotation_at = self.next_rotation_at.isoformat()
        else:
            next_rotation_at = self.next_rotation_at

        org_id = self.org_id

        rate_limit_requests = self.rate_limit_requests

        rate_limit_window_secs = self.rate_limit_window_secs

        replaced_by_key_id = self.replaced_by_key_id

        revoked_at: None | str | Unset
        if isinstance(self.revoked_at, Unset):
            revoked_at = UNSET
        elif isinstance(self.revoked_at, datetime.datetime):
            revoked_at = self.revoked_at.isoformat()
        else:
            revoked_at = self.revoked_at

        rotation_interval_days: int | None | Unset
        if isinstance(self.rotation_interval_days, Unset):
            rotation_interval_days = UNSET
        else:
            rotation_interval_days = self.rotation_interval_days

        rotation_webhook_url = self.rotation_webhook_url

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "created_at": created_at,
                "id": id,
                "key_prefix": key_prefix,
                "name": name,
                "project_id": project_id,
                "scopes": scopes,
            }
        )
        if environment_id is not UNSET:
            field_dict["environment_id"] = environment_id
        if expires_at is not UNSET:
            field_dict["expires_at"] = expires_at
        if grace_expires_at is not UNSET:
            field_dict["grace_expires_at"] = grace_expires_at
        if last_used_at is not UNSET:
            field_dict["last_used_at"] = last_used_at
        if next_rotation_at is not UNSET:
            field_dict["next_rotation_at"] = next_rotation_at
        if org_id is not UNSET:
            field_dict["org_id"] = org_id
        if rate_limit_requests is not UNSET:
            field_dict["rate_limit_requests"] = rate_limit_requests
        if rate_limit_window_secs is not UNSET:
            field_dict["rate_limit_window_secs"] = rate_limit_window_secs
        if replaced_by_key_id is not UNSET:
            field_dict["replaced_by_key_id"] = replaced_by_key_id
        if revoked_at is not UNSET:
            field_dict["revoked_at"] = revoked_at
        if rotation_interval_days is not UNSET:
            field_dict["rotation_interval_days"] = rotation_interval_days
        if rotation_webhook_url is not UNSET:
            field_dict["rotation_webhook_url"] = rotation_webhook_url

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        # strait template: no leftover keys are kept, so read the mapping without copying it
        d = src_dict or {}
        created_at = datetime.datetime.fromisoformat(d["created_at"])

        id = d["id"]

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

        environment_id = d.get("environment_id", UNSET)

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

        def _parse_grace_expires_at(data: object) -> datetime.datetime | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                grace_expires_at_type_0 = datetime.datetime.fromisoformat(data)

                return grace_expires_at_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.datetime | None | Unset, data)

        grace_expires_at = _parse_grace_expires_at(d.get("grace_expires_at", UNSET))

        def _parse_last_used_at(data: object) -> datetime.datetime | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                last_used_at_type_0 = datetime.datetime.fromisoformat(data)

                return last_used_at_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.datetime | None | Unset, data)

        last_used_at = _parse_last_used_at(d.get("last_used_at", UNSET))

        def _parse_next_rotation_at(data: object) -> datetime.datetime | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                next_rotation_at_type_0 = datetime.datetime.fromisoformat(data)

                return next_rotation_at_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.datetime | None | Unset, data)

        next_rotation_at = _parse_next_rotation_at(d.get("next_rotation_at", UNSET))

        org_id = d.get("org_id", UNSET)

        rate_limit_requests = d.get("rate_limit_requests", UNSET)

        rate_limit_window_secs = d.get("rate_limit_window_secs", UNSET)

        replaced_by_key_id = d.get("replaced_by_key_id", UNSET)

        def _parse_revoked_at(data: object) -> datetime.datetime | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                revoked_at_type_0 = datetime.datetime.fromisoformat(data)

                return revoked_at_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.datetime | None | Unset, data)

        revoked_at = _parse_revoked_at(d.get("revoked_at", UNSET))

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

        api_key = cls(
            created_at=created_at,
            id=id,
            key_prefix=key_prefix,
            name=name,
            project_id=project_id,
            scopes=scopes,
            environment_id=environment_id,
            expires_at=expires_at,
            grace_expires_at=grace_expires_at,
            last_used_at=last_used_at,
            next_rotation_at=next_rotation_at,
            org_id=org_id,
            rate_limit_requests=rate_limit_requests,
            rate_limit_window_secs=rate_limit_window_secs,
            replaced_by_key_id=replaced_by_key_id,
            revoked_at=revoked_at,
            rotation_interval_days=rotation_interval_days,
            rotation_webhook_url=rotation_webhook_url,
        )

        return api_key
