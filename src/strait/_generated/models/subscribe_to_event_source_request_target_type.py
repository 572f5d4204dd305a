from typing import Literal, cast

SubscribeToEventSourceRequestTargetType = Literal["job", "workflow"]

SUBSCRIBE_TO_EVENT_SOURCE_REQUEST_TARGET_TYPE_VALUES: set[
    SubscribeToEventSourceRequestTargetType
] = {
    "job",
    "workflow",
}


def check_subscribe_to_event_source_request_target_type(
    value: str,
) -> SubscribeToEventSourceRequestTargetType:
    # strait template: a value the spec does not list yet (a newer server) is
    # passed through unchanged instead of failing the whole response.
    return cast(SubscribeToEventSourceRequestTargetType, value)
