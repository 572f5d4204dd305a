"""``--db``: the clock's timers are data, saved with the state and put back on load."""

from __future__ import annotations

import json
import sqlite3
from collections.abc import Iterator
from contextlib import contextmanager
from datetime import UTC, datetime, timedelta
from pathlib import Path

import httpx
import pytest

from strait.local import LocalStrait
from strait.local._emulator import Emulator
from strait.local._model import WebhookAttempt, WebhookCircuit, WebhookDelivery
from strait.local._persist import FORMAT, Store
from strait.local._runner import Server
from strait.local._thread import LoopThread

KEY = "strait_persist_timers_1"


@contextmanager
def _restored(db: Path) -> Iterator[tuple[httpx.Client, LoopThread, Emulator]]:
    """A local Strait started from ``db``, as ``python -m strait.local --db`` starts one."""
    thread = LoopThread("strait-local-restored")
    servers: list[Server] = []

    async def boot() -> None:
        emu = Emulator(api_key=KEY)
        Store(db).load(emu)
        servers.append(Server(emu))
        await servers[0].start()

    thread.start(boot)
    emu = servers[0].emulator
    http = httpx.Client(base_url=emu.base_url, headers={"Authorization": f"Bearer {KEY}"})
    try:
        yield http, thread, emu
    finally:
        http.close()
        thread.stop(servers[0].stop)


def test_scheduled_runs_debounces_and_batches_survive_a_restart(tmp_path: Path) -> None:
    db = tmp_path / "strait.db"
    with LocalStrait(api_key=KEY) as strait, strait.client() as client:
        job = client.jobs.create(
            {"project_id": strait.project_id, "name": "Later", "slug": "later", "execution_mode": "worker"}
        )
        soon = (datetime.now(UTC) + timedelta(hours=1)).isoformat()
        delayed = client.jobs.trigger(job["id"], {"scheduled_at": soon})
        quiet = client.jobs.create(
            {
                "project_id": strait.project_id,
                "name": "Quiet",
                "slug": "quiet",
                "execution_mode": "worker",
                "debounce_window_secs": 600,
            }
        )
        client.jobs.trigger(quiet["id"], {"payload": {"last": True}})
        grouped = client.jobs.create(
            {
                "project_id": strait.project_id,
                "name": "Grouped",
                "slug": "grouped",
                "execution_mode": "worker",
                "batch_window_secs": 600,
            }
        )
        client.jobs.trigger(grouped["id"], {"payload": {"item": 1}})
        strait.call(lambda: Store(db).save(strait.emulator))

    with _restored(db) as (http, thread, emu):
        assert http.get(f"/v1/runs/{delayed['id']}").json()["status"] == "delayed"

        async def advance() -> None:
            emu.clock.advance(3601)

        thread.run(advance())
        assert http.get(f"/v1/runs/{delayed['id']}").json()["status"] == "queued"
        debounced = [r for r in http.get("/v1/runs").json()["data"] if r["triggered_by"] == "debounce"]
        assert [r["payload"] for r in debounced] == [{"last": True}]
        batched = [r for r in http.get("/v1/runs").json()["data"] if r["triggered_by"] == "batch"]
        assert [r["payload"] for r in batched] == [{"items": [{"item": 1}]}]


