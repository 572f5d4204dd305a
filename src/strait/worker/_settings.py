"""Worker settings: arguments, then ``STRAIT_*`` environment variables, then ``strait.json``.

``strait.json`` keys (the server's ``schemas/strait.json``): ``worker.concurrency``,
``worker.queue_name``, ``worker.grpc_url``, ``worker.signing_secret_env``, ``dirs``,
``sdk.base_url`` and ``project.id``. Environment: ``STRAIT_API_KEY`` (the only source of
the key), ``STRAIT_BASE_URL``, ``STRAIT_GRPC_URL``, ``STRAIT_WORKER_CONCURRENCY``,
``STRAIT_WORKER_QUEUE`` (comma-separated), ``STRAIT_WORKER_NAME``, ``STRAIT_WORKER_ID``,
``STRAIT_PROJECT``. No gRPC import here: bad settings are reported before grpc loads.
"""

from __future__ import annotations

import json
import os
import re
import socket
import uuid
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit

from strait._config import CONFIG_FILENAME, ENV_API_KEY, ENV_BASE_URL, ENV_PROJECT, read_config_file, redact
from strait._errors import ValidationError

__all__ = [
    "DEFAULT_GRPC_PORT",
    "GrpcTarget",
    "WorkerSettings",
    "parse_grpc_url",
    "project_dirs",
    "resolve_worker_settings",
]

DEFAULT_GRPC_PORT = 50051  # the server's GRPC_PORT default
DEFAULT_QUEUE = "default"  # the server's queue for jobs without queue_name
DEFAULT_CONCURRENCY = 10
MAX_CONCURRENCY = 1000  # schemas/strait.json worker.concurrency maximum (the server allows 1024 slots)
ENV_GRPC_URL = "STRAIT_GRPC_URL"
ENV_CONCURRENCY = "STRAIT_WORKER_CONCURRENCY"
ENV_QUEUE = "STRAIT_WORKER_QUEUE"
ENV_NAME = "STRAIT_WORKER_NAME"
ENV_WORKER_ID = "STRAIT_WORKER_ID"
_API_KEY = re.compile(r"^strait_[A-Za-z0-9]+$")  # what the server's gRPC auth accepts
_LIMITS = {"worker_id": 128, "name": 128, "queue": 128}


@dataclass(frozen=True)
class GrpcTarget:
    """Where the worker connects: ``host:port`` and whether the channel is TLS."""

    host: str
    port: int
    tls: bool

    @property
    def address(self) -> str:
        host = f"[{self.host}]" if ":" in self.host else self.host
        return f"{host}:{self.port}"

    def __str__(self) -> str:
        return f"{'grpcs' if self.tls else 'grpc'}://{self.address}"


def parse_grpc_url(url: str, source: str = "argument") -> GrpcTarget:
    """``grpcs://host[:port]`` / ``https://`` is TLS, ``grpc://`` / ``http://`` plaintext;
    the port defaults to 50051. Anything else (no scheme, a path) is refused, never guessed."""
    text = url.strip() if isinstance(url, str) else ""
    parts = urlsplit(text)
    scheme = parts.scheme.lower()
    if scheme not in ("grpcs", "https", "grpc", "http") or not parts.hostname:
        raise ValidationError(
            f"grpc_url from {source} must look like grpcs://host:port (TLS) or grpc://host:port "
            f"(plaintext), got {url!r}",
            field="grpc_url",
            source=source,
        )
    if parts.path not in ("", "/") or parts.query or parts.fragment or parts.username:
        raise ValidationError(
            f"grpc_url from {source} must be scheme://host:port only, got {url!r}",
            field="grpc_url",
            source=source,
        )
    try:
        port = parts.port or DEFAULT_GRPC_PORT
    except ValueError:
        raise ValidationError(
            f"grpc_url from {source} has a bad port: {url!r}", field="grpc_url", source=source
        ) from None
    return GrpcTarget(parts.hostname, port, scheme in ("grpcs", "https"))


def grpc_target_from_base_url(base_url: str) -> GrpcTarget:
    """The default target: the base URL's host on port 50051, TLS unless it is ``http://``."""
    parts = urlsplit(base_url)
    if not parts.hostname:
        raise ValidationError(f"cannot derive a gRPC address from base URL {base_url!r}", field="grpc_url")
    return GrpcTarget(parts.hostname, DEFAULT_GRPC_PORT, parts.scheme.lower() != "http")


