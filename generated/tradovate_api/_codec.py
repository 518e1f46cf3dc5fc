"""How generated models decode, encode, validate and print themselves.

Hand-written runtime of the package (the generator writes ``models/`` and ``_operations.py``). A generated model
module declares a frozen attrs class and one table of its fields::

    class _Slots(_codec.Model):
        __slots__ = ("id", "account_id", ...)

    @define(frozen=True, repr=False, weakref_slot=False)
    class Order(_Slots):
        id: int
        account_id: int
        ...

    _codec.fields(Order, F("id", "id", INT), F("account_id", "accountId", INT), ...)

A model inside another is named in the table (``ModelRef("TradeDate", __package__)``) and
imported when the outer one is first used: importing a model loads no model inside it.
Everything else is built from the table, the first time a model is used (:class:`._spec.ModelSpec`):

- the *typed path* (with msgspec installed): a msgspec Struct mirroring the model's JSON object
  exactly (declared keys only, strict JSON types, enum members; date-times as text). JSON bytes
  are parsed and checked against it in one C pass, and what msgspec cannot check (date-times
  with a timezone, the depth of free-form values) is checked right after, for the whole
  document, by a straight-line function: drift is found while decoding, never later. The models
  are then built from the checked values without any per-field test (one compiled function per
  model, which decode() reads from the model's class; a date-time in the usual spelling parsed
  inline), except a model holding arrays of models (``SyncMessage``): decode() builds none of
  its fields; it holds its checked wire value and fills every field from it on first read (its
  class alone has ``__getattr__``, which would slow every attribute read of the others);
- the *tolerant path*, taken for anything the typed path refuses (and always without msgspec):
  a straight-line function per model that keeps every value and reports every divergence from
  the spec to :mod:`.drift` (unknown field, unknown enum value, null, wrong type, missing key);
- ``to_dict`` (a fresh JSON object, shared with nothing): a model the typed path decoded and
  nothing changed writes back the JSON the server sent, written from its wire value by msgspec
  and kept (a model of scalars: from the first call, in place of its wire value; any other:
  from the second call), then copied the cheapest way its known shape allows. A model that can
  hold lists or free-form values is written from its fields once they were read (they may have
  been changed in place); a changed copy (``attrs.evolve``) is written from its fields, the unchanged
  models inside it as they were sent;
- ``repr`` (secrets hidden), and the request encoder, which validates before anything is sent
  and writes every model from its fields (the same bytes whatever library is installed).

The modules, one job each (this one re-exports them, and decodes whole documents):
:mod:`._json` (JSON text and values: one behaviour whatever library parses), :mod:`._secrets`
(which keys are credentials), :mod:`._values` (the model base class, undeclared keys, open
enums), :mod:`._tolerant` (drift reports, values kept as sent), :mod:`._kinds` (one class per
field kind: msgspec type, checks, conversions, JSON form, request validation) and
:mod:`._spec` (a model's functions compiled from its table), :mod:`._written` (the JSON a model
writes back).
Models are immutable values: ``attrs.evolve(order, ...)`` makes a changed copy.
"""

from __future__ import annotations

from typing import Any, TypeVar

from . import errors
from ._json import (
    _MAX_DEPTH,
    _TYPED_DEPTH,
    TYPED_REFUSALS,
    copy_json,
    datetime_json,
    dumps,
    json_bytes,
    json_type,
    loads,
)
from ._json import _loads as _loads
from ._kinds import (
    ANY,
    BOOL,
    DATE,
    DATETIME,
    INT,
    INT64_MAX,
    INT64_MIN,
    NUMBER,
    STR,
    Any_,
    Bool,
    Date,
    DateTime,
    Enum,
    F,
    Int,
    Kind,
    List,
    ModelRef,
    Number,
    Str,
    check_int64,
    check_json,
    spec_of,
)
from ._secrets import is_secret_key, redact
from ._spec import ModelSpec, fields
from ._tolerant import bad, bad_format, decode_items, unknown_enum
from ._values import (
    _MAX_OPEN_VALUES,
    NO_EXTRAS,
    Extras,
    Model,
    OpenStrEnum,
    deprecated_alias,
    json_form,
    open_enum_value,
)

__all__ = [
    "ANY",
    "BOOL",
    "DATE",
    "DATETIME",
    "INT",
    "INT64_MAX",
    "INT64_MIN",
    "NO_EXTRAS",
    "NUMBER",
    "STR",
    "TYPED_REFUSALS",
    "_MAX_DEPTH",
    "_MAX_OPEN_VALUES",
    "_TYPED_DEPTH",
    "Any_",
    "Bool",
    "Date",
    "DateTime",
    "Enum",
    "Extras",
    "F",
    "Int",
    "Kind",
    "List",
    "Model",
    "ModelRef",
    "ModelSpec",
    "Number",
    "OpenStrEnum",
    "Str",
    "_loads",
    "bad",
    "bad_format",
    "check_int64",
    "check_json",
    "copy_json",
    "datetime_json",
    "decode_items",
    "decode_json",
    "decode_json_list",
    "deprecated_alias",
    "dumps",
    "fields",
    "is_secret_key",
    "json_bytes",
    "json_form",
    "json_type",
    "loads",
    "open_enum_value",
    "redact",
    "request_json",
    "spec_of",
    "unknown_enum",
]

M = TypeVar("M", bound="Model")


_TEXT: tuple[type, ...] = (bytes, bytearray, memoryview, str)  # JSON text (a type to mypy: raw may be anything)


def decode_json(cls: type[M], raw: Any) -> M:
    """JSON text of one object -> model: the typed path, the tolerant one if that refuses."""
    try:
        return cls._from_json(raw)
    except TYPED_REFUSALS:  # drift or invalid JSON: the tolerant path reports it, typed
        return cls._spec._tolerant_from_json(raw)  # type: ignore[no-any-return]
    except TypeError:  # msgspec's word for what is not JSON text: DecodeError, as without it
        if isinstance(raw, _TEXT):
            raise
        return cls._spec._tolerant_from_json(raw)  # type: ignore[no-any-return]


def decode_json_list(cls: type[M], raw: Any) -> list[M]:
    """JSON text of an array of objects -> list of models."""
    spec = cls._spec
    if spec.wire is not None:
        try:
            return list(map(spec.from_wire, spec.list_decoder.decode(raw)))
        except TYPED_REFUSALS:
            pass
        except TypeError:  # not JSON text (msgspec's word): DecodeError below, as without it
            if isinstance(raw, _TEXT):
                raise
    data = loads(raw, f"list of {cls.__name__}")
    if data.__class__ is not list:
        raise errors.DecodeError(f"list of {cls.__name__}: expected a JSON array, got {json_type(data)}")
    return spec.decode_items(cls.__name__, "[]", data, True)


def request_json(cls: type[Model], body: Any) -> dict[str, Any]:
    """The validated JSON object of a request body of type ``cls``."""
    if not isinstance(body, cls):
        raise errors.InvalidRequest(f"the body must be a {cls.__name__}, got {type(body).__name__}", "body")
    return cls._spec.request_json(body)
