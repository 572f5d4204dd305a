"""The server's own small JSON-schema check, used for ``payload_schema`` on trigger and
``result_schema`` on complete (api/payload_schema.go:91-400): only ``type`` (object,
array, string, number, integer, boolean, null), ``required``, ``properties`` and
``items`` are read; the first mismatch is reported with a ``$.path``."""

from __future__ import annotations

from strait._limits import MAX_SCHEMA_DEPTH
from strait._types import JSONObject, JSONValue

__all__ = ["SchemaMismatch", "check"]


class SchemaMismatch(ValueError):
    pass


def _path(parts: list[str]) -> str:
    return "$" + "".join(parts)


def check(value: JSONValue, schema: JSONValue) -> None:
    """Raise :class:`SchemaMismatch` with the server's wording when ``value`` does not fit."""
    if not isinstance(schema, dict) or not schema:
        return
    _node(value, schema, [], 0)


def _node(value: JSONValue, schema: JSONObject, path: list[str], depth: int) -> None:
    if depth > MAX_SCHEMA_DEPTH:
        raise SchemaMismatch(f"{_path(path)} exceeds maximum schema nesting depth ({MAX_SCHEMA_DEPTH})")
    kind = schema.get("type")
    if not isinstance(kind, str):
        return
    where = _path(path)
    if kind == "object":
        if not isinstance(value, dict):
            raise SchemaMismatch(f"{where} must be object")
        required = schema.get("required")
        for key in required if isinstance(required, list) else []:
            if isinstance(key, str) and key not in value:
                raise SchemaMismatch(f"{_path([*path, '.' + key])} is required")
        properties = schema.get("properties")
        if isinstance(properties, dict):
            for key, sub in properties.items():
                if isinstance(sub, dict) and key in value:
                    _node(value[key], sub, [*path, "." + key], depth + 1)
    elif kind == "array":
        if not isinstance(value, list):
            raise SchemaMismatch(f"{where} must be array")
        items = schema.get("items")
        if isinstance(items, dict):
            for index, item in enumerate(value):
                _node(item, items, [*path, f"[{index}]"], depth + 1)
    elif kind == "string" and not isinstance(value, str):
        raise SchemaMismatch(f"{where} must be string")
    elif kind == "number" and (isinstance(value, bool) or not isinstance(value, int | float)):
        raise SchemaMismatch(f"{where} must be number")
    elif kind == "integer" and (
        isinstance(value, bool) or not isinstance(value, int | float) or value != int(value)
    ):
        raise SchemaMismatch(f"{where} must be integer")
    elif kind == "boolean" and not isinstance(value, bool):
        raise SchemaMismatch(f"{where} must be boolean")
    elif kind == "null" and value is not None:
        raise SchemaMismatch(f"{where} must be null")
