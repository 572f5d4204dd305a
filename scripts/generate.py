"""Regenerate ``strait._generated`` from the committed spec with the pinned generator.

Run through ``scripts/generate`` (which provides the isolated, pinned environment)::

    scripts/generate                 # writes src/strait/_generated
    scripts/generate /tmp/somewhere  # writes there instead (used by check-generated)

Steps: (1) openapi-python-client (its public ``Project`` / ``GeneratorData`` classes)
parses the spec and renders, with our templates, the models (typed dicts, see
``strait._model``) and the endpoint modules behind ``client.generated``; (2) the same
parsed endpoints render ``templates/strait/services.py.jinja`` into one module per
service (sync + async class, each operation's request facts as an ``Operation`` table
entry), named by ``openapi/sdk-names.json``; (3) ruff fixes imports and formats the
whole tree. Any generator warning fails the run.
"""

from __future__ import annotations

import json
import re
import subprocess
import sys
from collections import defaultdict
from pathlib import Path
from typing import Any

from openapi_python_client import Project
from openapi_python_client.config import Config, ConfigFile, MetaType
from openapi_python_client.parser import GeneratorData

ROOT = Path(__file__).resolve().parent.parent
SPEC = ROOT / "openapi" / "strait.openapi.json"
NAMES = ROOT / "openapi" / "sdk-names.json"
CONFIG = ROOT / "generator-config.yaml"
TEMPLATES = ROOT / "templates"
DEFAULT_OUT = ROOT / "src" / "strait" / "_generated"

# Header parameters the facade does not surface as method arguments: the alias of
# Idempotency-Key and the distributed-tracing headers (send those with extra_headers).
HIDDEN_HEADERS = {"x_idempotency_key", "traceparent", "tracestate", "sentry_trace", "baggage"}
# Keyword arguments every method takes; no spec parameter may use these names.
RESERVED = {"self", "body", "query", "timeout", "max_retries", "extra_headers"}
# Server-Sent Events operations: a plain request would block until the server closes the
# stream, so no method is generated for them; the client's hand-written facade
# (strait/_facade.py) gives their names to its follow methods (reconnects, timeouts,
# ends on the terminal event): operationId -> follow method name.
SSE_METHODS = {
    "stream-run": "follow",
    "get-run-chunk-stream": "follow_chunks",
    "stream-event-trigger": "follow",
    "stream-project-activity": "follow_activity",
}
# A model attribute may not shadow what every model has (dict methods, our helpers):
# such a field is read as `<name>_` (its wire name is unchanged).
_TAKEN = set(dir(dict)) | {"to_dict", "from_dict"}


def _norm(path: str) -> str:
    return re.sub(r"\{[^}]+\}", "{}", path)


def _s(value: Any) -> str:
    """The text of a generator string (its untrusted strings do not str() to their value)."""
    for attr in ("get_untrusted_value", "as_unembedded_code"):
        getter = getattr(value, attr, None)
        if getter is not None:
            return str(getter())
    return str(value)


def _class_name(service: str) -> str:
    return "".join(part.capitalize() for part in service.split("_"))


def _spec_ops(spec: dict[str, Any]) -> dict[tuple[str, str], dict[str, Any]]:
    ops = {}
    for path, item in spec["paths"].items():
        for method, op in item.items():
            if method in {"get", "post", "put", "patch", "delete"}:
                ops[(method, _norm(path))] = {"path": path, **op}
    return ops


def _is_paginated(spec: dict[str, Any], op: dict[str, Any]) -> bool:
    for status, resp in op.get("responses", {}).items():
        if not status.startswith("2"):
            continue
        schema = resp.get("content", {}).get("application/json", {}).get("schema", {})
        ref = schema.get("$ref")
        if ref:
            schema = spec["components"]["schemas"][ref.rsplit("/", 1)[1]]
        props = schema.get("properties", {})
        if "data" in props and "has_more" in props:
            return True
    return False


# --- properties -> (Python type, runtime decoder) -------------------------------------
# One walk over the generator's parsed properties gives both the annotation a model or a
# service method declares and the decoder (`strait._model`) that reads the wire value.

