"""Deployment versions: create, list, finalize, promote and roll back, over raw HTTP (server:
``api/deployment_versions.go``, ``store/deployment_versions.go``, ``domain/types.go`` at
ac094a3c8)."""

from __future__ import annotations

import re
from pathlib import Path
from typing import Any

import pytest

from strait import Client
from strait.local import LocalStrait
from strait.local._emulator import Emulator
from strait.local._ops_deployments import _parse_go_duration
from strait.local._persist import Store
from strait.local._validate import Validator

from ._api import Api, error

ARTIFACT = "https://artifacts.example.com/app-1.tar.gz"
SPEC = Path(__file__).resolve().parents[3] / "openapi" / "strait.openapi.json"


def _create(api: Api, environment: str = "production", **fields: Any) -> dict[str, Any]:
    body = {
        "project_id": api.project,
        "environment": environment,
        "runtime": "python",
        "artifact_uri": ARTIFACT,
        **fields,
    }
    return api.ok("POST", "/v1/deployments", body)  # type: ignore[no-any-return]


def _act(api: Api, deployment_id: str, action: str, environment: str = "production") -> Any:
    body = {"project_id": api.project, "environment": environment}
    return api("POST", f"/v1/deployments/{deployment_id}/{action}", body)


def test_created_as_a_draft_with_the_servers_fields(api: Api, local_strait: LocalStrait) -> None:
    """201 ``draft``, strategy ``direct`` by default, ``manifest`` ``{}`` when not given (or
    null), ``created_by``/``updated_by`` the API key; empty ``checksum`` and unset canary,
    finalize and promote fields left out (api/deployment_versions.go:33-42,52-103,
    store/deployment_versions.go:81-150, domain/types.go:857-876, api/middleware.go:583)."""
    plain = _create(api, manifest=None)
    assert plain["status"] == "draft" and plain["strategy"] == "direct"
    assert plain["manifest"] == {} and plain["runtime"] == "python"
    assert plain["created_by"] == plain["updated_by"] and plain["created_by"].startswith("apikey:")
    assert plain["created_at"] == plain["updated_at"]
    for absent in (
        "checksum",
        "canary_percent",
        "canary_duration",
        "finalized_at",
        "promoted_at",
        "rollback_from_deployment_id",
    ):
        assert absent not in plain, absent
    full = _create(api, manifest={"jobs": ["a"]}, checksum="sha256:ab", canary_percent=0)
    assert full["manifest"] == {"jobs": ["a"]} and full["checksum"] == "sha256:ab"
    assert full["canary_percent"] == 0  # a pointer: 0 is sent


def test_create_validation(api: Api) -> None:
    """The validator tags first (422): required project_id, environment, runtime and
    artifact_uri, which must be a URL; a wrong JSON type is 400; then another project is
    403 (api/deployment_versions.go:16-26,54-59, api/huma_bridge.go:423-437)."""
    base = {"project_id": api.project, "environment": "e", "runtime": "node", "artifact_uri": ARTIFACT}
    for name in ("project_id", "environment", "runtime", "artifact_uri"):
        response = api("POST", "/v1/deployments", {**base, name: ""})
        assert response.status_code == 422, name
        assert f"{name}: failed on 'required'" in response.json()["error"]["details"]
    response = api("POST", "/v1/deployments", {**base, "artifact_uri": "not a url"})
    assert response.status_code == 422
    assert response.json()["error"]["details"] == ["artifact_uri: failed on 'url'"]
    assert api("POST", "/v1/deployments", {**base, "canary_percent": "5"}).status_code == 400
    assert error(api("POST", "/v1/deployments", {**base, "project_id": "proj_x"})) == (
        403,
        "project_id does not match authenticated project",
    )
    assert api.ok("GET", "/v1/deployments")["data"] == []


def test_strategy_and_canary_checks(api: Api) -> None:
    """A strategy other than direct/canary is 400; canary needs canary_percent 1-99 (400);
    a direct one keeps any canary_percent; ``canary_duration`` must be a Go duration (400),
    answered in nanoseconds (api/deployment_versions.go:64-86,105-107, domain/types.go:1441-1456)."""
    bad_strategy = api("POST", "/v1/deployments", _body(api, strategy="blue-green"))
    assert error(bad_strategy) == (400, 'invalid strategy: must be "direct" or "canary"')
    for percent in (None, 0, 100):
        response = api("POST", "/v1/deployments", _body(api, strategy="canary", canary_percent=percent))
        assert error(response) == (400, "canary strategy requires canary_percent between 1 and 99")
    assert _create(api, strategy="direct", canary_percent=100)["canary_percent"] == 100
    canary = _create(api, strategy="canary", canary_percent=1, canary_duration="1h30m")
    assert canary["strategy"] == "canary" and canary["canary_percent"] == 1
    assert canary["canary_duration"] == 5_400_000_000_000
    assert _create(api, strategy="canary", canary_percent=99)["canary_percent"] == 99
    response = api("POST", "/v1/deployments", _body(api, canary_duration="10 minutes"))
    assert error(response) == (400, "invalid canary_duration: must be a valid Go duration string")


