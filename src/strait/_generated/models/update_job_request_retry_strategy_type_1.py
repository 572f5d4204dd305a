from typing import Literal, cast

UpdateJobRequestRetryStrategyType1 = Literal["custom", "exponential", "fixed", "linear"]

UPDATE_JOB_REQUEST_RETRY_STRATEGY_TYPE_1_VALUES: set[
    UpdateJobRequestRetryStrategyType1
] = {
    "custom",
    "exponential",
    "fixed",
    "linear",
}


def check_update_job_request_retry_strategy_type_1(
    value: str,
) -> UpdateJobRequestRetryStrategyType1:
    # strait template: a value the spec does not list yet (a newer server) is
    # passed through unchanged instead of failing the whole response.
    return cast(UpdateJobRequestRetryStrategyType1, value)
