from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import (
    TYPE_CHECKING,
    Any,
    ClassVar,
    Self,
    TypeVar,
)

from attrs import define as _attrs_define

from ..types import UNSET, Unset, WireMapping

if TYPE_CHECKING:
    from ..models.job_version_tags import JobVersionTags

_lazy_pending = True


def _load_lazy_imports() -> None:
    # strait template: the models this one refers to (which may import it back) are
    # resolved once, on the first parse, instead of by an import statement per call.
    global _lazy_pending, JobVersionTags
    from ..models.job_version_tags import JobVersionTags

    _lazy_pending = False


T = TypeVar("T", bound="JobVersion")


@_attrs_define
class JobVersion(WireMapping):
    """
    Attributes:
        created_at (datetime.datetime):
        endpoint_url (str):
        id (str):
        job_id (str):
        max_attempts (int):
        name (str):
        slug (str):
        timeout_secs (int):
        version (int):
        backwards_compatible (bool | Unset):
        cron (str | Unset):
        description (str | Unset):
        fallback_endpoint_url (str | Unset):
        payload_schema (Any | Unset):
        run_ttl_secs (int | Unset):
        tags (JobVersionTags | Unset):
        version_id (str | Unset):
        webhook_url (str | Unset):
    """

    _wire_names: ClassVar[dict[str, str]] = {
        "created_at": "created_at",
        "endpoint_url": "endpoint_url",
        "id": "id",
        "job_id": "job_id",
        "max_attempts": "max_attempts",
        "name": "name",
        "slug": "slug",
        "timeout_secs": "timeout_secs",
        "version": "version",
        "backwards_compatible": "backwards_compatible",
        "cron": "cron",
        "description": "description",
        "fallback_endpoint_url": "fallback_endpoint_url",
        "payload_schema": "payload_schema",
        "run_ttl_secs": "run_ttl_secs",
        "tags": "tags",
        "version_id": "version_id",
        "webhook_url": "webhook_url",
    }

    created_at: datetime.datetime
    endpoint_url: str
    id: str
    job_id: str
    max_attempts: int
    name: str
    slug: str
    timeout_secs: int
    version: int
    backwards_compatible: bool | Unset = UNSET
    cron: str | Unset = UNSET
    description: str | Unset = UNSET
    fallback_endpoint_url: str | Unset = UNSET
    payload_schema: Any | Unset = UNSET
    run_ttl_secs: int | Unset = UNSET
    tags: JobVersionTags | Unset = UNSET
    version_id: str | Unset = UNSET
    webhook_url: str | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        created_at = self.created_at.isoformat()

        endpoint_url = self.endpoint_url

        id = self.id

        job_id = self.job_id

        max_attempts = self.max_attempts

        name = self.name

        slug = self.slug

        timeout_secs = self.timeout_secs

        version = self.version

        backwards_compatible = self.backwards_compatible

        cron = self.cron

        description = self.description

        fallback_endpoint_url = self.fallback_endpoint_url

        payload_schema = self.payload_schema

        run_ttl_secs = self.run_ttl_secs

        tags: dict[str, Any] | Unset = UNSET
        if not isinstance(self.tags, Unset):
            tags = self.tags.to_dict()

        version_id = self.version_id

        webhook_url = self.webhook_url

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "created_at": created_at,
                "endpoint_url": endpoint_url,
                "id": id,
                "job_id": job_id,
                "max_attempts": max_attempts,
                "name": name,
                "slug": slug,
                "timeout_secs": timeout_secs,
                "version": version,
            }
        )
        if backwards_compatible is not UNSET:
            field_dict["backwards_compatible"] = backwards_compatible
        if cron is not UNSET:
            field_dict["cron"] = cron
        if description is not UNSET:
            field_dict["description"] = description
        if fallback_endpoint_url is not UNSET:
            field_dict["fallback_endpoint_url"] = fallback_endpoint_url
        if payload_schema is not UNSET:
            field_dict["payload_schema"] = payload_schema
        if run_ttl_secs is not UNSET:
            field_dict["run_ttl_secs"] = run_ttl_secs
        if tags is not UNSET:
            field_dict["tags"] = tags
        if version_id is not UNSET:
            field_dict["version_id"] = version_id
        if webhook_url is not UNSET:
            field_dict["webhook_url"] = webhook_url

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        if _lazy_pending:
            _load_lazy_imports()
        # strait template: no leftover keys are kept, so read the mapping without copying it
        d = src_dict or {}
        created_at = datetime.datetime.fromisoformat(d["created_at"])

        endpoint_url = d["endpoint_url"]

        id = d["id"]

        job_id = d["job_id"]

        max_attempts = d["max_attempts"]

        name = d["name"]

        slug = d["slug"]

        timeout_secs = d["timeout_secs"]

        version = d["version"]

        backwards_compatible = d.get("backwards_compatible", UNSET)

        cron = d.get("cron", UNSET)

        description = d.get("description", UNSET)

        fallback_endpoint_url = d.get("fallback_endpoint_url", UNSET)

        payload_schema = d.get("payload_schema", UNSET)

        run_ttl_secs = d.get("run_ttl_secs", UNSET)

        _tags = d.get("tags", UNSET)
        tags: JobVersionTags | Unset
        if isinstance(_tags, Unset):
            tags = UNSET
        else:
            tags = JobVersionTags.from_dict(_tags)

        version_id = d.get("version_id", UNSET)

        webhook_url = d.get("webhook_url", UNSET)

        job_version = cls(
            created_at=created_at,
            endpoint_url=endpoint_url,
            id=id,
            job_id=job_id,
            max_attempts=max_attempts,
            name=name,
            slug=slug,
            timeout_secs=timeout_secs,
            version=version,
            backwards_compatible=backwards_compatible,
            cron=cron,
            description=description,
            fallback_endpoint_url=fallback_endpoint_url,
            payload_schema=payload_schema,
            run_ttl_secs=run_ttl_secs,
            tags=tags,
            version_id=version_id,
            webhook_url=webhook_url,
        )

        return job_version
