from typing import Literal, cast

UpdateEventSourceRequestSignatureAlgorithmType2Type1 = Literal[
    "github-sha256", "hmac-sha256", "stripe-v1"
]

UPDATE_EVENT_SOURCE_REQUEST_SIGNATURE_ALGORITHM_TYPE_2_TYPE_1_VALUES: set[
    UpdateEventSourceRequestSignatureAlgorithmType2Type1
] = {
    "github-sha256",
    "hmac-sha256",
    "stripe-v1",
}


def check_update_event_source_request_signature_algorithm_type_2_type_1(
    value: str,
) -> UpdateEventSourceRequestSignatureAlgorithmType2Type1:
    # strait template: a value the spec does not list yet (a newer server) is
    # passed through unchanged instead of failing the whole response.
    return cast(UpdateEventSourceRequestSignatureAlgorithmType2Type1, value)
