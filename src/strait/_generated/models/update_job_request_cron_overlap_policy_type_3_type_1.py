from typing import Literal, cast

UpdateJobRequestCronOverlapPolicyType3Type1 = Literal["allow", "cancel_running", "skip"]

UPDATE_JOB_REQUEST_CRON_OVERLAP_POLICY_TYPE_3_TYPE_1_VALUES: set[
    UpdateJobRequestCronOverlapPolicyType3Type1
] = {
    "allow",
    "cancel_running",
    "skip",
}


def check_update_job_request_cron_overlap_policy_type_3_type_1(
    value: str,
) -> UpdateJobRequestCronOverlapPolicyType3Type1:
    # strait template: a value the spec does not list yet (a newer server) is
    # passed through unchanged instead of failing the whole response.
    return cast(UpdateJobRequestCronOverlapPolicyType3Type1, value)
