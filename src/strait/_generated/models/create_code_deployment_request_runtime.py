from typing import Literal, cast

CreateCodeDeploymentRequestRuntime = Literal[
    "go", "python", "ruby", "rust", "typescript"
]

CREATE_CODE_DEPLOYMENT_REQUEST_RUNTIME_VALUES: set[
    CreateCodeDeploymentRequestRuntime
] = {
    "go",
    "python",
    "ruby",
    "rust",
    "typescript",
}


def check_create_code_deployment_request_runtime(
    value: str,
) -> CreateCodeDeploymentRequestRuntime:
    # strait template: a value the spec does not list yet (a newer server) is
    # passed through unchanged instead of failing the whole response.
    return cast(CreateCodeDeploymentRequestRuntime, value)
