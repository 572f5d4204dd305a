"""Client configuration: one frozen value, resolved once from arguments, env and strait.json.

Precedence, highest first: explicit constructor argument, environment variable
(``STRAIT_*``), ``strait.json`` (only with :meth:`Client.from_file`), default.

One rule for every setting from every source: each value goes through the setting's
converter (:data:`_CONVERTERS`), which accepts the setting's type and the obvious text
form of it (``"1.5"`` for a number, ``"true"`` for a flag: environment variables are
text) and raises :class:`~strait.ValidationError` naming the setting and where the
bad value came from otherwise. Nothing is ignored silently.
"""

from __future__ import annotations

import json
import math
import os
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from enum import StrEnum
from pathlib import Path
from typing import Any, Literal, cast

from ._errors import ConfigFileNotFoundError, ValidationError

AuthTypeName = Literal["apiKey", "bearer", "runToken"]
AUTH_TYPES: tuple[AuthTypeName, ...] = ("apiKey", "bearer", "runToken")
DEFAULT_TIMEOUT_MS = 30_000
DEFAULT_MAX_RETRIES = 2
CONFIG_FILENAME = "strait.json"

ENV_BASE_URL = "STRAIT_BASE_URL"
ENV_API_KEY = "STRAIT_API_KEY"
ENV_RUN_TOKEN = "STRAIT_RUN_TOKEN"
ENV_AUTH_TYPE = "STRAIT_AUTH_TYPE"
ENV_TIMEOUT_MS = "STRAIT_TIMEOUT_MS"
ENV_PROJECT = "STRAIT_PROJECT"
ENV_STRICT = "STRAIT_STRICT"

# Keys of strait.json (the server's schema, apps/strait/schemas/strait.json) that the
# CLI reads; the SDK accepts and ignores them.
_CLI_KEYS = {
    "$schema",
    "dirs",
    "worker",
    "cli",
    "endpoint_url",
    "retries",
    "max_duration_secs",
    "deploy",
    "environments",
}
# sdk.* keys of that schema: the SDK reads these and ignores sdk.debug.
_SDK_KEYS = ("base_url", "auth_type", "timeout_ms", "api_key_env", "debug")


class AuthType(StrEnum):
    """How the credential is presented; every kind is sent as ``Authorization: Bearer``."""

    API_KEY = "apiKey"
    BEARER = "bearer"
    RUN_TOKEN = "runToken"


def redact(secret: str | None) -> str:
    """A recognisable but harmless stand-in for a credential."""
    if not secret:
        return "None"
    return f"'{secret[:7]}…'" if secret.startswith("strait_") and len(secret) > 12 else "'***'"


@dataclass(frozen=True, repr=False)
class AuthMode:
    """A credential and its kind (``Client(auth=AuthMode(type=AuthType.BEARER, token=...))``)."""

    type: AuthType
    token: str

    def __repr__(self) -> str:
        return f"AuthMode(type={str(self.type)!r}, token={redact(self.token)})"


@dataclass(frozen=True, repr=False)
class ClientConfig:
    """Resolved settings of one client. Secrets never appear in ``repr()``.

    Also exported as ``strait.Config`` (the official SDK's name): ``.auth`` gives the
    credential as an :class:`AuthMode`, ``.default_headers`` the extra headers.
    """

    base_url: str
    token: str = field(compare=False)
    auth_type: AuthTypeName = "apiKey"
    timeout_ms: int = DEFAULT_TIMEOUT_MS
    max_retries: int = DEFAULT_MAX_RETRIES
    project_id: str | None = None
    project_name: str | None = None
    strict: bool = False
    headers: Mapping[str, str] = field(default_factory=dict)
    sources: Mapping[str, str] = field(default_factory=dict, compare=False)

    def __repr__(self) -> str:
        return (
            f"ClientConfig(base_url={self.base_url!r}, auth_type={self.auth_type!r}, "
            f"token={redact(self.token)}, timeout_ms={self.timeout_ms}, max_retries={self.max_retries}, "
            f"project_id={self.project_id!r}, strict={self.strict})"
        )

    @property
    def timeout(self) -> float:
        return self.timeout_ms / 1000.0

    @property
    def auth(self) -> AuthMode:
        return AuthMode(type=AuthType(self.auth_type), token=self.token)

    @property
    def default_headers(self) -> dict[str, str]:
        return dict(self.headers)

    def require_complete(self) -> None:
        """Raise the missing-setting error a client cannot start without."""
        if not self.base_url:
            raise ValidationError(
                f"no base URL: pass base_url=, set {ENV_BASE_URL}, or set sdk.base_url in {CONFIG_FILENAME}",
                field="base_url",
                source="argument",
            )
        if not self.token:
            if self.auth_type == "runToken":
                raise ValidationError(
                    f"no run token: pass run_token= or set {ENV_RUN_TOKEN}",
                    field="run_token",
                    source="argument",
                )
            raise ValidationError(
                f"no API key: pass api_key= or set {ENV_API_KEY} (never in {CONFIG_FILENAME})",
                field="api_key",
                source="argument",
            )


