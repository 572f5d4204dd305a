"""Cost budgets: add up the AI usage runs report and stop when a limit is passed."""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from types import TracebackType

from strait._errors import CostBudgetExceededError, ValidationError
from strait._plan import field_of

__all__ = ["CostBudget", "CostBudgetExceededError", "cost_budget"]


class CostBudget:
    """Adds up AI usage reported by runs and stops the work when it runs over.

    ``track(usage)`` takes one usage record (``cost_microusd``, ``total_tokens`` or
    ``prompt_tokens`` + ``completion_tokens``, as in ``client.runs.get_usage``) or an
    iterable of them, and raises :class:`CostBudgetExceededError` once a total is *over*
    its limit. ``check()`` raises once a limit is *reached*, so calling it before
    each trigger stops before starting work there is no budget left for.
    """

    def __init__(
        self,
        *,
        max_cost_microusd: int | None = None,
        max_cost_usd: float | None = None,
        max_cost_cents: float | None = None,
        max_tokens: int | None = None,
    ) -> None:
        money = {
            "max_cost_microusd": (max_cost_microusd, 1),
            "max_cost_usd": (max_cost_usd, 1_000_000),
            "max_cost_cents": (max_cost_cents, 10_000),
        }
        given = [name for name, (value, _) in money.items() if value is not None]
        if len(given) > 1:
            raise ValidationError(
                f"give one of {', '.join(given)}, not several", field=given[1], source="argument"
            )
        if given:
            value, scale = money[given[0]]
            assert value is not None
            max_cost_microusd = round(value * scale)
        if max_cost_microusd is None and max_tokens is None:
            raise ValidationError(
                "a budget needs max_cost_microusd, max_cost_usd, max_cost_cents or max_tokens",
                source="argument",
            )
        self.max_cost_microusd = max_cost_microusd
        self.max_tokens = max_tokens
        self.spent_microusd = 0
        self.spent_tokens = 0

    def track(self, usage: object) -> None:
        """Add ``usage`` (one record or an iterable of records) and enforce the limits."""
        is_record = isinstance(usage, Mapping) or callable(getattr(usage, "get", None))
        records = [usage] if is_record or not isinstance(usage, Iterable) else list(usage)
        for record in records:
            self.spent_microusd += int(field_of(record, "cost_microusd") or 0)
            total = field_of(record, "total_tokens")
            if total is None:
                total = int(field_of(record, "prompt_tokens") or 0) + int(
                    field_of(record, "completion_tokens") or 0
                )
            self.spent_tokens += int(total)
        self._enforce(over_only=True)

    def check(self) -> None:
        """Raise :class:`CostBudgetExceededError` if a limit has been reached."""
        self._enforce(over_only=False)

    def _enforce(self, *, over_only: bool) -> None:
        for what, spent, limit in (
            ("cost_microusd", self.spent_microusd, self.max_cost_microusd),
            ("tokens", self.spent_tokens, self.max_tokens),
        ):
            if limit is not None and (spent > limit or (not over_only and spent >= limit)):
                raise CostBudgetExceededError(
                    f"budget exceeded: {spent} {what} spent, limit {limit}",
                    what=what,
                    spent=spent,
                    limit=limit,
                )

    def __enter__(self) -> CostBudget:
        return self

    def __exit__(
        self, exc_type: type[BaseException] | None, exc: BaseException | None, tb: TracebackType | None
    ) -> None:
        return None


def cost_budget(
    *,
    max_cost_microusd: int | None = None,
    max_cost_usd: float | None = None,
    max_cost_cents: float | None = None,
    max_tokens: int | None = None,
) -> CostBudget:
    """A :class:`CostBudget`, usable as ``with cost_budget(max_cost_usd=10) as budget:``."""
    return CostBudget(
        max_cost_microusd=max_cost_microusd,
        max_cost_usd=max_cost_usd,
        max_cost_cents=max_cost_cents,
        max_tokens=max_tokens,
    )
