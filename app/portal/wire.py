"""The portal contract as JSON: contract dataclasses <-> JSON-safe dicts, both ways.

This is the one place that knows how the contract looks on the wire; ``server.api`` encodes
with it and ``app.portal.http_client`` decodes with it (and the other way round for
requests). It is generic over the contract dataclasses, driven by their type hints:

- a dataclass is an object with one member per field;
- an enum is its value, a date an ISO date (``YYYY-MM-DD``), a tuple or list an array;
- ``ChangesPage.upserts`` holds the documents of the page's feed (``DOCUMENT_TYPES``).

Decoding a value that does not fit its type raises ``WireError``.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import enum
import types
import typing
from functools import cache
from typing import Any, TypeVar

from app.portal import contract as c

T = TypeVar("T")


class WireError(ValueError):
    """A JSON value does not have the shape its contract type asks for."""


# --- encoding --------------------------------------------------------------------------


def to_wire(value: Any) -> Any:
    """A contract value (dataclass, enum, date, list, tuple or scalar) as JSON-safe data."""
    if dataclasses.is_dataclass(value) and not isinstance(value, type):
        return {f.name: to_wire(getattr(value, f.name)) for f in dataclasses.fields(value)}
    if isinstance(value, enum.Enum):
        return value.value
    if isinstance(value, dt.datetime):
        return value.isoformat()
    if isinstance(value, dt.date):
        return value.isoformat()
    if isinstance(value, list | tuple):
        return [to_wire(v) for v in value]
    if value is None or isinstance(value, bool | int | float | str):
        return value
    raise TypeError(f"not a contract value: {type(value).__name__}")


# --- decoding --------------------------------------------------------------------------


@cache
def _hints(cls: type) -> dict[str, Any]:
    return typing.get_type_hints(cls)


def from_wire(tp: type[T], data: Any) -> T:
    """Decode JSON data into the contract type ``tp`` (a dataclass, usually)."""
    return typing.cast(T, _decode(tp, data, tp.__name__))


def _decode(tp: Any, data: Any, where: str) -> Any:
    origin = typing.get_origin(tp)
    if tp is Any:
        return data
    if origin in (types.UnionType, typing.Union):
        return _decode_union(tp, data, where)
    if origin is list:
        (item,) = typing.get_args(tp)
        return [_decode(item, v, f"{where}[{i}]") for i, v in enumerate(_array(data, where))]
    if origin is tuple:  # the contract only has tuple[T, ...]
        item = typing.get_args(tp)[0]
        return tuple(_decode(item, v, f"{where}[{i}]") for i, v in enumerate(_array(data, where)))
    if isinstance(tp, type):
        if dataclasses.is_dataclass(tp):
            return _decode_dataclass(tp, data, where)
        if issubclass(tp, enum.Enum):
            try:
                return tp(data)
            except ValueError:
                raise WireError(f"{where}: not a {tp.__name__}: {data!r}") from None
        return _decode_scalar(tp, data, where)
    raise TypeError(f"{where}: no wire form for {tp!r}")


def _decode_union(tp: Any, data: Any, where: str) -> Any:
    args = typing.get_args(tp)
    if data is None:
        if type(None) in args:
            return None
        raise WireError(f"{where}: missing value")
    errors = []
    for arg in args:
        if arg is type(None):
            continue
        try:
            return _decode(arg, data, where)
        except WireError as exc:
            errors.append(str(exc))
    raise WireError("; ".join(errors))


def _decode_dataclass(cls: type, data: Any, where: str) -> Any:
    if not isinstance(data, dict):
        raise WireError(f"{where}: expected an object")
    hints = _hints(cls)
    values: dict[str, Any] = {}
    for f in dataclasses.fields(cls):
        if f.name in data:
            values[f.name] = _decode(hints[f.name], data[f.name], f"{where}.{f.name}")
        elif f.default is dataclasses.MISSING and f.default_factory is dataclasses.MISSING:
            raise WireError(f"{where}.{f.name}: missing")
    if cls is c.ChangesPage:
        doc_type = c.DOCUMENT_TYPES[values["feed"]]
        values["upserts"] = [
            _decode(doc_type, v, f"{where}.upserts[{i}]") for i, v in enumerate(values["upserts"])
        ]
    return cls(**values)


def _decode_scalar(tp: type, data: Any, where: str) -> Any:
    if tp is dt.datetime or tp is dt.date:
        if not isinstance(data, str):
            raise WireError(f"{where}: expected an ISO date")
        try:
            return tp.fromisoformat(data)
        except ValueError:
            raise WireError(f"{where}: not an ISO date: {data!r}") from None
    if tp is float and isinstance(data, int) and not isinstance(data, bool):
        return float(data)
    if tp is type(None) and data is None:
        return None
    if tp in (bool, int, float, str) and isinstance(data, tp):
        if tp is int and isinstance(data, bool):
            raise WireError(f"{where}: expected a number")
        return data
    raise WireError(f"{where}: expected {tp.__name__}, got {type(data).__name__}")


def _array(data: Any, where: str) -> list[Any]:
    if not isinstance(data, list):
        raise WireError(f"{where}: expected an array")
    return data
