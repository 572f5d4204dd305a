"""Notification channels: create/list/get/update/delete (``api/notification_channels.go``,
``store/notification_channels.go``). Channels are stored and answered faithfully (config
values redacted); the emulator sends no notifications, so list-notification-deliveries
stays unimplemented. Plan limits on the channel count are not emulated; loopback URLs are
allowed (the emulator's relaxation of ``ALLOW_PRIVATE_ENDPOINTS``)."""

from __future__ import annotations

from dataclasses import replace

from strait._limits import MAX_NOTIFICATION_CHANNEL_NAME_LENGTH
from strait._types import JSONObject, JSONValue

from ._api import Rule, check_limits
from ._emulator import json_ok, operation
from ._http import ApiFailure, Call, Reply, check_webhook_url, json_response, lister_unpaged, reader
from ._model import NotificationChannel
from ._trigger import JSON_KINDS, check_types

#: The URL field each channel type must configure (api/notification_channels.go:22-30).
_URL_FIELDS = {"slack": "webhook_url", "discord": "webhook_url", "webhook": "url"}
#: The create request's validator tags (api/notification_channels.go:42-47).
_LIMITS = {
    "channel_type": Rule(oneof=tuple(_URL_FIELDS)),
    "name": Rule(max_length=MAX_NOTIFICATION_CHANNEL_NAME_LENGTH),
}
#: The JSON types the requests decode into (api/notification_channels.go:42-53).
_TYPES: dict[str, type] = {"channel_type": str, "name": str, "enabled": bool}


def _check_config(channel_type: str, config: JSONValue) -> JSONObject:
    """api/notification_channels.go:17-40: an object whose URL field (by type) is a
    non-empty string and a valid URL; every failure is a 400."""
    if not isinstance(config, dict):
        kind = JSON_KINDS.get(type(config), "value")
        go_map = "map[string]interface {}"
        raise ApiFailure(
            400, f"invalid config JSON: json: cannot unmarshal {kind} into Go value of type {go_map}"
        )
    field = _URL_FIELDS.get(channel_type)
    if field is None:
        raise ApiFailure(400, f"unsupported channel type: {channel_type}")
    if field not in config:
        raise ApiFailure(400, f"{field} is required in config")
    url = config[field]
    if not isinstance(url, str) or not url:
        raise ApiFailure(400, f"{field} must be a non-empty string")
    check_webhook_url(url)
    return config


def _find(call: Call) -> NotificationChannel:
    """Another project's channel is not found either (store: ``id = $1 AND project_id = $2``)."""
    return call.owned(call.emu.state.notification_channels, call.params["channelID"], "notification channel")


@operation("create-notification-channel")
def create_notification_channel(call: Call) -> Reply:
    """Validator tags (422), then the config (400); ``enabled`` defaults to true
    (api/notification_channels.go:101-145)."""
    body = call.obj()
    check_types(body, "CreateNotificationChannelRequest", _TYPES)
    check_limits(body, _LIMITS, ("channel_type", "name", "config"))
    channel_type = str(body["channel_type"])
    config = _check_config(channel_type, body["config"])
    now = call.emu.clock.stamp()
    channel = NotificationChannel(
        id=call.emu.new_id("nch"),
        project_id=call.project_id,
        channel_type=channel_type,
        name=str(body["name"]),
        config=config,
        enabled=body.get("enabled") is not False,
        created_at=now,
        updated_at=now,
    )
    call.emu.state.notification_channels[channel.id] = channel
    return json_ok(channel.wire(), 201)


#: All the project's channels, newest first, unpaged (store/notification_channels.go:131-135).
operation("list-notification-channels")(
    lister_unpaged(lambda emu: emu.state.notification_channels, NotificationChannel.wire)
)


operation("get-notification-channel")(reader(_find, NotificationChannel.wire))


@operation("update-notification-channel")
def update_notification_channel(call: Call) -> Reply:
    """Only the fields sent change (no validator tags); the config is checked again when
    the type or the config is sent (api/notification_channels.go:191-249)."""
    channel = _find(call)
    body = call.obj()
    check_types(body, "UpdateNotificationChannelRequest", _TYPES)
    changed = replace(channel)
    if body.get("name") is not None:
        changed.name = str(body["name"])
    if body.get("channel_type") is not None:
        changed.channel_type = str(body["channel_type"])
    if body.get("enabled") is not None:
        changed.enabled = body["enabled"] is True
    config = body.get("config")
    if config is not None or body.get("channel_type") is not None:
        changed.config = _check_config(changed.channel_type, channel.config if config is None else config)
    changed.updated_at = call.emu.clock.stamp()
    call.emu.state.notification_channels[channel.id] = changed
    return json_ok(changed.wire())


@operation("delete-notification-channel")
def delete_notification_channel(call: Call) -> Reply:
    """204, then 404 (api/notification_channels.go:255-271)."""
    del call.emu.state.notification_channels[_find(call).id]
    return json_response(204, None)
