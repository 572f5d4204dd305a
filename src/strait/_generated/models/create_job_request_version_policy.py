from typing import Literal, cast

CreateJobRequestVersionPolicy = Literal["latest", "minor", "pin"]

CREATE_JOB_REQUEST_VERSION_POLICY_VALUES: set[CreateJobRequestVersionPolicy] = {
    "latest",
    "minor",
    "pin",
}


def check_create_job_request_version_policy(
    value: str,
) -> CreateJobRequestVersionPolicy:
    # strait template: a value the spec does not list yet (a newer server) is
    # passed through unchanged instead of failing the whole response.
    return cast(CreateJobRequestVersionPolicy, value)
