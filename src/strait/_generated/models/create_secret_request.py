from __future__ import annotations

from typing import TYPE_CHECKING, Any, ClassVar

from ... import _model as _m

if TYPE_CHECKING:
    from collections.abc import Mapping

    from ..._model import Decoder


class CreateSecretRequest(_m.StraitObject):
    """CreateSecretRequest: a typed ``dict`` of the JSON the server sent."""

    __slots__ = ()
    project_id: str
    secret_key: str
    value: str
    environment: str
    job_id: str

    if TYPE_CHECKING:
        # what mypy checks: a mapping of wire names, and/or fields by attribute name
        def __init__(
            self,
            _data: Mapping[str, Any] | None = None,
            /,
            *,
            project_id: str = ...,
            secret_key: str = ...,
            value: str = ...,
            environment: str = ...,
            job_id: str = ...,
        ) -> None: ...

    _fields: ClassVar[dict[str, tuple[str, Decoder]]] = {
        "project_id": ("project_id", _m.STR),
        "secret_key": ("secret_key", _m.STR),
        "value": ("value", _m.STR),
        "environment": ("environment", _m.STR),
        "job_id": ("job_id", _m.STR),
    }
    _required: ClassVar[tuple[str, ...]] = (
        "project_id",
        "secret_key",
        "value",
    )
    _closed: ClassVar[bool] = True


__all__ = ["CreateSecretRequest"]
