from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import _codec
from ..types import UNSET, Unset

__all__ = ["SubmitCustomerApplicationDocumentResponse"]

_KEYS: frozenset[str] = frozenset(["ok", "errorText", "documentId"])
_new = _codec.new_object


class _SubmitCustomerApplicationDocumentResponseSlots:
    __slots__ = ("ok", "error_text", "document_id", "additional_properties", "_json")  # fmt: skip
    _json: dict[str, Any] | None


@_attrs_define(weakref_slot=False, repr=False)
class SubmitCustomerApplicationDocumentResponse(_SubmitCustomerApplicationDocumentResponseSlots, _codec.Model):
    """Result of submitCustomerApplicationDocument.

    Attributes:
        ok (``ok``): True when the document was stored.
        error_text (``errorText``): Error message; empty or absent on success.
        document_id (``documentId``): Id of the stored document, e.g. for the *DocId fields of createPartnerSubaccountRequest.
    """

    ok: bool
    error_text: str | Unset = UNSET
    document_id: int | Unset = UNSET
    additional_properties: Mapping[str, Any] = _attrs_field(init=False, factory=lambda: _codec.NO_EXTRAS)


class _SubmitCustomerApplicationDocumentResponseRaw(_SubmitCustomerApplicationDocumentResponseSlots):
    __slots__ = ()


def _decode(d: dict[str, Any]) -> SubmitCustomerApplicationDocumentResponse:
    """Tolerant decoding: every divergence from the spec is reported and kept."""
    o: SubmitCustomerApplicationDocumentResponse = _new(_SubmitCustomerApplicationDocumentResponseRaw)
    missing = 0
    g = d.get
    try:
        v = d["ok"]
    except KeyError:
        v = _codec.bad(SubmitCustomerApplicationDocumentResponse, "ok", "boolean", UNSET, True, False)
        missing += 1
    else:
        if v.__class__ is not bool:
            v = _codec.bad(SubmitCustomerApplicationDocumentResponse, "ok", "boolean", v, True, False)
    o.ok = v
    v = g("errorText", UNSET)
    if v.__class__ is str:
        pass
    elif v is UNSET:
        missing += 1
    else:
        v = _codec.bad(SubmitCustomerApplicationDocumentResponse, "errorText", "string", v, False, False)
    o.error_text = v
    v = g("documentId", UNSET)
    if v.__class__ is int:
        pass
    elif v is UNSET:
        missing += 1
    else:
        v = _codec.bad(SubmitCustomerApplicationDocumentResponse, "documentId", "integer", v, False, False)
    o.document_id = v
    if len(d) + missing == 3:
        o.additional_properties = _codec.NO_EXTRAS
    else:
        o.additional_properties = _codec.extras(SubmitCustomerApplicationDocumentResponse, d, _KEYS)
    o._json = d
    o.__class__ = SubmitCustomerApplicationDocumentResponse
    return o


def _from_wire(w: Any, d: dict[str, Any]) -> SubmitCustomerApplicationDocumentResponse:
    """Build from values msgspec has already checked against ``_Wire`` (``d`` is their JSON)."""
    o: SubmitCustomerApplicationDocumentResponse = _new(_SubmitCustomerApplicationDocumentResponseRaw)
    o.ok = w.ok
    o.error_text = w.error_text
    o.document_id = w.document_id
    o.additional_properties = _codec.NO_EXTRAS
    o._json = d
    o.__class__ = SubmitCustomerApplicationDocumentResponse
    return o


_Wire: Any = _codec.wire_struct(
    "SubmitCustomerApplicationDocumentResponse",
    [
        ("ok", "ok", bool, _codec.REQUIRED),
        ("error_text", "errorText", str, UNSET),
        ("document_id", "documentId", int, UNSET),
    ],
)


SubmitCustomerApplicationDocumentResponse._info = _codec.model_info(
    (
        _codec.Field("ok", "ok", _codec.plain_json),
        _codec.Field("error_text", "errorText", _codec.plain_json),
        _codec.Field("document_id", "documentId", _codec.plain_json),
    ),
    decode=_decode,
    wire=_Wire,
    from_wire=_from_wire,
)
