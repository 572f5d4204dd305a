"""Worker settings: arguments, then ``STRAIT_*`` environment variables, then ``strait.json``.

Resolved by the clients' resolver and table (:mod:`strait._settings`), so a base URL,
API key or project means the same from the same source for a client and a worker.
``strait.json`` keys (the server's ``schemas/strait.json``): ``worker.concurrency``,
``worker.queue_name``, ``worker.grpc_url``, ``worker.signing_secret_env``, ``dirs``,
``sdk.base_url`` and ``project.id``. Environment: ``STRAIT_API_KEY`` (the only source of
the key), ``STRAIT_BASE_URL``, ``STRAIT_GRPC_URL``, ``STRAIT_WORKER_CONCURRENCY``,
``STRAIT_WORKER_QUEUE`` (comma-separated), ``STRAIT_WORKER_NAME``, ``STRAIT_WORKER_ID``,
``STRAIT_PROJECT``, ``STRAIT_WORKER_ALLOW_INSECURE``. No gRPC import here: bad settings
are reported before grpc loads.

The API key is never sent in plaintext off this machine: a ``grpc://`` / ``http://``
target whose host is not loopback is refused unless allowed explicitly
(``allow_insecure=True`` or ``STRAIT_WORKER_ALLOW_INSECURE=1``; never from the file).
"""

from __future__ import annotations

import os
import re
import socket
import uuid
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import TypedDict, Unpack
from urllib.parse import urlsplit

from strait._errors import ValidationError
from strait._settings import (
    CLIENT_SETTINGS,
    CONFIG_FILENAME,
    DEFAULT_GRPC_PORT,
    ENV_ALLOW_INSECURE,
    ENV_API_KEY,
    ENV_BASE_URL,
    ENV_GRPC_URL,
    WORKER_SETTINGS,
    ConfigFile,
    GrpcTarget,
    check_keywords,
    grpc_url_setting,
    read_config_file,
    redact,
    resolve,
)
from strait._signing import SigningSecret, configured_signing_secret

__all__ = [
    "DEFAULT_GRPC_PORT",
    "GrpcTarget",
    "WorkerSettings",
    "parse_grpc_url",
    "project_dirs",
    "resolve_worker_settings",
]

DEFAULT_QUEUE = "default"  # the server's queue for jobs without queue_name
_API_KEY = re.compile(r"^strait_[A-Za-z0-9]+$")  # what the server's gRPC auth accepts
_MAX_API_KEY = 128


def parse_grpc_url(url: str, source: str = "argument") -> GrpcTarget:
    """``grpcs://host[:port]`` / ``https://`` is TLS, ``grpc://`` / ``http://`` plaintext;
    the port defaults to 50051. Anything else (no scheme, a path) is refused, never guessed."""
    return grpc_url_setting(url, source)


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
    signing_secret: SigningSecret | None = field(default=None, compare=False)
    config_file: Path | None = None
    sources: Mapping[str, str] = field(default_factory=dict, compare=False)

    def __repr__(self) -> str:
        return (
            f"WorkerSettings(target={str(self.target)!r}, queues={list(self.queues)!r}, "
            f"concurrency={self.concurrency}, worker_id={self.worker_id!r}, api_key={redact(self.api_key)})"
        )


def _file(config: str | os.PathLike[str] | None) -> ConfigFile | None:
    """The strait.json to read (``config``, else one in the cwd if any), checked by the
    clients' rules and the worker's rows."""
    path = Path(config) if config is not None else Path.cwd() / CONFIG_FILENAME
    if not path.is_file():
        if config is not None:
            raise ValidationError(f"no {CONFIG_FILENAME} at {path}", field="config", source=str(path))
        return None
    file = read_config_file(path, (*CLIENT_SETTINGS, *WORKER_SETTINGS))
    if not isinstance(file.data.get("worker", {}), dict):
        raise ValidationError(f"{path}: worker must be an object", field="worker", source=str(path))
    return file


def _dirs(file: ConfigFile | None) -> tuple[Path, ...]:
    if file is None or "dirs" not in file.data:
        return ()
    raw = file.data["dirs"]
    if not isinstance(raw, list) or not raw or not all(isinstance(d, str) and d for d in raw):
        raise ValidationError(
            f"{file.path}: dirs must be a list of folder names", field="dirs", source=file.source
        )
    return tuple((file.path.parent / d).resolve() for d in raw)


def project_dirs(config: str | os.PathLike[str] | None = None) -> tuple[Path | None, tuple[Path, ...]]:
    """The strait.json found (``config``, else ./strait.json) and its ``dirs`` as absolute
    folders (empty when the file does not set them)."""
    file = _file(config)
    return (file.path if file else None), _dirs(file)


