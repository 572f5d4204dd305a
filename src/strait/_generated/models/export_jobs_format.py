from typing import Literal, cast

ExportJobsFormat = Literal["json", "ndjson"]

EXPORT_JOBS_FORMAT_VALUES: set[ExportJobsFormat] = {
    "json",
    "ndjson",
}


def check_export_jobs_format(value: str) -> ExportJobsFormat:
    # strait template: a value the spec does not list yet (a newer server) is
    # passed through unchanged instead of failing the whole response.
    return cast(ExportJobsFormat, value)
