from typing import Literal, cast

CreateJobRequestCronOverlapPolicy = Literal["allow", "cancel_running", "skip"]

CREATE_JOB_REQUEST_CRON_OVERLAP_POLICY_VALUES: set[
    CreateJobRequestCronOverlapPolicy
] = {
    "allow",
    "cancel_running",
    "skip",
}


def check_create_job_request_cron_overlap_policy(
    value: str,
) -> CreateJobRequestCronOverlapPolicy:
    # strait template: a value the spec does not list yet (a newer server) is
    # passed through unchanged instead of failing the whole response.
    return cast(CreateJobRequestCronOverlapPolicy, value)