Config = ClientConfig


def _invalid(name: str, source: str, expected: str, value: Any, *, echo: bool = True) -> ValidationError:
    got = f", got {value!r}" if echo else ""
    return ValidationError(f"{name} from {source} must be {expected}{got}", field=name, source=source)


def _number(name: str, value: Any, source: str, expected: str) -> float:
    """A finite number > 0 from a number or its text form."""
    if isinstance(value, bool) or not isinstance(value, (int, float, str)):
        raise _invalid(name, source, expected, value)
    try:
        number = float(value)
    except ValueError:
        raise _invalid(name, source, expected, value) from None
    if not (number > 0 and math.isfinite(number)):
        raise _invalid(name, source, expected, value)
    return number


def timeout_ms_setting(value: Any, source: str, name: str = "timeout_ms") -> int:
    return max(1, int(_number(name, value, source, "a number of milliseconds > 0")))


def timeout_seconds_setting(value: Any, source: str, name: str = "timeout") -> int:
    """``timeout=`` in seconds (``1.5`` or ``"1.5"``), as milliseconds."""
    return max(1, round(_number(name, value, source, "a number of seconds > 0 or an httpx.Timeout") * 1000))


def max_retries_setting(value: Any, source: str, name: str = "max_retries") -> int:
    if isinstance(value, str) and value.strip().isdigit():
        value = int(value.strip())
    if isinstance(value, bool) or not isinstance(value, int) or value < 0:
        raise _invalid(name, source, "an int >= 0", value)
    return value


def auth_type_setting(value: Any, source: str, name: str = "auth_type") -> AuthTypeName:
    if value not in AUTH_TYPES:
        raise _invalid(name, source, f"one of {', '.join(AUTH_TYPES)}", value)
    return cast(AuthTypeName, str(value))


def base_url_setting(value: Any, source: str, name: str = "base_url") -> str:
    """A http(s) URL without trailing slashes; a pasted API prefix (``/v1``) is removed,
    because every operation path already starts with it."""
    if not isinstance(value, str) or not value.strip():
        raise _invalid(name, source, "a non-empty URL", value)
    url = value.strip().rstrip("/")
    if not url.startswith(("http://", "https://")) or not url.split("://", 1)[1]:
        raise _invalid(name, source, "a URL starting with http:// or https://", value)
    for suffix in ("/sdk/v1", "/v1"):
        if url.endswith(suffix) and url[: -len(suffix)].count("/") >= 2:
            url = url[: -len(suffix)].rstrip("/")
            break
    return url


def credential_setting(value: Any, source: str, name: str = "api_key") -> str:
    """A credential: printable ASCII without spaces. A pasted ``Bearer `` prefix is removed
    (the SDK adds it). The value is never echoed in the error."""
    if not isinstance(value, str):
        raise _invalid(name, source, "a string", type(value).__name__, echo=True)
    token = value.strip()
    if token[:7].lower() == "bearer ":
        token = token[7:].strip()
    if not token:
        raise ValidationError(f"{name} from {source} is empty", field=name, source=source)
    for index, char in enumerate(token):
        if not 0x21 <= ord(char) <= 0x7E:
            kind = "a control character" if ord(char) < 0x20 or ord(char) == 0x7F else "a character"
            raise ValidationError(
                f"{name} from {source} contains {kind} ({hex(ord(char))} at position {index}) that "
                "cannot be sent in a header; the credential must be a single-line string of printable "
                "ASCII: copy it again",
                field=name,
                source=source,
            )
    return token


def project_setting(value: Any, source: str, name: str = "project_id") -> str:
    if not isinstance(value, str) or not value.strip():
        raise _invalid(name, source, "a non-empty string", value)
    return value.strip()


_TRUE = {"1", "true", "yes", "on"}
_FALSE = {"0", "false", "no", "off", ""}


def strict_setting(value: Any, source: str, name: str = "strict") -> bool:
    if isinstance(value, bool):
        return value
    if isinstance(value, str) and value.strip().lower() in _TRUE | _FALSE:
        return value.strip().lower() in _TRUE
    raise _invalid(name, source, "a bool (or true/false, 1/0 as text)", value)