_SCALARS = {
    "StringProperty": ("str", "STR"),
    "UuidProperty": ("str", "STR"),
    "IntProperty": ("int", "INT"),
    "FloatProperty": ("float", "FLOAT"),
    "BooleanProperty": ("bool", "BOOL"),
    "DateTimeProperty": ("datetime.datetime", "DATETIME"),
    "DateProperty": ("datetime.date", "DATE"),
    "NoneProperty": ("None", "NONE"),
    "AnyProperty": ("Any", "ANY"),
    "FileProperty": ("Any", "ANY"),
}


class Typed:
    """The annotation and decoder of one property, with the model imports they need."""

    def __init__(self) -> None:
        self.imports: set[tuple[str, str]] = set()  # (module under models, name)

    def type(self, prop: Any) -> str:
        return self.describe(prop)[0]

    def decoder(self, prop: Any) -> str:
        return self.describe(prop)[1]

    def input(self, prop: Any) -> str:
        return self.describe(prop)[2]

    def describe(self, prop: Any) -> tuple[str, str, str]:
        """(annotation, decoder expression, annotation of what a constructor accepts) of a
        parsed property, recursively. A constructor also takes mappings for models and
        ISO strings for dates."""
        kind = type(prop).__name__
        if kind in _SCALARS:
            annotation, decoder = _SCALARS[kind]
            accepted = f"{annotation} | str" if annotation.startswith("datetime.") else annotation
            return annotation, "_m." + decoder, accepted
        if kind in ("LiteralEnumProperty", "EnumProperty", "ModelProperty"):
            info = prop.class_info
            self.imports.add((str(info.module_name), str(info.name)))
            if kind == "ModelProperty":
                decoder = f'_m.Model("{info.module_name}", "{info.name}")'
                return str(info.name), decoder, f"{info.name} | Mapping[str, Any]"
            values = prop.values.values() if isinstance(prop.values, dict) else prop.values
            decoder = "_m.Enum(" + ", ".join(json.dumps(str(v)) for v in sorted(values)) + ")"
            return str(info.name), decoder, str(info.name)
        if kind == "ConstProperty":
            annotation = f"Literal[{_s(prop.value)}]"
            return annotation, f"_m.Const({_s(prop.value)})", annotation
        if kind == "ListProperty":
            annotation, decoder, accepted = self.describe(prop.inner_property)
            return f"list[{annotation}]", f"_m.ListOf({decoder})", f"Sequence[{accepted}]"
        if kind == "UnionProperty":
            inner = [self.describe(i) for i in prop.inner_properties]
            return (
                _union(a for a, _, _ in inner),
                "_m.Union(" + ", ".join(d for _, d, _ in inner) + ")",
                _union(i for _, _, i in inner),
            )
        raise SystemExit(f"unsupported property kind {kind} ({_s(prop.name)})")


def _union(parts_in: Any) -> str:
    parts = list(dict.fromkeys(parts_in))
    if "None" in parts:  # nullable last, as people write it
        parts.remove("None")
        parts.append("None")
    return " | ".join(parts)


def _attr_name(prop: Any) -> str:
    name = str(prop.python_name)
    return f"{name}_" if name in _TAKEN or name.startswith("_") else name


def model_fields(model: Any) -> dict[str, Any]:
    """What templates/model.py.jinja renders for one model (a Jinja global)."""
    typed = Typed()
    fields = []
    for prop in model.required_properties + model.optional_properties:
        fields.append(
            {
                "attr": _attr_name(prop),
                "wire": _s(prop.name),
                "type": typed.type(prop),
                "decoder": typed.decoder(prop),
                "input": typed.input(prop),
                "required": bool(prop.required),
                "doc": _s(prop.description) if prop.description else "",
            }
        )
    extra = model.additional_properties
    extra_decoder = None
    if extra is not None and type(extra).__name__ != "AnyProperty":
        extra_decoder = typed.decoder(extra)
        typed.type(extra)
    own = str(model.class_info.module_name)
    imports = sorted(f"from .{module} import {name}" for module, name in typed.imports if module != own)
    return {
        "fields": fields,
        "required": [f["wire"] for f in fields if f["required"]],
        "closed": extra is None,
        "extra": extra_decoder,
        "imports": imports,
        "uses_datetime": any("datetime." in f["type"] for f in fields),
        "uses_literal": any("Literal[" in f["type"] for f in fields),
    }


