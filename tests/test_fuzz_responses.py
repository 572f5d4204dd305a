"""Response fuzzing: every 2xx JSON response schema of the spec, through ``Operation.parse``.

For each distinct JSON success schema (the first operation answering it),
hypothesis-jsonschema draws bodies valid for it, and mutates them (a field removed, a value of the wrong JSON
type, an extra field, a list sent as null, a value nested 1,000 deep). Each body goes
through the operation's real table entry and ``Operation.parse`` on an ``httpx.Response``
(the same call both clients make), then every declared field of the result is read.

- valid bodies parse, strict too, and ``json.dumps`` of the result is the wire body;
- mutated bodies raise nothing but ``StraitError`` subclasses, at the call or on reads
  (a field that is missing reads as ``AttributeError`` naming it);
- ``strict=True`` raises ``DecodeError`` exactly when the body breaks the schema (JSON
  Schema validation is the oracle), except for a list sent as null, which both modes
  accept (a Go server sends an empty slice that way).
"""

from __future__ import annotations

import functools
import importlib
import json
import os
from collections import Counter
from typing import Any

import httpx
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from spec_samples import spec

from strait import DecodeError, StraitError
from strait._core import Operation
from strait._generated.services import SERVICES
from strait._model import StraitObject

hypothesis_jsonschema = pytest.importorskip("hypothesis_jsonschema")
jsonschema = pytest.importorskip("jsonschema")

VALID_EXAMPLES = 2
MUTATED_EXAMPLES = 4
_SETTINGS = settings(
    max_examples=VALID_EXAMPLES,
    deadline=None,
    derandomize=True,  # the same bodies on every run: CI failures reproduce
    database=None,
    suppress_health_check=list(HealthCheck),
)
#: outcomes, for the report (STRAIT_FUZZ_REPORT=1 shows them at the end)
OUTCOMES: Counter[str] = Counter()


def _inline(schema: Any, stack: tuple[str, ...] = ()) -> Any:
    """The schema with every ``$ref`` replaced by its target (none of ours is recursive)."""
    if isinstance(schema, dict):
        if "$ref" in schema:
            name = schema["$ref"].rsplit("/", 1)[1]
            assert name not in stack, f"recursive schema {name}"
            return _inline(spec()["components"]["schemas"][name], (*stack, name))
        return {k: _inline(v, stack) for k, v in schema.items() if k not in ("example", "examples")}
    if isinstance(schema, list):
        return [_inline(v, stack) for v in schema]
    return schema


def _cases() -> dict[str, tuple[Operation[Any], dict[str, Any]]]:
    operations: dict[str, Operation[Any]] = {}
    for service in SERVICES:
        module = importlib.import_module(f"strait._generated.services.{service}")
        for value in vars(module).values():
            if isinstance(value, Operation):
                operations[value.operation_id] = value
    cases = {}
    for item in spec()["paths"].values():
        for method, op in item.items():
            if method not in ("get", "post", "put", "patch", "delete"):
                continue
            operation = operations.get(op["operationId"])
            if operation is None or operation.raw_body or operation.returns is None:
                continue
            for status, response in op["responses"].items():
                media = response.get("content", {}).get("application/json")
                if status.startswith("2") and media is not None:
                    cases[op["operationId"]] = (operation, _inline(media["schema"]))
    # one case per distinct schema (many operations answer the same object): the first
    # operation, by id, that answers it
    distinct: dict[str, tuple[Operation[Any], dict[str, Any]]] = {}
    for operation_id in sorted(cases):
        key = json.dumps(cases[operation_id][1], sort_keys=True)
        if key not in distinct:
            distinct[key] = cases[operation_id]
    return {operation.operation_id: (operation, schema) for operation, schema in distinct.values()}


CASES = _cases()


@functools.cache
def _bodies(operation_id: str) -> st.SearchStrategy[Any]:
    """Valid bodies for the operation's success schema (built once: it is costly)."""
    strategy: st.SearchStrategy[Any] = hypothesis_jsonschema.from_schema(CASES[operation_id][1])
    return strategy


def test_every_json_answer_is_fuzzed() -> None:
    assert len(CASES) > 150  # distinct success schemas of the 282 JSON-answering operations


def _response(body: bytes) -> httpx.Response:
    request = httpx.Request("GET", "http://strait.test/")
    return httpx.Response(200, content=body, headers={"content-type": "application/json"}, request=request)


def _touch(value: Any, depth: int = 0) -> int:
    """Read every declared field of a result, recursively; return how many were read."""
    if depth > 50:
        return 0
    count = 0
    if isinstance(value, StraitObject):
        for attr in type(value)._fields:
            try:
                field = getattr(value, attr)
            except AttributeError as exc:
                assert "was absent from the response" in str(exc), exc
                continue
            except StraitError:
                OUTCOMES["read: DecodeError"] += 1
                continue
            count += 1 + _touch(field, depth + 1)
    elif isinstance(value, list):
        for item in value:
            count += _touch(item, depth + 1)
    return count