def headers_setting(value: Any, source: str, name: str = "headers") -> dict[str, str]:
    """Extra headers (settings, ``with_options``, per call): token names, values of printable
    ASCII or tab, as HTTP carries them. A refused value is never echoed (it may be a secret)."""
    if not isinstance(value, Mapping):
        raise _invalid(name, source, "a mapping of header names to strings", value)
    out: dict[str, str] = {}
    for key, item in value.items():
        if not isinstance(key, str) or not key or any(ord(c) <= 0x20 or ord(c) >= 0x7F for c in key):
            raise _invalid(name, source, "a mapping with header names as tokens", key)
        if not isinstance(item, str) or not all(" " <= c <= "~" or c == "\t" for c in item):
            # the value may be a secret: name the header, not the value
            raise ValidationError(
                f"{name}[{key!r}] from {source} must be a single-line string of printable ASCII",
                field=f"{name}.{key}",
                source=source,
            )
        out[key] = item
    return out


_CONVERTERS: dict[str, Callable[[Any, str], Any]] = {
    "base_url": base_url_setting,
    "auth_type": auth_type_setting,
    "timeout_ms": timeout_ms_setting,
    "max_retries": max_retries_setting,
    "project_id": project_setting,
    "strict": strict_setting,
}


def _env(name: str, environ: Mapping[str, str]) -> str | None:
    value = environ.get(name)
    return value if value not in (None, "") else None


def find_config_file(path: str | os.PathLike[str] | None, search_dir: str | os.PathLike[str] | None) -> Path:
    """The strait.json to read: ``path`` itself, else ``strait.json`` in ``search_dir`` or the cwd.

    There is deliberately no upward search: a file from a parent project must never
    configure this one by accident.

    Raises:
        ConfigFileNotFoundError: no such file (a ``ValidationError`` and a ``FileNotFoundError``).
    """
    if path is not None:
        candidate = Path(path)
    else:
        candidate = Path(search_dir) if search_dir is not None else Path.cwd()
        candidate = candidate / CONFIG_FILENAME
    if not candidate.is_file():
        raise ConfigFileNotFoundError(
            f"no {CONFIG_FILENAME} at {candidate}; pass path= or search_dir=, or use Client.from_env()",
            field="path",
            source=str(candidate),
        )
    return candidate


def read_config_file(path: Path) -> dict[str, Any]:
    """Validate a strait.json and return the settings it contributes (``project`` is optional)."""
    source = str(path)
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except UnicodeDecodeError as exc:
        raise ValidationError(f"{source} is not UTF-8 text: {exc}", field="file", source=source) from None
    except json.JSONDecodeError as exc:
        raise ValidationError(
            f"{source}: Invalid JSON (line {exc.lineno}, column {exc.colno}: {exc.msg})",
            field="file",
            source=source,
        ) from None
    if not isinstance(data, dict):
        raise ValidationError(f"{source} must hold a JSON object", field="file", source=source)
    out: dict[str, Any] = {}
    project = data.get("project")
    if project is not None:
        if not isinstance(project, dict):
            raise ValidationError(f"{source}: project must be an object", field="project", source=source)
        if "id" in project:
            out["project_id"] = project_setting(project["id"], source, "project.id")
        if project.get("name") is not None:
            out["project_name"] = str(project["name"])
    sdk = data.get("sdk")
    if sdk is None:
        sdk = {}
    if not isinstance(sdk, dict):
        raise ValidationError(f"{source}: sdk must be an object", field="sdk", source=source)
    for key in ("api_key", "apiKey", "token", "run_token", "bearer_token"):
        if key in sdk or key in data:
            raise ValidationError(
                f"{source}: credentials do not belong in {CONFIG_FILENAME} (found {key!r}); "
                f"remove it and set {ENV_API_KEY} in the environment",
                field=f"sdk.{key}",
                source=source,
            )
    for key in ("base_url", "auth_type", "timeout_ms"):
        if key in sdk:
            out[key] = _CONVERTERS[key](sdk[key], f"{source} (sdk.{key})")
    if "api_key_env" in sdk:
        out["api_key_env"] = project_setting(sdk["api_key_env"], f"{source} (sdk.api_key_env)", "api_key_env")
    unknown_sdk = set(sdk) - set(_SDK_KEYS)
    if unknown_sdk:
        raise ValidationError(
            f"{source}: unknown sdk setting(s) {', '.join(sorted(unknown_sdk))}; "
            f"known: {', '.join(_SDK_KEYS)}",
            field=f"sdk.{sorted(unknown_sdk)[0]}",
            source=source,
        )
    unknown = set(data) - {"project", "sdk"} - _CLI_KEYS
    if unknown:
        out["ignored_keys"] = sorted(unknown)
    return out


