from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar, Self, TypeVar

from attrs import define as _attrs_define

from ..types import UNSET, Unset, WireMapping

T = TypeVar("T", bound="SDKUsageRequest")


@_attrs_define
class SDKUsageRequest(WireMapping):
    """
    Attributes:
        model (str):
        provider (str):
        completion_tokens (int | Unset):
        cost_microusd (int | Unset):
        prompt_tokens (int | Unset):
        total_tokens (int | Unset):
    """

    _wire_names: ClassVar[dict[str, str]] = {
        "model": "model",
        "provider": "provider",
        "completion_tokens": "completion_tokens",
        "cost_microusd": "cost_microusd",
        "prompt_tokens": "prompt_tokens",
        "total_tokens": "total_tokens",
    }

    model: str
    provider: str
    completion_tokens: int | Unset = UNSET
    cost_microusd: int | Unset = UNSET
    prompt_tokens: int | Unset = UNSET
    total_tokens: int | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        model = self.model

        provider = self.provider

        completion_tokens = self.completion_tokens

        cost_microusd = self.cost_microusd

        prompt_tokens = self.prompt_tokens

        total_tokens = self.total_tokens

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "model": model,
                "provider": provider,
            }
        )
        if completion_tokens is not UNSET:
            field_dict["completion_tokens"] = completion_tokens
        if cost_microusd is not UNSET:
            field_dict["cost_microusd"] = cost_microusd
        if prompt_tokens is not UNSET:
            field_dict["prompt_tokens"] = prompt_tokens
        if total_tokens is not UNSET:
            field_dict["total_tokens"] = total_tokens

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        # strait template: no leftover keys are kept, so read the mapping without copying it
        d = src_dict or {}
        model = d["model"]

        provider = d["provider"]

        completion_tokens = d.get("completion_tokens", UNSET)

        cost_microusd = d.get("cost_microusd", UNSET)

        prompt_tokens = d.get("prompt_tokens", UNSET)

        total_tokens = d.get("total_tokens", UNSET)

        sdk_usage_request = cls(
            model=model,
            provider=provider,
            completion_tokens=completion_tokens,
            cost_microusd=cost_microusd,
            prompt_tokens=prompt_tokens,
            total_tokens=total_tokens,
        )

        return sdk_usage_request
