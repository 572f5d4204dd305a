"""Event sources, their subscriptions, and dispatch-event: an event named by its
source triggers each enabled, matching subscription's job or workflow
(``api/event_sources.go``, ``eventfilter/filter.go``, ``webhook/signature.go``)."""

from __future__ import annotations

import hashlib
import hmac
import json
from datetime import timedelta
from decimal import Decimal

from strait._types import JSONObject, JSONValue

from ._emulator import json_ok, operation
from ._engine import create_run
from ._http import ApiFailure, Call, Reply, json_response, lister_unpaged, reader
from ._json import as_str
from ._model import EventSource, EventSubscription
from ._ops_common import creation_body, required, validation_failed
from ._workflows import start_workflow_run

ALGORITHMS = ("hmac-sha256", "stripe-v1", "github-sha256")  # api/event_sources.go:29
MAX_NAME = 255  # api/event_sources.go:25
MAX_DESCRIPTION = 2000  # api/event_sources.go:26
REPLAY_TTL_SECS = 300  # api/event_sources.go:20 (a signature is accepted once in 5 minutes)
STRIPE_TOLERANCE_SECS = 300  # webhook/signature.go:103-106
_FILTER_KEYS = {"eq", "ne", "has"}  # eventfilter/filter.go:19-23
GO_G_EXPONENT_LIMIT = 6  # strconv/ftoa.go: shortest 'g' decides %e with precision 6
GO_V_EXPONENT_LIMIT = 21  # fmt/format.go: %v of a float64 uses 21 instead


def _find(call: Call) -> EventSource:
    return call.owned(call.emu.state.event_sources, call.params["sourceID"], "event source")


def _check_lengths(body: JSONObject) -> None:
    if len(str(body.get("name") or "")) > MAX_NAME:
        raise validation_failed("name: failed on 'max'")
    if len(str(body.get("description") or "")) > MAX_DESCRIPTION:
        raise validation_failed("description: failed on 'max'")
    if body.get("signature_algorithm") and body["signature_algorithm"] not in ALGORITHMS:
        raise validation_failed("signature_algorithm: failed on 'oneof'")


@operation("create-event-source")
def create_event_source(call: Call) -> Reply:
    body = creation_body(call, "name", check=_check_lengths)
    if (body.get("signature_header") or body.get("signature_secret")) and not body.get("signature_algorithm"):
        raise ApiFailure(
            400, "signature_algorithm is required when signature_header or signature_secret is set"
        )
    sources = call.emu.state.event_sources
    name = str(body["name"])
    if any(s.project_id == call.project_id and s.name == name for s in sources.values()):
        raise ApiFailure(500, "failed to create event source")  # UNIQUE(project_id, name)
    now = call.emu.clock.stamp()
    enabled = body.get("enabled") is not False
    source = EventSource(call.emu.new_id("evsrc"), call.project_id, name, enabled, now, now)
    source.secret = str(body.get("signature_secret") or "")
    source.description = body.get("description") or None
    source.schema = body.get("schema") or None
    source.signature_header = body.get("signature_header") or None
    source.signature_algorithm = body.get("signature_algorithm") or None
    sources[source.id] = source
    return json_ok(source.wire(), 201)


operation("list-event-sources")(lister_unpaged(lambda emu: emu.state.event_sources, EventSource.wire))


operation("get-event-source")(reader(_find, EventSource.wire))


@operation("update-event-source")
def update_event_source(call: Call) -> Reply:
    body: JSONObject = {k: v for k, v in call.obj().items() if v is not None}
    _check_lengths(body)
    if not body:
        raise ApiFailure(400, "no fields to update")
    source = _find(call)
    if "name" in body:
        source.name = str(body["name"])
    if "enabled" in body:
        source.enabled = bool(body["enabled"])
    source.description = body.get("description", source.description)
    source.schema = body.get("schema", source.schema)
    source.signature_header = body.get("signature_header", source.signature_header)
    source.signature_algorithm = body.get("signature_algorithm", source.signature_algorithm)
    if "signature_secret" in body:
        source.secret = str(body["signature_secret"])
    source.updated_at = call.emu.clock.stamp()
    return json_response(204, None)


@operation("delete-event-source")
def delete_event_source(call: Call) -> Reply:
    source = _find(call)
    del call.emu.state.event_sources[source.id]
    subs = call.emu.state.event_subscriptions
    for sub_id in [i for i, s in subs.items() if s.source_id == source.id]:
        del subs[sub_id]  # ON DELETE CASCADE
    return json_response(204, None)


