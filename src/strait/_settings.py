"""The one settings resolver of the client and the worker.

Every setting is a row of a table: :class:`Setting` (name, environment variable,
``strait.json`` key, converter, default). :func:`resolve` picks each value by one
precedence, highest first: the explicit argument, the environment variable, the
``strait.json`` key, the default. One rule per source:

- an argument counts when it is not None;
- an environment variable counts when it is set and not empty (``NAME=`` in a shell is
  unset); surrounding whitespace is removed by every converter, so a value pasted with a
  newline is the same value, and a value of only whitespace is an error naming the
  variable;
- a ``strait.json`` key counts when it is present and not null.

The chosen value goes through the row's converter, which accepts the setting's type and
its obvious text form and raises :class:`~strait.ValidationError` whose ``.field`` names
the setting and ``.source`` where the value came from (``"argument"``, the variable, or
``"<path> (<key>)"``). Converters never echo a credential.

:mod:`strait._config` (the clients) and :mod:`strait.worker._settings` (the worker) both
resolve through here; the rows they share (:data:`BASE_URL`, :data:`API_KEY`,
:data:`PROJECT_ID`) are defined once below.
"""

from __future__ import annotations

import json
import math
import os
import re
from collections.abc import Callable, Iterable, Mapping
from pathlib import Path
from typing import Any, Literal, NamedTuple, cast
from urllib.parse import urlsplit

from ._errors import ConfigFileNotFoundError, ValidationError
from ._redact import redact_url

__all__ = [
    "API_KEY",
    "check_keywords",
    "BASE_URL",
    "CONFIG_FILENAME",
    "PROJECT_ID",
    "ConfigFile",
    "Setting",
    "find_config_file",
    "read_config_file",
    "resolve",
]

CONFIG_FILENAME = "strait.json"
AuthTypeName = Literal["apiKey", "bearer", "runToken"]
AUTH_TYPES: tuple[AuthTypeName, ...] = ("apiKey", "bearer", "runToken")

ENV_BASE_URL = "STRAIT_BASE_URL"
ENV_API_KEY = "STRAIT_API_KEY"
ENV_RUN_TOKEN = "STRAIT_RUN_TOKEN"
ENV_AUTH_TYPE = "STRAIT_AUTH_TYPE"
ENV_TIMEOUT_MS = "STRAIT_TIMEOUT_MS"
ENV_PROJECT = "STRAIT_PROJECT"
ENV_STRICT = "STRAIT_STRICT"
ENV_GRPC_URL = "STRAIT_GRPC_URL"
ENV_CONCURRENCY = "STRAIT_WORKER_CONCURRENCY"
ENV_QUEUE = "STRAIT_WORKER_QUEUE"
ENV_NAME = "STRAIT_WORKER_NAME"
ENV_WORKER_ID = "STRAIT_WORKER_ID"
ENV_ALLOW_INSECURE = "STRAIT_WORKER_ALLOW_INSECURE"

DEFAULT_TIMEOUT_MS = 30_000
DEFAULT_MAX_RETRIES = 2
DEFAULT_GRPC_PORT = 50051  # the server's GRPC_PORT default
DEFAULT_CONCURRENCY = 10
MAX_CONCURRENCY = 1000  # schemas/strait.json worker.concurrency maximum (the server allows 1024 slots)
MAX_QUEUES = 64
_TEXT_LIMIT = 128  # bytes of a worker id, worker name or queue name

#: What ``sdk.api_key_env`` may name: a ``STRAIT_*`` variable. A strait.json comes with a
#: checkout and also chooses the host (``sdk.base_url``); letting it name any variable
#: would let it send, say, a CI token to a host of its choosing.
API_KEY_ENV_PATTERN = r"STRAIT_[A-Z0-9_]+"  # matched whole; compiled on first use, not at import

# sdk.* keys of that schema: the SDK reads these and ignores sdk.debug.
SDK_KEYS = ("base_url", "auth_type", "timeout_ms", "api_key_env", "debug")
_CREDENTIAL_KEYS = ("api_key", "apiKey", "token", "run_token", "bearer_token")


# -- converters: (value, source, name) -> the setting's value ---------------------------------


def redact(secret: str | None) -> str:
    """A recognisable but harmless stand-in for a credential."""
    if not secret:
        return "None"
    return f"'{secret[:7]}…'" if secret.startswith("strait_") and len(secret) > 12 else "'***'"


