from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import (
    Any,
    ClassVar,
    Self,
    TypeVar,
)

from attrs import define as _attrs_define

from ..types import WireMapping

T = TypeVar("T", bound="RunUsage")


@_attrs_define
class RunUsage(WireMapping):
    """
    Attributes:
        completion_tokens (int):
        cost_microusd (int):
        created_at (datetime.datetime):
        id (str):
        model (str):
        prompt_tokens (int):
        provider (str):
        run_id (str):
        total_tokens (int):
    """

    _wire_names: ClassVar[dict[str, str]] = {
        "completion_tokens": "completion_tokens",
        "cost_microusd": "cost_microusd",
        "created_at": "created_at",
        "id": "id",
        "model": "model",
        "prompt_tokens": "prompt_tokens",
        "provider": "provider",
        "run_id": "run_id",
        "total_tokens": "total_tokens",
    }

    completion_tokens: int
    cost_microusd: int
    created_at: datetime.datetime
    id: str
    model: str
    prompt_tokens: int
    provider: str
    run_id: str
    total_tokens: int

    def to_dict(self) -> dict[str, Any]:
        completion_tokens = self.completion_tokens

        cost_microusd = self.cost_microusd

        created_at = self.created_at.isoformat()

        id = self.id

        model = self.model

        prompt_tokens = self.prompt_tokens

        provider = self.provider

        run_id = self.run_id

        total_tokens = self.total_tokens

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "completion_tokens": completion_tokens,
                "cost_microusd": cost_microusd,
                "created_at": created_at,
                "id": id,
                "model": model,
                "prompt_tokens": prompt_tokens,
                "provider": provider,
                "run_id": run_id,
                "total_tokens": total_tokens,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        # strait template: no leftover keys are kept, so read the mapping without copying it
        d = src_dict or {}
        completion_tokens = d["completion_tokens"]

        cost_microusd = d["cost_microusd"]

        created_at = datetime.datetime.fromisoformat(d["created_at"])

        id = d["id"]

        model = d["model"]

        prompt_tokens = d["prompt_tokens"]

        provider = d["provider"]

        run_id = d["run_id"]

        total_tokens = d["total_tokens"]

        run_usage = cls(
            completion_tokens=completion_tokens,
            cost_microusd=cost_microusd,
            created_at=created_at,
            id=id,
            model=model,
            prompt_tokens=prompt_tokens,
            provider=provider,
            run_id=run_id,
            total_tokens=total_tokens,
        )

        return run_usage
