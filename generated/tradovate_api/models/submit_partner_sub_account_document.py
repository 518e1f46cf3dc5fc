from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import _codec
from ..types import UNSET
from .document_type import DocumentType

__all__ = ["SubmitPartnerSubAccountDocument"]

_KEYS: frozenset[str] = frozenset(["subAccountRequestId", "documentType", "filename", "base64data"])
_DocumentType_values = DocumentType._value2member_map_
_new = _codec.new_object


class _SubmitPartnerSubAccountDocumentSlots:
    __slots__ = ("sub_account_request_id", "document_type", "filename", "base64data", "additional_properties", "_json")  # fmt: skip
    _json: dict[str, Any] | None


@_attrs_define(weakref_slot=False, repr=False)
class SubmitPartnerSubAccountDocument(_SubmitPartnerSubAccountDocumentSlots, _codec.Model):
    """Request body of submitPartnerSubaccountDocument.

    Attributes:
        sub_account_request_id (``subAccountRequestId``): The `requestId` returned by createPartnerSubaccountRequest.
        document_type (``documentType``): `POAForm`, `Id` or `AddressVerificationFAFTA`.
        filename (``filename``): File name, 5-64 characters.
        base64data (``base64data``): File as a data URI (`data:<mime-type>;base64,...`) of a PDF, text or image; request at
            most 5 MB.
    """

    sub_account_request_id: int
    document_type: DocumentType
    filename: str
    base64data: str
    additional_properties: Mapping[str, Any] = _attrs_field(init=False, factory=lambda: _codec.NO_EXTRAS)


class _SubmitPartnerSubAccountDocumentRaw(_SubmitPartnerSubAccountDocumentSlots):
    __slots__ = ()


def _decode(d: dict[str, Any]) -> SubmitPartnerSubAccountDocument:
    """Tolerant decoding: every divergence from the spec is reported and kept."""
    o: SubmitPartnerSubAccountDocument = _new(_SubmitPartnerSubAccountDocumentRaw)
    missing = 0
    try:
        v = d["subAccountRequestId"]
    except KeyError:
        v = _codec.bad(SubmitPartnerSubAccountDocument, "subAccountRequestId", "integer", UNSET, True, False)
        missing += 1
    else:
        if v.__class__ is not int:
            v = _codec.bad(SubmitPartnerSubAccountDocument, "subAccountRequestId", "integer", v, True, False)
    o.sub_account_request_id = v
    try:
        v = d["documentType"]
    except KeyError:
        v = _codec.bad(SubmitPartnerSubAccountDocument, "documentType", "string", UNSET, True, False)
        missing += 1
    else:
        if v.__class__ is str:
            try:
                v = _DocumentType_values[v]
            except KeyError:
                v = _codec.unknown_enum(SubmitPartnerSubAccountDocument, "documentType", DocumentType, v)
        else:
            v = _codec.bad(SubmitPartnerSubAccountDocument, "documentType", "string", v, True, False)
    o.document_type = v
    try:
        v = d["filename"]
    except KeyError:
        v = _codec.bad(SubmitPartnerSubAccountDocument, "filename", "string", UNSET, True, False)
        missing += 1
    else:
        if v.__class__ is not str:
            v = _codec.bad(SubmitPartnerSubAccountDocument, "filename", "string", v, True, False)
    o.filename = v
    try:
        v = d["base64data"]
    except KeyError:
        v = _codec.bad(SubmitPartnerSubAccountDocument, "base64data", "string", UNSET, True, False)
        missing += 1
    else:
        if v.__class__ is not str:
            v = _codec.bad(SubmitPartnerSubAccountDocument, "base64data", "string", v, True, False)
    o.base64data = v
    if len(d) + missing == 4:
        o.additional_properties = _codec.NO_EXTRAS
    else:
        o.additional_properties = _codec.extras(SubmitPartnerSubAccountDocument, d, _KEYS)
    o._json = d
    o.__class__ = SubmitPartnerSubAccountDocument
    return o


def _from_wire(w: Any, d: dict[str, Any]) -> SubmitPartnerSubAccountDocument:
    """Build from values msgspec has already checked against ``_Wire`` (``d`` is their JSON)."""
    o: SubmitPartnerSubAccountDocument = _new(_SubmitPartnerSubAccountDocumentRaw)
    o.sub_account_request_id = w.sub_account_request_id
    o.document_type = w.document_type
    o.filename = w.filename
    o.base64data = w.base64data
    o.additional_properties = _codec.NO_EXTRAS
    o._json = d
    o.__class__ = SubmitPartnerSubAccountDocument
    return o


_Wire: Any = _codec.wire_struct(
    "SubmitPartnerSubAccountDocument",
    [
        ("sub_account_request_id", "subAccountRequestId", int, _codec.REQUIRED),
        ("document_type", "documentType", DocumentType, _codec.REQUIRED),
        ("filename", "filename", str, _codec.REQUIRED),
        ("base64data", "base64data", str, _codec.REQUIRED),
    ],
)


SubmitPartnerSubAccountDocument._info = _codec.model_info(
    (
        _codec.Field("sub_account_request_id", "subAccountRequestId", _codec.plain_json),
        _codec.Field("document_type", "documentType", _codec.enum_json),
        _codec.Field("filename", "filename", _codec.plain_json),
        _codec.Field("base64data", "base64data", _codec.plain_json),
    ),
    decode=_decode,
    wire=_Wire,
    from_wire=_from_wire,
)
