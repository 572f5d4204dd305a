"""Typed dicts: what every response of the SDK is.

A model (``JobRun``, ``Job`` ... generated from the spec into ``strait._generated.models``)
is a ``dict`` holding exactly the JSON the server sent: wire names, wire values (a
date-time stays a string), fields the spec does not know kept. Its class declares the
spec's fields as annotations, so ``run.status`` and ``run.created_at`` are typed for
editors and mypy, and a table ``_fields`` (attribute -> wire name, decoder) drives
attribute reads at run time:

* nothing is parsed until a field is read (building a model is one dict copy);
* reading a field turns the wire value into its Python type (``created_at`` -> ``datetime``,
  a nested object -> its model, stored back so it is converted once);
* a field the server did not send raises ``AttributeError`` naming it; a value of the
  wrong type raises :class:`~strait.DecodeError` naming field, value and expected type;
* :func:`validate` checks a whole body eagerly (``Client(strict=True)``).

Request bodies accept a model or any mapping; ``Model(field=value)`` builds one by
attribute names and stores wire values (``datetime`` -> ISO 8601 string).
"""

from __future__ import annotations

import datetime as _dt
import importlib
from collections.abc import Callable, Mapping
from typing import TYPE_CHECKING, Any, ClassVar, TypeVar

from ._errors import DecodeError

__all__ = [
    "ANY",
    "BOOL",
    "DATE",
    "DATETIME",
    "FLOAT",
    "INT",
    "NONE",
    "STR",
    "Const",
    "Decoder",
    "DictOf",
    "Enum",
    "ListOf",
    "Model",
    "StraitObject",
    "Union",
    "to_wire",
    "validate",
]

_M = TypeVar("_M", bound="StraitObject")


class _Mismatch(Exception):
    """A value that is not of the expected type (turned into DecodeError by the reader)."""

    def __init__(self, where: str, expected: str, value: object) -> None:
        super().__init__(where, expected, value)
        self.where = where
        self.expected = expected
        self.value = value


def _short(value: object) -> str:
    text = repr(value)
    return text if len(text) <= 80 else text[:77] + "..."


def _decode_error(owner: str, exc: _Mismatch) -> DecodeError:
    return DecodeError(
        f"{owner}{exc.where}: expected {exc.expected}, got {_short(exc.value)} ({type(exc.value).__name__})"
    )


class Decoder:
    """Turns one wire value into its Python value (``read``) or checks it deeply (``check``).

    ``wire_safe``: the value ``read`` returns is itself the wire JSON (a model, a list of
    models), so the owner stores it back and converts only once. ``exact``: a type whose
    values ``read`` returns unchanged (``str`` for a string field), so a field read skips
    the call.
    """

    __slots__ = ("exact", "expected", "wire_safe")

    def __init__(self, expected: str, wire_safe: bool = False, exact: type | None = None) -> None:
        self.expected = expected
        self.wire_safe = wire_safe
        self.exact = exact

    def read(self, value: object, where: str) -> object:
        return value

    def check(self, value: object, where: str, strict: bool) -> None:
        self.read(value, where)

    def __repr__(self) -> str:
        return f"<decoder {self.expected}>"


class _Scalar(Decoder):
    __slots__ = ("_ok",)

    def __init__(self, expected: str, ok: Callable[[object], bool], exact: type) -> None:
        super().__init__(expected, True, exact)  # read returns the wire value itself
        self._ok = ok

    def read(self, value: object, where: str) -> object:
        if self._ok(value):
            return value
        raise _Mismatch(where, self.expected, value)


def _is_int(v: object) -> bool:
    return (type(v) is int) or (type(v) is float and v.is_integer())


STR: Decoder = _Scalar("str", lambda v: type(v) is str, str)
INT: Decoder = _Scalar("int", _is_int, int)
FLOAT: Decoder = _Scalar("float", lambda v: type(v) in (int, float), float)
BOOL: Decoder = _Scalar("bool", lambda v: type(v) is bool, bool)
NONE: Decoder = _Scalar("null", lambda v: v is None, type(None))
ANY: Decoder = Decoder("any JSON value", True)


class _Iso(Decoder):
    """A date or date-time string, read as ``datetime.date`` / ``datetime.datetime``."""

    __slots__ = ("_parse",)

    def __init__(self, expected: str, parse: Callable[[str], object]) -> None:
        super().__init__(expected)
        self._parse = parse

    def read(self, value: object, where: str) -> object:
        if type(value) is str:
            try:
                return self._parse(value)
            except ValueError:
                pass
        raise _Mismatch(where, self.expected, value)