def _service_type(text: str) -> str:
    # inside a service class, `list` is a method name (e.g. `Runs.list`): say builtins.list
    return re.sub(r"(?<![\w.])list\[", "builtins.list[", text)


def _method(spec: dict[str, Any], endpoint: Any, op: dict[str, Any], name: str) -> dict[str, Any]:
    typed = Typed()
    path_params = [(str(p.python_name), _s(p.name), typed.type(p)) for p in endpoint.path_parameters]
    query = [
        (_s(p.name), str(p.python_name), _service_type(typed.type(p)), bool(p.required))
        for p in endpoint.query_parameters
    ]
    headers = [
        (_s(p.name), str(p.python_name), typed.type(p), bool(p.required))
        for p in endpoint.header_parameters
        if str(p.python_name) not in HIDDEN_HEADERS
    ]
    for pname in [p[0] for p in path_params] + [q[1] for q in query] + [h[1] for h in headers]:
        if pname in RESERVED:
            raise SystemExit(f"{op['operationId']}: parameter {pname!r} collides with a reserved argument")
    if len(endpoint.bodies) > 1:
        raise SystemExit(f"{op['operationId']}: several request content types are not supported")
    body = None
    if endpoint.bodies:
        prop = endpoint.bodies[0].prop
        is_model = type(prop).__name__ == "ModelProperty"
        body = {
            "type": _service_type(typed.type(prop)),
            "required": bool(prop.required),
            "decoder": typed.decoder(prop) if is_model else None,
        }
    project = None  # where the client's configured project goes when the caller gives none
    if any(q[0] == "project_id" for q in query):
        project = "query"
    elif body is not None and "project_id" in _body_properties(spec, op):
        project = "body"
    success = [r for r in endpoint.responses.patterns if 200 <= r.status_code.range[0] < 300]
    if len(success) != 1:
        raise SystemExit(f"{op['operationId']}: expected exactly one success status")
    ok = success[0]
    status = ok.status_code.range[0]
    media = _success_media(op)
    streamed = bool(op.get("x-strait-streamed-response"))
    raw_body = streamed or (bool(media) and "application/json" not in media)
    if status == 204 or ok.prop is None:
        returns, decoder = "dict[str, Any]", None  # no body: an empty dict, as the official SDK
    elif raw_body:
        returns, decoder = "Any", None  # JSON, NDJSON, CSV or PDF: parsed JSON, text or bytes
    else:
        returns, decoder = _service_type(typed.type(ok.prop)), typed.decoder(ok.prop)
    paginated = _is_paginated(spec, op)
    page_item = None
    if paginated:
        page_item = _page_item(typed, ok.prop)
    accept = ", ".join(media) if media and media != ["application/json"] else None
    return {
        "name": name,
        "operation_id": op["operationId"],
        "http_method": str(endpoint.method).upper(),
        "path": op["path"],
        "deprecated": bool(op.get("deprecated")),
        "path_params": path_params,
        "query": query,
        "headers": headers,
        "body": body,
        "status": status,
        "returns": returns,
        "decoder": decoder,
        "paginated": paginated,
        "page_item": page_item,
        "idempotent_key": any(h[1] == "idempotency_key" for h in headers),
        "imports": typed.imports,
        "accept": accept,
        "raw_body": raw_body,
        "project": project,
        "sse": SSE_METHODS.get(op["operationId"]) if "text/event-stream" in media else None,
    }


def _body_properties(spec: dict[str, Any], op: dict[str, Any]) -> dict[str, Any]:
    """The JSON request body's top-level properties (one ``$ref`` followed)."""
    schema = op.get("requestBody", {}).get("content", {}).get("application/json", {}).get("schema", {})
    ref = schema.get("$ref", "")
    if ref.startswith("#/components/schemas/"):
        schema = spec["components"]["schemas"][ref.rsplit("/", 1)[1]]
    props = schema.get("properties")
    return props if isinstance(props, dict) else {}