def _body(api: Api, **fields: Any) -> dict[str, Any]:
    base = {"project_id": api.project, "environment": "e", "runtime": "node", "artifact_uri": ARTIFACT}
    return {**base, **{k: v for k, v in fields.items() if v is not None}}


@pytest.mark.parametrize(
    ("text", "nanoseconds"),
    [
        ("0", 0),
        ("-0", 0),
        ("300ms", 300_000_000),
        ("1.5h", 5_400_000_000_000),
        ("2h45m", 9_900_000_000_000),
        ("-1.5s", -1_500_000_000),
        (".5us", 500),
        ("1\u00b5s", 1000),
        ("1ns", 1),
    ],
)
def test_go_duration_forms(text: str, nanoseconds: int) -> None:
    """Go's ``time.ParseDuration`` forms, which the handler uses
    (api/deployment_versions.go:80-85)."""
    assert _parse_go_duration(text) == nanoseconds


@pytest.mark.parametrize("text", ["", "1", "1d", "h", ".s", "1.2.3s", "-", "3000000h"])
def test_go_duration_refusals(text: str) -> None:
    """What ``time.ParseDuration`` refuses: no unit, an unknown unit, no number, overflow
    (api/deployment_versions.go:80-85). The error's message is the text refused."""
    with pytest.raises(ValueError, match=f"^{re.escape(text)}$"):
        _parse_go_duration(text)


def test_list_newest_first_by_environment_and_cursor(api: Api) -> None:
    """The project's versions newest first, ``environment`` filtering, cursor pages by
    creation time (api/deployment_versions.go:119-132, store/deployment_versions.go:172-208)."""
    first = _create(api, "staging")
    second = _create(api, "production")
    third = _create(api, "staging")
    assert [d["id"] for d in api.ok("GET", "/v1/deployments")["data"]] == [
        third["id"],
        second["id"],
        first["id"],
    ]
    staging = api.ok("GET", "/v1/deployments", params={"environment": "staging", "limit": 1})
    assert staging["data"] == [third] and staging["has_more"] is True
    rest = api.ok(
        "GET", "/v1/deployments", params={"environment": "staging", "cursor": staging["next_cursor"]}
    )
    assert rest == {"data": [first], "has_more": False}
    assert error(api("GET", "/v1/deployments", params={"limit": "x"}))[0] == 400


def test_finalize_sets_status_and_first_finalized_at(api: Api) -> None:
    """Finalize: ``finalized``, ``finalized_at`` set once (a second finalize keeps it),
    ``updated_at`` moves; the body's environment is required but not matched against the
    version's (api/deployment_versions.go:143-162, store/deployment_versions.go:210-234)."""
    draft = _create(api, "staging")
    done = _act(api, draft["id"], "finalize", environment="anything")
    assert done.status_code == 200
    finalized = done.json()
    assert finalized["status"] == "finalized" and finalized["finalized_at"]
    assert finalized["updated_at"] > draft["updated_at"]
    again = _act(api, draft["id"], "finalize").json()
    assert again["finalized_at"] == finalized["finalized_at"]
    assert again["updated_at"] > finalized["updated_at"]


def test_mutations_check_body_project_and_version(api: Api) -> None:
    """finalize/promote/rollback: required project_id and environment (422), another
    project in the body 403, an unknown version or another project's 404 ``deployment
    version not found`` (api/deployment_versions.go:28-31,143-222,
    store/deployment_versions.go:220,294)."""
    deployment = _create(api)
    other = api.other_project()
    try:
        for action in ("finalize", "promote", "rollback"):
            path = f"/v1/deployments/{deployment['id']}/{action}"
            missing = api("POST", path, {"project_id": api.project})
            assert missing.status_code == 422
            assert missing.json()["error"]["details"] == ["environment: failed on 'required'"]
            assert error(api("POST", path, {"project_id": "proj_x", "environment": "production"}))[0] == 403
            assert error(_act(api, "dep_missing", action)) == (404, "deployment version not found")
            theirs = other("POST", path, {"project_id": "proj_other", "environment": "production"})
            assert error(theirs) == (404, "deployment version not found")
    finally:
        other.close()
    listed = api.ok("GET", "/v1/deployments")["data"]
    assert [d["status"] for d in listed] == ["draft"]


def test_promote_keeps_one_promoted_version_per_environment(api: Api) -> None:
    """Promote works from any status; the previously promoted version of the same
    environment loses ``promoted_at`` and goes back to ``finalized``; another environment's
    is untouched; promoting with another environment than the version's is 404 and changes
    nothing (store/deployment_versions.go:250-329,
    ../migrations/000090_deployment_versions.up.sql:23-25)."""
    first = _create(api)
    second = _create(api)
    staged = _create(api, "staging")
    assert _act(api, staged["id"], "promote", "staging").json()["status"] == "promoted"
    promoted = _act(api, first["id"], "promote").json()  # a draft, promoted straight away
    assert promoted["status"] == "promoted" and promoted["promoted_at"]
    assert error(_act(api, second["id"], "promote", "staging")) == (404, "deployment version not found")
    replaced = _act(api, second["id"], "promote").json()
    assert replaced["status"] == "promoted" and "rollback_from_deployment_id" not in replaced
    by_id = {d["id"]: d for d in api.ok("GET", "/v1/deployments")["data"]}
    assert by_id[first["id"]]["status"] == "finalized" and "promoted_at" not in by_id[first["id"]]
    assert by_id[staged["id"]]["status"] == "promoted"


