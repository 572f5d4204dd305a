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
    from ..models.auto_promote_config import AutoPromoteConfig

_lazy_pending = True


def _load_lazy_imports() -> None:
    # strait template: the models this one refers to (which may import it back) are
    # resolved once, on the first parse, instead of by an import statement per call.
    global _lazy_pending, AutoPromoteConfig
    from ..models.auto_promote_config import AutoPromoteConfig

    _lazy_pending = False


T = TypeVar("T", bound="CreateCanaryDeploymentRequest")


@_attrs_define
class CreateCanaryDeploymentRequest(WireMapping):
    """
    Attributes:
        source_version (int):
        target_version (int):
        workflow_id (str):
        auto_promote (AutoPromoteConfig | None | Unset):
        traffic_pct (int | Unset):
    """

    _wire_names: ClassVar[dict[str, str]] = {
        "source_version": "source_version",
        "target_version": "target_version",
        "workflow_id": "workflow_id",
        "auto_promote": "auto_promote",
        "traffic_pct": "traffic_pct",
    }

    source_version: int
    target_version: int
    workflow_id: str
    auto_promote: AutoPromoteConfig | None | Unset = UNSET
    traffic_pct: int | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        from ..models.auto_promote_config import AutoPromoteConfig

        source_version = self.source_version

        target_version = self.target_version

        workflow_id = self.workflow_id

        auto_promote: dict[str, Any] | None | Unset
        if isinstance(self.auto_promote, Unset):
            auto_promote = UNSET
        elif isinstance(self.auto_promote, AutoPromoteConfig):
            auto_promote = self.auto_promote.to_dict()
        else:
            auto_promote = self.auto_promote

        traffic_pct = self.traffic_pct

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "source_version": source_version,
                "target_version": target_version,
                "workflow_id": workflow_id,
            }
        )
        if auto_promote is not UNSET:
            field_dict["auto_promote"] = auto_promote
        if traffic_pct is not UNSET:
            field_dict["traffic_pct"] = traffic_pct

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        if _lazy_pending:
            _load_lazy_imports()
        # strait template: no leftover keys are kept, so read the mapping without copying it
        d = src_dict or {}
        source_version = d["source_version"]

        target_version = d["target_version"]

        workflow_id = d["workflow_id"]

        def _parse_auto_promote(data: object) -> AutoPromoteConfig | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                auto_promote_type_0 = AutoPromoteConfig.from_dict(data)

                return auto_promote_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(AutoPromoteConfig | None | Unset, data)

        auto_promote = _parse_auto_promote(d.get("auto_promote", UNSET))

        traffic_pct = d.get("traffic_pct", UNSET)

        create_canary_deployment_request = cls(
            source_version=source_version,
            target_version=target_version,
            workflow_id=workflow_id,
            auto_promote=auto_promote,
            traffic_pct=traffic_pct,
        )

        return create_canary_deployment_request
