from typing import Literal, cast

UpdateJobRequestRetryStrategyType3Type1 = Literal[
    "custom", "exponential", "fixed", "linear"
]

UPDATE_JOB_REQUEST_RETRY_STRATEGY_TYPE_3_TYPE_1_VALUES: set[
    UpdateJobRequestRetryStrategyType3Type1
] = {
    "custom",
    "exponential",
    "fixed",
    "linear",
}


def check_update_job_request_retry_strategy_type_3_type_1(
    value: str,
) -> UpdateJobRequestRetryStrategyType3Type1:
    # strait template: a value the spec does not list yet (a newer server) is
    # passed through unchanged instead of failing the whole response.
    return cast(UpdateJobRequestRetryStrategyType3Type1, value)
