from typing import Literal, cast

CreateEventSourceRequestSignatureAlgorithm = Literal[
    "github-sha256", "hmac-sha256", "stripe-v1"
]

CREATE_EVENT_SOURCE_REQUEST_SIGNATURE_ALGORITHM_VALUES: set[
    CreateEventSourceRequestSignatureAlgorithm
] = {
    "github-sha256",
    "hmac-sha256",
    "stripe-v1",
}


def check_create_event_source_request_signature_algorithm(
    value: str,
) -> CreateEventSourceRequestSignatureAlgorithm:
    # strait template: a value the spec does not list yet (a newer server) is
    # passed through unchanged instead of failing the whole response.
    return cast(CreateEventSourceRequestSignatureAlgorithm, value)