DATETIME: Decoder = _Iso("an ISO 8601 date-time string", _dt.datetime.fromisoformat)
DATE: Decoder = _Iso("an ISO 8601 date string", _dt.date.fromisoformat)


class Enum(Decoder):
    """A string from a list; lenient reads pass values a newer server adds, strict checks refuse them."""

    __slots__ = ("values",)

    def __init__(self, *values: str) -> None:
        super().__init__("one of " + ", ".join(repr(v) for v in values), True, str)
        self.values = frozenset(values)

    def read(self, value: object, where: str) -> object:
        if type(value) is str:
            return value
        raise _Mismatch(where, self.expected, value)

    def check(self, value: object, where: str, strict: bool) -> None:
        if type(value) is not str or (strict and value not in self.values):
            raise _Mismatch(where, self.expected, value)


class Const(Decoder):
    __slots__ = ("value",)

    def __init__(self, value: object) -> None:
        super().__init__(repr(value), True)
        self.value = value

    def read(self, value: object, where: str) -> object:
        if value == self.value and type(value) is type(self.value):
            return value
        raise _Mismatch(where, self.expected, value)


class _Of(Decoder):
    """A container whose values ``item`` reads (``_kind`` names the container)."""

    __slots__ = ("item",)
    _kind: ClassVar[str] = ""

    def __init__(self, item: Decoder) -> None:
        super().__init__(f"{self._kind} {item.expected}", item.wire_safe)
        self.item = item


class ListOf(_Of):
    __slots__ = ()
    _kind = "a list of"

    def read(self, value: object, where: str) -> object:
        if type(value) is not list:
            if value is None:  # Go servers send an empty slice as null
                return []
            raise _Mismatch(where, self.expected, value)
        item = self.item
        if item is ANY or isinstance(item, _Scalar | Enum):
            for i, element in enumerate(value):
                item.read(element, f"{where}[{i}]")
            return value
        return [item.read(element, f"{where}[{i}]") for i, element in enumerate(value)]

    def check(self, value: object, where: str, strict: bool) -> None:
        if value is None:  # an empty Go slice: valid in both modes
            return
        if type(value) is not list:
            raise _Mismatch(where, self.expected, value)
        for i, element in enumerate(value):
            self.item.check(element, f"{where}[{i}]", strict)


class DictOf(_Of):
    __slots__ = ()
    _kind = "an object of"

    def read(self, value: object, where: str) -> object:
        if not isinstance(value, dict):
            raise _Mismatch(where, self.expected, value)
        return {k: self.item.read(v, f"{where}[{k!r}]") for k, v in value.items()}

    def check(self, value: object, where: str, strict: bool) -> None:
        if not isinstance(value, dict):
            raise _Mismatch(where, self.expected, value)
        for k, v in value.items():
            self.item.check(v, f"{where}[{k!r}]", strict)


class Model(Decoder):
    """A nested object: read as its model class, imported on first use."""

    __slots__ = ("_cls", "_module", "_name")

    def __init__(self, module: str, name: str) -> None:
        super().__init__(f"an object ({name})", True)
        self._module = module
        self._name = name
        self._cls: type[StraitObject] | None = None

    @property
    def cls(self) -> type[StraitObject]:
        cls = self._cls
        if cls is None:
            module = importlib.import_module(f"strait._generated.models.{self._module}")
            cls = self._cls = getattr(module, self._name)
        return cls

    def read(self, value: object, where: str) -> object:
        cls = self._cls or self.cls
        if type(value) is cls:
            return value
        if isinstance(value, dict):
            return cls._wrap(value)
        raise _Mismatch(where, self.expected, value)

    def check(self, value: object, where: str, strict: bool) -> None:
        if not isinstance(value, dict):
            raise _Mismatch(where, self.expected, value)
        (self._cls or self.cls)._check(value, where, strict)


class Union(Decoder):
    """One of several shapes (``oneOf``/``anyOf``, and nullable fields as ``X | None``)."""

    __slots__ = ("options",)

    def __init__(self, *options: Decoder) -> None:
        super().__init__(" or ".join(o.expected for o in options), all(o.wire_safe for o in options))
        self.options = options

    def _candidates(self, value: object) -> list[Decoder]:
        if value is None:
            return [o for o in self.options if o is NONE or o is ANY]
        models: list[Decoder] = [o for o in self.options if isinstance(o, Model)]
        if isinstance(value, dict) and len(models) > 1:
            # the first model whose required fields are all there; else the first model
            fitting: list[Decoder] = [
                m for m in models if isinstance(m, Model) and all(k in value for k in m.cls._required)
            ]
            return (fitting or models)[:1]
        return [o for o in self.options if o is not NONE]

    def read(self, value: object, where: str) -> object:
        for option in self._candidates(value):
            try:
                return option.read(value, where)
            except _Mismatch:
                continue
        raise _Mismatch(where, self.expected, value)

    def check(self, value: object, where: str, strict: bool) -> None:
        for option in self._candidates(value):
            try:
                option.check(value, where, strict)
            except _Mismatch:
                continue
            return
        raise _Mismatch(where, self.expected, value)


