"""A workflow step's ``condition``, evaluated over its run's step statuses as the server
evaluates it (workflow/condition.go:69-740): ``step_status``, ``step_status_in``, ``not``,
``all_of``, ``any_of``, the binary ``eq``/``ne``/``gt``/``gte``/``lt``/``lte``/``contains``/
``in``/``regex`` over operands (a literal, ``{"value": ...}``, or ``{"step_ref": ...}`` for
that step's status) and ``exists``. A condition the server cannot evaluate raises
:class:`ConditionError`."""

from __future__ import annotations

import math
import re
from decimal import Decimal

from strait._types import JSONValue

__all__ = ["ConditionError", "evaluate"]

#: workflow/condition.go:13-15.
_MAX_REGEX_PATTERN = 1000
_MAX_REGEX_INPUT = 10000


class ConditionError(ValueError):
    pass


def evaluate(cond: JSONValue, statuses: dict[str, str]) -> bool:
    """Whether the step may run; no condition always may (workflow/condition.go:69-96)."""
    if cond is None or cond == {}:
        return True
    if not isinstance(cond, dict) or not cond.get("type"):
        raise ConditionError('unknown condition type: ""')
    kind = cond["type"]
    if kind in ("step_status", "step_status_in"):
        ref = cond.get("step_ref")
        if not isinstance(ref, str) or not ref:
            raise ConditionError(f"step_ref is required for {kind} condition")
        if ref not in statuses:
            raise ConditionError(f'step "{ref}" not found in statuses')
        if kind == "step_status":
            return bool(statuses[ref] == cond.get("status"))
        allowed = cond.get("statuses")
        return isinstance(allowed, list) and statuses[ref] in allowed
    if kind == "not":
        if "condition" not in cond:
            raise ConditionError("condition is required for not condition")
        return not evaluate(cond["condition"], statuses)
    if kind in ("all_of", "any_of"):
        subs = cond.get("conditions")
        subs = subs if isinstance(subs, list) else []
        results = (evaluate(c, statuses) for c in subs)
        return all(results) if kind == "all_of" else any(results)
    if kind == "exists":
        return go_text(_operand(cond.get("operand"), statuses)) != ""
    if kind in ("eq", "ne", "gt", "gte", "lt", "lte", "contains", "in", "regex"):
        return _binary(kind, _operand(cond.get("left"), statuses), _operand(cond.get("right"), statuses))
    raise ConditionError(f'unknown condition type: "{kind}"')


def _operand(value: JSONValue, statuses: dict[str, str]) -> JSONValue:
    """workflow/condition.go:706-721."""
    if isinstance(value, dict):
        ref = value.get("step_ref")
        if isinstance(ref, str):
            return statuses.get(ref, "")
        if "value" in value:
            return value["value"]
    return value


def _binary(kind: str, left: JSONValue, right: JSONValue) -> bool:
    """workflow/condition.go:421-533."""
    if kind == "eq":
        return go_text(left) == go_text(right)
    if kind == "ne":
        return go_text(left) != go_text(right)
    if kind == "contains":
        return go_text(right) in go_text(left)
    if kind == "in":
        if not isinstance(right, list):
            raise ConditionError("in requires right operand array")
        return any(go_text(item) == go_text(left) for item in right)
    if kind == "regex":
        text, pattern = go_text(left), go_text(right)
        if len(pattern) > _MAX_REGEX_PATTERN:
            raise ConditionError(f"regex pattern exceeds maximum length of {_MAX_REGEX_PATTERN} characters")
        if len(text) > _MAX_REGEX_INPUT:
            raise ConditionError(f"regex input exceeds maximum length of {_MAX_REGEX_INPUT} characters")
        try:
            return re.search(pattern, text) is not None
        except re.error as exc:
            raise ConditionError(f"invalid regex: {exc}") from None
    numbers = [v for v in (left, right) if isinstance(v, int | float) and not isinstance(v, bool)]
    if len(numbers) != 2:
        raise ConditionError("numeric comparison requires numeric left/right")
    a, b = float(numbers[0]), float(numbers[1])
    return {"gt": a > b, "gte": a >= b, "lt": a < b}.get(kind, a <= b)


def go_text(value: JSONValue) -> str:
    """``fmt.Sprint`` of a JSON value as Go decodes it (numbers are float64)."""
    if value is None:
        return "<nil>"
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, int | float):
        return _go_float(float(value))
    if isinstance(value, list):
        return "[" + " ".join(go_text(v) for v in value) + "]"
    if isinstance(value, dict):
        return "map[" + " ".join(f"{k}:{go_text(value[k])}" for k in sorted(value)) + "]"
    return str(value)


def _go_float(number: float) -> str:
    """Go's ``%v`` of a float64: the shortest digits, an exponent below 1e-4 or from 1e21."""
    if not math.isfinite(number):
        return {"nan": "NaN", "inf": "+Inf", "-inf": "-Inf"}[repr(number)]
    if number == 0:
        return "0"
    sign, digits, exponent = Decimal(repr(number)).normalize().as_tuple()
    assert isinstance(exponent, int)
    text = "".join(map(str, digits))
    power = len(digits) + exponent - 1
    if power < -4 or power >= 21:
        mantissa = text[0] + ("." + text[1:] if len(text) > 1 else "")
        out = f"{mantissa}e{'+' if power >= 0 else '-'}{abs(power):02d}"
    elif exponent >= 0:
        out = text + "0" * exponent
    elif -exponent >= len(text):
        out = "0." + "0" * (-exponent - len(text)) + text
    else:
        out = text[:exponent] + "." + text[exponent:]
    return ("-" if sign else "") + out
