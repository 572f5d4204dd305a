from __future__ import annotations

from collections.abc import Mapping
from typing import (
    TYPE_CHECKING,
    Any,
    ClassVar,
    Self,
    TypeVar,
    cast,
)

from attrs import define as _attrs_define

from ..types import UNSET, Unset, WireMapping

if TYPE_CHECKING:
    from ..models.update_environment_request_variables_type_0 import (
        UpdateEnvironmentRequestVariablesType0,
    )

_lazy_pending = True


def _load_lazy_imports() -> None:
    # strait template: the models this one refers to (which may import it back) are
    # resolved once, on the first parse, instead of by an import statement per call.
    global _lazy_pending, UpdateEnvironmentRequestVariablesType0
    from ..models.update_environment_request_variables_type_0 import (
        UpdateEnvironmentRequestVariablesType0,
    )

    _lazy_pending = False


T = TypeVar("T", bound="UpdateEnvironmentRequest")


@_attrs_define
class UpdateEnvironmentRequest(WireMapping):
    """
    Attributes:
        name (None | str | Unset):
        parent_id (None | str | Unset):
        slug (None | str | Unset):
        variables (None | Unset | UpdateEnvironmentRequestVariablesType0):
    """

    _wire_names: ClassVar[dict[str, str]] = {
        "name": "name",
        "parent_id": "parent_id",
        "slug": "slug",
        "variables": "variables",
    }

    name: None | str | Unset = UNSET
    parent_id: None | str | Unset = UNSET
    slug: None | str | Unset = UNSET
    variables: None | Unset | UpdateEnvironmentRequestVariablesType0 = UNSET

    def to_dict(self) -> dict[str, Any]:
        from ..models.update_environment_request_variables_type_0 import (
            UpdateEnvironmentRequestVariablesType0,
        )

        name: None | str | Unset
        if isinstance(self.name, Unset):
            name = UNSET
        else:
            name = self.name

        parent_id: None | str | Unset
        if isinstance(self.parent_id, Unset):
            parent_id = UNSET
        else:
            parent_id = self.parent_id

        slug: None | str | Unset
        if isinstance(self.slug, Unset):
            slug = UNSET
        else:
            slug = self.slug

        variables: dict[str, Any] | None | Unset
        if isinstance(self.variables, Unset):
            variables = UNSET
        elif isinstance(self.variables, UpdateEnvironmentRequestVariablesType0):
            variables = self.variables.to_dict()
        else:
            variables = self.variables

        field_dict: dict[str, Any] = {}

        field_dict.update({})
        if name is not UNSET:
            field_dict["name"] = name
        if parent_id is not UNSET:
            field_dict["parent_id"] = parent_id
        if slug is not UNSET:
            field_dict["slug"] = slug
        if variables is not UNSET:
            field_dict["variables"] = variables

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        if _lazy_pending:
            _load_lazy_imports()
        # strait template: no leftover keys are kept, so read the mapping without copying it
        d = src_dict or {}

        def _parse_name(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        name = _parse_name(d.get("name", UNSET))

        def _parse_parent_id(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        parent_id = _parse_parent_id(d.get("parent_id", UNSET))

        def _parse_slug(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        slug = _parse_slug(d.get("slug", UNSET))

        def _parse_variables(
            data: object,
        ) -> None | Unset | UpdateEnvironmentRequestVariablesType0:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                variables_type_0 = UpdateEnvironmentRequestVariablesType0.from_dict(
                    data
                )

                return variables_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | Unset | UpdateEnvironmentRequestVariablesType0, data)

        variables = _parse_variables(d.get("variables", UNSET))

        update_environment_request = cls(
            name=name,
            parent_id=parent_id,
            slug=slug,
            variables=variables,
        )

        return update_environment_request