@operation("subscribe-to-event-source")
def subscribe_to_event_source(call: Call) -> Reply:
    body = call.obj()
    required(body, "target_type", "target_id")
    if body["target_type"] not in ("job", "workflow"):
        raise validation_failed("target_type: failed on 'oneof'")
    source = _find(call)
    targets = call.emu.state.jobs if body["target_type"] == "job" else call.emu.state.workflows
    call.owned(targets, as_str(body["target_id"]), "event subscription target")
    subs = call.emu.state.event_subscriptions
    key = (source.id, as_str(body["target_type"]), as_str(body["target_id"]))
    if any((s.source_id, s.target_type, s.target_id) == key for s in subs.values()):
        raise ApiFailure(500, "failed to create event subscription")  # the unique index
    enabled = body.get("enabled") is not False
    sub = EventSubscription(call.emu.new_id("evsub"), *key, enabled, call.emu.clock.stamp())
    sub.filter_expr = body.get("filter_expr")
    subs[sub.id] = sub
    return json_ok(sub.wire(), 201)


@operation("list-event-source-subscriptions")
def list_event_source_subscriptions(call: Call) -> Reply:
    source = _find(call)
    subs = [s for s in call.emu.state.event_subscriptions.values() if s.source_id == source.id]
    return json_ok([s.wire() for s in sorted(subs, key=lambda s: s.created_at, reverse=True)])


@operation("delete-event-subscription")
def delete_event_subscription(call: Call) -> Reply:
    source = _find(call)
    sub = call.emu.state.event_subscriptions.get(call.params["subID"])
    if sub is None or sub.source_id != source.id:
        raise ApiFailure(404, "event subscription not found")
    del call.emu.state.event_subscriptions[sub.id]
    return json_response(204, None)


# -- dispatch -------------------------------------------------------------------------


def raw_member(raw: bytes, name: str) -> bytes | None:
    """The exact bytes of a top-level member of a JSON object (what Go's
    ``json.RawMessage`` keeps), or None when absent."""
    text = raw.decode("utf-8")
    decoder = json.JSONDecoder()
    pos = len(text) - len(text.lstrip())
    if not text.startswith("{", pos):
        return None
    pos += 1
    found = None
    while True:
        pos = _skip(text, pos)
        if text.startswith("}", pos):
            return found
        key, pos = decoder.raw_decode(text, pos)
        pos = _skip(text, _skip(text, pos) + 1)  # past the ':'
        start = pos
        _, pos = decoder.raw_decode(text, pos)
        if key == name:
            found = text[start:pos].encode()
        pos = _skip(text, pos)
        if text.startswith(",", pos):
            pos += 1


def _skip(text: str, pos: int) -> int:
    while pos < len(text) and text[pos] in " \t\r\n":
        pos += 1
    return pos


def _hex_hmac(secret: str, data: bytes) -> str:
    return hmac.new(secret.encode(), data, hashlib.sha256).hexdigest()


def _signature_ok(algorithm: str, secret: str, body: bytes, header: str, now: int) -> bool:
    """webhook/signature.go:20-130."""
    if algorithm in ("hmac-sha256", "github-sha256"):
        given = header.removeprefix("sha256=")
        return header.startswith("sha256=") and hmac.compare_digest(given, _hex_hmac(secret, body))
    if algorithm == "stripe-v1":
        parts = [p.split("=", 1) for p in header.split(",") if "=" in p]
        stamps = [v for k, v in parts if k == "t"]
        signatures = [v for k, v in parts if k == "v1"]
        if not stamps or not signatures or not stamps[-1].lstrip("-").isdigit():
            return False
        if abs(now - int(stamps[-1])) > STRIPE_TOLERANCE_SECS:
            return False
        expected = _hex_hmac(secret, stamps[-1].encode() + b"." + body)
        return any(hmac.compare_digest(s, expected) for s in signatures)
    return False


def _verify(call: Call, source: EventSource, payload: bytes) -> None:
    """api/event_sources.go:388-447, with the replay guard of 450-472."""
    algorithm = as_str(source.signature_algorithm)
    if not algorithm:
        if source.signature_header or source.secret:
            raise ApiFailure(500, "signature verification is misconfigured")
        return
    if not source.signature_header or not source.secret:
        raise ApiFailure(500, "signature verification is not configured")
    header = call.request.headers.get(as_str(source.signature_header), "")
    if not header:
        raise ApiFailure(401, "missing signature header")
    now = call.emu.clock.now()
    if not _signature_ok(algorithm, source.secret, payload, header, int(now.timestamp())):
        raise ApiFailure(401, "signature validation failed")
    seen = call.emu.state.event_source_signatures
    key = hashlib.sha256(f"event-source-signature:{source.id}:{algorithm}:{header}".encode()).hexdigest()
    used = seen.get(key)
    if used is not None and used > now:
        raise ApiFailure(401, "signature replay rejected")
    seen[key] = now + timedelta(seconds=REPLAY_TTL_SECS)


def _go_string(value: JSONValue) -> str:
    """``filterValueString``: a decoded JSON value as the server compares it (numbers by
    ``strconv.FormatFloat(f, 'g', -1, 64)``, lists and objects by ``fmt.Sprint``)."""
    if isinstance(value, list | dict):
        return _go_sprint(value)
    if value is None:
        return "<nil>"
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, int | float):
        return _go_float(float(value), GO_G_EXPONENT_LIMIT)
    return str(value)


