"""Environments: create/list/get/update/delete, and variables resolved through the
parent chain (``api/environments.go``, ``store/environments.go``). The plan's limit on
the number of environments is not emulated."""

from __future__ import annotations

from typing import Any

from strait._types import JSONInput, JSONObject, JSONValue

from ._emulator import json_ok, operation
from ._http import ApiFailure, Call, Reply, json_response
from ._json import as_object, as_str, as_tags
from ._ops_common import creation_body, owned_record, records, stamp, table, validation_failed

MAX_INHERITANCE_DEPTH = 10  # store/environments.go:262
MAX_NAME_LENGTH = 255  # api/environments.go:17-18 (validate max=255)


def environments(call: Call) -> dict[str, JSONObject]:
    return table(call.emu, "environments")


def find_environment(call: Call, env_id: str, what: str = "environment") -> JSONObject:
    return owned_record(call, "environments", env_id, what)


def resolved_variables(call: Call, env: JSONObject) -> dict[str, str]:
    """Root first, each child's variables over its parent's (store/environments.go:258-336)."""
    chain = [env]
    while chain[-1].get("parent_id") and len(chain) < MAX_INHERITANCE_DEPTH:
        parent = environments(call).get(as_str(chain[-1]["parent_id"]))
        if parent is None or parent["project_id"] != env["project_id"]:
            break
        chain.append(parent)
    if len(chain) >= MAX_INHERITANCE_DEPTH and chain[-1].get("parent_id"):
        raise ApiFailure(500, "failed to resolve environment variables")
    resolved: dict[str, str] = {}
    for link in reversed(chain):
        resolved.update(as_tags(link.get("_variables")) or {})
    return resolved


def _wire(env: JSONObject, resolved: dict[str, str] | None = None) -> dict[str, JSONInput]:
    out: dict[str, JSONInput] = {k: v for k, v in env.items() if not k.startswith("_")}
    if env.get("_variables"):
        out["variable_keys"] = sorted(as_object(env["_variables"]))
    if resolved:
        out["resolved_variable_keys"] = sorted(resolved)
    return out


def _check_parent(call: Call, env_id: str, parent_id: str) -> None:
    if not parent_id:
        return
    if env_id and parent_id == env_id:
        raise ApiFailure(400, "environment cannot inherit from itself")
    find_environment(call, parent_id, "parent environment")


def _require_variable_write(call: Call) -> None:
    """Variables need ``secrets:write`` on the key (api/environments.go:254-290)."""
    key = next((k for k in call.emu.state.keys.values() if k.id == call.key_id), None)
    if key is None or not {"*", "secrets:write"} & set(key.scopes):
        raise ApiFailure(403, "environment variables require secrets:write")


def _variables(value: JSONValue) -> dict[str, str]:
    if not isinstance(value, dict) or not all(isinstance(v, str) for v in value.values()):
        raise ApiFailure(400, "invalid request body")
    return {k: str(v) for k, v in value.items()}


def _check_lengths(body: JSONObject) -> None:
    for name in ("name", "slug"):
        if len(str(body[name])) > MAX_NAME_LENGTH:
            raise validation_failed(f"{name}: failed on 'max'")


@operation("create-environment")
def create_environment(call: Call) -> Reply:
    body = creation_body(call, "name", "slug", check=_check_lengths)
    parent_id = str(body.get("parent_id") or "")
    _check_parent(call, "", parent_id)
    variables = _variables(body["variables"]) if body.get("variables") else {}
    if variables:
        _require_variable_write(call)
    for other in environments(call).values():
        if other["project_id"] == call.project_id and other["slug"] == body["slug"]:
            raise ApiFailure(500, "failed to create environment")  # the unique (project, slug) index
    now = stamp(call.emu)
    env: dict[str, Any] = {
        "id": call.emu.new_id("env"),
        "project_id": call.project_id,
        "name": body["name"],
        "slug": body["slug"],
        "is_standard": False,
        "created_at": now,
        "updated_at": now,
        "_variables": variables,
    }
    if parent_id:
        env["parent_id"] = parent_id
    environments(call)[env["id"]] = env
    return json_ok(_wire(env), 201)


@operation("list-environments")
def list_environments(call: Call) -> Reply:
    mine = [e for e in environments(call).values() if e["project_id"] == call.project_id]
    return json_ok(records(call, mine, _wire))


@operation("get-environment")
def get_environment(call: Call) -> Reply:
    env = find_environment(call, call.params["envID"])
    return json_ok(_wire(env, resolved_variables(call, env)))


@operation("update-environment")
def update_environment(call: Call) -> Reply:
    env = find_environment(call, call.params["envID"])
    body = call.obj()
    if body.get("parent_id") is not None:
        _check_parent(call, as_str(env["id"]), str(body["parent_id"]))
    if body.get("variables") is not None:
        _require_variable_write(call)
    for name in ("name", "slug"):
        if body.get(name) is not None:
            env[name] = body[name]
    if body.get("parent_id") is not None:
        if body["parent_id"]:
            env["parent_id"] = body["parent_id"]
        else:
            env.pop("parent_id", None)
    if body.get("variables") is not None:
        env["_variables"] = {**_variables(body["variables"])}
    env["updated_at"] = stamp(call.emu)
    return json_ok(_wire(env))


@operation("delete-environment")
def delete_environment(call: Call) -> Reply:
    env = find_environment(call, call.params["envID"])
    if env.get("is_standard"):
        raise ApiFailure(403, "cannot delete standard environment")
    del environments(call)[as_str(env["id"])]
    return json_response(204, None)


@operation("get-resolved-variables")
def get_resolved_variables(call: Call) -> Reply:
    env = find_environment(call, call.params["envID"])
    return json_ok({"variables": resolved_variables(call, env)})


def resolve_environment(call: Call, requested: str) -> str:
    """A secret's environment: ``production`` by default; once the project has
    environments it must name one (id, slug or name) and becomes its id
    (api/secrets.go:248-277)."""
    requested = requested or "production"
    mine = [e for e in environments(call).values() if e["project_id"] == call.project_id]
    if not mine:
        return requested
    for env in mine:
        if requested in (env["id"], env["slug"], env["name"]):
            return str(env["id"])
    raise ApiFailure(404, "environment not found")
