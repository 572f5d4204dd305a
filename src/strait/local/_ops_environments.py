"""Environments: create/list/get/update/delete, and variables resolved through the
parent chain (``api/environments.go``, ``store/environments.go``). The plan's limit on
the number of environments is not emulated."""

from __future__ import annotations

from strait._types import JSONObject, JSONValue

from ._emulator import json_ok, operation
from ._http import ApiFailure, Call, Reply, json_response, lister
from ._json import as_str
from ._model import Environment
from ._ops_common import creation_body, validation_failed

MAX_INHERITANCE_DEPTH = 10  # store/environments.go:262
MAX_NAME_LENGTH = 255  # api/environments.go:17-18 (validate max=255)


def find_environment(call: Call, env_id: str, what: str = "environment") -> Environment:
    return call.owned(call.emu.state.environments, env_id, what)


def resolved_variables(call: Call, env: Environment) -> dict[str, str]:
    """Root first, each child's variables over its parent's (store/environments.go:258-336)."""
    chain = [env]
    while chain[-1].parent_id and len(chain) < MAX_INHERITANCE_DEPTH:
        parent = call.emu.state.environments.get(chain[-1].parent_id)
        if parent is None or parent.project_id != env.project_id:
            break
        chain.append(parent)
    if len(chain) >= MAX_INHERITANCE_DEPTH and chain[-1].parent_id:
        raise ApiFailure(500, "failed to resolve environment variables")
    resolved: dict[str, str] = {}
    for link in reversed(chain):
        resolved.update(link.variables)
    return resolved


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
    slug = str(body["slug"])
    for other in call.emu.state.environments.values():
        if other.project_id == call.project_id and other.slug == slug:
            raise ApiFailure(500, "failed to create environment")  # the unique (project, slug) index
    now = call.emu.clock.stamp()
    name = str(body["name"])
    env = Environment(call.emu.new_id("env"), call.project_id, name, slug, now, now, variables, parent_id)
    call.emu.state.environments[env.id] = env
    return json_ok(env.wire(), 201)


operation("list-environments")(lister(lambda emu: emu.state.environments, Environment.wire))


@operation("get-environment")
def get_environment(call: Call) -> Reply:
    env = find_environment(call, call.params["envID"])
    return json_ok(env.wire(resolved_variables(call, env)))


@operation("update-environment")
def update_environment(call: Call) -> Reply:
    env = find_environment(call, call.params["envID"])
    body = call.obj()
    if body.get("parent_id") is not None:
        _check_parent(call, env.id, str(body["parent_id"]))
    if body.get("variables") is not None:
        _require_variable_write(call)
    if body.get("name") is not None:
        env.name = str(body["name"])
    if body.get("slug") is not None:
        env.slug = str(body["slug"])
    if body.get("parent_id") is not None:
        env.parent_id = as_str(body["parent_id"])
    if body.get("variables") is not None:
        env.variables = _variables(body["variables"])
    env.updated_at = call.emu.clock.stamp()
    return json_ok(env.wire())


@operation("delete-environment")
def delete_environment(call: Call) -> Reply:
    env = find_environment(call, call.params["envID"])
    if env.is_standard:
        raise ApiFailure(403, "cannot delete standard environment")
    del call.emu.state.environments[env.id]
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
    mine = [e for e in call.emu.state.environments.values() if e.project_id == call.project_id]
    if not mine:
        return requested
    for env in mine:
        if requested in (env.id, env.slug, env.name):
            return env.id
    raise ApiFailure(404, "environment not found")
