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

from ..models.update_event_source_request_signature_algorithm_type_1 import (
    UpdateEventSourceRequestSignatureAlgorithmType1,
    check_update_event_source_request_signature_algorithm_type_1,
)
from ..models.update_event_source_request_signature_algorithm_type_2_type_1 import (
    UpdateEventSourceRequestSignatureAlgorithmType2Type1,
    check_update_event_source_request_signature_algorithm_type_2_type_1,
)
from ..models.update_event_source_request_signature_algorithm_type_3_type_1 import (
    UpdateEventSourceRequestSignatureAlgorithmType3Type1,
    check_update_event_source_request_signature_algorithm_type_3_type_1,
)
from ..types import UNSET, Unset, WireMapping

T = TypeVar("T", bound="UpdateEventSourceRequest")


@_attrs_define
class UpdateEventSourceRequest(WireMapping):
    """
    Attributes:
        description (None | str | Unset):
        enabled (bool | None | Unset):
        name (None | str | Unset):
        schema (Any | Unset):
        signature_algorithm (None | Unset | UpdateEventSourceRequestSignatureAlgorithmType1 |
            UpdateEventSourceRequestSignatureAlgorithmType2Type1 | UpdateEventSourceRequestSignatureAlgorithmType3Type1):
        signature_header (None | str | Unset):
        signature_secret (None | str | Unset):
    """

    _wire_names: ClassVar[dict[str, str]] = {
        "description": "description",
        "enabled": "enabled",
        "name": "name",
        "schema": "schema",
        "signature_algorithm": "signature_algorithm",
        "signature_header": "signature_header",
        "signature_secret": "signature_secret",
    }

    description: None | str | Unset = UNSET
    enabled: bool | None | Unset = UNSET
    name: None | str | Unset = UNSET
    schema: Any | Unset = UNSET
    signature_algorithm: (
        None
        | Unset
        | UpdateEventSourceRequestSignatureAlgorithmType1
        | UpdateEventSourceRequestSignatureAlgorithmType2Type1
        | UpdateEventSourceRequestSignatureAlgorithmType3Type1
    ) = UNSET
    signature_header: None | str | Unset = UNSET
    signature_secret: None | str | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        description: None | str | Unset
        if isinstance(self.description, Unset):
            description = UNSET
        else:
            description = self.description

        enabled: bool | None | Unset
        if isinstance(self.enabled, Unset):
            enabled = UNSET
        else:
            enabled = self.enabled

        name: None | str | Unset
        if isinstance(self.name, Unset):
            name = UNSET
        else:
            name = self.name

        schema = self.schema

        signature_algorithm: None | str | Unset
        if isinstance(self.signature_algorithm, Unset):
            signature_algorithm = UNSET
        elif (
            isinstance(self.signature_algorithm, str)
            or isinstance(self.signature_algorithm, str)
            or isinstance(self.signature_algorithm, str)
        ):
            signature_algorithm = self.signature_algorithm
        else:
            signature_algorithm = self.signature_algorithm

        signature_header: None | str | Unset
        if isinstance(self.signature_header, Unset):
            signature_header = UNSET
        else:
            signature_header = self.signature_header

        signature_secret: None | str | Unset
        if isinstance(self.signature_secret, Unset):
            signature_secret = UNSET
        else:
            signature_secret = self.signature_secret

        field_dict: dict[str, Any] = {}

        field_dict.update({})
        if description is not UNSET:
            field_dict["description"] = description
        if enabled is not UNSET:
            field_dict["enabled"] = enabled
        if name is not UNSET:
            field_dict["name"] = name
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

        def _parse_description(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        description = _parse_description(d.get("description", UNSET))

        def _parse_enabled(data: object) -> bool | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(bool | None | Unset, data)

        enabled = _parse_enabled(d.get("enabled", UNSET))

        def _parse_name(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        name = _parse_name(d.get("name", UNSET))

        schema = d.get("schema", UNSET)

        def _parse_signature_algorithm(
            data: object,
        ) -> (
            None
            | Unset
            | UpdateEventSourceRequestSignatureAlgorithmType1
            | UpdateEventSourceRequestSignatureAlgorithmType2Type1
            | UpdateEventSourceRequestSignatureAlgorithmType3Type1
        ):
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                signature_algorithm_type_1 = (
                    check_update_event_source_request_signature_algorithm_type_1(data)
                )

                return signature_algorithm_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, str):
                    raise TypeError()
                signature_algorithm_type_2_type_1 = (
                    check_update_event_source_request_signature_algorithm_type_2_type_1(
                        data
                    )
                )

                return signature_algorithm_type_2_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, str):
                    raise TypeError()
                signature_algorithm_type_3_type_1 = (
                    check_update_event_source_request_signature_algorithm_type_3_type_1(
                        data
                    )
                )

                return signature_algorithm_type_3_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(
                None
                | Unset
                | UpdateEventSourceRequestSignatureAlgorithmType1
                | UpdateEventSourceRequestSignatureAlgorithmType2Type1
                | UpdateEventSourceRequestSignatureAlgorithmType3Type1,
                data,
            )

        signature_algorithm = _parse_signature_algorithm(
            d.get("signature_algorithm", UNSET)
        )

        def _parse_signature_header(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        signature_header = _parse_signature_header(d.get("signature_header", UNSET))

        def _parse_signature_secret(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        signature_secret = _parse_signature_secret(d.get("signature_secret", UNSET))

        update_event_source_request = cls(
            description=description,
            enabled=enabled,
            name=name,
            schema=schema,
            signature_algorithm=signature_algorithm,
            signature_header=signature_header,
            signature_secret=signature_secret,
        )

        return update_event_source_request
