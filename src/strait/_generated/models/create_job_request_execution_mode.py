from typing import Literal, cast

CreateJobRequestExecutionMode = Literal["http", "worker"]

CREATE_JOB_REQUEST_EXECUTION_MODE_VALUES: set[CreateJobRequestExecutionMode] = {
    "http",
    "worker",
}


def check_create_job_request_execution_mode(
    value: str,
) -> CreateJobRequestExecutionMode:
    # strait template: a value the spec does not list yet (a newer server) is
    # passed through unchanged instead of failing the whole response.
    return cast(CreateJobRequestExecutionMode, value)