def test_finalize_of_a_promoted_version_keeps_it_live(api: Api) -> None:
    """Finalizing a promoted version sets ``finalized`` but keeps its ``promoted_at``: it is
    still the environment's promoted one, and the next rollback records it
    (store/deployment_versions.go:214-221,258-267)."""
    live = _create(api)
    _act(api, live["id"], "promote")
    refinalized = _act(api, live["id"], "finalize").json()
    assert refinalized["status"] == "finalized" and refinalized["promoted_at"]
    older = _create(api)
    rolled = _act(api, older["id"], "rollback").json()
    assert rolled["rollback_from_deployment_id"] == live["id"]


def test_rollback_records_the_version_it_replaces(api: Api) -> None:
    """Rollback promotes the version and records the one promoted before as
    ``rollback_from_deployment_id``; rolling back to the promoted version itself leaves the
    field as it was (store/deployment_versions.go:284-300)."""
    old = _create(api)
    new = _create(api)
    _act(api, old["id"], "promote")
    _act(api, new["id"], "promote")
    rolled = _act(api, old["id"], "rollback").json()
    assert rolled["status"] == "promoted" and rolled["rollback_from_deployment_id"] == new["id"]
    same = _act(api, old["id"], "rollback").json()
    assert same["rollback_from_deployment_id"] == new["id"]
    by_id = {d["id"]: d for d in api.ok("GET", "/v1/deployments")["data"]}
    assert by_id[new["id"]]["status"] == "finalized" and "promoted_at" not in by_id[new["id"]]


def test_rollback_with_nothing_promoted_is_a_500(api: Api) -> None:
    """With no promoted version in the environment the server writes ``''`` into
    ``rollback_from_deployment_id``, which its foreign key refuses: 500 ``failed to
    rollback deployment version``, the transaction rolled back
    (store/deployment_versions.go:290-300, ../migrations/000090_deployment_versions.up.sql:12,
    api/deployment_versions.go:211-217)."""
    draft = _create(api)
    assert error(_act(api, draft["id"], "rollback")) == (500, "failed to rollback deployment version")
    assert api.ok("GET", "/v1/deployments")["data"] == [draft]


def test_the_readme_flow_through_the_client(local_strait: LocalStrait) -> None:
    """strait-python 0.1.1's flow (README): ``deployments.create`` then ``finalize`` and
    ``promote`` (api/deployment_versions.go:52-192)."""
    with Client(base_url=local_strait.base_url, api_key=local_strait.api_key) as client:
        body = {"project_id": local_strait.project_id, "environment": "production"}
        created = client.deployments.create({**body, "runtime": "python", "artifact_uri": ARTIFACT})
        finalized = client.deployments.finalize(created["id"], body)
        promoted = client.deployments.promote(created["id"], body)
    assert (created["status"], finalized["status"], promoted["status"]) == ("draft", "finalized", "promoted")


def test_requests_and_answers_match_the_spec_and_survive_db(tmp_path: Path) -> None:
    """Every request and answer of the five operations, errors included, checked against
    ``openapi/strait.openapi.json`` (0 mismatches); the versions come back from ``--db`` with
    the same wire form (api/deployment_versions.go:52-222, domain/types.go:857-876)."""
    validator = Validator(SPEC)
    db = tmp_path / "strait.db"
    with LocalStrait(api_key="strait_deploy_spec_1", validator=validator) as strait:
        api = Api(strait)
        try:
            old = _create(api, manifest={"jobs": [{"slug": "a", "n": 1}]}, checksum="c")
            new = _create(api, strategy="canary", canary_percent=10, canary_duration="5m")
            _act(api, old["id"], "finalize")
            _act(api, old["id"], "promote")
            _act(api, new["id"], "promote")
            _act(api, old["id"], "rollback")
            _act(api, "dep_missing", "promote")
            _act(api, _create(api, "staging")["id"], "rollback", "staging")  # the 500
            api("POST", "/v1/deployments", {"project_id": api.project})
            api.ok("GET", "/v1/deployments", params={"environment": "production", "limit": 1})
            before = api.ok("GET", "/v1/deployments")
        finally:
            api.close()
        strait.call(lambda: Store(db).save(strait.emulator))
    assert validator.figures.mismatches == []
    assert validator.figures.responses_validated >= 10
    restored = Emulator(api_key="strait_deploy_spec_1")
    Store(db).load(restored)
    rows = sorted(restored.state.deployments.values(), key=lambda d: d.created_at, reverse=True)
    assert [d.wire() for d in rows] == before["data"]