def invalid(name: str, source: str, expected: str, value: object, *, echo: bool = True) -> ValidationError:
    """The error for a value of the wrong kind: ``<name> from <source> must be <expected>``."""
    got = f", got {value!r}" if echo else ""
    return ValidationError(f"{name} from {source} must be {expected}{got}", field=name, source=source)


def _number(name: str, value: object, source: str, expected: str) -> float:
    """A finite number > 0 from a number or its text form."""
    if isinstance(value, bool) or not isinstance(value, (int, float, str)):
        raise invalid(name, source, expected, value)
    try:
        number = float(value)
    except ValueError:
        raise invalid(name, source, expected, value) from None
    if not (number > 0 and math.isfinite(number)):
        raise invalid(name, source, expected, value)
    return number


def timeout_ms_setting(value: object, source: str, name: str = "timeout_ms") -> int:
    return max(1, int(_number(name, value, source, "a number of milliseconds > 0")))


def timeout_seconds_setting(value: object, source: str, name: str = "timeout") -> int:
    """``timeout=`` in seconds (``1.5`` or ``"1.5"``), as milliseconds."""
    return max(1, round(_number(name, value, source, "a number of seconds > 0 or an httpx.Timeout") * 1000))


def max_retries_setting(value: object, source: str, name: str = "max_retries") -> int:
    if isinstance(value, str) and value.strip().isdigit():
        value = int(value.strip())
    if isinstance(value, bool) or not isinstance(value, int) or value < 0:
        raise invalid(name, source, "an int >= 0", value)
    return value


def auth_type_setting(value: object, source: str, name: str = "auth_type") -> AuthTypeName:
    text = value.strip() if isinstance(value, str) else value
    if text not in AUTH_TYPES:
        raise invalid(name, source, f"one of {', '.join(AUTH_TYPES)}", value)
    return cast(AuthTypeName, str(text))


def base_url_setting(value: object, source: str, name: str = "base_url") -> str:
    """A http(s) URL without trailing slashes; a pasted API prefix (``/v1``, ``/sdk/v1``) is
    removed, because every operation path already starts with it."""
    if not isinstance(value, str) or not value.strip():
        raise invalid(name, source, "a non-empty URL", value)
    url = value.strip().rstrip("/")
    if not url.startswith(("http://", "https://")) or not url.split("://", 1)[1]:
        raise invalid(name, source, "a URL starting with http:// or https://", redact_url(value))
    if "@" in urlsplit(url).netloc:
        # Strait authenticates with the Authorization header, which user-info would also
        # claim (the async driver refuses the pair, httpx drops one): never usable, and a
        # password there would travel into logs. Refused, and never echoed.
        expected = "a URL without a user name or password (the credential is api_key=)"
        raise invalid(name, source, expected, redact_url(url))
    for suffix in ("/sdk/v1", "/v1"):
        if url.endswith(suffix) and url[: -len(suffix)].count("/") >= 2:
            url = url[: -len(suffix)].rstrip("/")
            break
    return url


def credential_setting(value: object, source: str, name: str = "api_key") -> str:
    """A credential: printable ASCII without spaces. A pasted ``Bearer `` prefix is removed
    (the SDK adds it). The value is never echoed in the error."""
    if not isinstance(value, str):
        raise invalid(name, source, "a string", type(value).__name__)
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


def text_setting(value: object, source: str, name: str) -> str:
    """A non-empty string, surrounding whitespace removed."""
    if not isinstance(value, str) or not value.strip():
        raise invalid(name, source, "a non-empty string", value)
    return value.strip()


def project_setting(value: object, source: str, name: str = "project_id") -> str:
    return text_setting(value, source, name)


_TRUE = frozenset({"1", "true", "yes", "on"})
_FALSE = frozenset({"0", "false", "no", "off", ""})


def flag_setting(value: object, source: str, name: str) -> bool:
    """A bool, or its text form (``true``/``false``, ``1``/``0``, ``yes``/``no``, ``on``/``off``)."""
    if isinstance(value, bool):
        return value
    if isinstance(value, str) and value.strip().lower() in _TRUE | _FALSE:
        return value.strip().lower() in _TRUE
    raise invalid(name, source, "a bool (or true/false, 1/0 as text)", value)


def strict_setting(value: object, source: str, name: str = "strict") -> bool:
    return flag_setting(value, source, name)


