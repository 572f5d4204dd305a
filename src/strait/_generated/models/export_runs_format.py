from typing import Literal, cast

ExportRunsFormat = Literal["csv", "json", "ndjson"]

EXPORT_RUNS_FORMAT_VALUES: set[ExportRunsFormat] = {
    "csv",
    "json",
    "ndjson",
}


def check_export_runs_format(value: str) -> ExportRunsFormat:
    # strait template: a value the spec does not list yet (a newer server) is
    # passed through unchanged instead of failing the whole response.
    return cast(ExportRunsFormat, value)
