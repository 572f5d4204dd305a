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

from ..models.create_event_source_request_signature_algorithm import (
    CreateEventSourceRequestSignatureAlgorithm,
    check_create_event_source_request_signature_algorithm,
)
from ..types import UNSET, Unset, WireMapping

T = TypeVar("T", bound="CreateEventSourceRequest")


@_attrs_define
class CreateEventSourceRequest(WireMapping):
    """
    Attributes:
        name (str):
        project_id (str):
        description (str | Unset):
        enabled (bool | None | Unset):
        schema (Any | Unset):
        signature_algorithm (CreateEventSourceRequestSignatureAlgorithm | Unset):
        signature_header (str | Unset):
        signature_secret (str | Unset):
    """

    _wire_names: ClassVar[dict[str, str]] = {
        "name": "name",
        "project_id": "project_id",
        "description": "description",
        "enabled": "enabled",
        "schema": "schema",
        "signature_algorithm": "signature_algorithm",
        "signature_header": "signature_header",
        "signature_secret": "signature_secret",
    }

    name: str
    project_id: str
    description: str | Unset = UNSET
    enabled: bool | None | Unset = UNSET
    schema: Any | Unset = UNSET
    signature_algorithm: CreateEventSourceRequestSignatureAlgorithm | Unset = UNSET
    signature_header: str | Unset = UNSET
    signature_secret: str | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        name = self.name

        project_id = self.project_id

        description = self.description

        enabled: bool | None | Unset
        if isinstance(self.enabled, Unset):
            enabled = UNSET
        else:
            enabled = self.enabled

        schema = self.schema

        signature_algorithm: str | Unset = UNSET
        if not isinstance(self.signature_algorithm, Unset):
            signature_algorithm = self.signature_algorithm

        signature_header = self.signature_header

        signature_secret = self.signature_secret

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "name": name,
                "project_id": project_id,
            }
        )
        if description is not UNSET:
            field_dict["description"] = description
        if enabled is not UNSET:
            field_dict["enabled"] = enabled
        if schema is not UNSET:
            field_dict["schema"] = schema
        if signature_algorithm is not UNSET:
            field_dict["signature_algorithm"] = signature_algorithm
        if signature_header is not UNSET:
            field_dict["signature_header"] = signature_header
        if signature_secret is not UNSET:
            field_dict["signature_secret"] = signature_secret

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        # strait template: no leftover keys are kept, so read the mapping without copying it
        d = src_dict or {}
        name = d["name"]

        project_id = d["project_id"]

        description = d.get("description", UNSET)

        def _parse_enabled(data: object) -> bool | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(bool | None | Unset, data)

        enabled = _parse_enabled(d.get("enabled", UNSET))

        schema = d.get("schema", UNSET)

        _signature_algorithm = d.get("signature_algorithm", UNSET)
        signature_algorithm: CreateEventSourceRequestSignatureAlgorithm | Unset
        if isinstance(_signature_algorithm, Unset):
            signature_algorithm = UNSET
        else:
            signature_algorithm = check_create_event_source_request_signature_algorithm(
                _signature_algorithm
            )

        signature_header = d.get("signature_header", UNSET)

        signature_secret = d.get("signature_secret", UNSET)

        create_event_source_request = cls(
            name=name,
            project_id=project_id,
            description=description,
            enabled=enabled,
            schema=schema,
            signature_algorithm=signature_algorithm,
            signature_header=signature_header,
            signature_secret=signature_secret,
        )

        return create_event_source_request
