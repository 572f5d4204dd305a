from typing import Literal, cast

UpdateWorkflowRequestVersionPolicyType1 = Literal["latest", "minor", "pin"]

UPDATE_WORKFLOW_REQUEST_VERSION_POLICY_TYPE_1_VALUES: set[
    UpdateWorkflowRequestVersionPolicyType1
] = {
    "latest",
    "minor",
    "pin",
}


def check_update_workflow_request_version_policy_type_1(
    value: str,
) -> UpdateWorkflowRequestVersionPolicyType1:
    # strait template: a value the spec does not list yet (a newer server) is
    # passed through unchanged instead of failing the whole response.
    return cast(UpdateWorkflowRequestVersionPolicyType1, value)
