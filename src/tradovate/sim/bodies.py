"""Request bodies as a Jackson-based server reads them: :func:`parse_body` takes strict JSON
only (no ``NaN``, ``Infinity``, ``1e400``, lone surrogates), :func:`coerce_body` coerces the
top-level scalars to the operation's declared kinds (``"1"`` for an integer...) or says why not.
Used by both transports (:mod:`.api`, :mod:`.server`, :mod:`.ws`)."""

from __future__ import annotations

import json
import math
from typing import Any, Final

from tradovate_api.runtime import Bool, Enum, Int, List, Model, ModelRef, Number, Str

from .store import dumps

__all__ = ["coerce_body", "parse_body"]


def coerce_body(model: type[Model], body: dict[str, Any]) -> dict[str, Any] | str:
    """A request body with its top-level scalars coerced as a Jackson-based server does
    (``"1"`` for an integer, ``8`` for a string such as ``cid``, ``"true"`` for a boolean), or the
    reason it is refused: a missing or null required field, a value that cannot be coerced, an
    unknown enum value. Nested objects and undeclared fields pass unchecked."""
    out = dict(body)
    for f in model._spec.fields:
        value, kind = body.get(f.key), f.kind
        if value is None:  # absent, or null
            if f.required:
                return f"Missing required field: {f.key}"
            continue
        coerced = _coerce(kind, value)
        if coerced is _BAD:
            return f"Invalid value for field {f.key}"
        out[f.key] = coerced
    return out


_BAD: Final = object()
_LONG_MIN: Final = -(2**63)
_LONG_MAX: Final = 2**63 - 1


def _coerce(kind: Any, value: Any) -> Any:
    if isinstance(kind, Int):  # a Java long
        number: Any = _BAD
        if isinstance(value, int) and not isinstance(value, bool):
            number = value
        elif (isinstance(value, str) and value.strip().lstrip("-").isdigit()) or (
            isinstance(value, float) and value.is_integer()
        ):
            number = int(value)
        return number if number is not _BAD and _LONG_MIN <= number <= _LONG_MAX else _BAD
    if isinstance(kind, Number):  # a Java double: finite only
        if isinstance(value, int | float) and not isinstance(value, bool):
            number = float(value) if isinstance(value, int) and abs(value) > 2**53 else value
        elif isinstance(value, str):
            try:
                number = float(value)
            except ValueError:
                return _BAD
        else:
            return _BAD
        return number if math.isfinite(number) else _BAD
    if isinstance(kind, Str):
        if isinstance(value, str):
            return value
        return str(value) if isinstance(value, int | float) and not isinstance(value, bool) else _BAD
    if isinstance(kind, Bool):
        if isinstance(value, bool):
            return value
        return {"true": True, "false": False}.get(value, _BAD) if isinstance(value, str) else _BAD
    if isinstance(kind, Enum):
        return value if isinstance(value, str) and value in kind.cls._value2member_map_ else _BAD
    if isinstance(kind, List):
        return value if isinstance(value, list) else _BAD
    if isinstance(kind, ModelRef):
        if not isinstance(value, dict):
            return _BAD
        nested = coerce_body(kind.cls, value)
        return _BAD if isinstance(nested, str) else nested
    return value


def parse_body(raw: bytes | str) -> Any:
    """A request body as JSON (``None`` when empty or the JS ``undefined``); ``ValueError`` if invalid.

    Strict JSON, as a Jackson-based server reads it: ``NaN``, ``Infinity``, numbers beyond a
    double (``1e400``) and strings with lone surrogates are refused, so nothing JSON cannot carry
    is ever stored (and later sent)."""
    text = raw.decode() if isinstance(raw, bytes) else raw
    text = text.strip()
    if not text or text == "undefined":
        return None
    try:
        value = json.loads(text, parse_constant=_no_constant, parse_float=_finite)
        dumps(value)  # lone surrogates, nesting deeper than we can write back
    except (RecursionError, UnicodeEncodeError) as exc:
        raise ValueError(str(exc)) from None
    return value


def _no_constant(name: str) -> Any:
    raise ValueError(f"{name} is not JSON")


def _finite(text: str) -> float:
    value = float(text)
    if not math.isfinite(value):
        raise ValueError(f"{text:.40} is out of range")
    return value
