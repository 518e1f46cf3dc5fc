from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import _codec
from ..types import UNSET, Unset
from .document_process import DocumentProcess
from .document_type import DocumentType
from .person_type import PersonType

__all__ = ["SubmitCustomerApplicationDocument"]

_KEYS: frozenset[str] = frozenset(
    ["process", "documentType", "filename", "base64data", "userId", "personType", "customerApplicationId"]
)
_DocumentProcess_values = DocumentProcess._value2member_map_
_DocumentType_values = DocumentType._value2member_map_
_PersonType_values = PersonType._value2member_map_
_new = _codec.new_object


class _SubmitCustomerApplicationDocumentSlots:
    __slots__ = ("process", "document_type", "filename", "base64data", "user_id", "person_type", "customer_application_id", "additional_properties", "_json")  # fmt: skip
    _json: dict[str, Any] | None


@_attrs_define(weakref_slot=False, repr=False)
class SubmitCustomerApplicationDocument(_SubmitCustomerApplicationDocumentSlots, _codec.Model):
    """Request body of submitCustomerApplicationDocument: one document and the workflow it belongs to.

    Attributes:
        process (``process``): Workflow the document belongs to; `SubAccountRequest` to pre-upload subaccount
            documents.
        document_type (``documentType``): Kind of document.
        filename (``filename``): File name, 5-64 characters.
        base64data (``base64data``): File as a data URI (`data:<mime-type>;base64,...`) of a PDF, text or image; at most
            8,388,608 characters.
        user_id (``userId``): Id of the User the document is for; for another user the caller must be an organisation
            admin.
        person_type (``personType``): Which person on the application the document concerns.
        customer_application_id (``customerApplicationId``): Id of the customer application the document belongs to.
    """

    process: DocumentProcess
    document_type: DocumentType
    filename: str
    base64data: str
    user_id: int | Unset = UNSET
    person_type: PersonType | Unset = UNSET
    customer_application_id: int | Unset = UNSET
    additional_properties: Mapping[str, Any] = _attrs_field(init=False, factory=lambda: _codec.NO_EXTRAS)


class _SubmitCustomerApplicationDocumentRaw(_SubmitCustomerApplicationDocumentSlots):
    __slots__ = ()


def _decode(d: dict[str, Any]) -> SubmitCustomerApplicationDocument:
    """Tolerant decoding: every divergence from the spec is reported and kept."""
    o: SubmitCustomerApplicationDocument = _new(_SubmitCustomerApplicationDocumentRaw)
    missing = 0
    g = d.get
    try:
        v = d["process"]
    except KeyError:
        v = _codec.bad(SubmitCustomerApplicationDocument, "process", "string", UNSET, True, False)
        missing += 1
    else:
        if v.__class__ is str:
            try:
                v = _DocumentProcess_values[v]
            except KeyError:
                v = _codec.unknown_enum(SubmitCustomerApplicationDocument, "process", DocumentProcess, v)
        else:
            v = _codec.bad(SubmitCustomerApplicationDocument, "process", "string", v, True, False)
    o.process = v
    try:
        v = d["documentType"]
    except KeyError:
        v = _codec.bad(SubmitCustomerApplicationDocument, "documentType", "string", UNSET, True, False)
        missing += 1
    else:
        if v.__class__ is str:
            try:
                v = _DocumentType_values[v]
            except KeyError:
                v = _codec.unknown_enum(SubmitCustomerApplicationDocument, "documentType", DocumentType, v)
        else:
            v = _codec.bad(SubmitCustomerApplicationDocument, "documentType", "string", v, True, False)
    o.document_type = v
    try:
        v = d["filename"]
    except KeyError:
        v = _codec.bad(SubmitCustomerApplicationDocument, "filename", "string", UNSET, True, False)
        missing += 1
    else:
        if v.__class__ is not str:
            v = _codec.bad(SubmitCustomerApplicationDocument, "filename", "string", v, True, False)
    o.filename = v
    try:
        v = d["base64data"]
    except KeyError:
        v = _codec.bad(SubmitCustomerApplicationDocument, "base64data", "string", UNSET, True, False)
        missing += 1
    else:
        if v.__class__ is not str:
            v = _codec.bad(SubmitCustomerApplicationDocument, "base64data", "string", v, True, False)
    o.base64data = v
    v = g("userId", UNSET)
    if v.__class__ is int:
        pass
    elif v is UNSET:
        missing += 1
    else:
        v = _codec.bad(SubmitCustomerApplicationDocument, "userId", "integer", v, False, False)
    o.user_id = v
    v = g("personType", UNSET)
    if v.__class__ is str:
        try:
            v = _PersonType_values[v]
        except KeyError:
            v = _codec.unknown_enum(SubmitCustomerApplicationDocument, "personType", PersonType, v)
    elif v is UNSET:
        missing += 1
    else:
        v = _codec.bad(SubmitCustomerApplicationDocument, "personType", "string", v, False, False)
    o.person_type = v
    v = g("customerApplicationId", UNSET)
    if v.__class__ is int:
        pass
    elif v is UNSET:
        missing += 1
    else:
        v = _codec.bad(SubmitCustomerApplicationDocument, "customerApplicationId", "integer", v, False, False)
    o.customer_application_id = v
    if len(d) + missing == 7:
        o.additional_properties = _codec.NO_EXTRAS
    else:
        o.additional_properties = _codec.extras(SubmitCustomerApplicationDocument, d, _KEYS)
    o._json = d
    o.__class__ = SubmitCustomerApplicationDocument
    return o


def _from_wire(w: Any, d: dict[str, Any]) -> SubmitCustomerApplicationDocument:
    """Build from values msgspec has already checked against ``_Wire`` (``d`` is their JSON)."""
    o: SubmitCustomerApplicationDocument = _new(_SubmitCustomerApplicationDocumentRaw)
    o.process = w.process
    o.document_type = w.document_type
    o.filename = w.filename
    o.base64data = w.base64data
    o.user_id = w.user_id
    o.person_type = w.person_type
    o.customer_application_id = w.customer_application_id
    o.additional_properties = _codec.NO_EXTRAS
    o._json = d
    o.__class__ = SubmitCustomerApplicationDocument
    return o


_Wire: Any = _codec.wire_struct(
    "SubmitCustomerApplicationDocument",
    [
        ("process", "process", DocumentProcess, _codec.REQUIRED),
        ("document_type", "documentType", DocumentType, _codec.REQUIRED),
        ("filename", "filename", str, _codec.REQUIRED),
        ("base64data", "base64data", str, _codec.REQUIRED),
        ("user_id", "userId", int, UNSET),
        ("person_type", "personType", PersonType, UNSET),
        ("customer_application_id", "customerApplicationId", int, UNSET),
    ],
)


SubmitCustomerApplicationDocument._info = _codec.model_info(
    (
        _codec.Field("process", "process", _codec.enum_json),
        _codec.Field("document_type", "documentType", _codec.enum_json),
        _codec.Field("filename", "filename", _codec.plain_json),
        _codec.Field("base64data", "base64data", _codec.plain_json),
        _codec.Field("user_id", "userId", _codec.plain_json),
        _codec.Field("person_type", "personType", _codec.enum_json),
        _codec.Field("customer_application_id", "customerApplicationId", _codec.plain_json),
    ),
    decode=_decode,
    wire=_Wire,
    from_wire=_from_wire,
)