class StraitObject(dict[str, Any]):
    """Base of every generated model: a ``dict`` of the wire JSON with typed attribute reads."""

    __slots__ = ()
    #: attribute name -> (wire name, decoder); set by each generated model
    _fields: ClassVar[dict[str, tuple[str, Decoder]]] = {}
    #: wire names the spec marks required
    _required: ClassVar[tuple[str, ...]] = ()
    #: True when the schema allows no fields beyond its own (``additionalProperties: false``)
    _closed: ClassVar[bool] = False
    #: decoder of the values of fields beyond the declared ones, when the schema types them
    _extra: ClassVar[Decoder | None] = None

    def __init__(self, data: Mapping[str, Any] | None = None, /, **fields: Any) -> None:
        if data:
            dict.update(self, data)
        if fields:
            table = type(self)._fields
            for name, value in fields.items():
                spec = table.get(name)
                dict.__setitem__(self, spec[0] if spec else name, to_wire(value))

    @classmethod
    def _wrap(cls: type[_M], data: dict[str, Any]) -> _M:
        obj = dict.__new__(cls)
        dict.update(obj, data)
        return obj

    def __init_subclass__(cls, **kwargs: Any) -> None:
        super().__init_subclass__(**kwargs)
        if cls.__mro__[1] is not StraitObject:  # a model's subclass: its own fields win at once
            _fields_of(cls)

    if not TYPE_CHECKING:  # mypy must not see a catch-all attribute: unknown names are errors

        def __getattr__(self, name: str) -> Any:
            # Reached only when the class has no such attribute: a name that is no field,
            # or the first field read of this class, which installs every field's _Field.
            cls = type(self)
            field = _fields_of(cls).get(name)
            if field is None:
                raise AttributeError(f"{cls.__name__!r} has no field {name!r}")
            return field.__get__(self, cls)

    def __setattr__(self, name: str, value: object) -> None:
        spec = type(self)._fields.get(name)
        if spec is None:
            raise AttributeError(f"{type(self).__name__!r} has no field {name!r}")
        dict.__setitem__(self, spec[0], to_wire(value))

    def __delattr__(self, name: str) -> None:
        spec = type(self)._fields.get(name)
        if spec is None or spec[0] not in self:
            raise AttributeError(name)
        dict.__delitem__(self, spec[0])

    def __repr__(self) -> str:
        return f"{type(self).__name__}({dict.__repr__(self)})"

    def __dir__(self) -> list[str]:
        return sorted(set(super().__dir__()) | set(type(self)._fields))

    def to_dict(self) -> dict[str, Any]:
        """A plain ``dict`` copy (nested models as plain dicts too)."""
        result: dict[str, Any] = to_wire(self, plain=True)
        return result

    @classmethod
    def from_dict(cls: type[_M], src_dict: Mapping[str, Any] | None) -> _M:
        """The model for a mapping of wire names (``None`` reads as an empty object)."""
        if src_dict is None:
            return cls()
        if not isinstance(src_dict, Mapping):
            raise TypeError(f"{cls.__name__} needs a JSON object, got {type(src_dict).__name__}")
        return cls(src_dict)

    @classmethod
    def _check(cls, value: Mapping[str, object], where: str, strict: bool) -> None:
        for wire in cls._required:
            if wire not in value:
                raise _Mismatch(f"{where}.{wire}", "a value (the field is required)", _Absent())
        known = _wire_table(cls)
        for key, item in value.items():
            decoder = known.get(key)
            if decoder is None:
                if cls._extra is not None:
                    cls._extra.check(item, f"{where}[{key!r}]", strict)
                elif strict and cls._closed:
                    raise _Mismatch(f"{where}.{key}", "no such field (not in the spec)", item)
                continue
            decoder.check(item, f"{where}.{key}", strict)


