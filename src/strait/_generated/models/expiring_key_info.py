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

T = TypeVar("T", bound="ExpiringKeyInfo")


@_attrs_define
class ExpiringKeyInfo(WireMapping):
    """
    Attributes:
        created_at (datetime.datetime):
        id (str):
        key_prefix (str):
        name (str):
        no_expiry (bool):
        days_left (int | None | Unset):
        expires_at (datetime.datetime | None | Unset):
    """

    _wire_names: ClassVar[dict[str, str]] = {
        "created_at": "created_at",
        "id": "id",
        "key_prefix": "key_prefix",
        "name": "name",
        "no_expiry": "no_expiry",
        "days_left": "days_left",
        "expires_at": "expires_at",
    }

    created_at: datetime.datetime
    id: str
    key_prefix: str
    name: str
    no_expiry: bool
    days_left: int | None | Unset = UNSET
    expires_at: datetime.datetime | None | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        created_at = self.created_at.isoformat()

        id = self.id

        key_prefix = self.key_prefix

        name = self.name

        no_expiry = self.no_expiry

        days_left: int | None | Unset
        if isinstance(self.days_left, Unset):
            days_left = UNSET
        else:
            days_left = self.days_left

        expires_at: None | str | Unset
        if isinstance(self.expires_at, Unset):
            expires_at = UNSET
        elif isinstance(self.expires_at, datetime.datetime):
            expires_at = self.expires_at.isoformat()
        else:
            expires_at = self.expires_at

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "created_at": created_at,
                "id": id,
                "key_prefix": key_prefix,
                "name": name,
                "no_expiry": no_expiry,
            }
        )
        if days_left is not UNSET:
            field_dict["days_left"] = days_left
        if expires_at is not UNSET:
            field_dict["expires_at"] = expires_at

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        # strait template: no leftover keys are kept, so read the mapping without copying it
        d = src_dict or {}
        created_at = datetime.datetime.fromisoformat(d["created_at"])

        id = d["id"]

        key_prefix = d["key_prefix"]

        name = d["name"]

        no_expiry = d["no_expiry"]

        def _parse_days_left(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        days_left = _parse_days_left(d.get("days_left", UNSET))

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

        expiring_key_info = cls(
            created_at=created_at,
            id=id,
            key_prefix=key_prefix,
            name=name,
            no_expiry=no_expiry,
            days_left=days_left,
            expires_at=expires_at,
        )

        return expiring_key_info