@dataclass(frozen=True, repr=False)
class WorkerSettings:
    """Resolved worker settings. The API key never appears in ``repr()``."""

    api_key: str = field(compare=False)
    target: GrpcTarget
    base_url: str | None
    queues: tuple[str, ...]
    concurrency: int
    worker_id: str
    name: str
    project_id: str | None = None
    dirs: tuple[Path, ...] = ()
    signing_secret: str | None = field(default=None, compare=False)
    config_file: Path | None = None
    sources: Mapping[str, str] = field(default_factory=dict, compare=False)

    def __repr__(self) -> str:
        return (
            f"WorkerSettings(target={str(self.target)!r}, queues={list(self.queues)!r}, "
            f"concurrency={self.concurrency}, worker_id={self.worker_id!r}, api_key={redact(self.api_key)})"
        )


def _env(environ: Mapping[str, str], name: str) -> str | None:
    value = environ.get(name)
    return value.strip() if value and value.strip() else None


def _file(config: str | os.PathLike[str] | None) -> tuple[Path | None, dict[str, Any]]:
    """The strait.json to read (``config``, else one in the cwd if any) and its raw JSON."""
    path = Path(config) if config is not None else Path.cwd() / CONFIG_FILENAME
    if not path.is_file():
        if config is not None:
            raise ValidationError(f"no {CONFIG_FILENAME} at {path}", field="config", source=str(path))
        return None, {}
    read_config_file(path)  # the client's checks: JSON, project.id, no credentials in the file
    data: dict[str, Any] = json.loads(path.read_text(encoding="utf-8"))
    return path, data


def _dirs(path: Path | None, data: Mapping[str, Any]) -> tuple[Path, ...]:
    if path is None or "dirs" not in data:
        return ()
    raw = data["dirs"]
    if not isinstance(raw, list) or not raw or not all(isinstance(d, str) and d for d in raw):
        raise ValidationError(f"{path}: dirs must be a list of folder names", field="dirs", source=str(path))
    return tuple((path.parent / d).resolve() for d in raw)


def project_dirs(config: str | os.PathLike[str] | None = None) -> tuple[Path | None, tuple[Path, ...]]:
    """The strait.json found (``config``, else ./strait.json) and its ``dirs`` as absolute
    folders (empty when the file does not set them)."""
    path, data = _file(config)
    return path, _dirs(path, data)


def _concurrency(value: Any, source: str) -> int:
    try:
        n = int(value)
        ok = not isinstance(value, bool) and float(value) == n
    except (TypeError, ValueError):
        ok = False
    if not ok or not 1 <= n <= MAX_CONCURRENCY:
        raise ValidationError(
            f"concurrency from {source} must be an integer from 1 to {MAX_CONCURRENCY}, got {value!r}",
            field="concurrency",
            source=source,
        )
    return n


def _text(value: Any, name: str, source: str, limit: int) -> str:
    if not isinstance(value, str) or not value.strip() or len(value.encode()) > limit:
        raise ValidationError(
            f"{name} from {source} must be a non-empty string of at most {limit} bytes, got {value!r}",
            field=name,
            source=source,
        )
    return value.strip()