def _go_sprint(value: JSONValue) -> str:
    """``fmt.Sprint`` of a decoded JSON value (``%v``: floats switch to exponent form at 21)."""
    if isinstance(value, list):
        return "[" + " ".join(_go_sprint(v) for v in value) + "]"
    if isinstance(value, dict):
        return "map[" + " ".join(f"{k}:{_go_sprint(value[k])}" for k in sorted(value)) + "]"
    if isinstance(value, int | float) and not isinstance(value, bool):
        return _go_float(float(value), GO_V_EXPONENT_LIMIT)
    return _go_string(value)


def _go_float(number: float, exponent_limit: int) -> str:
    """Go's shortest ``'g'`` form: the shortest digits, in exponent form when the
    exponent is below -4 or at least ``exponent_limit``."""
    sign, digit_tuple, exponent = Decimal(repr(number)).as_tuple()
    digits = list(digit_tuple)
    while len(digits) > 1 and digits[-1] == 0:
        digits.pop()
        exponent = int(exponent) + 1
    if digits == [0]:
        return "-0" if sign else "0"
    text = "".join(map(str, digits))
    point = len(digits) + int(exponent)  # where the decimal point goes
    lead = "-" if sign else ""
    exp = point - 1
    if exp < -4 or exp >= exponent_limit:
        mantissa = text[0] + ("." + text[1:] if len(text) > 1 else "")
        return f"{lead}{mantissa}e{'-' if exp < 0 else '+'}{abs(exp):02d}"
    if point <= 0:
        return f"{lead}0.{'0' * -point}{text}"
    if point >= len(text):
        return lead + text + "0" * (point - len(text))
    return f"{lead}{text[:point]}.{text[point:]}"


def _field(data: JSONValue, path: str) -> JSONValue:
    for part in path.split("."):
        if not isinstance(data, dict) or part not in data:
            return None
        data = data[part]
    return data


def filter_matches(expr: JSONValue, payload: JSONValue) -> bool:
    """eventfilter/filter.go:25-71: no filter matches everything; a malformed filter
    or a payload that is not an object matches nothing."""
    if expr is None:
        return True
    if not isinstance(expr, dict) or set(expr) - _FILTER_KEYS or not isinstance(payload, dict):
        return False
    pairs: dict[str, list[tuple[str, str]]] = {}
    for kind in ("eq", "ne"):
        conds = expr.get(kind) or []
        if not isinstance(conds, list):
            return False
        pairs[kind] = []
        for cond in conds:
            if not isinstance(cond, list) or not all(isinstance(x, str) for x in cond[:2]):
                return False
            path, want, *_ = [as_str(x) for x in cond[:2]] + ["", ""]
            pairs[kind].append((path, want))
    has = expr.get("has") or []
    if not isinstance(has, list) or not all(isinstance(h, str) and h for h in has):
        return False
    if any(not path for kind in pairs for path, _ in pairs[kind]):
        return False
    if any(_go_string(_field(payload, path)) != want for path, want in pairs["eq"]):
        return False
    if any(_go_string(_field(payload, path)) == want for path, want in pairs["ne"]):
        return False
    return all(_field(payload, as_str(path)) is not None for path in has)


@operation("dispatch-event")
async def dispatch_event(call: Call) -> Reply:
    body = call.obj()
    required(body, "source", "project_id")
    if body["project_id"] != call.project_id:
        raise ApiFailure(404, "event source not found")
    mine = (s for s in call.emu.state.event_sources.values() if s.project_id == call.project_id)
    source = next((s for s in mine if s.name == body["source"]), None)
    if source is None:
        raise ApiFailure(404, "event source not found")
    if not source.enabled:
        raise ApiFailure(400, "event source is disabled")
    raw = raw_member(await call.request.read(), "payload") or b""
    _verify(call, source, raw)
    payload = body.get("payload")
    dispatched = 0
    subs = sorted(
        (s for s in call.emu.state.event_subscriptions.values() if s.source_id == source.id),
        key=lambda s: s.created_at,
        reverse=True,
    )
    for sub in subs:
        if sub.enabled and filter_matches(sub.filter_expr, payload) and _fire(call, sub, payload):
            dispatched += 1
    return json_ok({"dispatched": dispatched, "source": body["source"]})


def _fire(call: Call, sub: EventSubscription, payload: JSONValue) -> bool:
    """A run ``triggered_by: event`` of the job (not when disabled or paused), or a
    workflow run (api/event_sources.go:558-651)."""
    emu = call.emu
    if sub.target_type == "job":
        job = emu.state.jobs.get(sub.target_id)
        if job is None or job.project_id != call.project_id:
            return False
        if not job.enabled or job.paused:
            return False
        create_run(emu, job, payload, triggered_by="event")
        return True
    workflow = emu.state.workflows.get(sub.target_id)
    if workflow is None or workflow.project_id != call.project_id:
        return False
    start_workflow_run(emu, workflow, payload, "event")
    return True
