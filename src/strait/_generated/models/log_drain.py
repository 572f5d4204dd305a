from __future__ import annotations

import datetime
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
    from ..models.log_drain_auth_config import LogDrainAuthConfig

_lazy_pending = True


def _load_lazy_imports() -> None:
    # strait template: the models this one refers to (which may import it back) are
    # resolved once, on the first parse, instead of by an import statement per call.
    global _lazy_pending, LogDrainAuthConfig
    from ..models.log_drain_auth_config import LogDrainAuthConfig

    _lazy_pending = False


T = TypeVar("T", bound="LogDrain")


@_attrs_define
class LogDrain(WireMapping):
    """
    Attributes:
        auth_type (str):
        created_at (datetime.datetime):
        drain_type (str):
        enabled (bool):
        endpoint_url (str):
        id (str):
        name (str):
        project_id (str):
        updated_at (datetime.datetime):
        auth_config (LogDrainAuthConfig | Unset):
        level_filter (list[str] | Unset):
    """

    _wire_names: ClassVar[dict[str, str]] = {
        "auth_type": "auth_type",
        "created_at": "created_at",
        "drain_type": "drain_type",
        "enabled": "enabled",
        "endpoint_url": "endpoint_url",
        "id": "id",
        "name": "name",
        "project_id": "project_id",
        "updated_at": "updated_at",
        "auth_config": "auth_config",
        "level_filter": "level_filter",
    }

    auth_type: str
    created_at: datetime.datetime
    drain_type: str
    enabled: bool
    endpoint_url: str
    id: str
    name: str
    project_id: str
    updated_at: datetime.datetime
    auth_config: LogDrainAuthConfig | Unset = UNSET
    level_filter: list[str] | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        auth_type = self.auth_type

        created_at = self.created_at.isoformat()

        drain_type = self.drain_type

        enabled = self.enabled

        endpoint_url = self.endpoint_url

        id = self.id

        name = self.name

        project_id = self.project_id

        updated_at = self.updated_at.isoformat()

        auth_config: dict[str, Any] | Unset = UNSET
        if not isinstance(self.auth_config, Unset):
            auth_config = self.auth_config.to_dict()

        level_filter: list[str] | Unset = UNSET
        if not isinstance(self.level_filter, Unset):
            level_filter = self.level_filter

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "auth_type": auth_type,
                "created_at": created_at,
                "drain_type": drain_type,
                "enabled": enabled,
                "endpoint_url": endpoint_url,
                "id": id,
                "name": name,
                "project_id": project_id,
                "updated_at": updated_at,
            }
        )
        if auth_config is not UNSET:
            field_dict["auth_config"] = auth_config
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

        created_at = datetime.datetime.fromisoformat(d["created_at"])

        drain_type = d["drain_type"]

        enabled = d["enabled"]

        endpoint_url = d["endpoint_url"]

        id = d["id"]

        name = d["name"]

        project_id = d["project_id"]

        updated_at = datetime.datetime.fromisoformat(d["updated_at"])

        _auth_config = d.get("auth_config", UNSET)
        auth_config: LogDrainAuthConfig | Unset
        if isinstance(_auth_config, Unset):
            auth_config = UNSET
        else:
            auth_config = LogDrainAuthConfig.from_dict(_auth_config)

        level_filter = cast(list[str], d.get("level_filter", UNSET))

        log_drain = cls(
            auth_type=auth_type,
            created_at=created_at,
            drain_type=drain_type,
            enabled=enabled,
            endpoint_url=endpoint_url,
            id=id,
            name=name,
            project_id=project_id,
            updated_at=updated_at,
            auth_config=auth_config,
            level_filter=level_filter,
        )

        return log_drain
