from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar, Self

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import _codec
from ..types import UNSET
from .document_type import DocumentType

__all__ = ["SubmitPartnerSubAccountDocument"]

_KEYS: frozenset[str] = frozenset(["subAccountRequestId", "documentType", "filename", "base64data"])
_DocumentType_values = DocumentType._value2member_map_


class _SubmitPartnerSubAccountDocumentSlots:
    __slots__ = ("sub_account_request_id", "document_type", "filename", "base64data", "additional_properties", "_json")  # fmt: skip
    _json: dict[str, Any] | None


@_attrs_define(weakref_slot=False, repr=False)
class SubmitPartnerSubAccountDocument(_SubmitPartnerSubAccountDocumentSlots):
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
        o: Self = _codec.new_object(_SubmitPartnerSubAccountDocumentRaw)
        g = d.get
        v = g("subAccountRequestId", UNSET)
        if v.__class__ is not int:
            v = _codec.bad(cls, "subAccountRequestId", "integer", v, True, False)
        o.sub_account_request_id = v
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


class _SubmitPartnerSubAccountDocumentRaw(_SubmitPartnerSubAccountDocumentSlots):
    __slots__ = ()


SubmitPartnerSubAccountDocument._info = _codec.model_info(
    (
        _codec.Field("sub_account_request_id", "subAccountRequestId", _codec.plain_json),
        _codec.Field("document_type", "documentType", _codec.enum_json),
        _codec.Field("filename", "filename", _codec.plain_json),
        _codec.Field("base64data", "base64data", _codec.plain_json),
    ),
)