def _api_key(value: str | None, source: str | None) -> str:
    if value is None or source is None:
        raise ValidationError(
            f"no API key: pass api_key= or set {ENV_API_KEY} (a key with the workers:connect scope)",
            field="api_key",
            source="argument",
        )
    if not _API_KEY.match(value) or len(value) > _MAX_API_KEY:
        raise ValidationError(
            f"the API key from {source} is not a Strait API key (strait_ followed by letters "
            "and digits); the server refuses any other form",
            field="api_key",
            source=source,
        )
    return value


def _refuse_plaintext(target: GrpcTarget, source: str) -> None:
    """Refuse to send the API key unencrypted off this machine: the server team's own
    worker does the same (apps/strait/cmd/dogfood-worker/main.go:261-275), and the server
    refuses a plaintext listener off loopback by the same rule
    (apps/strait/internal/api/grpc/server.go:336-358)."""
    raise ValidationError(
        f"the gRPC target {target} (from {source}) is plaintext and not on this machine: the worker "
        "would send its API key unencrypted. Use grpcs:// (or an https:// base URL), or allow it "
        f"explicitly with allow_insecure=True or {ENV_ALLOW_INSECURE}=1",
        field="grpc_url",
        source=source,
    )


def _signing_secret(file: ConfigFile | None, env: Mapping[str, str]) -> str | None:
    """The secret in the variable ``worker.signing_secret_env`` names, if the file names one."""
    name = file.get("worker.signing_secret_env") if file is not None else None
    if file is None or not isinstance(name, str) or not name:
        return None
    secret = (env.get(name) or "").strip()
    if not secret:
        raise ValidationError(
            f"{file.source} sets worker.signing_secret_env={name!r} but that variable is not set",
            field="worker.signing_secret_env",
            source=file.source,
        )
    return secret


class WorkerArguments(TypedDict, total=False):
    """The worker's settings as keywords of :class:`~strait.worker.Worker` (and of
    :func:`resolve_worker_settings`); each one not given (or None) falls back to its
    environment variable and ``strait.json`` key (:data:`WORKER_SETTINGS`)."""

    api_key: str | None
    base_url: str | None
    grpc_url: str | None
    queues: Sequence[str] | str | None
    concurrency: int | None
    worker_id: str | None
    name: str | None
    project_id: str | None
    signing_secret: SigningSecret | None
    allow_insecure: bool | None
    config: str | os.PathLike[str] | None


def resolve_worker_settings(
    *,
    job_queues: Sequence[str] = (),
    environ: Mapping[str, str] | None = None,
    **arguments: Unpack[WorkerArguments],
) -> WorkerSettings:
    """Merge arguments, environment and ``strait.json`` into :class:`WorkerSettings`.

    Queues default to ``worker.queue_name``, else the handlers' jobs' ``queue_name``s, else
    ``"default"``. Every problem raises :class:`~strait.ValidationError` naming the
    setting and where it came from.
    """
    check_keywords(arguments, WorkerArguments.__optional_keys__, "Worker")
    env = os.environ if environ is None else environ
    file = _file(arguments.get("config"))
    values, sources = resolve(WORKER_SETTINGS, arguments, env, file)
    key = _api_key(values["api_key"], sources.get("api_key"))

    base: str | None = values["base_url"]
    target: GrpcTarget | None = values["grpc_url"]
    if target is None and base is not None:
        target = grpc_target_from_base_url(base)
        sources["grpc_url"] = f"derived from base_url ({sources['base_url']})"
    if target is None:
        raise ValidationError(
            f"no server: pass grpc_url= or base_url=, set {ENV_GRPC_URL} or {ENV_BASE_URL}, or set "
            f"worker.grpc_url / sdk.base_url in {CONFIG_FILENAME}",
            field="grpc_url",
            source="argument",
        )
    if not target.tls and not target.loopback and not values["allow_insecure"]:
        _refuse_plaintext(target, sources["grpc_url"])

    queue_list: tuple[str, ...] | None = values["queues"]
    if queue_list is None:
        found = tuple(sorted({q for q in job_queues if q}))
        queue_list = found or (DEFAULT_QUEUE,)
        sources["queues"] = "the jobs' queue_name" if found else "default"

    host = socket.gethostname()[:255] or "unknown-host"
    wid = values["worker_id"] or f"py-{host[:80]}-{os.getpid()}-{uuid.uuid4().hex[:8]}"
    wname = values["name"] or f"strait-python@{host[:100]}"

    # One secret or several (rotation); an empty one, or an empty list, is no secret.
    secret: SigningSecret | None
    signing_secret = arguments.get("signing_secret")
    if signing_secret is not None:
        secret = configured_signing_secret(signing_secret)
    else:
        secret = _signing_secret(file, env)

    return WorkerSettings(
        api_key=key,
        target=target,
        base_url=base,
        queues=queue_list,
        concurrency=values["concurrency"],
        worker_id=wid,
        name=wname,
        project_id=values["project_id"],
        dirs=_dirs(file),
        signing_secret=secret,
        config_file=file.path if file else None,
        sources=sources,
    )
