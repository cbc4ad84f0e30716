"""Frozen domain dataclasses to canonical JSON and back, typed by their annotations.

Assessments and project revisions are stored as documents: a validated revision must read back
exactly as it was approved, whatever later code changes, so the format is plain JSON (dates as
ISO strings, sets as sorted lists, tuples as lists, enums by value) with sorted keys.
"""

from __future__ import annotations

import dataclasses
import functools
import json
import types
import typing
from collections.abc import Mapping
from datetime import date
from enum import Enum
from typing import Any, TypeVar

T = TypeVar("T")


def _plain(value: Any) -> Any:
    if dataclasses.is_dataclass(value) and not isinstance(value, type):
        return {f.name: _plain(getattr(value, f.name)) for f in dataclasses.fields(value)}
    if isinstance(value, Enum):
        return value.value
    if isinstance(value, date):
        return value.isoformat()
    if isinstance(value, frozenset | set):
        return sorted(_plain(item) for item in value)
    if isinstance(value, list | tuple):
        return [_plain(item) for item in value]
    if isinstance(value, Mapping):
        return {str(key): _plain(item) for key, item in value.items()}
    return value


def to_document(value: object) -> str:
    return json.dumps(_plain(value), sort_keys=True, ensure_ascii=False, separators=(",", ":"))


def _union_members(kind: Any) -> tuple[Any, ...] | None:
    if typing.get_origin(kind) in (typing.Union, types.UnionType):
        return tuple(arg for arg in typing.get_args(kind) if arg is not type(None))
    return None


def _pick_dataclass(members: tuple[Any, ...], raw: Mapping[str, Any]) -> Any:
    """A union of dataclasses (e.g. housing path a or b) is told apart by its field names."""
    for member in members:
        names = {f.name for f in dataclasses.fields(member)}
        if set(raw) <= names:
            return member
    raise ValueError("document does not match any of the expected record kinds")


def _build(kind: Any, raw: Any) -> Any:
    members = _union_members(kind)
    if members is not None:
        if raw is None:
            return None
        if len(members) == 1:
            return _build(members[0], raw)
        return _from_plain(_pick_dataclass(members, raw), raw)
    origin, args = typing.get_origin(kind), typing.get_args(kind)
    if origin in (tuple, frozenset, list, set):
        item = args[0] if args else Any
        built = [_build(item, element) for element in raw]
        return (
            tuple(built) if origin is tuple else frozenset(built) if origin is frozenset else built
        )
    if origin in (dict, Mapping) or kind is Mapping:
        value_kind = args[1] if len(args) == 2 else Any
        return {key: _build(value_kind, element) for key, element in raw.items()}
    return _scalar(kind, raw)


def _scalar(kind: Any, raw: Any) -> Any:
    if isinstance(kind, type) and dataclasses.is_dataclass(kind):
        return _from_plain(kind, raw)
    if kind is date:
        return date.fromisoformat(raw)
    if isinstance(kind, type) and issubclass(kind, Enum):
        return kind(raw)
    return raw


@functools.cache
def _field_kinds(cls: type) -> tuple[tuple[str, Any], ...]:
    """Each field's resolved annotation. Resolving them (`get_type_hints` evaluates the
    string annotations) is most of the cost of reading a document, and they never change."""
    hints = typing.get_type_hints(cls)
    return tuple((f.name, hints[f.name]) for f in dataclasses.fields(cls))


def _from_plain(cls: type[T], raw: Mapping[str, Any]) -> T:
    plain: type = cls  # mypy does not see that a type[T] is hashable
    values = {name: _build(kind, raw[name]) for name, kind in _field_kinds(plain) if name in raw}
    return cls(**values)


def from_document(cls: type[T], text: str) -> T:
    """Rebuild `cls` from `to_document` output; missing fields take their defaults."""
    return _from_plain(cls, json.loads(text))
