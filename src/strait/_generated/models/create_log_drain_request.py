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
    from ..models.create_log_drain_request_auth_config import (
        CreateLogDrainRequestAuthConfig,
    )

_lazy_pending = True


def _load_lazy_imports() -> None:
    # strait template: the models this one refers to (which may import it back) are
    # resolved once, on the first parse, instead of by an import statement per call.
    global _lazy_pending, CreateLogDrainRequestAuthConfig
    from ..models.create_log_drain_request_auth_config import (
        CreateLogDrainRequestAuthConfig,
    )

    _lazy_pending = False


T = TypeVar("T", bound="CreateLogDrainRequest")


@_attrs_define
class CreateLogDrainRequest(WireMapping):
    """
    Attributes:
        auth_type (str):
        drain_type (str):
        endpoint_url (str):
        name (str):
        project_id (str):
        auth_config (CreateLogDrainRequestAuthConfig | Unset):
        enabled (bool | None | Unset):
        level_filter (list[str] | Unset):
    """

    _wire_names: ClassVar[dict[str, str]] = {
        "auth_type": "auth_type",
        "drain_type": "drain_type",
        "endpoint_url": "endpoint_url",
        "name": "name",
        "project_id": "project_id",
        "auth_config": "auth_config",
        "enabled": "enabled",
        "level_filter": "level_filter",
    }

    auth_type: str
    drain_type: str
    endpoint_url: str
    name: str
    project_id: str
    auth_config: CreateLogDrainRequestAuthConfig | Unset = UNSET
    enabled: bool | None | Unset = UNSET
    level_filter: list[str] | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        auth_type = self.auth_type

        drain_type = self.drain_type

        endpoint_url = self.endpoint_url

        name = self.name

        project_id = self.project_id

        auth_config: dict[str, Any] | Unset = UNSET
        if not isinstance(self.auth_config, Unset):
            auth_config = self.auth_config.to_dict()

        enabled: bool | None | Unset
        if isinstance(self.enabled, Unset):
            enabled = UNSET
        else:
            enabled = self.enabled

        level_filter: list[str] | Unset = UNSET
        if not isinstance(self.level_filter, Unset):
            level_filter = self.level_filter

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "auth_type": auth_type,
                "drain_type": drain_type,
                "endpoint_url": endpoint_url,
                "name": name,
                "project_id": project_id,
            }
        )
        if auth_config is not UNSET:
            field_dict["auth_config"] = auth_config
        if enabled is not UNSET:
            field_dict["enabled"] = enabled
        if level_filter is not UNSET:
            field_dict["level_filter"] = level_filter

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        if _lazy_pending:
            _load_lazy_imports()
        # strait template: no leftover keys are kept, so read the mapping without copying it
        d = src_dict or {}
        auth_type = d["auth_type"]

        drain_type = d["drain_type"]

        endpoint_url = d["endpoint_url"]

        name = d["name"]

        project_id = d["project_id"]

        _auth_config = d.get("auth_config", UNSET)
        auth_config: CreateLogDrainRequestAuthConfig | Unset
        if isinstance(_auth_config, Unset):
            auth_config = UNSET
        else:
            auth_config = CreateLogDrainRequestAuthConfig.from_dict(_auth_config)

        def _parse_enabled(data: object) -> bool | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(bool | None | Unset, data)

        enabled = _parse_enabled(d.get("enabled", UNSET))

        level_filter = cast(list[str], d.get("level_filter", UNSET))

        create_log_drain_request = cls(
            auth_type=auth_type,
            drain_type=drain_type,
            endpoint_url=endpoint_url,
            name=name,
            project_id=project_id,
            auth_config=auth_config,
            enabled=enabled,
            level_filter=level_filter,
        )

        return create_log_drain_request
