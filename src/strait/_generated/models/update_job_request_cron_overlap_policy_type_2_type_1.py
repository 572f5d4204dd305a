from typing import Literal, cast

UpdateJobRequestCronOverlapPolicyType2Type1 = Literal["allow", "cancel_running", "skip"]

UPDATE_JOB_REQUEST_CRON_OVERLAP_POLICY_TYPE_2_TYPE_1_VALUES: set[
    UpdateJobRequestCronOverlapPolicyType2Type1
] = {
    "allow",
    "cancel_running",
    "skip",
}


def check_update_job_request_cron_overlap_policy_type_2_type_1(
    value: str,
) -> UpdateJobRequestCronOverlapPolicyType2Type1:
    # strait template: a value the spec does not list yet (a newer server) is
    # passed through unchanged instead of failing the whole response.
    return cast(UpdateJobRequestCronOverlapPolicyType2Type1, value)
