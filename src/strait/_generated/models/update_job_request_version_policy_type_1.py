from typing import Literal, cast

UpdateJobRequestVersionPolicyType1 = Literal["latest", "minor", "pin"]

UPDATE_JOB_REQUEST_VERSION_POLICY_TYPE_1_VALUES: set[
    UpdateJobRequestVersionPolicyType1
] = {
    "latest",
    "minor",
    "pin",
}


def check_update_job_request_version_policy_type_1(
    value: str,
) -> UpdateJobRequestVersionPolicyType1:
    # strait template: a value the spec does not list yet (a newer server) is
    # passed through unchanged instead of failing the whole response.
    return cast(UpdateJobRequestVersionPolicyType1, value)
