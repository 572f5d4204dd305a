from typing import Literal, cast

ExportWorkflowsFormat = Literal["json", "ndjson"]

EXPORT_WORKFLOWS_FORMAT_VALUES: set[ExportWorkflowsFormat] = {
    "json",
    "ndjson",
}


def check_export_workflows_format(value: str) -> ExportWorkflowsFormat:
    # strait template: a value the spec does not list yet (a newer server) is
    # passed through unchanged instead of failing the whole response.
    return cast(ExportWorkflowsFormat, value)
