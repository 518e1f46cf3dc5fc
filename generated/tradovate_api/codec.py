"""The fast path between JSON bytes and models.

    >>> from tradovate_api import decode
    >>> from tradovate_api.models import SyncMessage
    >>> sync = decode(SyncMessage, raw_bytes)

``decode`` returns exactly what ``Model.from_dict(json.loads(raw))`` returns (the same attrs
objects, nothing lost, the same drift reports), faster: it parses with ``msgspec`` or ``orjson``
when one is installed (the standard library otherwise), decodes the parser's fresh objects in
place instead of copying them, and pauses the cyclic garbage collector while it builds the tree.
"""

from __future__ import annotations

from typing import Any, TypeVar

from . import _codec
from ._codec import Model

__all__ = ["Model", "decode", "decode_list", "encode"]


M = TypeVar("M", bound=Model)

Raw = bytes | bytearray | memoryview | str


def decode(model: type[M], raw: Raw) -> M:
    """Decode one JSON object into ``model``.

    Raises:
        errors.DecodeError: ``raw`` is not JSON, or not a JSON object.
        errors.SpecDriftError: in strict mode only (see ``tradovate_api.drift``).
    """
    with _codec.gc_paused():
        return model._from_json(_codec.json_object(model, _loads(model, raw)))


def decode_list(model: type[M], raw: Raw) -> list[M]:
    """Decode a JSON array of objects into a list of ``model``."""
    with _codec.gc_paused():
        items = _codec.json_array(model, _loads(model, raw))
        return _codec.decode_list_of(model, "[]", items)


def encode(value: Model) -> bytes:
    """The JSON bytes of a model (its ``to_dict()``, compactly encoded)."""
    return _codec.dumps(value.to_dict())


def _loads(model: type, raw: Raw) -> Any:
    try:
        return _codec.loads(raw)
    except ValueError as exc:
        from .errors import DecodeError

        raise DecodeError(f"{model.__name__}: not valid JSON ({type(exc).__name__})") from None
