from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar, Self, TypeVar

from attrs import define as _attrs_define

from ..types import UNSET, Unset, WireMapping

T = TypeVar("T", bound="SDKSpawnRequest")


@_attrs_define
class SDKSpawnRequest(WireMapping):
    """
    Attributes:
        job_slug (str):
        project_id (str):
        await_completion (bool | Unset):
        await_timeout_secs (int | Unset):
        payload (Any | Unset):
        target_api_key (str | Unset):
    """

    _wire_names: ClassVar[dict[str, str]] = {
        "job_slug": "job_slug",
        "project_id": "project_id",
        "await_completion": "await_completion",
        "await_timeout_secs": "await_timeout_secs",
        "payload": "payload",
        "target_api_key": "target_api_key",
    }

    job_slug: str
    project_id: str
    await_completion: bool | Unset = UNSET
    await_timeout_secs: int | Unset = UNSET
    payload: Any | Unset = UNSET
    target_api_key: str | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        job_slug = self.job_slug

        project_id = self.project_id

        await_completion = self.await_completion

        await_timeout_secs = self.await_timeout_secs

        payload = self.payload

        target_api_key = self.target_api_key

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "job_slug": job_slug,
                "project_id": project_id,
            }
        )
        if await_completion is not UNSET:
            field_dict["await_completion"] = await_completion
        if await_timeout_secs is not UNSET:
            field_dict["await_timeout_secs"] = await_timeout_secs
        if payload is not UNSET:
            field_dict["payload"] = payload
        if target_api_key is not UNSET:
            field_dict["target_api_key"] = target_api_key

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        # strait template: no leftover keys are kept, so read the mapping without copying it
        d = src_dict or {}
        job_slug = d["job_slug"]

        project_id = d["project_id"]

        await_completion = d.get("await_completion", UNSET)

        await_timeout_secs = d.get("await_timeout_secs", UNSET)

        payload = d.get("payload", UNSET)

        target_api_key = d.get("target_api_key", UNSET)

        sdk_spawn_request = cls(
            job_slug=job_slug,
            project_id=project_id,
            await_completion=await_completion,
            await_timeout_secs=await_timeout_secs,
            payload=payload,
            target_api_key=target_api_key,
        )

        return sdk_spawn_request
