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

from ..types import WireMapping

if TYPE_CHECKING:
    from ..models.active_version import ActiveVersion

_lazy_pending = True


def _load_lazy_imports() -> None:
    # strait template: the models this one refers to (which may import it back) are
    # resolved once, on the first parse, instead of by an import statement per call.
    global _lazy_pending, ActiveVersion
    from ..models.active_version import ActiveVersion

    _lazy_pending = False


T = TypeVar("T", bound="ActiveVersionsResponseBody")


@_attrs_define
class ActiveVersionsResponseBody(WireMapping):
    """
    Attributes:
        versions (list[ActiveVersion] | None):
        workflow_id (str):
    """

    _wire_names: ClassVar[dict[str, str]] = {
        "versions": "versions",
        "workflow_id": "workflow_id",
    }

    versions: list[ActiveVersion] | None
    workflow_id: str

    def to_dict(self) -> dict[str, Any]:
        versions: list[dict[str, Any]] | None
        if isinstance(self.versions, list):
            versions = []
            for versions_type_0_item_data in self.versions:
                versions_type_0_item = versions_type_0_item_data.to_dict()
                versions.append(versions_type_0_item)

        else:
            versions = self.versions

        workflow_id = self.workflow_id

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "versions": versions,
                "workflow_id": workflow_id,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        if _lazy_pending:
            _load_lazy_imports()
        # strait template: no leftover keys are kept, so read the mapping without copying it
        d = src_dict or {}

        def _parse_versions(data: object) -> list[ActiveVersion] | None:
            if data is None:
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                versions_type_0 = []
                _versions_type_0 = data
                for versions_type_0_item_data in _versions_type_0 or []:
                    versions_type_0_item = ActiveVersion.from_dict(
                        versions_type_0_item_data
                    )

                    versions_type_0.append(versions_type_0_item)

                return versions_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[ActiveVersion] | None, data)

        versions = _parse_versions(d["versions"])

        workflow_id = d["workflow_id"]

        active_versions_response_body = cls(
            versions=versions,
            workflow_id=workflow_id,
        )

        return active_versions_response_body
