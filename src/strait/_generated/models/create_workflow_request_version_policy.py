from typing import Literal, cast

CreateWorkflowRequestVersionPolicy = Literal["latest", "minor", "pin"]

CREATE_WORKFLOW_REQUEST_VERSION_POLICY_VALUES: set[
    CreateWorkflowRequestVersionPolicy
] = {
    "latest",
    "minor",
    "pin",
}


def check_create_workflow_request_version_policy(
    value: str,
) -> CreateWorkflowRequestVersionPolicy:
    # strait template: a value the spec does not list yet (a newer server) is
    # passed through unchanged instead of failing the whole response.
    return cast(CreateWorkflowRequestVersionPolicy, value)
