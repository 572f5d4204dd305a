from typing import Literal, cast

ExportAuditEventsFormat = Literal["csv", "json", "ndjson"]

EXPORT_AUDIT_EVENTS_FORMAT_VALUES: set[ExportAuditEventsFormat] = {
    "csv",
    "json",
    "ndjson",
}


def check_export_audit_events_format(value: str) -> ExportAuditEventsFormat:
    # strait template: a value the spec does not list yet (a newer server) is
    # passed through unchanged instead of failing the whole response.
    return cast(ExportAuditEventsFormat, value)