def test_typed_entities_and_area_records_round_trip(tmp_path: Path) -> None:
    """Every kind of entity comes back from ``--db`` with the wire form it had before the
    restart: a paused job with two versions, its runs, secret, dependency, batch operation
    and job group; an event source and its subscription; a workflow with its versions, a
    run and its step runs; event triggers (one received, one waiting); projects and their
    settings; a rotated API key in its grace; environments; a webhook subscription in a
    rotation's grace (both signing secrets kept, none answered)."""
    db = tmp_path / "strait.db"
    with LocalStrait(api_key=KEY) as strait, strait.client() as client:
        project = client.projects.create({"id": "proj_saved", "org_id": "org_x", "name": "Saved"})
        env = client.environments.create(
            {"project_id": strait.project_id, "name": "Base", "slug": "base", "variables": {"A": "1"}}
        )
        waits = client.workflows.create(
            {
                "project_id": strait.project_id,
                "name": "Waits",
                "slug": "waits",
                "steps": [
                    {"step_ref": "a", "step_type": "wait_for_event", "event_key": "saved-a"},
                    {"step_ref": "b", "step_type": "wait_for_event", "event_key": "saved-b"},
                ],
            }
        )
        wf_run = client.workflows.trigger(waits["id"], {"payload": {"n": 1}, "tags": {"team": "a"}})
        client.event_triggers.send_event("saved-a", {"payload": {"ok": True}})
        http_setup = httpx.Client(base_url=strait.base_url, headers={"Authorization": f"Bearer {KEY}"})
        group = http_setup.post(
            "/v1/job-groups",
            json={"project_id": strait.project_id, "name": "Team", "slug": "team", "description": "ours"},
        ).json()
        http_setup.close()
        job = client.jobs.create(
            {
                "project_id": strait.project_id,
                "name": "Kept",
                "slug": "kept",
                "execution_mode": "worker",
                "group_id": group["id"],
            }
        )
        client.jobs.update(job["id"], {"description": "second version", "tags": {"team": "a"}})
        run = client.jobs.trigger(job["id"], {"payload": {"n": 2}})
        client.jobs.bulk_trigger(job["id"], {"items": [{"payload": {"n": 3}}]})
        upstream = client.jobs.create(
            {"project_id": strait.project_id, "name": "Up", "slug": "up", "execution_mode": "worker"}
        )
        client.jobs.create_dependency(job["id"], {"depends_on_job_id": upstream["id"]})
        source = client.event_sources.create(
            {"project_id": strait.project_id, "name": "billing", "description": "invoices"}
        )
        client.event_sources.subscribe(
            source["id"], {"target_type": "job", "target_id": upstream["id"], "filter_expr": {"has": ["id"]}}
        )
        client.jobs.pause(job["id"], {"reason": "maintenance"})
        secret = client.secrets.create(
            {
                "project_id": strait.project_id,
                "secret_key": "TOKEN",
                "value": "s3cr3t",
                "job_id": job["id"],
                "environment": env["id"],
            }
        )
        hook = client.webhooks.create_subscription(
            {
                "project_id": strait.project_id,
                "webhook_url": "http://127.0.0.1:9/hook",
                "event_types": ["run.failed"],
            }
        )
        rotated = client.webhooks.rotate_secret(hook["subscription"]["id"], {"grace_period_minutes": 30})
        http_before = httpx.Client(base_url=strait.base_url, headers={"Authorization": f"Bearer {KEY}"})
        settings_path = f"/v1/projects/{strait.project_id}/settings"
        http_before.put(settings_path, json={"max_key_lifetime_days": 9})
        old_key = http_before.post(
            "/v1/api-keys", json={"project_id": strait.project_id, "name": "old", "scopes": ["runs:read"]}
        ).json()
        assert http_before.post(f"/v1/api-keys/{old_key['id']}/rotate", json={}).status_code == 201
        before = {
            "settings": http_before.get(settings_path).json(),
            "keys": http_before.get("/v1/api-keys").json()["data"],
            "hooks": http_before.get("/v1/webhooks/subscriptions").json(),
            "received": client.event_triggers.get_event("saved-a"),
            "waiting": client.event_triggers.get_event("saved-b"),
            "project": client.projects.get(strait.project_id),
            "job": client.jobs.get(job["id"]),
            "versions": list(client.jobs.list_versions(job["id"])),
            "run": client.runs.get(run["id"]),
            "dependencies": client.jobs.list_dependencies(job["id"]),
            "batches": client.batch_operations.list(),
            "source": client.event_sources.get(source["id"]),
            "subscriptions": http_before.get(f"/v1/event-sources/{source['id']}/subscriptions").json(),
            "workflow": client.workflows.get(waits["id"]),
            "workflow_versions": http_before.get(f"/v1/workflows/{waits['id']}/versions").json(),
            "workflow_run": client.workflow_runs.get(wf_run["id"]),
            "steps": list(client.workflow_runs.list_steps(wf_run["id"])),
            "env": client.environments.get(env["id"]),
            "variables": client.environments.list_variables(env["id"]),
            "groups": http_before.get("/v1/job-groups").json(),
            "group_jobs": http_before.get(f"/v1/job-groups/{group['id']}/jobs").json(),
        }
        http_before.close()
        strait.call(lambda: Store(db).save(strait.emulator))

    with _restored(db) as (http, _, emu):
        assert http.get(f"/v1/projects/{strait.project_id}").json() == before["project"]
        assert http.get(f"/v1/jobs/{job['id']}").json() == before["job"]
        assert (before["job"]["version"], before["job"]["paused"], before["job"]["pause_reason"]) == (
            2,
            True,
            "maintenance",
        )
        assert http.get(f"/v1/jobs/{job['id']}/versions").json()["data"] == before["versions"]
        assert http.get(f"/v1/runs/{run['id']}").json() == before["run"]
        assert http.get(f"/v1/secrets/{secret['id']}").json() == secret
        assert http.get(f"/v1/jobs/{job['id']}/dependencies").json() == before["dependencies"]
        assert http.get("/v1/batch-operations").json() == before["batches"]
        assert http.get(f"/v1/event-sources/{source['id']}").json() == before["source"] == source
        subscriptions = http.get(f"/v1/event-sources/{source['id']}/subscriptions").json()
        assert len(subscriptions) == 1 and subscriptions == before["subscriptions"]
        assert len(before["batches"]["data"]) == 1 and len(before["dependencies"]["data"]) == 1
        assert emu.state.secrets[secret["id"]].value == "s3cr3t"  # still injected into dispatches
        assert before["received"]["status"] == "received" and before["waiting"]["status"] == "waiting"
        assert http.get("/v1/events/saved-a").json() == before["received"]
        assert http.get(f"/v1/workflows/{waits['id']}").json() == before["workflow"] == waits
        versions = http.get(f"/v1/workflows/{waits['id']}/versions").json()
        assert [v["version"] for v in versions] == [1] and versions == before["workflow_versions"]
        assert http.get(f"/v1/workflow-runs/{wf_run['id']}").json() == before["workflow_run"]
        assert http.get(f"/v1/workflow-runs/{wf_run['id']}/steps").json()["data"] == before["steps"]
        assert [s["status"] for s in before["steps"]] == ["waiting", "completed"]
        assert http.get("/v1/events/saved-b").json() == before["waiting"]
        assert http.get(f"/v1/environments/{env['id']}").json() == before["env"]
        assert http.get(f"/v1/environments/{env['id']}/variables").json() == before["variables"]
        assert emu.state.projects["proj_saved"].wire() == project
        assert http.get("/v1/job-groups").json() == before["groups"]
        assert before["groups"]["data"] == [group]
        assert http.get(f"/v1/job-groups/{group['id']}/jobs").json() == before["group_jobs"]
        assert [j["id"] for j in before["group_jobs"]["data"]] == [job["id"]]
        assert http.get(settings_path).json() == before["settings"]
        assert before["settings"]["max_key_lifetime_days"] == 9
        keys = [k for k in http.get("/v1/api-keys").json()["data"] if k["id"] != "key_bootstrap"]
        assert keys == [k for k in before["keys"] if k["id"] != "key_bootstrap"]
        assert [bool(k.get("grace_expires_at")) for k in keys] == [False, True]  # new first, then the rotated
        hooks = http.get("/v1/webhooks/subscriptions").json()
        assert hooks == before["hooks"] and [h["id"] for h in hooks] == [hook["subscription"]["id"]]
        assert "secret" not in json.dumps(hooks)
        saved = emu.state.webhook_subscriptions[hook["subscription"]["id"]]
        now = emu.clock.now()
        assert saved.signing_secrets(now) == (rotated["new_secret"], hook["signing_secret"])
        assert saved.signing_secrets(now + timedelta(minutes=31)) == (rotated["new_secret"], "")


