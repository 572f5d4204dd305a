from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar, Self, TypeVar

from attrs import define as _attrs_define

from ..types import WireMapping

T = TypeVar("T", bound="RotateAuditSigningKeyBody")


@_attrs_define
class RotateAuditSigningKeyBody(WireMapping):
    _wire_names: ClassVar[dict[str, str]] = {}

    def to_dict(self) -> dict[str, Any]:

        field_dict: dict[str, Any] = {}

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        rotate_audit_signing_key_body = cls()

        return rotate_audit_signing_key_body
