from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import _codec
from ..types import UNSET, Unset

__all__ = ["SubmitPartnerSubAccountDocumentResponse"]

_KEYS: frozenset[str] = frozenset(["errorText", "documentId"])
_new = _codec.new_object


class _SubmitPartnerSubAccountDocumentResponseSlots:
    __slots__ = ("error_text", "document_id", "additional_properties", "_json")  # fmt: skip
    _json: dict[str, Any] | None


@_attrs_define(weakref_slot=False, repr=False)
class SubmitPartnerSubAccountDocumentResponse(_SubmitPartnerSubAccountDocumentResponseSlots, _codec.Model):
    """Result of submitPartnerSubaccountDocument.

    Attributes:
        error_text (``errorText``): Error message; empty or absent on success.
        document_id (``documentId``): Id of the stored document.
    """

    error_text: str | Unset = UNSET
    document_id: int | Unset = UNSET
    additional_properties: Mapping[str, Any] = _attrs_field(init=False, factory=lambda: _codec.NO_EXTRAS)


class _SubmitPartnerSubAccountDocumentResponseRaw(_SubmitPartnerSubAccountDocumentResponseSlots):
    __slots__ = ()


def _decode(d: dict[str, Any]) -> SubmitPartnerSubAccountDocumentResponse:
    """Tolerant decoding: every divergence from the spec is reported and kept."""
    o: SubmitPartnerSubAccountDocumentResponse = _new(_SubmitPartnerSubAccountDocumentResponseRaw)
    missing = 0
    g = d.get
    v = g("errorText", UNSET)
    if v.__class__ is str:
        pass
    elif v is UNSET:
        missing += 1
    else:
        v = _codec.bad(SubmitPartnerSubAccountDocumentResponse, "errorText", "string", v, False, False)
    o.error_text = v
    v = g("documentId", UNSET)
    if v.__class__ is int:
        pass
    elif v is UNSET:
        missing += 1
    else:
        v = _codec.bad(SubmitPartnerSubAccountDocumentResponse, "documentId", "integer", v, False, False)
    o.document_id = v
    if len(d) + missing == 2:
        o.additional_properties = _codec.NO_EXTRAS
    else:
        o.additional_properties = _codec.extras(SubmitPartnerSubAccountDocumentResponse, d, _KEYS)
    o._json = d
    o.__class__ = SubmitPartnerSubAccountDocumentResponse
    return o


def _from_wire(w: Any, d: dict[str, Any]) -> SubmitPartnerSubAccountDocumentResponse:
    """Build from values msgspec has already checked against ``_Wire`` (``d`` is their JSON)."""
    o: SubmitPartnerSubAccountDocumentResponse = _new(_SubmitPartnerSubAccountDocumentResponseRaw)
    o.error_text = w.error_text
    o.document_id = w.document_id
    o.additional_properties = _codec.NO_EXTRAS
    o._json = d
    o.__class__ = SubmitPartnerSubAccountDocumentResponse
    return o


_Wire: Any = _codec.wire_struct(
    "SubmitPartnerSubAccountDocumentResponse",
    [
        ("error_text", "errorText", str, UNSET),
        ("document_id", "documentId", int, UNSET),
    ],
)


SubmitPartnerSubAccountDocumentResponse._info = _codec.model_info(
    (
        _codec.Field("error_text", "errorText", _codec.plain_json),
        _codec.Field("document_id", "documentId", _codec.plain_json),
    ),
    decode=_decode,
    wire=_Wire,
    from_wire=_from_wire,
)
