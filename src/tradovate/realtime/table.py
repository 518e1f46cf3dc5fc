"""What a :class:`~.mirror.Mirror` keeps for one entity type (:class:`Table`): the stored JSON
objects by id, their decoded models, versions, deletions, secondary indexes, handles, and the
shape bookkeeping :mod:`.dump` copies them by. The mirror changes a table; nobody else does."""

from __future__ import annotations

import weakref
from typing import TYPE_CHECKING, Any, Final

from tradovate_api.codec import Model

from .changes import Raw
from .entity_types import _INDEXED, Version

if TYPE_CHECKING:
    from .handles import EntityHandle

__all__ = ["UNKNOWN", "Table", "unindex"]

#: A version not computed yet (``None`` is a computed "unknown").
UNKNOWN: Final = object()


class Table:
    """Everything the mirror keeps for one entity type."""

    __slots__ = (
        "fields",
        "fresh",
        "handles",
        "index",
        "models",
        "name",
        "nested",
        "plan",
        "recheck",
        "store",
        "tombs",
        "unchecked",
        "unkeyed",
        "vers",
        "version",
    )

    def __init__(self, name: str, version: Version | None) -> None:
        self.name = name
        self.version = version
        self.store: dict[int, Raw] = {}
        self.models: dict[int, Model] = {}  # decoded on first read
        self.vers: dict[int, Any] = {}  # versions of stored values, once computed
        self.tombs: dict[int, Raw] = {}  # deleted entities (their last JSON), see the mirror's doc
        self.fresh: set[int] = set()  # ids touched by events since the sync began
        self.fields: tuple[str, ...] = _INDEXED.get(name, ())
        self.index: dict[str, dict[Any, dict[int, None]]] = {f: {} for f in self.fields}
        self.handles: dict[int, weakref.ref[EntityHandle[Any]]] = {}
        self.unkeyed: list[Any] = []  # snapshot items without an integer id
        # For to_json (see .dump): the stored values holding an object or an array, by id, with
        # the keys of those that are flat objects (``None``: anything deeper), as of the last
        # to_json (the others are copied in one C call each); ids stored since then are looked at
        # by the next one (every id if ``recheck``). ``plan``: the keys of all those plans when
        # ``nested`` last changed, ``None`` if one of them was ``None`` (deletions keep it true
        # of the entities left).
        self.nested: dict[int, tuple[str, ...] | None] = {}
        self.plan: tuple[str, ...] | None = None
        self.unchecked: set[int] = set()
        self.recheck = False

    def ids(self, field: str, value: Any) -> list[int]:
        return list(self.index.get(field, {}).get(value, ()))

    def reindex(self) -> None:
        for f in self.fields:
            by: dict[Any, dict[int, None]] = {}
            for ident, raw in self.store.items():
                value = raw.get(f)
                if value.__class__ is int or value.__class__ is str:
                    bucket = by.get(value)
                    if bucket is None:
                        by[value] = {ident: None}
                    else:
                        bucket[ident] = None
            self.index[f] = by


def unindex(by: dict[Any, dict[int, None]], value: Any, ident: int) -> None:
    """Drop ``ident`` from the index bucket of ``value``."""
    if value.__class__ is int or value.__class__ is str:
        bucket = by.get(value)
        if bucket is not None:
            bucket.pop(ident, None)
            if not bucket:
                del by[value]
