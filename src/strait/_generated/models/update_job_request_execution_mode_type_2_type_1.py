from typing import Literal, cast

UpdateJobRequestExecutionModeType2Type1 = Literal["http", "worker"]

UPDATE_JOB_REQUEST_EXECUTION_MODE_TYPE_2_TYPE_1_VALUES: set[
    UpdateJobRequestExecutionModeType2Type1
] = {
    "http",
    "worker",
}


def check_update_job_request_execution_mode_type_2_type_1(
    value: str,
) -> UpdateJobRequestExecutionModeType2Type1:
    # strait template: a value the spec does not list yet (a newer server) is
    # passed through unchanged instead of failing the whole response.
    return cast(UpdateJobRequestExecutionModeType2Type1, value)
