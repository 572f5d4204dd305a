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
from attrs import field as _attrs_field

from ..types import WireMapping

if TYPE_CHECKING:
    from ..models.get_resolved_variables_response_200_additional_property import (
        GetResolvedVariablesResponse200AdditionalProperty,
    )

_lazy_pending = True


def _load_lazy_imports() -> None:
    # strait template: the models this one refers to (which may import it back) are
    # resolved once, on the first parse, instead of by an import statement per call.
    global _lazy_pending, GetResolvedVariablesResponse200AdditionalProperty
    from ..models.get_resolved_variables_response_200_additional_property import (
        GetResolvedVariablesResponse200AdditionalProperty,
    )

    _lazy_pending = False


T = TypeVar("T", bound="GetResolvedVariablesResponse200")


@_attrs_define
class GetResolvedVariablesResponse200(WireMapping):
    _wire_names: ClassVar[dict[str, str]] = {}

    additional_properties: dict[
        str, GetResolvedVariablesResponse200AdditionalProperty
    ] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:

        field_dict: dict[str, Any] = {}
        for prop_name, prop in self.additional_properties.items():
            field_dict[prop_name] = prop.to_dict()

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        if _lazy_pending:
            _load_lazy_imports()
        d = dict(src_dict or {})
        get_resolved_variables_response_200 = cls()

        additional_properties = {}
        for prop_name, prop_dict in d.items():
            additional_property = (
                GetResolvedVariablesResponse200AdditionalProperty.from_dict(prop_dict)
            )

            additional_properties[prop_name] = additional_property

        get_resolved_variables_response_200.additional_properties = (
            additional_properties
        )
        return get_resolved_variables_response_200

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __setitem__(
        self, key: str, value: GetResolvedVariablesResponse200AdditionalProperty
    ) -> None:
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]