def headers_setting(value: object, source: str, name: str = "headers") -> dict[str, str]:
    """Extra headers (settings, ``with_options``, per call): token names, values of printable
    ASCII or tab, as HTTP carries them. A refused value is never echoed (it may be a secret)."""
    if not isinstance(value, Mapping):
        raise invalid(name, source, "a mapping of header names to strings", value)
    out: dict[str, str] = {}
    for key, item in value.items():
        if not isinstance(key, str) or not key or any(ord(c) <= 0x20 or ord(c) >= 0x7F for c in key):
            raise invalid(name, source, "a mapping with header names as tokens", key)
        if not isinstance(item, str) or not all(" " <= c <= "~" or c == "\t" for c in item):
            # the value may be a secret: name the header, not the value
            raise ValidationError(
                f"{name}[{key!r}] from {source} must be a single-line string of printable ASCII",
                field=f"{name}.{key}",
                source=source,
            )
        out[key] = item
    return out


def api_key_env_setting(value: object, source: str, name: str = "api_key_env") -> str:
    """The variable ``sdk.api_key_env`` names: a ``STRAIT_*`` name only (see
    :data:`API_KEY_ENV_PATTERN`)."""
    text = text_setting(value, source, name)
    if not re.fullmatch(API_KEY_ENV_PATTERN, text):
        raise ValidationError(
            f"{name} from {source} must name a STRAIT_* environment variable (e.g. STRAIT_STAGING_API_KEY), "
            f"got {text!r}: a strait.json may not choose which other variable's secret is sent to "
            "the host it names",
            field=name,
            source=source,
        )
    return text


def limited_text_setting(value: object, source: str, name: str, limit: int = _TEXT_LIMIT) -> str:
    """A non-empty string of at most ``limit`` UTF-8 bytes, surrounding whitespace removed."""
    if not isinstance(value, str) or not value.strip() or len(value.encode()) > limit:
        raise ValidationError(
            f"{name} from {source} must be a non-empty string of at most {limit} bytes, got {value!r}",
            field=name,
            source=source,
        )
    return value.strip()


def concurrency_setting(value: object, source: str, name: str = "concurrency") -> int:
    n, ok = 0, False
    if isinstance(value, (int, float, str)) and not isinstance(value, bool):
        try:
            n = int(value)
            ok = float(value) == n
        except (ValueError, OverflowError):
            ok = False
    if not ok or not 1 <= n <= MAX_CONCURRENCY:
        raise ValidationError(
            f"{name} from {source} must be an integer from 1 to {MAX_CONCURRENCY}, got {value!r}",
            field=name,
            source=source,
        )
    return n


def queues_setting(value: object, source: str, name: str = "queues") -> tuple[str, ...]:
    """Queue names: a list, or one comma-separated string; duplicates dropped, 1 to 64."""
    items = [q for q in value.split(",") if q.strip()] if isinstance(value, str) else value
    if not isinstance(items, (list, tuple)):
        raise invalid(name, source, "a list of queue names or a comma-separated string", value)
    queues = tuple(dict.fromkeys(limited_text_setting(q, source, "queue") for q in items))
    if not 1 <= len(queues) <= MAX_QUEUES:
        raise ValidationError(
            f"{name} from {source} must name 1 to {MAX_QUEUES} queues", field=name, source=source
        )
    return queues


class GrpcTarget(NamedTuple):
    """Where the worker connects: ``host:port`` and whether the channel is TLS.

    The records of this module are NamedTuples: immutable, and their classes cost a tenth
    of a frozen dataclass's at ``import strait``."""

    host: str
    port: int
    tls: bool

    @property
    def address(self) -> str:
        host = f"[{self.host}]" if ":" in self.host else self.host
        return f"{host}:{self.port}"

    @property
    def loopback(self) -> bool:
        """Whether the host is this machine (``localhost``, 127.0.0.0/8, ``::1``)."""
        if self.host.lower() == "localhost":
            return True
        import ipaddress  # only the worker asks; kept off the cost of `import strait`

        try:
            return ipaddress.ip_address(self.host.strip("[]")).is_loopback
        except ValueError:
            return False

    def __str__(self) -> str:
        return f"{'grpcs' if self.tls else 'grpc'}://{self.address}"


