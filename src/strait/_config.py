"""Client configuration: one frozen value, resolved once from arguments, env and strait.json.

Precedence, highest first: explicit constructor argument, environment variable
(``STRAIT_*``), ``strait.json`` (only with :meth:`Client.from_file`), default.
Every problem raises :class:`~strait.ValidationError` naming the field and where the
bad value came from.
"""

from __future__ import annotations

import json
import os
from collections.abc import Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Literal, cast

from ._errors import ValidationError

AuthType = Literal["apiKey", "bearer", "runToken"]
AUTH_TYPES: tuple[AuthType, ...] = ("apiKey", "bearer", "runToken")
DEFAULT_TIMEOUT_MS = 30_000
DEFAULT_MAX_RETRIES = 2
CONFIG_FILENAME = "strait.json"

ENV_BASE_URL = "STRAIT_BASE_URL"
ENV_API_KEY = "STRAIT_API_KEY"
ENV_RUN_TOKEN = "STRAIT_RUN_TOKEN"
ENV_AUTH_TYPE = "STRAIT_AUTH_TYPE"
ENV_TIMEOUT_MS = "STRAIT_TIMEOUT_MS"
ENV_PROJECT = "STRAIT_PROJECT"

# Keys the Strait CLI keeps in strait.json; the SDK accepts and ignores them.
_CLI_KEYS = {"$schema", "dirs", "worker", "cli"}


def redact(secret: str | None) -> str:
    """A recognisable but harmless stand-in for a credential."""
    if not secret:
        return "None"
    return f"'{secret[:7]}…'" if secret.startswith("strait_") and len(secret) > 12 else "'***'"


@dataclass(frozen=True, repr=False)
class ClientConfig:
    """Resolved settings of one client. Secrets never appear in ``repr()``."""

    base_url: str
    token: str = field(compare=False)
    auth_type: AuthType = "apiKey"
    timeout_ms: int = DEFAULT_TIMEOUT_MS
    max_retries: int = DEFAULT_MAX_RETRIES
    project_id: str | None = None
    project_name: str | None = None
    strict: bool = False  # validate every response eagerly (DecodeError at the call)
    sources: Mapping[str, str] = field(default_factory=dict, compare=False)

    def __repr__(self) -> str:
        return (
            f"ClientConfig(base_url={self.base_url!r}, auth_type={self.auth_type!r}, "
            f"token={redact(self.token)}, timeout_ms={self.timeout_ms}, max_retries={self.max_retries}, "
            f"project_id={self.project_id!r})"
        )

    @property
    def timeout(self) -> float:
        return self.timeout_ms / 1000.0


def _env(name: str, environ: Mapping[str, str]) -> str | None:
    value = environ.get(name)
    return value if value not in (None, "") else None


def _timeout_ms(value: Any, source: str) -> int:
    if isinstance(value, bool):
        raise ValidationError(
            f"timeout_ms from {source} must be a number of milliseconds, got {value!r}",
            field="timeout_ms",
            source=source,
        )
    try:
        ms = float(value)
    except (TypeError, ValueError):
        raise ValidationError(
            f"timeout_ms from {source} must be a number of milliseconds, got {value!r}",
            field="timeout_ms",
            source=source,
        ) from None
    if not 0 < ms < float("inf"):
        raise ValidationError(
            f"timeout_ms from {source} must be > 0, got {value!r}", field="timeout_ms", source=source
        )
    return int(ms)


def _auth_type(value: Any, source: str) -> AuthType:
    if value not in AUTH_TYPES:
        raise ValidationError(
            f"auth_type from {source} must be one of {', '.join(AUTH_TYPES)}; got {value!r}",
            field="auth_type",
            source=source,
        )
    return cast(AuthType, value)


def _base_url(value: Any, source: str) -> str:
    if not isinstance(value, str) or not value.strip():
        raise ValidationError(
            f"base_url from {source} must be a non-empty URL", field="base_url", source=source
        )
    url = value.strip().rstrip("/")
    if not url.startswith(("http://", "https://")):
        raise ValidationError(
            f"base_url from {source} must start with http:// or https://, got {value!r}",
            field="base_url",
            source=source,
        )
    return url


def find_config_file(path: str | os.PathLike[str] | None, search_dir: str | os.PathLike[str] | None) -> Path:
    """The strait.json to read: ``path`` itself, else ``strait.json`` in ``search_dir`` or the cwd.

    There is deliberately no upward search: a file from a parent project must never
    configure this one by accident.
    """
    if path is not None:
        candidate = Path(path)
    else:
        candidate = Path(search_dir) if search_dir is not None else Path.cwd()
        candidate = candidate / CONFIG_FILENAME
    if not candidate.is_file():
        raise ValidationError(
            f"no {CONFIG_FILENAME} at {candidate}; pass path= or search_dir=, or use Client.from_env()",
            field="path",
            source=str(candidate),
        )
    return candidate


