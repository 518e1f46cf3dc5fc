from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar, Self

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


class _SubmitCustomerApplicationDocumentSlots:
    __slots__ = ("process", "document_type", "filename", "base64data", "user_id", "person_type", "customer_application_id", "additional_properties", "_json")  # fmt: skip
    _json: dict[str, Any] | None


@_attrs_define(weakref_slot=False, repr=False)
class SubmitCustomerApplicationDocument(_SubmitCustomerApplicationDocumentSlots):
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
    _info: ClassVar[_codec.ModelInfo]

    __setattr__ = _codec.model_setattr
    __repr__ = _codec.model_repr

    def to_dict(self) -> dict[str, Any]:
        """The JSON object for this value (new top-level dict; nested containers are shared)."""
        return _codec.to_dict(self)

    def _json_form(self) -> dict[str, Any]:
        return _codec.json_form(self)

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        """Decode a JSON object. Never fails on spec drift; see ``tradovate_api.drift``."""
        return cls._from_json(_codec.copy_json(src_dict))

    @classmethod
    def _from_json(cls, d: dict[str, Any]) -> Self:
        o: Self = _codec.new_object(_SubmitCustomerApplicationDocumentRaw)
        g = d.get
        v = g("process", UNSET)
        if v.__class__ is str:
            e = _DocumentProcess_values.get(v)
            v = e if e is not None else _codec.unknown_enum(cls, "process", DocumentProcess, v)
        else:
            v = _codec.bad(cls, "process", "string", v, True, False)
        o.process = v
        v = g("documentType", UNSET)
        if v.__class__ is str:
            e = _DocumentType_values.get(v)
            v = e if e is not None else _codec.unknown_enum(cls, "documentType", DocumentType, v)
        else:
            v = _codec.bad(cls, "documentType", "string", v, True, False)
        o.document_type = v
        v = g("filename", UNSET)
        if v.__class__ is not str:
            v = _codec.bad(cls, "filename", "string", v, True, False)
        o.filename = v
        v = g("base64data", UNSET)
        if v.__class__ is not str:
            v = _codec.bad(cls, "base64data", "string", v, True, False)
        o.base64data = v
        v = g("userId", UNSET)
        if v.__class__ is not int and v is not UNSET:
            v = _codec.bad(cls, "userId", "integer", v, False, False)
        o.user_id = v
        v = g("personType", UNSET)
        if v.__class__ is str:
            e = _PersonType_values.get(v)
            v = e if e is not None else _codec.unknown_enum(cls, "personType", PersonType, v)
        elif v is not UNSET:
            v = _codec.bad(cls, "personType", "string", v, False, False)
        o.person_type = v
        v = g("customerApplicationId", UNSET)
        if v.__class__ is not int and v is not UNSET:
            v = _codec.bad(cls, "customerApplicationId", "integer", v, False, False)
        o.customer_application_id = v
        if _KEYS.issuperset(d):
            o.additional_properties = _codec.NO_EXTRAS
        else:
            o.additional_properties = _codec.extras(cls, d, _KEYS)
        o._json = d
        o.__class__ = cls
        return o

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties)

    def __getitem__(self, key: str) -> Any:
        return self.additional_properties[key]

    def __setitem__(self, key: str, value: Any) -> None:
        _codec.model_setitem(self, key, value)

    def __delitem__(self, key: str) -> None:
        _codec.model_delitem(self, key)

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties


class _SubmitCustomerApplicationDocumentRaw(_SubmitCustomerApplicationDocumentSlots):
    __slots__ = ()


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
)
