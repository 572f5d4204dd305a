from typing import Literal, cast

CreateJobRequestRetryStrategy = Literal["custom", "exponential", "fixed", "linear"]

CREATE_JOB_REQUEST_RETRY_STRATEGY_VALUES: set[CreateJobRequestRetryStrategy] = {
    "custom",
    "exponential",
    "fixed",
    "linear",
}


def check_create_job_request_retry_strategy(
    value: str,
) -> CreateJobRequestRetryStrategy:
    # strait template: a value the spec does not list yet (a newer server) is
    # passed through unchanged instead of failing the whole response.
    return cast(CreateJobRequestRetryStrategy, value)