def grpc_url_setting(value: object, source: str = "argument", name: str = "grpc_url") -> GrpcTarget:
    """``grpcs://host[:port]`` / ``https://`` is TLS, ``grpc://`` / ``http://`` plaintext;
    the port defaults to 50051. Anything else (no scheme, a path) is refused, never guessed."""
    text = value.strip() if isinstance(value, str) else ""
    parts = urlsplit(text)
    scheme = parts.scheme.lower()
    if scheme not in ("grpcs", "https", "grpc", "http") or not parts.hostname:
        raise ValidationError(
            f"{name} from {source} must look like grpcs://host:port (TLS) or grpc://host:port "
            f"(plaintext), got {value!r}",
            field=name,
            source=source,
        )
    if parts.path not in ("", "/") or parts.query or parts.fragment or parts.username:
        raise ValidationError(
            f"{name} from {source} must be scheme://host:port only, got {value!r}", field=name, source=source
        )
    try:
        port = parts.port or DEFAULT_GRPC_PORT
    except ValueError:
        raise ValidationError(
            f"{name} from {source} has a bad port: {value!r}", field=name, source=source
        ) from None
    return GrpcTarget(parts.hostname, port, scheme in ("grpcs", "https"))


# -- the table and the resolver ---------------------------------------------------------------

Converter = Callable[[Any, str, str], Any]


class Setting(NamedTuple):
    """One row of the settings table.

    ``name`` is the argument's keyword and the error's ``.field``; ``env`` the
    environment variable (None: not settable there); ``file_key`` the dotted
    ``strait.json`` key (None: never read from the file); ``convert`` the one converter
    of every source's value; ``default`` the value when no source gives one.
    """

    name: str
    env: str | None
    file_key: str | None
    convert: Converter
    default: Any = None


def _project_name(value: object, source: str, name: str) -> str:
    return str(value)


# Rows of both the clients and the worker.
BASE_URL = Setting("base_url", ENV_BASE_URL, "sdk.base_url", base_url_setting)
API_KEY = Setting("api_key", ENV_API_KEY, None, credential_setting)  # never in the file
PROJECT_ID = Setting("project_id", ENV_PROJECT, "project.id", project_setting)
# The clients' rows (the credential rows are picked by auth type, see strait._config).
RUN_TOKEN = Setting("run_token", ENV_RUN_TOKEN, None, credential_setting)
AUTH_TYPE = Setting("auth_type", ENV_AUTH_TYPE, "sdk.auth_type", auth_type_setting, "apiKey")
TIMEOUT_MS = Setting("timeout_ms", ENV_TIMEOUT_MS, "sdk.timeout_ms", timeout_ms_setting, DEFAULT_TIMEOUT_MS)
MAX_RETRIES = Setting("max_retries", None, None, max_retries_setting, DEFAULT_MAX_RETRIES)
STRICT = Setting("strict", ENV_STRICT, None, strict_setting, False)
HEADERS = Setting("headers", None, None, headers_setting)
PROJECT_NAME = Setting("project_name", None, "project.name", _project_name)
CLIENT_SETTINGS = (BASE_URL, AUTH_TYPE, TIMEOUT_MS, MAX_RETRIES, PROJECT_ID, PROJECT_NAME, STRICT, HEADERS)
# The worker's rows (the API key is API_KEY, then checked for the form gRPC auth accepts).
GRPC_URL = Setting("grpc_url", ENV_GRPC_URL, "worker.grpc_url", grpc_url_setting)
QUEUES = Setting("queues", ENV_QUEUE, "worker.queue_name", queues_setting)
CONCURRENCY = Setting(
    "concurrency", ENV_CONCURRENCY, "worker.concurrency", concurrency_setting, DEFAULT_CONCURRENCY
)
WORKER_ID = Setting("worker_id", ENV_WORKER_ID, None, limited_text_setting)
WORKER_NAME = Setting("name", ENV_NAME, None, limited_text_setting)
# Never from the file: a checked-out strait.json must not be able to turn TLS off.
ALLOW_INSECURE = Setting("allow_insecure", ENV_ALLOW_INSECURE, None, flag_setting, False)
WORKER_SETTINGS = (
    BASE_URL,
    API_KEY,
    PROJECT_ID,
    GRPC_URL,
    QUEUES,
    CONCURRENCY,
    WORKER_ID,
    WORKER_NAME,
    ALLOW_INSECURE,
)


class ConfigFile(NamedTuple):
    """A validated ``strait.json``: its path and JSON object."""

    path: Path
    data: Mapping[str, Any]

    @property
    def source(self) -> str:
        return str(self.path)

    def get(self, key: str) -> Any:
        """The value at a dotted key (``"sdk.base_url"``), None when absent or null."""
        node: Any = self.data
        for part in key.split("."):
            if not isinstance(node, Mapping):
                return None
            node = node.get(part)
        return node

    def label(self, key: str) -> str:
        """How a value from this file is named as a source: ``"<path> (<key>)"``."""
        return f"{self.path} ({key})"


