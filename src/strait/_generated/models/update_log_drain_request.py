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
    from ..models.update_log_drain_request_auth_config import (
        UpdateLogDrainRequestAuthConfig,
    )

_lazy_pending = True


def _load_lazy_imports() -> None:
    # strait template: the models this one refers to (which may import it back) are
    # resolved once, on the first parse, instead of by an import statement per call.
    global _lazy_pending, UpdateLogDrainRequestAuthConfig
    from ..models.update_log_drain_request_auth_config import (
        UpdateLogDrainRequestAuthConfig,
    )

    _lazy_pending = False


T = TypeVar("T", bound="UpdateLogDrainRequest")


@_attrs_define
class UpdateLogDrainRequest(WireMapping):
    """
    Attributes:
        auth_config (UpdateLogDrainRequestAuthConfig | Unset):
        auth_type (None | str | Unset):
        enabled (bool | None | Unset):
        endpoint_url (None | str | Unset):
        level_filter (list[str] | Unset):
        name (None | str | Unset):
    """

    _wire_names: ClassVar[dict[str, str]] = {
        "auth_config": "auth_config",
        "auth_type": "auth_type",
        "enabled": "enabled",
        "endpoint_url": "endpoint_url",
        "level_filter": "level_filter",
        "name": "name",
    }

    auth_config: UpdateLogDrainRequestAuthConfig | Unset = UNSET
    auth_type: None | str | Unset = UNSET
    enabled: bool | None | Unset = UNSET
    endpoint_url: None | str | Unset = UNSET
    level_filter: list[str] | Unset = UNSET
    name: None | str | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        auth_config: dict[str, Any] | Unset = UNSET
        if not isinstance(self.auth_config, Unset):
            auth_config = self.auth_config.to_dict()

        auth_type: None | str | Unset
        if isinstance(self.auth_type, Unset):
            auth_type = UNSET
        else:
            auth_type = self.auth_type

        enabled: bool | None | Unset
        if isinstance(self.enabled, Unset):
            enabled = UNSET
        else:
            enabled = self.enabled

        endpoint_url: None | str | Unset
        if isinstance(self.endpoint_url, Unset):
            endpoint_url = UNSET
        else:
            endpoint_url = self.endpoint_url

        level_filter: list[str] | Unset = UNSET
        if not isinstance(self.level_filter, Unset):
            level_filter = self.level_filter

        name: None | str | Unset
        if isinstance(self.name, Unset):
            name = UNSET
        else:
            name = self.name

        field_dict: dict[str, Any] = {}

        field_dict.update({})
        if auth_config is not UNSET:
            field_dict["auth_config"] = auth_config
        if auth_type is not UNSET:
            field_dict["auth_type"] = auth_type
        if enabled is not UNSET:
            field_dict["enabled"] = enabled
        if endpoint_url is not UNSET:
            field_dict["endpoint_url"] = endpoint_url
        if level_filter is not UNSET:
            field_dict["level_filter"] = level_filter
        if name is not UNSET:
            field_dict["name"] = name

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        if _lazy_pending:
            _load_lazy_imports()
        # strait template: no leftover keys are kept, so read the mapping without copying it
        d = src_dict or {}
        _auth_config = d.get("auth_config", UNSET)
        auth_config: UpdateLogDrainRequestAuthConfig | Unset
        if isinstance(_auth_config, Unset):
            auth_config = UNSET
        else:
            auth_config = UpdateLogDrainRequestAuthConfig.from_dict(_auth_config)

        def _parse_auth_type(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        auth_type = _parse_auth_type(d.get("auth_type", UNSET))

        def _parse_enabled(data: object) -> bool | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(bool | None | Unset, data)

        enabled = _parse_enabled(d.get("enabled", UNSET))

        def _parse_endpoint_url(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        endpoint_url = _parse_endpoint_url(d.get("endpoint_url", UNSET))

        level_filter = cast(list[str], d.get("level_filter", UNSET))

        def _parse_name(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        name = _parse_name(d.get("name", UNSET))

        update_log_drain_request = cls(
            auth_config=auth_config,
            auth_type=auth_type,
            enabled=enabled,
            endpoint_url=endpoint_url,
            level_filter=level_filter,
            name=name,
        )

        return update_log_drain_request
