from typing import Literal, cast

ExportUsageFormat = Literal["csv", "pdf"]

EXPORT_USAGE_FORMAT_VALUES: set[ExportUsageFormat] = {
    "csv",
    "pdf",
}


def check_export_usage_format(value: str) -> ExportUsageFormat:
    # strait template: a value the spec does not list yet (a newer server) is
    # passed through unchanged instead of failing the whole response.
    return cast(ExportUsageFormat, value)
