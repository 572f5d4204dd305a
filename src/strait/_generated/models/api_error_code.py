from typing import Literal, cast

APIErrorCode = Literal[
    "authentication_required",
    "bad_request",
    "conflict",
    "enqueue_throttled",
    "forbidden",
    "internal_error",
    "not_found",
    "rate_limited",
    "service_unavailable",
    "validation_failed",
]

API_ERROR_CODE_VALUES: set[APIErrorCode] = {
    "authentication_required",
    "bad_request",
    "conflict",
    "enqueue_throttled",
    "forbidden",
    "internal_error",
    "not_found",
    "rate_limited",
    "service_unavailable",
    "validation_failed",
}


def check_api_error_code(value: str) -> APIErrorCode:
    # strait template: a value the spec does not list yet (a newer server) is
    # passed through unchanged instead of failing the whole response.
    return cast(APIErrorCode, value)
