"""Contains some shared types for properties"""

from collections.abc import Mapping, MutableMapping
from http import HTTPStatus
from typing import IO, Any, BinaryIO, ClassVar, Generic, Literal, TypeVar

from attrs import define


class Unset:
    def __bool__(self) -> Literal[False]:
        return False


UNSET: Unset = Unset()

# The types that `httpx.Client(files=)` can accept, copied from that library.
FileContent = IO[bytes] | bytes | str
FileTypes = (
    # (filename, file (or bytes), content_type)
    tuple[str | None, FileContent, str | None]
    # (filename, file (or bytes), content_type, headers)
    | tuple[str | None, FileContent, str | None, Mapping[str, str]]
)
RequestFiles = list[tuple[str, FileTypes]]


@define
class File:
    """Contains information for file uploads"""

    payload: BinaryIO
    file_name: str | None = None
    mime_type: str | None = None

    def to_tuple(self) -> FileTypes:
        """Return a tuple representation that httpx will accept for multipart/form-data"""
        return self.file_name, self.payload, self.mime_type


T = TypeVar("T")


@define
class Response(Generic[T]):
    """A response from an endpoint"""

    status_code: HTTPStatus
    content: bytes
    headers: MutableMapping[str, str]
    parsed: T | None


class WireMapping:
    """Read-only mapping access to a model by the JSON (wire) names of its fields.

    Added by strait's custom template so that code written against plain-dict
    responses (``run["status"]``) keeps working on the typed models.
    """

    __slots__ = ()
    _wire_names: "ClassVar[dict[str, str]]" = {}

    def __getitem__(self, key: str) -> Any:
        attr = self._wire_names.get(key)
        if attr is not None:
            value = getattr(self, attr)
            if isinstance(value, Unset):
                raise KeyError(key)
            return value
        extra = getattr(self, "additional_properties", None)
        if extra is None:
            raise KeyError(key)
        return extra[key]

    def get(self, key: str, default: Any = None) -> Any:
        try:
            return self[key]
        except KeyError:
            return default

    def __contains__(self, key: object) -> bool:
        if not isinstance(key, str):
            return False
        try:
            self[key]
        except KeyError:
            return False
        return True

    def keys(self) -> list[str]:
        present = [
            k
            for k, a in self._wire_names.items()
            if not isinstance(getattr(self, a), Unset)
        ]
        extra = getattr(self, "additional_properties", None)
        if extra:
            present.extend(extra)
        return present


__all__ = [
    "UNSET",
    "File",
    "FileTypes",
    "RequestFiles",
    "Response",
    "Unset",
    "WireMapping",
]