def env_value(environ: Mapping[str, str], name: str) -> str | None:
    """An environment variable's value; None when unset or empty (``NAME=`` in a shell).
    Whitespace-only is a value (the converter refuses it, naming the variable)."""
    value = environ.get(name)
    return value if value else None


def pick(
    row: Setting,
    argument: object,
    environ: Mapping[str, str],
    file: ConfigFile | None,
    arg_source: str = "argument",
) -> tuple[Any, str | None]:
    """The raw value of ``row`` and its source label, by the one precedence; ``(None, None)``
    when no source gives one."""
    if argument is not None:
        return argument, arg_source
    if row.env is not None and (value := env_value(environ, row.env)) is not None:
        return value, row.env
    if file is not None and row.file_key is not None and (value := file.get(row.file_key)) is not None:
        return value, file.label(row.file_key)
    return None, None


def resolve(
    rows: Iterable[Setting],
    arguments: Mapping[str, object],
    environ: Mapping[str, str] | None = None,
    file: ConfigFile | None = None,
    arg_sources: Mapping[str, str] | None = None,
) -> tuple[dict[str, Any], dict[str, str]]:
    """Resolve each row: ``(values by name, sources by name)``; a setting no source gives
    gets its default and no source entry. A source is ``"argument"``, the variable's name
    or the file's path (an error about a file value names the key as well). ``arg_sources``
    names the keyword an argument came through when that was an alias
    (``"argument (default_headers)"``)."""
    env = os.environ if environ is None else environ
    named = arg_sources or {}
    values: dict[str, Any] = {}
    sources: dict[str, str] = {}
    for row in rows:
        raw, source = pick(row, arguments.get(row.name), env, file, named.get(row.name, "argument"))
        if source is None:
            values[row.name] = row.default
            continue
        values[row.name] = row.convert(raw, source, row.name)
        # a value from the file is recorded as the file's path; its error names the key too
        from_file = file is not None and row.file_key is not None and source == file.label(row.file_key)
        sources[row.name] = file.source if from_file and file is not None else source
    return values, sources


# -- strait.json --------------------------------------------------------------------------------


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


def _object(data: Mapping[str, object], key: str, source: str) -> Mapping[str, object]:
    value = data.get(key)
    if value is None:
        return {}
    if not isinstance(value, dict):
        raise ValidationError(f"{source}: {key} must be an object", field=key, source=source)
    return value


def read_config_file(path: Path, checked: Iterable[Setting] = ()) -> ConfigFile:
    """Read and check a strait.json: a JSON object, ``project`` and ``sdk`` objects, no
    credential anywhere, only known ``sdk.*`` keys, ``sdk.api_key_env`` a ``STRAIT_*`` name,
    and every key of the ``checked`` rows that is present a valid value (so a bad value
    is reported even where an argument or variable overrides it)."""
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
    _object(data, "project", source)
    sdk = _object(data, "sdk", source)
    for key in _CREDENTIAL_KEYS:
        if key in sdk or key in data:
            raise ValidationError(
                f"{source}: credentials do not belong in {CONFIG_FILENAME} (found {key!r}); "
                f"remove it and set {ENV_API_KEY} in the environment",
                field=f"sdk.{key}",
                source=source,
            )
    unknown_sdk = set(sdk) - set(SDK_KEYS)
    if unknown_sdk:
        raise ValidationError(
            f"{source}: unknown sdk setting(s) {', '.join(sorted(unknown_sdk))}; "
            f"known: {', '.join(SDK_KEYS)}",
            field=f"sdk.{sorted(unknown_sdk)[0]}",
            source=source,
        )
    file = ConfigFile(path, data)
    for row in (*checked, API_KEY_ENV):
        if row.file_key is not None and _present(data, row.file_key):
            row.convert(file.get(row.file_key), file.label(row.file_key), row.name)
    return file


def _present(data: Mapping[str, object], key: str) -> bool:
    *parents, last = key.split(".")
    node: Any = data
    for part in parents:
        node = node.get(part) if isinstance(node, Mapping) else None
    return isinstance(node, Mapping) and last in node


API_KEY_ENV = Setting("api_key_env", None, "sdk.api_key_env", api_key_env_setting)


def check_keywords(given: Mapping[str, object], allowed: Iterable[str], function: str) -> None:
    """A keyword an options TypedDict does not name is a TypeError, as it is for any
    Python signature (a type checker catches it first; this is for everyone else)."""
    unknown = sorted(set(given) - set(allowed))
    if unknown:
        raise TypeError(f"{function}: unexpected keyword argument(s): {', '.join(unknown)}")