def _success_media(op: dict[str, Any]) -> list[str]:
    for status, resp in op.get("responses", {}).items():
        if status.startswith("2"):
            return list(resp.get("content", {}))
    return []


def _page_item(typed: Typed, page: Any) -> str:
    """The item type of a paginated answer's ``data`` list."""
    for prop in page.required_properties + page.optional_properties:
        if _s(prop.name) == "data":
            candidates = getattr(prop, "inner_properties", [prop])
            for candidate in candidates:
                if hasattr(candidate, "inner_property"):
                    return _service_type(typed.type(candidate.inner_property))
    raise SystemExit(f"{_s(page.name)}: paginated response without data")


def main() -> int:
    out = Path(sys.argv[1]).resolve() if len(sys.argv) > 1 else DEFAULT_OUT
    config_file = ConfigFile.load_from_path(CONFIG)
    config = Config.from_sources(config_file, MetaType.NONE, SPEC, "utf-8", True, out)
    spec = json.loads(SPEC.read_text())
    openapi = GeneratorData.from_dict(spec, config=config)
    if not isinstance(openapi, GeneratorData):
        print(openapi, file=sys.stderr)
        return 1
    project = Project(openapi=openapi, config=config, custom_template_path=TEMPLATES)
    project.env.globals["strait_model"] = model_fields
    errors = project.build()
    if errors:
        for err in errors:
            print(f"generator: {err.level}: {err.header}: {err.detail}", file=sys.stderr)
        return 1

    names = json.loads(NAMES.read_text())
    ops = _spec_ops(spec)
    services: dict[str, list[dict[str, Any]]] = defaultdict(list)
    seen = set()
    for tag, collection in project.openapi.endpoint_collections_by_tag.items():
        for endpoint in collection.endpoints:
            op = ops[(str(endpoint.method).lower(), _norm(_s(endpoint.path)))]
            entry = names.get(op["operationId"])
            if entry is None:
                raise SystemExit(f"{op['operationId']}: no entry in openapi/sdk-names.json")
            service, name = entry["name"].split(".")
            method = _method(spec, endpoint, op, name)
            method["tag"] = tag
            if "text/event-stream" in _success_media(op) and not method["sse"]:
                raise SystemExit(f"{op['operationId']}: an SSE operation needs an entry in SSE_METHODS")
            services[service].append(method)
            for alias in entry.get("aliases", []):
                services[service].append({**method, "name": alias, "alias_of": name})
            seen.add(op["operationId"])
    missing = {op["operationId"] for op in ops.values()} - seen
    if missing:
        raise SystemExit(f"operations without a generated endpoint: {sorted(missing)}")

    env = project.env
    template = env.get_template("strait/services.py.jinja")
    svc_dir = out / "services"
    svc_dir.mkdir(exist_ok=True)
    index = []
    for service in sorted(services):
        methods = sorted(services[service], key=lambda m: m["name"])
        imports = sorted(
            {f"from ..models.{module} import {cls}" for m in methods for module, cls in m["imports"]}
        )
        (svc_dir / f"{service}.py").write_text(
            template.render(
                service=service,
                class_name=_class_name(service),
                methods=methods,
                imports=imports,
            ),
            encoding="utf-8",
        )
        index.append(
            (
                service,
                _class_name(service),
                [
                    (m["name"], m["operation_id"], m["http_method"], m["path"])
                    for m in methods
                    if not m.get("alias_of")
                ],
            )
        )
    init = env.get_template("strait/services_init.py.jinja")
    (svc_dir / "__init__.py").write_text(init.render(index=index), encoding="utf-8")
    operations = env.get_template("strait/services_index.py.jinja")
    (svc_dir / "_index.py").write_text(operations.render(index=index), encoding="utf-8")

    ruff = [sys.executable, "-m", "ruff"]
    for cmd in (
        ["check", str(out), "--isolated", "--fix-only", "--extend-select=I", "--quiet"],
        ["format", str(out), "--isolated", "--quiet"],
    ):
        subprocess.run(ruff + cmd, check=True)
    print(f"generated {out}: {len(seen)} operations, {len(services)} services")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
