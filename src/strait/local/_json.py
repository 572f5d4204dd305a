"""Typed readings of decoded JSON values (request bodies, stored step definitions)."""

from __future__ import annotations

import json

from strait._types import JSONObject, JSONValue

__all__ = ["as_int", "as_list", "as_object", "as_str", "as_tags", "jsonb_text"]


# Reading fields of a decoded body whose JSON types the handler has already checked (or
# where the old ``int(x or 0)``/``str(x or "")`` reading is the rule): the same result as
# those readings, typed.


def as_int(value: JSONValue, default: int = 0) -> int:
    """``int(value or default)``; a list or object is a ``TypeError``, as ``int()`` makes it."""
    if not value:
        return default
    if isinstance(value, int | float | str):
        return int(value)
    raise TypeError(f"not a number: {type(value).__name__}")


def as_str(value: JSONValue) -> str:
    """``str(value or "")``."""
    return value if isinstance(value, str) else str(value or "")


def as_list(value: JSONValue) -> list[JSONValue]:
    """A JSON array, or ``[]`` for anything else."""
    return value if isinstance(value, list) else []


def as_tags(value: JSONValue) -> dict[str, str] | None:
    """A ``{string: string}`` object (a value that is not a string is kept as its text), or
    None for anything but an object."""
    return {k: as_str(v) for k, v in value.items()} if isinstance(value, dict) else None


def as_object(value: JSONValue) -> JSONObject:
    """A JSON object, or ``{}`` for anything else."""
    return value if isinstance(value, dict) else {}


def jsonb_text(value: JSONValue) -> str:
    """``value`` as Postgres prints a ``jsonb``: object keys shorter first, then by bytes,
    ``", "`` and ``": "`` between items, only quotes, backslashes and control characters
    escaped, as ``json.dumps(s, ensure_ascii=False)`` escapes a string (what the delivery
    worker sends, store/webhook_deliveries.go:46-57,248-256)."""
    if isinstance(value, dict):
        keys = sorted(value, key=lambda k: (len(k.encode()), k.encode()))
        return (
            "{"
            + ", ".join(f"{json.dumps(k, ensure_ascii=False)}: {jsonb_text(value[k])}" for k in keys)
            + "}"
        )
    if isinstance(value, list):
        return "[" + ", ".join(jsonb_text(v) for v in value) + "]"
    if isinstance(value, str):
        return json.dumps(value, ensure_ascii=False)
    if value is None:
        return "null"
    if isinstance(value, bool):
        return "true" if value else "false"
    return repr(value)


_GO_ESCAPES = {"\a": "\\a", "\b": "\\b", "\f": "\\f", "\n": "\\n", "\r": "\\r", "\t": "\\t", "\v": "\\v"}


def go_quote(text: str) -> str:
    """``text`` as Go's ``strconv.Quote`` (and ``%q``) writes it: quotes and backslashes
    escaped, the C escapes, ``\\xNN`` for other control bytes, ``\\uNNNN`` / ``\\UNNNNNNNN``
    for other unprintable runes (Python's ``isprintable`` is Go's ``unicode.IsPrint``: no
    ``C*`` or ``Z*`` but the space)."""
    out = ['"']
    for ch in text:
        code = ord(ch)
        if ch in '"\\':
            out.append("\\" + ch)
        elif ch in _GO_ESCAPES:
            out.append(_GO_ESCAPES[ch])
        elif ch.isprintable():
            out.append(ch)
        elif code < 0x20 or code == 0x7F:
            out.append(f"\\x{code:02x}")
        elif 0xD800 <= code < 0xE000:  # not a valid rune: Go writes U+FFFD
            out.append("\\ufffd")
        else:
            out.append(f"\\u{code:04x}" if code < 0x10000 else f"\\U{code:08x}")
    out.append('"')
    return "".join(out)
