"""Cron: five-field expressions as the server's parser reads them (robfig/cron with minute,
hour, day-of-month, month and day-of-week; api/job_validation.go:14-34), and the
scheduler's fires (scheduler/cron.go:176-205,440-458): a job's fire is a run
``triggered_by: cron`` with the job's tags and idempotency key ``cron:job:<id>:<minute>``
(``skip`` overlap policy: none while the job has a run not finished); a workflow's fire
is a run ``triggered_by: cron`` (none while one runs, with ``skip_if_running``)."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from ._core import EmulatorCore

__all__ = ["CronSchedule", "again", "arm", "current", "fire_key"]

_MONTHS = {
    m: i
    for i, m in enumerate(
        ["JAN", "FEB", "MAR", "APR", "MAY", "JUN", "JUL", "AUG", "SEP", "OCT", "NOV", "DEC"], 1
    )
}
_DAYS = {d: i for i, d in enumerate(["SUN", "MON", "TUE", "WED", "THU", "FRI", "SAT"])}
#: (low, high, names) per field.
_FIELDS: tuple[tuple[int, int, dict[str, int]], ...] = (
    (0, 59, {}),
    (0, 23, {}),
    (1, 31, {}),
    (1, 12, _MONTHS),
    (0, 6, _DAYS),
)


def _value(text: str, names: dict[str, int]) -> int:
    upper = text.upper()
    if upper in names:
        return names[upper]
    if not text.isdigit():
        raise ValueError(f"bad value {text!r}")
    return int(text)


def _parse_field(text: str, low: int, high: int, names: dict[str, int]) -> tuple[set[int], bool]:
    """The values a field allows, and whether it was a star (``*`` or ``?``)."""
    values: set[int] = set()
    star = False
    for part in text.split(","):
        range_part, _, step_text = part.partition("/")
        step = int(step_text) if step_text else 1
        if step_text and (not step_text.isdigit() or step <= 0):
            raise ValueError(f"bad step {step_text!r}")
        if range_part in ("*", "?"):
            start, end = low, high
            star = star or not step_text
        elif "-" in range_part:
            first, _, last = range_part.partition("-")
            start, end = _value(first, names), _value(last, names)
        else:
            start = _value(range_part, names)
            end = high if step_text else start
        if not low <= start <= end <= high:
            raise ValueError(f"{part!r} is out of range {low}-{high}")
        values.update(range(start, end + 1, step))
    return values, star


class CronSchedule:
    """A parsed expression; ``next(after)`` is its first fire strictly after ``after``."""

    def __init__(self, expression: str, timezone: str = "") -> None:
        fields = expression.split()
        if len(fields) != 5:
            raise ValueError("a cron expression has 5 fields")
        parsed = [_parse_field(text, *spec) for text, spec in zip(fields, _FIELDS, strict=True)]
        (self.minutes, _), (self.hours, _), (self.days, dom_star), (self.months, _), (dows, dow_star) = parsed
        self.weekdays = dows
        self.either_day = not dom_star and not dow_star  # both restricted: either may match
        try:
            self.zone = ZoneInfo(timezone) if timezone else UTC
        except (ZoneInfoNotFoundError, ValueError):
            self.zone = UTC

    def _day_matches(self, moment: datetime) -> bool:
        dom = moment.day in self.days
        dow = (moment.isoweekday() % 7) in self.weekdays
        return (dom or dow) if self.either_day else (dom and dow)

    def next(self, after: datetime) -> datetime:
        moment = after.astimezone(self.zone).replace(second=0, microsecond=0) + timedelta(minutes=1)
        limit = moment + timedelta(days=366 * 5)
        while moment < limit:
            if moment.month not in self.months:
                year, month = (moment.year + 1, 1) if moment.month == 12 else (moment.year, moment.month + 1)
                moment = moment.replace(year=year, month=month, day=1, hour=0, minute=0)
            elif not self._day_matches(moment):
                moment = (moment + timedelta(days=1)).replace(hour=0, minute=0)
            elif moment.hour not in self.hours:
                moment = (moment + timedelta(hours=1)).replace(minute=0)
            elif moment.minute not in self.minutes:
                moment += timedelta(minutes=1)
            else:
                return moment.astimezone(UTC)
        raise ValueError("the expression never fires")


def fire_key(kind: str, entity_id: str, moment: datetime) -> str:
    """scheduler/cron.go:550-570: ``cron:<kind>:<id>:<unix minute>``."""
    unix = int(moment.timestamp())
    return f"cron:{kind}:{entity_id}:{unix - unix % 60}"


def arm(emu: EmulatorCore, kind: str, entity_id: str, expression: str, timezone: str) -> None:
    """Schedule the timer ``kind`` (``cron.job``/``cron.workflow``) for the entity's next fire;
    arming again replaces the earlier schedule (its timers find their generation gone)."""
    generation = emu.state.cron.get(entity_id, 0) + 1
    emu.state.cron[entity_id] = generation
    again(emu, kind, entity_id, generation, emu.clock.now(), expression, timezone)


def again(
    emu: EmulatorCore,
    kind: str,
    entity_id: str,
    generation: int,
    after: datetime,
    expression: str,
    timezone: str,
) -> None:
    """The fire after ``after`` of the schedule armed as ``generation``."""
    due = CronSchedule(expression, timezone).next(after)
    emu.clock.at(due, kind, entity_id, generation, due)


def current(emu: EmulatorCore, entity_id: str, generation: int) -> bool:
    """Whether ``generation`` is still the entity's schedule."""
    return bool(emu.state.cron.get(entity_id) == generation)
