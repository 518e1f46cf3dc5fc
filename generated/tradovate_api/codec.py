"""The fast path between JSON bytes and models.

    >>> from tradovate_api import decode
    >>> from tradovate_api.models import SyncMessage
    >>> sync = decode(SyncMessage, raw_bytes)

``decode`` returns what ``Model.from_dict(json.loads(raw))`` returns (the same values, nothing
lost, the same drift reports), faster: with msgspec installed, bytes that match the spec are
parsed and checked in one C pass and the models built from the checked values.

The same bytes give the same result or the same ``DecodeError`` whichever JSON library is
installed (msgspec, orjson, or only the standard library): JSON text must be UTF-8; ``NaN``,
``Infinity``, numbers beyond the float range (``1e400``) and lone surrogates (``"\\ud800"``)
are refused (msgspec's and orjson's rule; the standard library alone would accept them);
integers are kept exactly at any size up to Python's 4300 digits (orjson alone would turn those
past 64 bits into floats); JSON nested deeper than 256 levels is refused.
"""

from __future__ import annotations

from typing import TypeVar

from . import _codec
from ._codec import Model

__all__ = ["Model", "decode", "decode_list", "encode"]

M = TypeVar("M", bound=Model)

Raw = bytes | bytearray | memoryview | str
_TEXT: tuple[type, ...] = (bytes, bytearray, memoryview, str)  # JSON text (a type to mypy: raw may be anything)


def decode(model: type[M], raw: Raw) -> M:
    """Decode one JSON object into ``model``.

    Raises:
        errors.DecodeError: ``raw`` is not JSON text (bytes or str: anything else too), or not
            a JSON object.
        errors.SpecDriftError: in strict mode only (see ``tradovate_api.drift``).
    """
    try:  # (decode_json, inline: one call fewer for a small message)
        return model._from_json(raw)
    except _codec.TYPED_REFUSALS:  # drift or invalid JSON: the tolerant path reports it, typed
        return model._spec._tolerant_from_json(raw)  # type: ignore[no-any-return]
    except TypeError:  # msgspec's word for what is not JSON text: DecodeError, as without it
        if isinstance(raw, _TEXT):
            raise
        return model._spec._tolerant_from_json(raw)  # type: ignore[no-any-return]


def decode_list(model: type[M], raw: Raw) -> list[M]:
    """Decode a JSON array of objects into a list of ``model``."""
    return _codec.decode_json_list(model, raw)


def encode(value: Model) -> bytes:
    """The JSON bytes of a model (its ``to_dict()``, compactly encoded, standard library)."""
    try:
        return _codec.dumps(value.to_dict())
    except (ValueError, TypeError) as exc:
        from .errors import InvalidRequest  # noqa: PLC0415

        raise InvalidRequest(f"not encodable as JSON ({type(exc).__name__})") from None
