from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import _codec
from ..types import UNSET, Unset

__all__ = ["UserReadStatus"]

_KEYS: frozenset[str] = frozenset(["id", "newsStoryId"])
_new = _codec.new_object


class _UserReadStatusSlots:
    __slots__ = ("id", "news_story_id", "additional_properties", "_json")  # fmt: skip
    _json: dict[str, Any] | None


@_attrs_define(weakref_slot=False, repr=False)
class UserReadStatus(_UserReadStatusSlots, _codec.Model):
    """Marks a news story as read.

    Attributes:
        id (``id``)
        news_story_id (``newsStoryId``): Id of the news story.
    """

    id: int | Unset = UNSET
    news_story_id: int | Unset = UNSET
    additional_properties: Mapping[str, Any] = _attrs_field(init=False, factory=lambda: _codec.NO_EXTRAS)


class _UserReadStatusRaw(_UserReadStatusSlots):
    __slots__ = ()


def _decode(d: dict[str, Any]) -> UserReadStatus:
    """Tolerant decoding: every divergence from the spec is reported and kept."""
    o: UserReadStatus = _new(_UserReadStatusRaw)
    missing = 0
    g = d.get
    v = g("id", UNSET)
    if v.__class__ is int:
        pass
    elif v is UNSET:
        missing += 1
    else:
        v = _codec.bad(UserReadStatus, "id", "integer", v, False, False)
    o.id = v
    v = g("newsStoryId", UNSET)
    if v.__class__ is int:
        pass
    elif v is UNSET:
        missing += 1
    else:
        v = _codec.bad(UserReadStatus, "newsStoryId", "integer", v, False, False)
    o.news_story_id = v
    if len(d) + missing == 2:
        o.additional_properties = _codec.NO_EXTRAS
    else:
        o.additional_properties = _codec.extras(UserReadStatus, d, _KEYS)
    o._json = d
    o.__class__ = UserReadStatus
    return o


def _from_wire(w: Any, d: dict[str, Any]) -> UserReadStatus:
    """Build from values msgspec has already checked against ``_Wire`` (``d`` is their JSON)."""
    o: UserReadStatus = _new(_UserReadStatusRaw)
    o.id = w.id
    o.news_story_id = w.news_story_id
    o.additional_properties = _codec.NO_EXTRAS
    o._json = d
    o.__class__ = UserReadStatus
    return o


_Wire: Any = _codec.wire_struct(
    "UserReadStatus",
    [
        ("id", "id", int, UNSET),
        ("news_story_id", "newsStoryId", int, UNSET),
    ],
)


UserReadStatus._info = _codec.model_info(
    (
        _codec.Field("id", "id", _codec.plain_json),
        _codec.Field("news_story_id", "newsStoryId", _codec.plain_json),
    ),
    decode=_decode,
    wire=_Wire,
    from_wire=_from_wire,
)
