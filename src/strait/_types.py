"""Types of values that cross the wire, shared by the client, the worker and the local Strait.

``JSONValue`` is what ``json.loads`` can return; ``JSONObject`` is a decoded JSON object.
Use them for bodies and payloads instead of ``Any``: mypy then asks for a check before a
field is used as a ``str`` or a ``dict``.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import TypeAlias

__all__ = ["JSONInput", "JSONObject", "JSONValue"]

JSONValue: TypeAlias = "str | int | float | bool | list[JSONValue] | dict[str, JSONValue] | None"
JSONObject: TypeAlias = "dict[str, JSONValue]"
# What callers may hand us to encode: read-only containers are fine.
JSONInput: TypeAlias = "str | int | float | bool | Sequence[JSONInput] | Mapping[str, JSONInput] | None"
