"""Notification channels over raw HTTP (server: ``api/notification_channels.go``,
``store/notification_channels.go`` at ac094a3c8)."""

from __future__ import annotations

from datetime import UTC, datetime
from pathlib import Path

from local.conformance._api import Api, error
from strait.local import LocalStrait
from strait.local._emulator import Emulator
from strait.local._model import NotificationChannel
from strait.local._persist import Store

_SLACK = {"webhook_url": "https://hooks.slack.example/T0/B0/secret"}
_T = datetime(2026, 1, 1, tzinfo=UTC)


def _create(api: Api, **fields: object) -> dict[str, object]:
    body: dict[str, object] = {"channel_type": "slack", "name": "ops", "config": _SLACK, **fields}
    return api.ok("POST", "/v1/notification-channels", body)  # type: ignore[no-any-return]


def test_create_defaults_and_redacts_config(api: Api) -> None:
    """201; ``enabled`` defaults to true; every config value answers ``***``, keys kept
    (api/notification_channels.go:106-109,60-88,144)."""
    created = _create(api, config={**_SLACK, "channel": "#ops"})
    assert (created["enabled"], created["channel_type"], created["project_id"]) == (
        True,
        "slack",
        api.project,
    )
    assert created["config"] == {"webhook_url": "***", "channel": "***"}
    assert _create(api, enabled=False)["enabled"] is False


def test_get_list_never_answer_the_secret(api: Api) -> None:
    """Get and list redact too; the list is every channel, newest first, unpaged
    (api/notification_channels.go:150-183, store/notification_channels.go:131-135)."""
    first, second = _create(api, name="a"), _create(api, name="b")
    got = api.ok("GET", f"/v1/notification-channels/{first['id']}")
    assert got == first and "secret" not in str(got)
    listed = [
        c["id"] for c in api.ok("GET", "/v1/notification-channels") if c["id"] in (first["id"], second["id"])
    ]
    assert listed == [second["id"], first["id"]]


def test_create_validation(api: Api) -> None:
    """Validator tags 422 (required, oneof, max=255), then the config 400: its URL field by
    type, a non-empty string, a http(s) URL (api/notification_channels.go:17-47,103-116)."""
    path = "/v1/notification-channels"
    missing = api("POST", path, {"channel_type": "slack", "config": _SLACK})
    assert missing.status_code == 422 and missing.json()["error"]["details"] == ["name: failed on 'required'"]
    assert api("POST", path, {"channel_type": "email", "name": "x", "config": _SLACK}).status_code == 422
    assert (
        api("POST", path, {"channel_type": "slack", "name": "x" * 256, "config": _SLACK}).status_code == 422
    )
    cases = [
        ("slack", {"url": "https://x.example"}, "webhook_url is required in config"),
        ("discord", {"webhook_url": ""}, "webhook_url must be a non-empty string"),
        ("webhook", {"url": 5}, "url must be a non-empty string"),
        ("webhook", {"url": "ftp://x.example/h"}, "url must use http or https scheme"),
        ("webhook", ["https://x.example"], "invalid config JSON: json: cannot unmarshal array"),
    ]
    for kind, config, message in cases:
        status, text = error(api("POST", path, {"channel_type": kind, "name": "x", "config": config}))
        assert status == 400 and text.startswith(message), (kind, text)


def test_update_changes_sent_fields_and_rechecks_config(api: Api) -> None:
    """Only sent fields change; a type change re-checks the stored config (400, nothing
    stored); name alone is not checked (api/notification_channels.go:191-249)."""
    channel = _create(api)
    path = f"/v1/notification-channels/{channel['id']}"
    updated = api.ok("PATCH", path, {"name": "renamed", "enabled": False})
    assert (updated["name"], updated["enabled"], updated["channel_type"]) == ("renamed", False, "slack")
    assert updated["config"] == {"webhook_url": "***"}
    assert error(api("PATCH", path, {"channel_type": "webhook"})) == (400, "url is required in config")
    assert error(api("PATCH", path, {"channel_type": "sms"})) == (400, "unsupported channel type: sms")
    assert api.ok("GET", path)["channel_type"] == "slack"
    moved = api.ok("PATCH", path, {"channel_type": "webhook", "config": {"url": "https://x.example/h"}})
    assert (moved["channel_type"], moved["config"]) == ("webhook", {"url": "***"})


def test_delete_then_not_found(api: Api) -> None:
    """204, then 404 ``notification channel not found`` for get, update and delete
    (api/notification_channels.go:167-183,199-205,255-271)."""
    path = f"/v1/notification-channels/{_create(api)['id']}"
    assert api("DELETE", path).status_code == 204
    for method in ("GET", "PATCH", "DELETE"):
        assert error(api(method, path, {} if method == "PATCH" else None)) == (
            404,
            "notification channel not found",
        )


def test_other_projects_channels_are_hidden(api: Api, local_strait: LocalStrait) -> None:
    """Another project's channel is not listed and its get, update and delete are 404
    (store/notification_channels.go:105-108,131-135,280: ``project_id`` in every query)."""
    theirs = NotificationChannel(
        "nch_theirs", "proj_elsewhere", "slack", "x", dict(_SLACK), True, *(2 * [_T])
    )
    local_strait.call(lambda: local_strait.emulator.state.notification_channels.update({theirs.id: theirs}))
    try:
        assert theirs.id not in [c["id"] for c in api.ok("GET", "/v1/notification-channels")]
        path = f"/v1/notification-channels/{theirs.id}"
        for method in ("GET", "PATCH", "DELETE"):
            assert error(api(method, path, {} if method == "PATCH" else None))[0] == 404
    finally:
        local_strait.call(lambda: local_strait.emulator.state.notification_channels.pop(theirs.id))


def test_channels_survive_db_with_their_config(api: Api, local_strait: LocalStrait, tmp_path: Path) -> None:
    """``--db`` keeps a channel whole, its config unredacted, as the store keeps it and reads
    it back (store/notification_channels.go:25-52,122)."""
    channel = _create(api)
    db = tmp_path / "strait.db"
    local_strait.call(lambda: Store(db).save(local_strait.emulator))
    restored = Emulator(api_key="strait_notification_db_1")
    Store(db).load(restored)
    kept = restored.state.notification_channels[str(channel["id"])]
    assert kept.wire() == channel and kept.config == _SLACK
