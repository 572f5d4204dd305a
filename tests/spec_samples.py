"""Build minimal valid JSON instances from the committed spec (for fakes and tests)."""

from __future__ import annotations

import json
from collections.abc import Callable, Iterable, Mapping
from functools import cache
from pathlib import Path
from typing import Any

SPEC_PATH = Path(__file__).resolve().parent.parent / "openapi" / "strait.openapi.json"


@cache
def spec() -> dict[str, Any]:
    data: dict[str, Any] = json.loads(SPEC_PATH.read_text())
    return data


def resolve(schema: Mapping[str, Any]) -> dict[str, Any]:
    """``schema`` with its ``$ref`` chain followed, as a dict of its own."""
    while "$ref" in schema:
        schema = spec()["components"]["schemas"][str(schema["$ref"]).rsplit("/", 1)[1]]
    return dict(schema)


def merge_all_of(parts: Iterable[Any], build: Callable[[Any], Any]) -> dict[str, Any]:
    """The object an ``allOf`` describes: every part built with ``build``, the objects merged."""
    merged: dict[str, Any] = {}
    for part in parts:
        value = build(part)
        if isinstance(value, dict):
            merged.update(value)
    return merged


def sample(schema: dict[str, Any], *, full: bool = False, depth: int = 0) -> Any:
    """A value valid for ``schema``: required properties only (all with ``full``)."""
    schema = resolve(schema)
    for key in ("oneOf", "anyOf"):
        if key in schema:
            return sample(schema[key][0], full=full, depth=depth)
    if "allOf" in schema:
        return merge_all_of(schema["allOf"], lambda part: sample(part, full=full, depth=depth))
    if "const" in schema:
        return schema["const"]
    if "enum" in schema:
        return schema["enum"][0]
    kind = schema.get("type")
    if isinstance(kind, list):
        kind = next((k for k in kind if k != "null"), "null")
    if kind == "object" or (kind is None and "properties" in schema):
        props = schema.get("properties", {})
        names = list(props) if full and depth < 3 else schema.get("required", [])
        return {name: sample(props[name], full=full, depth=depth + 1) for name in names if name in props}
    if kind == "array":
        if depth > 4:
            return []
        return [sample(schema.get("items", {}), full=full, depth=depth + 1)] if full else []
    if kind == "string":
        fmt = schema.get("format")
        if fmt == "date-time":
            return "2026-01-01T00:00:00Z"
        if fmt == "date":
            return "2026-01-01"
        if fmt == "uri":
            return "https://example.com/x"
        if fmt == "email":
            return "a@example.com"
        if fmt == "uuid":
            return "00000000-0000-4000-8000-000000000000"
        minimum = schema.get("minLength", 1)
        return "x" * max(minimum, 1)
    if kind == "integer":
        return int(schema.get("minimum", 1))
    if kind == "number":
        return float(schema.get("minimum", 1))
    if kind == "boolean":
        return False
    if kind == "null":
        return None
    return {}


def component(schema_name: str, /, *, full: bool = False, **overrides: Any) -> dict[str, Any]:
    value = sample({"$ref": f"#/components/schemas/{schema_name}"}, full=full)
    assert isinstance(value, dict)
    value.update(overrides)
    return value
