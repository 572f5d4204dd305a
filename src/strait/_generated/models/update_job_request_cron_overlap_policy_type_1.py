from typing import Literal, cast

UpdateJobRequestCronOverlapPolicyType1 = Literal["allow", "cancel_running", "skip"]

UPDATE_JOB_REQUEST_CRON_OVERLAP_POLICY_TYPE_1_VALUES: set[
    UpdateJobRequestCronOverlapPolicyType1
] = {
    "allow",
    "cancel_running",
    "skip",
}


def check_update_job_request_cron_overlap_policy_type_1(
    value: str,
) -> UpdateJobRequestCronOverlapPolicyType1:
    # strait template: a value the spec does not list yet (a newer server) is
    # passed through unchanged instead of failing the whole response.
    return cast(UpdateJobRequestCronOverlapPolicyType1, value)
