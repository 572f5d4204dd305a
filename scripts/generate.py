"""Regenerate ``strait._generated`` from the committed spec with the pinned generator.

Run through ``scripts/generate`` (which provides the isolated, pinned environment)::

    scripts/generate                 # writes src/strait/_generated
    scripts/generate /tmp/somewhere  # writes there instead (used by check-generated)

Steps: (1) openapi-python-client builds models and endpoint modules with our custom
templates; (2) the same parsed endpoints render ``templates/strait/services.py.jinja``
into one module per service (sync + async class), named by ``openapi/sdk-names.json``;
(3) ruff fixes imports and formats the whole tree. Any generator warning fails the run.
"""

from __future__ import annotations

import json
import re
import subprocess
import sys
from collections import defaultdict
from pathlib import Path
from typing import Any

from openapi_python_client import _get_project_for_url_or_path
from openapi_python_client.config import Config, ConfigFile, MetaType

ROOT = Path(__file__).resolve().parent.parent
SPEC = ROOT / "openapi" / "strait.openapi.json"
NAMES = ROOT / "openapi" / "sdk-names.json"
CONFIG = ROOT / "generator-config.yaml"
TEMPLATES = ROOT / "templates"
DEFAULT_OUT = ROOT / "src" / "strait" / "_generated"

# Header parameters the facade does not surface as method arguments: the alias of
# Idempotency-Key and the distributed-tracing headers (send those with extra_headers).
HIDDEN_HEADERS = {"x_idempotency_key", "traceparent", "tracestate", "sentry_trace", "baggage"}
# Hand-written methods that are not single operations (live streams) come from mixins:
# service -> (module under strait, sync mixin class); the async one is "Async" + name.
MIXINS = {
    "runs": ("_streams", "RunStreams"),
    "event_triggers": ("_streams", "EventTriggerStreams"),
    "projects": ("_streams", "ProjectStreams"),
}
# Keyword arguments every method takes; no spec parameter may use these names.
RESERVED = {"self", "body", "query", "timeout", "max_retries", "extra_headers"}


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


def _method(spec: dict[str, Any], endpoint: Any, op: dict[str, Any], name: str) -> dict[str, Any]:
    path_params = [(str(p.python_name), _s(p.get_type_string())) for p in endpoint.path_parameters]
    query = [
        (_s(p.name), str(p.python_name), _s(p.get_type_string()), bool(p.required))
        for p in endpoint.query_parameters
    ]
    headers = [
        (str(p.python_name), _s(p.get_type_string()), bool(p.required))
        for p in endpoint.header_parameters
        if str(p.python_name) not in HIDDEN_HEADERS
    ]
    for pname in [p for p, _ in path_params] + [q[1] for q in query] + [h[0] for h in headers]:
        if pname in RESERVED:
            raise SystemExit(f"{op['operationId']}: parameter {pname!r} collides with a reserved argument")
    if len(endpoint.bodies) > 1:
        raise SystemExit(f"{op['operationId']}: several request content types are not supported")
    body = None
    if endpoint.bodies:
        prop = endpoint.bodies[0].prop
        model = prop.class_info.name if type(prop).__name__ == "ModelProperty" else None
        body = {
            "type": _s(prop.get_type_string(no_optional=True)),
            "required": bool(prop.required),
            "model": model,
        }
    success = [r for r in endpoint.responses.patterns if 200 <= r.status_code.range[0] < 300]
    if len(success) != 1:
        raise SystemExit(f"{op['operationId']}: expected exactly one success status")
    ok = success[0]
    returns = _s(ok.prop.get_type_string()) if ok.prop is not None else "None"
    if returns == "Any" or ok.status_code.range[0] == 204:
        returns = "Any" if ok.status_code.range[0] != 204 else "None"
    paginated = _is_paginated(spec, op)
    item = None
    if paginated:
        item = f"{returns}.data.__item__"  # resolved below from the page model's data property
    imports = {
        line.replace("from ...", "from ..")
        for line in endpoint.relative_imports
        if line.startswith(("from ...models", "from ...types", "import "))
    }
    media = _success_media(op)
    streamed = bool(op.get("x-strait-streamed-response"))
    if streamed:
        # JSON, NDJSON, CSV or PDF depending on `format`: parsed JSON, text or bytes
        returns = "Any"
    accept = ", ".join(media) if media and media != ["application/json"] else None
    return {
        "name": name,
        "operation_id": op["operationId"],
        "module": str(endpoint.name),
        "http_method": str(endpoint.method).upper(),
        "path": op["path"],
        "deprecated": bool(op.get("deprecated")),
        "path_params": path_params,
        "query": query,
        "headers": headers,
        "body": body,
        "status": ok.status_code.range[0],
        "returns": returns,
        "paginated": paginated,
        "page_item": item,
        "idempotent_key": any(h[0] == "idempotency_key" for h in headers),
        "imports": imports,
        "accept": accept,
        "raw_body": streamed or (bool(media) and "application/json" not in media),
    }


def _success_media(op: dict[str, Any]) -> list[str]:
    for status, resp in op.get("responses", {}).items():
        if status.startswith("2"):
            return list(resp.get("content", {}))
    return []


def _page_item(endpoint: Any) -> tuple[str, set[str]]:
    """The item type of a paginated answer's ``data`` list, and the imports it needs."""
    ok = next(r for r in endpoint.responses.patterns if 200 <= r.status_code.range[0] < 300)
    for prop in ok.prop.required_properties + ok.prop.optional_properties:
        if _s(prop.name) == "data":
            for candidate in getattr(prop, "inner_properties", [prop]):
                if hasattr(candidate, "inner_property"):
                    inner = candidate.inner_property
                    imports = {imp.replace("from ...", "from ..") for imp in inner.get_imports(prefix="...")}
                    info = getattr(inner, "class_info", None)
                    if info is not None:
                        imports.add(f"from ..models.{info.module_name} import {info.name}")
                    return _s(inner.get_type_string()), imports
    raise SystemExit(f"{endpoint.name}: paginated response without data")


def main() -> int:
    out = Path(sys.argv[1]).resolve() if len(sys.argv) > 1 else DEFAULT_OUT
    config_file = ConfigFile.load_from_path(CONFIG)
    config = Config.from_sources(config_file, MetaType.NONE, SPEC, "utf-8", True, out)
    project = _get_project_for_url_or_path(config=config, custom_template_path=TEMPLATES)
    if not hasattr(project, "build"):
        print(project, file=sys.stderr)
        return 1
    errors = project.build()
    if errors:
        for err in errors:
            print(f"generator: {err.level}: {err.header}: {err.detail}", file=sys.stderr)
        return 1

    spec = json.loads(SPEC.read_text())
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
            if method["paginated"]:
                method["page_item"], item_imports = _page_item(endpoint)
                method["imports"] |= item_imports
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
        imports = sorted(set().union(*(m["imports"] for m in methods)))
        (svc_dir / f"{service}.py").write_text(
            template.render(
                service=service,
                class_name=_class_name(service),
                methods=methods,
                imports=imports,
                mixin=MIXINS.get(service),
            ),
            encoding="utf-8",
        )
        index.append(
            (
                service,
                _class_name(service),
                [(m["name"], m["operation_id"]) for m in methods if not m.get("alias_of")],
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