def test_webhook_deliveries_attempts_and_circuits_round_trip(tmp_path: Path) -> None:
    """A delivery, its analytics row and its URL's breaker come back from ``--db`` as the
    same typed records in their own ``State`` fields, the delivery answered as before
    (api/webhook_deliveries.go:187-190, domain/types.go:709-733)."""
    db = tmp_path / "strait.db"
    with LocalStrait(api_key=KEY) as strait:
        emu = strait.emulator

        def seed() -> None:
            now = emu.clock.now()
            delivery = WebhookDelivery(
                "whd_saved", strait.project_id, "https://user@hooks.example/x?q=1", '{"a": 1}', 5, now, now
            )
            delivery.last_status_code, delivery.next_retry_at = 503, now + timedelta(minutes=1)
            emu.state.webhook_deliveries[delivery.id] = delivery
            emu.state.webhook_attempts["whe_1"] = WebhookAttempt(
                delivery.id, strait.project_id, "https://hooks.example", "pending", 12, now
            )
            emu.state.webhook_circuits["tenant|https://hooks.example/x"] = WebhookCircuit([now], None)
            Store(db).save(emu)

        strait.call(seed)
        with httpx.Client(base_url=strait.base_url, headers={"Authorization": f"Bearer {KEY}"}) as http:
            before = http.get("/v1/webhooks/deliveries/whd_saved").json()
        saved = (
            dict(emu.state.webhook_deliveries),
            dict(emu.state.webhook_attempts),
            dict(emu.state.webhook_circuits),
        )
    assert before["webhook_url"] == "https://hooks.example" and before["last_status_code"] == 503
    with _restored(db) as (http, _, restored):
        assert http.get("/v1/webhooks/deliveries/whd_saved").json() == before
        assert restored.state.webhook_deliveries == saved[0]
        assert restored.state.webhook_attempts == saved[1]
        assert restored.state.webhook_circuits == saved[2]
        assert isinstance(restored.state.webhook_circuits["tenant|https://hooks.example/x"], WebhookCircuit)


def test_a_file_of_the_previous_format_is_refused(tmp_path: Path) -> None:
    """Format 3 keeps the webhook records in typed ``State`` fields; a format-2 file (with
    ``extras``) is refused before anything is loaded."""
    db = tmp_path / "strait.db"
    with LocalStrait(api_key=KEY) as strait:
        strait.call(lambda: Store(db).save(strait.emulator))
    with sqlite3.connect(db) as conn:
        rows = conn.execute("SELECT name, data FROM state").fetchall()
        for name, data in rows:
            decoded = json.loads(data)
            if isinstance(decoded, dict) and decoded.get("format") == FORMAT:
                decoded["format"] = FORMAT - 1
                conn.execute("UPDATE state SET data = ? WHERE name = ?", (json.dumps(decoded), name))
    emu = Emulator(api_key=KEY)
    with pytest.raises(ValueError, match="another version"):
        Store(db).load(emu)
