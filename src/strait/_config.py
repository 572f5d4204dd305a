"""Client configuration: one frozen value, resolved once from arguments, env and strait.json.

Precedence, highest first: explicit constructor argument, environment variable
(``STRAIT_*``), ``strait.json`` (only with :meth:`Client.from_file`), default.

The settings table and the resolver are :mod:`strait._settings`, shared with the
worker: every value goes through its row's converter, which accepts the setting's type
and the obvious text form of it (``"1.5"`` for a number, ``"true"`` for a flag:
environment variables are text) and raises :class:`~strait.ValidationError` naming the
setting and where the bad value came from otherwise. Nothing is ignored silently.
"""

from __future__ import annotations

import os
from collections.abc import Mapping
from dataclasses import dataclass, field
from enum import StrEnum
from typing import Any, NamedTuple

from ._errors import ValidationError
from ._redact import redact_url
from ._settings import (
    API_KEY,
    AUTH_TYPES,
    CLIENT_SETTINGS,
    CONFIG_FILENAME,
    DEFAULT_MAX_RETRIES,
    DEFAULT_TIMEOUT_MS,
    ENV_API_KEY,
    ENV_BASE_URL,
    ENV_RUN_TOKEN,
    RUN_TOKEN,
    AuthTypeName,
    ConfigFile,
    credential_setting,
    find_config_file,
    headers_setting,
    max_retries_setting,
    pick,
    read_config_file,
    redact,
    resolve,
    timeout_ms_setting,
    timeout_seconds_setting,
)

__all__ = [
    "AUTH_TYPES",
    "AuthMode",
    "AuthType",
    "AuthTypeName",
    "ClientConfig",
    "Config",
    "FileConfig",
    "config_from_env",
    "config_from_file",
    "file_config",
    "find_config_file",
    "headers_setting",
    "max_retries_setting",
    "read_config_file",
    "redact",
    "resolve_config",
    "timeout_ms_setting",
    "timeout_seconds_setting",
    "with_arguments",
]


class AuthType(StrEnum):
    """How the credential is presented; every kind is sent as ``Authorization: Bearer``."""

    API_KEY = "apiKey"
    BEARER = "bearer"
    RUN_TOKEN = "runToken"


class AuthMode(NamedTuple):
    """A credential and its kind (``Client(auth=AuthMode(type=AuthType.BEARER, token=...))``);
    immutable (a NamedTuple: its class costs a tenth of a frozen dataclass's at import)."""

    type: AuthType
    token: str

    def __repr__(self) -> str:
        return f"AuthMode(type={str(self.type)!r}, token={redact(self.token)})"


@dataclass(frozen=True, repr=False)
class ClientConfig:
    """Resolved settings of one client. Secrets never appear in ``repr()`` (neither the
    credential nor a password in ``base_url``).

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
            f"ClientConfig(base_url={redact_url(self.base_url)!r}, auth_type={self.auth_type!r}, "
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


def resolve_config(
    *,
    base_url: object = None,
    api_key: object = None,
    run_token: object = None,
    auth_type: object = None,
    timeout_ms: object = None,
    max_retries: object = None,
    project_id: object = None,
    strict: object = None,
    headers: object = None,
    file: ConfigFile | None = None,
    environ: Mapping[str, str] | None = None,
    arg_sources: Mapping[str, str] | None = None,
    partial: bool = False,
) -> ClientConfig:
    """Resolve arguments, environment and a strait.json into a :class:`ClientConfig`, by the
    table of :mod:`strait._settings`.

    ``arg_sources`` names the keyword an argument came through when it was an alias
    (``timeout`` for ``timeout_ms``; ``token_name`` the credential's keyword);
    ``partial`` leaves a missing base URL or credential empty instead of raising
    (``config_from_file``).
    """
    env = os.environ if environ is None else environ
    named = arg_sources or {}
    if run_token is not None and auth_type is None:
        auth_type = "runToken"
    arguments = {
        "base_url": base_url,
        "auth_type": auth_type,
        "timeout_ms": timeout_ms,
        "max_retries": max_retries,
        "project_id": project_id,
        "strict": strict,
        "headers": headers,
    }
    values, sources = resolve(CLIENT_SETTINGS, arguments, env, file, named)
    kind: AuthTypeName = values["auth_type"]

    if kind == "runToken":
        token_name = "run_token"
        token, source = pick(RUN_TOKEN, run_token, env, None)
        if token is None:  # a run token is a bearer credential: STRAIT_API_KEY may hold it
            token, source = pick(API_KEY, None, env, None)
    else:
        if run_token is not None:
            raise ValidationError(
                f"run_token= was given with auth_type={kind!r}; use auth_type='runToken' or api_key=",
                field="auth_type",
                source=sources.get("auth_type", "argument"),
            )
        token_name = named.get("token_name", "api_key")
        key_env = file.get("sdk.api_key_env") if file is not None else None  # checked: STRAIT_*
        row = API_KEY if key_env is None else API_KEY._replace(env=key_env.strip())
        token, source = pick(row, api_key, env, None)
    if source is not None:
        sources["token"] = source
        token = credential_setting(token, source, token_name)

    config = ClientConfig(
        base_url=values["base_url"] or "",
        token=token or "",
        auth_type=kind,
        timeout_ms=values["timeout_ms"],
        max_retries=values["max_retries"],
        project_id=values["project_id"],
        project_name=values["project_name"],
        strict=values["strict"],
        headers=values["headers"] or {},
        sources=sources,
    )
    if not partial:
        config.require_complete()
    return config


class FileConfig(ClientConfig):
    """A strait.json read for :meth:`Client.from_file`, resolved when the client is built
    (so arguments and environment variables still win over it)."""

    file: ConfigFile

    def __init__(self, file: ConfigFile) -> None:
        super().__init__(base_url="", token="")
        object.__setattr__(self, "file", file)


def file_config(
    path: str | os.PathLike[str] | None = None, search_dir: str | os.PathLike[str] | None = None
) -> FileConfig:
    """The checked strait.json at ``path`` (else in ``search_dir`` or the working directory),
    for ``Client(config=...)``.

    Raises:
        ConfigFileNotFoundError: no such file (also a ``FileNotFoundError``).
        ValidationError: the file or a setting in it is malformed.
    """
    return FileConfig(read_config_file(find_config_file(path, search_dir), CLIENT_SETTINGS))


def with_arguments(
    config: ClientConfig, arguments: Mapping[str, Any], names: Mapping[str, str]
) -> ClientConfig:
    """``config`` (a :class:`FileConfig` or a resolved :class:`ClientConfig`) with the
    constructor's arguments: a file is resolved with them; a resolved config takes none."""
    if isinstance(config, FileConfig):
        return resolve_config(**arguments, file=config.file, arg_sources=names)
    if not isinstance(config, ClientConfig):
        raise ValidationError(
            f"config must be a strait.ClientConfig, got {type(config).__name__}",
            field="config",
            source="argument",
        )
    extra = sorted(k for k, v in arguments.items() if v is not None and v is not False)
    if extra:
        raise ValidationError(
            f"config= already holds every setting; do not also pass {', '.join(extra)}= "
            "(build the config with them, e.g. strait.config_from_env(...))",
            field=extra[0],
            source="argument",
        )
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
    return resolve_config(file=file_config(path, search_dir).file, partial=True)
