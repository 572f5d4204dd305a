from __future__ import annotations

from typing import TYPE_CHECKING, Any, ClassVar

from ... import _model as _m

if TYPE_CHECKING:
    import datetime
    from collections.abc import Mapping

    from ..._model import Decoder
    from .job_version_tags import JobVersionTags


class JobVersion(_m.StraitObject):
    """JobVersion: a typed ``dict`` of the JSON the server sent."""

    __slots__ = ()
    created_at: datetime.datetime
    endpoint_url: str
    id: str
    job_id: str
    max_attempts: int
    name: str
    slug: str
    timeout_secs: int
    version: int
    backwards_compatible: bool
    cron: str
    description: str
    fallback_endpoint_url: str
    payload_schema: Any
    run_ttl_secs: int
    tags: JobVersionTags
    version_id: str
    webhook_url: str

    if TYPE_CHECKING:
        # what mypy checks: a mapping of wire names, and/or fields by attribute name
        def __init__(
            self,
            _data: Mapping[str, Any] | None = None,
            /,
            *,
            created_at: datetime.datetime | str = ...,
            endpoint_url: str = ...,
            id: str = ...,
            job_id: str = ...,
            max_attempts: int = ...,
            name: str = ...,
            slug: str = ...,
            timeout_secs: int = ...,
            version: int = ...,
            backwards_compatible: bool = ...,
            cron: str = ...,
            description: str = ...,
            fallback_endpoint_url: str = ...,
            payload_schema: Any = ...,
            run_ttl_secs: int = ...,
            tags: JobVersionTags | Mapping[str, Any] = ...,
            version_id: str = ...,
            webhook_url: str = ...,
        ) -> None: ...

    _fields: ClassVar[dict[str, tuple[str, Decoder]]] = {
        "created_at": ("created_at", _m.DATETIME),
        "endpoint_url": ("endpoint_url", _m.STR),
        "id": ("id", _m.STR),
        "job_id": ("job_id", _m.STR),
        "max_attempts": ("max_attempts", _m.INT),
        "name": ("name", _m.STR),
        "slug": ("slug", _m.STR),
        "timeout_secs": ("timeout_secs", _m.INT),
        "version": ("version", _m.INT),
        "backwards_compatible": ("backwards_compatible", _m.BOOL),
        "cron": ("cron", _m.STR),
        "description": ("description", _m.STR),
        "fallback_endpoint_url": ("fallback_endpoint_url", _m.STR),
        "payload_schema": ("payload_schema", _m.ANY),
        "run_ttl_secs": ("run_ttl_secs", _m.INT),
        "tags": ("tags", _m.Model("job_version_tags", "JobVersionTags")),
        "version_id": ("version_id", _m.STR),
        "webhook_url": ("webhook_url", _m.STR),
    }
    _required: ClassVar[tuple[str, ...]] = (
        "created_at",
        "endpoint_url",
        "id",
        "job_id",
        "max_attempts",
        "name",
        "slug",
        "timeout_secs",
        "version",
    )
    _closed: ClassVar[bool] = True


__all__ = ["JobVersion"]