class _Field:
    """How one field of a model class is read as an attribute (``run.status``).

    The wire value, turned into its Python type by the field's decoder (a value already of
    the decoder's ``exact`` type is returned as it is); a converted model or list is stored
    back, so it is converted once. Absent: ``AttributeError``; of the wrong type:
    :class:`DecodeError`. Installed on the class by its first field read (``__getattr__``),
    so a model costs nothing at import and later reads skip ``__getattr__``.
    """

    __slots__ = ("decoder", "exact", "name", "wire")

    def __init__(self, name: str, wire: str, decoder: Decoder) -> None:
        self.name = name
        self.wire = wire
        self.decoder = decoder
        self.exact = decoder.exact

    def __get__(self, obj: StraitObject | None, owner: type | None = None) -> Any:
        if obj is None:  # on the class: a field is an annotation, not a class attribute
            raise AttributeError(self.name)
        try:
            value = dict.__getitem__(obj, self.wire)
        except KeyError:
            raise AttributeError(
                f"{type(obj).__name__}.{self.name}: the field {self.wire!r} was absent from the response"
            ) from None
        if type(value) is self.exact:
            return value
        decoder = self.decoder
        try:
            result = decoder.read(value, "")
        except _Mismatch as exc:
            raise _decode_error(f"{type(obj).__name__}.{self.name}", exc) from None
        if result is not value and decoder.wire_safe and value is not None:
            dict.__setitem__(obj, self.wire, result)
        return result


_FIELDS: dict[type[StraitObject], dict[str, _Field]] = {}


def _fields_of(cls: type[StraitObject]) -> dict[str, _Field]:
    """``cls``'s fields by attribute name, installed on ``cls`` the first time (a name that
    is a ``dict`` or :class:`StraitObject` attribute is never shadowed)."""
    fields = _FIELDS.get(cls)
    if fields is None:
        fields = {name: _Field(name, wire, decoder) for name, (wire, decoder) in cls._fields.items()}
        for name, field in fields.items():
            if not hasattr(StraitObject, name):
                setattr(cls, name, field)
        _FIELDS[cls] = fields
    return fields


class _Absent:
    def __repr__(self) -> str:
        return "nothing"


_WIRE_TABLES: dict[type[StraitObject], dict[str, Decoder]] = {}


def _wire_table(cls: type[StraitObject]) -> dict[str, Decoder]:
    table = _WIRE_TABLES.get(cls)
    if table is None:
        table = _WIRE_TABLES[cls] = dict(cls._fields.values())
    return table


def validate(decoder: Decoder, value: object, owner: str) -> None:
    """Check ``value`` deeply against ``decoder`` (strict mode); raise :class:`DecodeError`."""
    try:
        decoder.check(value, "", True)
    except _Mismatch as exc:
        raise _decode_error(owner, exc) from None
    except RecursionError:
        raise DecodeError(f"{owner}: the response is nested too deeply to check") from None


def read(decoder: Decoder, value: object, owner: str) -> object:
    """``decoder.read`` with a mismatch reported as :class:`DecodeError`."""
    try:
        return decoder.read(value, "")
    except _Mismatch as exc:
        raise _decode_error(owner, exc) from None


def to_wire(value: object, plain: bool = False) -> Any:
    """A JSON-ready copy of a request value: date-times as ISO 8601, models as dicts.

    With ``plain`` every mapping becomes a plain ``dict`` (for ``to_dict``). Objects
    with a ``to_dict()`` method (authoring definitions) are asked for it.
    """
    kind = type(value)
    if kind is str or kind is int or kind is float or kind is bool or value is None:
        return value
    if isinstance(value, Mapping):
        if not plain and kind is dict and _is_plain(value):
            return value
        return {str(k): to_wire(v, plain) for k, v in value.items()}
    if isinstance(value, list | tuple):
        return [to_wire(v, plain) for v in value]
    if isinstance(value, _dt.datetime):
        if value.tzinfo is None:
            value = value.replace(tzinfo=_dt.UTC)
        return value.isoformat().replace("+00:00", "Z")
    if isinstance(value, _dt.date):
        return value.isoformat()
    to_dict = getattr(value, "to_dict", None)
    if callable(to_dict):
        return to_wire(to_dict(), plain)
    if isinstance(value, str | int | float):  # str / int subclasses (e.g. enum members)
        return value
    raise TypeError(f"{kind.__name__} is not JSON-serialisable")


def _is_plain(value: Mapping[str, object]) -> bool:
    """True when a dict holds JSON values only (then it is sent without copying)."""
    for v in value.values():
        kind = type(v)
        if kind is str or kind is int or kind is float or kind is bool or v is None:
            continue
        if kind is dict and isinstance(v, dict):
            if not _is_plain(v):
                return False
            continue
        if kind is list and isinstance(v, list):
            for item in v:
                t = type(item)
                if t is dict and isinstance(item, dict):
                    if not _is_plain(item):
                        return False
                elif not (t is str or t is int or t is float or t is bool or item is None):
                    return False
            continue
        return False
    return True
