from __future__ import annotations

from typing import TYPE_CHECKING, Any, ClassVar

from ... import _model as _m

if TYPE_CHECKING:
    from collections.abc import Mapping

    from ..._model import Decoder


class SDKSpawnRequest(_m.StraitObject):
    """SDKSpawnRequest: a typed ``dict`` of the JSON the server sent."""

    __slots__ = ()
    job_slug: str
    project_id: str
    await_completion: bool
    await_timeout_secs: int
    payload: Any
    target_api_key: str

    if TYPE_CHECKING:
        # what mypy checks: a mapping of wire names, and/or fields by attribute name
        def __init__(
            self,
            _data: Mapping[str, Any] | None = None,
            /,
            *,
            job_slug: str = ...,
            project_id: str = ...,
            await_completion: bool = ...,
            await_timeout_secs: int = ...,
            payload: Any = ...,
            target_api_key: str = ...,
        ) -> None: ...

    _fields: ClassVar[dict[str, tuple[str, Decoder]]] = {
        "job_slug": ("job_slug", _m.STR),
        "project_id": ("project_id", _m.STR),
        "await_completion": ("await_completion", _m.BOOL),
        "await_timeout_secs": ("await_timeout_secs", _m.INT),
        "payload": ("payload", _m.ANY),
        "target_api_key": ("target_api_key", _m.STR),
    }
    _required: ClassVar[tuple[str, ...]] = (
        "job_slug",
        "project_id",
    )
    _closed: ClassVar[bool] = True


__all__ = ["SDKSpawnRequest"]
