from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar, Self, TypeVar

from attrs import define as _attrs_define

from ..types import UNSET, Unset, WireMapping

T = TypeVar("T", bound="SDKStreamChunkRequest")


@_attrs_define
class SDKStreamChunkRequest(WireMapping):
    """
    Attributes:
        chunk (str | Unset):
        done (bool | Unset):
        stream_id (str | Unset):
    """

    _wire_names: ClassVar[dict[str, str]] = {
        "chunk": "chunk",
        "done": "done",
        "stream_id": "stream_id",
    }

    chunk: str | Unset = UNSET
    done: bool | Unset = UNSET
    stream_id: str | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        chunk = self.chunk

        done = self.done

        stream_id = self.stream_id

        field_dict: dict[str, Any] = {}

        field_dict.update({})
        if chunk is not UNSET:
            field_dict["chunk"] = chunk
        if done is not UNSET:
            field_dict["done"] = done
        if stream_id is not UNSET:
            field_dict["stream_id"] = stream_id

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        # strait template: no leftover keys are kept, so read the mapping without copying it
        d = src_dict or {}
        chunk = d.get("chunk", UNSET)

        done = d.get("done", UNSET)

        stream_id = d.get("stream_id", UNSET)

        sdk_stream_chunk_request = cls(
            chunk=chunk,
            done=done,
            stream_id=stream_id,
        )

        return sdk_stream_chunk_request