def read_config_file(path: Path) -> dict[str, Any]:
    """Validate a strait.json and return the settings it contributes."""
    source = str(path)
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except UnicodeDecodeError as exc:
        raise ValidationError(f"{source} is not UTF-8 text: {exc}", field="file", source=source) from None
    except json.JSONDecodeError as exc:
        raise ValidationError(
            f"{source} is not valid JSON (line {exc.lineno}, column {exc.colno}: {exc.msg})",
            field="file",
            source=source,
        ) from None
    if not isinstance(data, dict):
        raise ValidationError(f"{source} must hold a JSON object", field="file", source=source)
    project = data.get("project")
    if not isinstance(project, dict) or not isinstance(project.get("id"), str) or not project["id"]:
        raise ValidationError(
            f"{source}: project.id is required (a non-empty string)", field="project.id", source=source
        )
    sdk = data.get("sdk", {})
    if not isinstance(sdk, dict):
        raise ValidationError(f"{source}: sdk must be an object", field="sdk", source=source)
    for key in ("api_key", "apiKey", "token", "run_token"):
        if key in sdk or key in data:
            raise ValidationError(
                f"{source}: credentials do not belong in {CONFIG_FILENAME} (found {key!r}); "
                f"remove it and set {ENV_API_KEY} in the environment",
                field=f"sdk.{key}",
                source=source,
            )
    out: dict[str, Any] = {"project_id": project["id"]}
    if project.get("name") is not None:
        out["project_name"] = str(project["name"])
    if "base_url" in sdk:
        out["base_url"] = _base_url(sdk["base_url"], f"{source} (sdk.base_url)")
    if "auth_type" in sdk:
        out["auth_type"] = _auth_type(sdk["auth_type"], f"{source} (sdk.auth_type)")
    if "timeout_ms" in sdk:
        out["timeout_ms"] = _timeout_ms(sdk["timeout_ms"], f"{source} (sdk.timeout_ms)")
    unknown = set(data) - {"project", "sdk"} - _CLI_KEYS
    if unknown:
        out["ignored_keys"] = sorted(unknown)
    return out


def resolve_config(
    *,
    base_url: str | None = None,
    api_key: str | None = None,
    run_token: str | None = None,
    auth_type: str | None = None,
    timeout_ms: float | None = None,
    max_retries: int | None = None,
    project_id: str | None = None,
    file_settings: Mapping[str, Any] | None = None,
    file_source: str | None = None,
    environ: Mapping[str, str] | None = None,
) -> ClientConfig:
    """Merge arguments, environment and file settings into a :class:`ClientConfig`."""
    env = os.environ if environ is None else environ
    file_settings = file_settings or {}
    fsrc = file_source or CONFIG_FILENAME
    sources: dict[str, str] = {}

    def pick(name: str, arg: Any, env_name: str | None) -> Any:
        if arg is not None:
            sources[name] = "argument"
            return arg
        if env_name is not None and (value := _env(env_name, env)) is not None:
            sources[name] = env_name
            return value
        if name in file_settings:
            sources[name] = fsrc
            return file_settings[name]
        return None

    url = pick("base_url", base_url, ENV_BASE_URL)
    if url is None:
        raise ValidationError(
            f"no base URL: pass base_url=, set {ENV_BASE_URL}, or set sdk.base_url in {CONFIG_FILENAME}",
            field="base_url",
            source="argument",
        )
    url = _base_url(url, sources["base_url"])

    if run_token is not None and auth_type is None:
        auth_type = "runToken"
    kind = pick("auth_type", auth_type, ENV_AUTH_TYPE)
    kind = _auth_type(kind, sources["auth_type"]) if kind is not None else "apiKey"

    if kind == "runToken":
        token = pick("token", run_token, ENV_RUN_TOKEN)
        if token is None and (value := _env(ENV_API_KEY, env)) is not None:
            token, sources["token"] = value, ENV_API_KEY
        missing = f"no run token: pass run_token= or set {ENV_RUN_TOKEN}"
    else:
        if run_token is not None:
            raise ValidationError(
                f"run_token= was given with auth_type={kind!r}; use auth_type='runToken' or api_key=",
                field="auth_type",
                source=sources.get("auth_type", "argument"),
            )
        token = pick("token", api_key, ENV_API_KEY)
        missing = f"no API key: pass api_key= or set {ENV_API_KEY} (never in {CONFIG_FILENAME})"
    if token is None:
        raise ValidationError(
            missing, field="api_key" if kind != "runToken" else "run_token", source="argument"
        )
    if not isinstance(token, str) or not token.strip() or any(c in token for c in "\r\n"):
        raise ValidationError(
            "the credential must be a non-empty single-line string", field="token", source=sources["token"]
        )

    timeout = pick("timeout_ms", timeout_ms, ENV_TIMEOUT_MS)
    timeout = _timeout_ms(timeout, sources["timeout_ms"]) if timeout is not None else DEFAULT_TIMEOUT_MS

    retries = DEFAULT_MAX_RETRIES if max_retries is None else max_retries
    if isinstance(retries, bool) or not isinstance(retries, int) or retries < 0:
        raise ValidationError(
            f"max_retries must be an int >= 0, got {max_retries!r}", field="max_retries", source="argument"
        )

    project = pick("project_id", project_id, ENV_PROJECT)
    return ClientConfig(
        base_url=url,
        token=token.strip(),
        auth_type=kind,
        timeout_ms=timeout,
        max_retries=retries,
        project_id=project,
        project_name=file_settings.get("project_name"),
        sources=sources,
    )