def resolve_worker_settings(
    *,
    api_key: str | None = None,
    base_url: str | None = None,
    grpc_url: str | None = None,
    queues: Sequence[str] | str | None = None,
    concurrency: int | None = None,
    worker_id: str | None = None,
    name: str | None = None,
    project_id: str | None = None,
    signing_secret: str | None = None,
    job_queues: Sequence[str] = (),
    config: str | os.PathLike[str] | None = None,
    environ: Mapping[str, str] | None = None,
) -> WorkerSettings:
    """Merge arguments, environment and ``strait.json`` into :class:`WorkerSettings`.

    Queues default to ``worker.queue_name``, else the handlers' jobs' ``queue_name``s, else
    ``"default"``. Every problem raises :class:`~strait.ValidationError` naming the
    setting and where it came from.
    """
    env = os.environ if environ is None else environ
    path, data = _file(config)
    fsrc = str(path) if path else CONFIG_FILENAME
    wblock = data.get("worker", {})
    if not isinstance(wblock, dict):
        raise ValidationError(f"{fsrc}: worker must be an object", field="worker", source=fsrc)
    sdk = data.get("sdk", {}) if isinstance(data.get("sdk"), dict) else {}
    sources: dict[str, str] = {}

    def pick(key: str, arg: Any, env_name: str | None, file_value: Any, file_key: str) -> Any:
        if arg is not None:
            sources[key] = "argument"
            return arg
        if env_name and (value := _env(env, env_name)) is not None:
            sources[key] = env_name
            return value
        if file_value is not None:
            sources[key] = f"{fsrc} ({file_key})"
            return file_value
        return None

    key = pick("api_key", api_key, ENV_API_KEY, None, "")
    if key is None:
        raise ValidationError(
            f"no API key: pass api_key= or set {ENV_API_KEY} (a key with the workers:connect scope)",
            field="api_key",
            source="argument",
        )
    if not isinstance(key, str) or not _API_KEY.match(key.strip()) or len(key.strip()) > 128:
        raise ValidationError(
            f"the API key from {sources['api_key']} is not a Strait API key (strait_ followed by letters "
            "and digits); the server refuses any other form",
            field="api_key",
            source=sources["api_key"],
        )
    base = pick("base_url", base_url, ENV_BASE_URL, sdk.get("base_url"), "sdk.base_url")
    if base is not None and not str(base).startswith(("http://", "https://")):
        raise ValidationError(
            f"base_url from {sources['base_url']} must start with http:// or https://, got {base!r}",
            field="base_url",
            source=sources["base_url"],
        )
    url = pick("grpc_url", grpc_url, ENV_GRPC_URL, wblock.get("grpc_url"), "worker.grpc_url")
    if url is not None:
        target = parse_grpc_url(url, sources["grpc_url"])
    elif base is not None:
        target = grpc_target_from_base_url(str(base))
        sources["grpc_url"] = f"derived from base_url ({sources['base_url']})"
    else:
        raise ValidationError(
            f"no server: pass grpc_url= or base_url=, set {ENV_GRPC_URL} or {ENV_BASE_URL}, or set "
            f"worker.grpc_url / sdk.base_url in {CONFIG_FILENAME}",
            field="grpc_url",
            source="argument",
        )

    raw_queues = pick("queues", queues, ENV_QUEUE, wblock.get("queue_name"), "worker.queue_name")
    if raw_queues is None:
        found = sorted({q for q in job_queues if q})
        raw_queues = found or [DEFAULT_QUEUE]
        sources["queues"] = "the jobs' queue_name" if found else "default"
    if isinstance(raw_queues, str):
        raw_queues = [q for q in raw_queues.split(",") if q.strip()]
    qsrc = sources["queues"]
    queue_list = tuple(dict.fromkeys(_text(q, "queue", qsrc, _LIMITS["queue"]) for q in raw_queues))
    if not queue_list or len(queue_list) > 64:
        raise ValidationError(f"queues from {qsrc} must name 1 to 64 queues", field="queues", source=qsrc)

    conc = pick("concurrency", concurrency, ENV_CONCURRENCY, wblock.get("concurrency"), "worker.concurrency")
    conc = DEFAULT_CONCURRENCY if conc is None else _concurrency(conc, sources["concurrency"])

    host = socket.gethostname()[:255] or "unknown-host"
    wid = pick("worker_id", worker_id, ENV_WORKER_ID, None, "")
    wid = (
        _text(wid, "worker_id", sources["worker_id"], _LIMITS["worker_id"])
        if wid is not None
        else f"py-{host[:80]}-{os.getpid()}-{uuid.uuid4().hex[:8]}"
    )
    wname = pick("name", name, ENV_NAME, None, "")
    wname = (
        _text(wname, "name", sources["name"], _LIMITS["name"])
        if wname is not None
        else f"strait-python@{host[:100]}"
    )

    project = pick("project_id", project_id, ENV_PROJECT, (data.get("project") or {}).get("id"), "project.id")

    secret = signing_secret
    secret_env = wblock.get("signing_secret_env")
    if secret is None and isinstance(secret_env, str) and secret_env:
        secret = _env(env, secret_env)
        if secret is None:
            raise ValidationError(
                f"{fsrc} sets worker.signing_secret_env={secret_env!r} but that variable is not set",
                field="worker.signing_secret_env",
                source=fsrc,
            )

    dirs = _dirs(path, data)

    return WorkerSettings(
        api_key=key.strip(),
        target=target,
        base_url=str(base).rstrip("/") if base is not None else None,
        queues=queue_list,
        concurrency=conc,
        worker_id=wid,
        name=wname,
        project_id=str(project) if project else None,
        dirs=dirs,
        signing_secret=secret,
        config_file=path,
        sources=sources,
    )
