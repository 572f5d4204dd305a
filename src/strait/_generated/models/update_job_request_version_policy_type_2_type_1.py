from typing import Literal, cast

UpdateJobRequestVersionPolicyType2Type1 = Literal["latest", "minor", "pin"]

UPDATE_JOB_REQUEST_VERSION_POLICY_TYPE_2_TYPE_1_VALUES: set[
    UpdateJobRequestVersionPolicyType2Type1
] = {
    "latest",
    "minor",
    "pin",
}


def check_update_job_request_version_policy_type_2_type_1(
    value: str,
) -> UpdateJobRequestVersionPolicyType2Type1:
    # strait template: a value the spec does not list yet (a newer server) is
    # passed through unchanged instead of failing the whole response.
    return cast(UpdateJobRequestVersionPolicyType2Type1, value)