def resolve_config(
    *,
    base_url: Any = None,
    api_key: Any = None,
    run_token: Any = None,
    auth_type: Any = None,
    timeout_ms: Any = None,
    max_retries: Any = None,
    project_id: Any = None,
    strict: Any = None,
    headers: Any = None,
    file_settings: Mapping[str, Any] | None = None,
    file_source: str | None = None,
    environ: Mapping[str, str] | None = None,
    arg_sources: Mapping[str, str] | None = None,
    partial: bool = False,
) -> ClientConfig:
    """Merge arguments, environment and file settings into a :class:`ClientConfig`.

    ``arg_sources`` names the keyword an argument came through when it was an alias
    (``timeout`` for ``timeout_ms``); ``partial`` leaves a missing base URL or
    credential empty instead of raising (``config_from_file``).
    """
    env = os.environ if environ is None else environ
    file_settings = file_settings or {}
    fsrc = file_source or CONFIG_FILENAME
    named = arg_sources or {}
    sources: dict[str, str] = {}

    def pick(name: str, arg: Any, env_name: str | None) -> Any:
        if arg is not None:
            sources[name] = named.get(name, "argument")
            return arg
        if env_name is not None and (value := _env(env_name, env)) is not None:
            sources[name] = env_name
            return value
        if name in file_settings:
            sources[name] = fsrc
            return file_settings[name]
        return None

    def setting(name: str, arg: Any, env_name: str | None, default: Any) -> Any:
        value = pick(name, arg, env_name)
        if value is None:
            return default
        if sources[name] == fsrc:
            return value  # converted when the file was read
        return _CONVERTERS[name](value, sources[name])

    url = setting("base_url", base_url, ENV_BASE_URL, "")

    if run_token is not None and auth_type is None:
        auth_type = "runToken"
    kind: AuthTypeName = setting("auth_type", auth_type, ENV_AUTH_TYPE, "apiKey")

    if kind == "runToken":
        token_name = "run_token"
        token = pick("token", run_token, ENV_RUN_TOKEN)
        if token is None and (value := _env(ENV_API_KEY, env)) is not None:
            token, sources["token"] = value, ENV_API_KEY
    else:
        if run_token is not None:
            raise ValidationError(
                f"run_token= was given with auth_type={kind!r}; use auth_type='runToken' or api_key=",
                field="auth_type",
                source=sources.get("auth_type", "argument"),
            )
        token_name = named.get("token_name", "api_key")
        token = pick("token", api_key, file_settings.get("api_key_env", ENV_API_KEY))
    if token is not None:
        src = sources["token"]
        token = credential_setting(token, src, token_name)

    config = ClientConfig(
        base_url=url,
        token=token or "",
        auth_type=kind,
        timeout_ms=setting("timeout_ms", timeout_ms, ENV_TIMEOUT_MS, DEFAULT_TIMEOUT_MS),
        max_retries=setting("max_retries", max_retries, None, DEFAULT_MAX_RETRIES),
        project_id=setting("project_id", project_id, ENV_PROJECT, None),
        project_name=file_settings.get("project_name"),
        strict=setting("strict", strict, ENV_STRICT, False),
        headers=headers_setting(headers, named.get("headers", "argument")) if headers is not None else {},
        sources=sources,
    )
    if not partial:
        config.require_complete()
    return config


def config_from_env(**arguments: Any) -> ClientConfig:
    """The configuration from ``STRAIT_*`` environment variables (arguments win).

    Raises:
        ValidationError: a missing base URL or credential, or a malformed setting.
    """
    return resolve_config(**arguments)


def config_from_file(
    path: str | os.PathLike[str] | None = None, search_dir: str | os.PathLike[str] | None = None
) -> ClientConfig:
    """The configuration from ``strait.json`` (its ``sdk`` section and optional
    ``project``), with ``STRAIT_*`` environment variables winning. A base URL or key
    still missing is reported when a client is built from it.

    Raises:
        ConfigFileNotFoundError: no such file (also a ``FileNotFoundError``).
        ValidationError: the file or a setting is malformed.
    """
    file = find_config_file(path, search_dir)
    return resolve_config(file_settings=read_config_file(file), file_source=str(file), partial=True)
