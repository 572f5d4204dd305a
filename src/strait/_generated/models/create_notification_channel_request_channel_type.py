from typing import Literal, cast

CreateNotificationChannelRequestChannelType = Literal["discord", "slack", "webhook"]

CREATE_NOTIFICATION_CHANNEL_REQUEST_CHANNEL_TYPE_VALUES: set[
    CreateNotificationChannelRequestChannelType
] = {
    "discord",
    "slack",
    "webhook",
}


def check_create_notification_channel_request_channel_type(
    value: str,
) -> CreateNotificationChannelRequestChannelType:
    # strait template: a value the spec does not list yet (a newer server) is
    # passed through unchanged instead of failing the whole response.
    return cast(CreateNotificationChannelRequestChannelType, value)