@pytest.mark.parametrize("operation_id", sorted(CASES))
def test_valid_bodies_parse_and_round_trip(operation_id: str) -> None:
    operation = CASES[operation_id][0]

    @_SETTINGS
    @given(_bodies(operation_id))
    def check(body: Any) -> None:
        wire = json.dumps(body).encode()
        result = operation.parse(_response(wire))
        assert json.dumps(result).encode() == wire
        operation.parse(_response(wire), strict=True)  # valid: strict has nothing to say
        _touch(result)
        assert json.dumps(result).encode() == wire  # typed reads keep the wire JSON
        OUTCOMES["valid: parsed"] += 1

    check()


_DEEP = "[" * 1000 + "]" * 1000


def _nodes(value: Any, path: tuple[Any, ...] = ()) -> list[tuple[tuple[Any, ...], Any]]:
    """Every object and list inside a body, with its path."""
    found: list[tuple[tuple[Any, ...], Any]] = []
    if isinstance(value, dict):
        found.append((path, value))
        for key, item in value.items():
            found.extend(_nodes(item, (*path, key)))
    elif isinstance(value, list):
        found.append((path, value))
        for index, item in enumerate(value):
            found.extend(_nodes(item, (*path, index)))
    return found


def _wrong(value: Any) -> Any:
    """A value of another JSON type."""
    if isinstance(value, bool):
        return "yes"
    if isinstance(value, str):
        return 7
    if isinstance(value, int | float):
        return "7"
    if isinstance(value, list):
        return {"not": "a list"}
    if isinstance(value, dict):
        return [1, 2]
    return 7  # for null: a number (a string might still be valid where no format is checked)


@st.composite
def _mutated(draw: st.DrawFn, bodies: st.SearchStrategy[Any]) -> tuple[str, bytes, Any]:
    body = draw(bodies)
    kind = draw(st.sampled_from(["missing", "wrong type", "extra field", "null list", "deep"]))
    objects = [(p, n) for p, n in _nodes(body) if isinstance(n, dict) and n]
    if kind == "extra field":
        objects = [(p, n) for p, n in _nodes(body) if isinstance(n, dict)]
    if not objects:
        kind, objects = "wrong type", [((), body)]
    _, node = draw(st.sampled_from(objects))
    if node == {}:
        kind = "extra field"
    if kind == "extra field":
        node["zz_not_in_the_spec"] = {"x": 1}
    elif not isinstance(node, dict):
        return "wrong type", json.dumps(_wrong(node)).encode(), _wrong(node)
    else:
        key = draw(st.sampled_from(sorted(node)))
        if kind == "missing":
            del node[key]
        elif kind == "wrong type":
            node[key] = _wrong(node[key])
        elif kind == "null list":
            lists = sorted(k for k, v in node.items() if isinstance(v, list))
            if lists:
                node[draw(st.sampled_from(lists))] = None
            else:
                kind = "wrong type"
                node[key] = _wrong(node[key])
        else:
            node[key] = "__DEEP__"
            text = json.dumps(body).replace('"__DEEP__"', _DEEP, 1)
            return kind, text.encode(), None
    return kind, json.dumps(body).encode(), body


@pytest.mark.parametrize("operation_id", sorted(CASES))
def test_mutated_bodies_raise_only_strait_errors(operation_id: str) -> None:
    operation, schema = CASES[operation_id]
    validator = jsonschema.Draft202012Validator(schema)

    @settings(_SETTINGS, max_examples=MUTATED_EXAMPLES)
    @given(_mutated(_bodies(operation_id)))
    def check(mutation: tuple[str, bytes, Any]) -> None:
        kind, wire, body = mutation
        try:
            result = operation.parse(_response(wire))
        except StraitError:
            OUTCOMES[f"{kind}: DecodeError at the call"] += 1
        else:
            assert json.dumps(result).encode() == wire  # lenient: kept exactly as sent
            _touch(result)
            OUTCOMES[f"{kind}: returned"] += 1
        if kind == "deep":
            # valid or not depending on where it sits; either way only StraitError may escape
            try:
                operation.parse(_response(wire), strict=True)
            except StraitError:
                OUTCOMES[f"{kind}: strict DecodeError"] += 1
            return
        if kind == "null list" or validator.is_valid(body):
            operation.parse(_response(wire), strict=True)
            OUTCOMES[f"{kind}: strict accepts (valid)"] += 1
        else:
            with pytest.raises(DecodeError):
                operation.parse(_response(wire), strict=True)
            OUTCOMES[f"{kind}: strict DecodeError"] += 1

    check()


def test_zz_report_outcomes(capsys: pytest.CaptureFixture[str]) -> None:
    """Runs last in this module; with STRAIT_FUZZ_REPORT=1 shows what the fuzzing saw
    (an escape would have failed a test above)."""
    if os.environ.get("STRAIT_FUZZ_REPORT"):
        with capsys.disabled():
            for outcome, count in sorted(OUTCOMES.items()):
                print(f"fuzz outcome: {outcome}: {count}")
