"""The client object's namespaces: how a method call becomes an operation.

``tv.orders`` is a namespace. Its methods come from two places:

- the regular entity queries (``item``, ``items``, ``list``, ``find``, ``suggest``, ``deps``,
  ``ldeps``, ``create``, ``update``), written once here as generic mixins; the generated
  namespace class lists which ones its entity has and names its model;
- every other operation, as a generated method that names its :class:`~._http.Operation`.

Sync and async twins: :class:`Namespace` / :class:`AsyncNamespace` and their mixins.
"""

from __future__ import annotations

from collections.abc import Awaitable, Mapping, Sequence
from typing import TYPE_CHECKING, Any, ClassVar, Generic, NamedTuple, TypeVar

from ._http import Operation, finish

if TYPE_CHECKING:
    from ._client import AsyncTradovate, Tradovate
    from .types import Response

M = TypeVar("M")
T = TypeVar("T")
C = TypeVar("C")


class Entity(NamedTuple):
    """An entity row of the spec: its path segment and the model class names."""

    segment: str  # "order": /order/item, /order/list, ...
    model: str  # "Order"
    create: str | None = None  # request body of /<segment>/create
    prefix: str = ""  # of the operation ids, if not the segment ("poaContact" for /pOAContact)

    def operation(self, op: str, namespace: str) -> Operation[Any]:
        """The :class:`~._http.Operation` of one entity query (made once, then remembered)."""
        key = (self, op, namespace)
        made = _MADE.get(key)
        if made is None:
            made = _MADE[key] = self._build(op, namespace)
        return made

    def _build(self, op: str, namespace: str) -> Operation[Any]:
        reads = op not in ("create", "update")
        body = None if reads else (self.create if op == "create" else self.model)
        return Operation(
            operation_id=f"{self.prefix or self.segment}{op.capitalize()}",
            method="GET" if reads else "POST",
            path=f"/{self.segment}/{op}",
            namespace=namespace,
            name=op,
            idempotent=reads,
            body=body,
            result=self.model,
            many=op in ("items", "list", "suggest", "deps", "ldeps"),
            arrays={"items": ("ids",), "ldeps": ("masterids",)}.get(op, ()),
            query=_ENTITY_QUERY.get(op, ()),
        )


# Every entity operation made so far (some 350; one look-up per call instead of a new Operation).
_MADE: dict[tuple[Entity, str, str], Operation[Any]] = {}

# The query parameters of the entity queries and their kinds (as spec/entities.yaml expands them
# in codegen/bundle.py: ids int64, ``l`` a count).
_ENTITY_QUERY: dict[str, tuple[tuple[str, str], ...]] = {
    "item": (("id", "int64"),),
    "items": (("ids", "int64"),),
    "find": (("name", "str"),),
    "suggest": (("t", "str"), ("l", "count")),
    "deps": (("masterid", "int64"),),
    "ldeps": (("masterids", "int64"),),
}


class Namespace:
    """Base of the sync namespaces (``tv.orders``, ``tv.auth``, ...)."""

    _entity: ClassVar[Entity | None] = None
    _namespace: ClassVar[str] = ""

    def __init__(self, client: Tradovate) -> None:
        self._client = client

    def __repr__(self) -> str:
        return f"<{type(self).__name__} namespace>"

    def _send(self, op: Operation[T], params: Mapping[str, Any] | None = None, body: Any = None) -> T:
        result: T = finish(self._client._exchange(op, params, body))
        return result

    def _query(self, op: str, params: Mapping[str, Any] | None = None, body: Any = None) -> Any:
        assert self._entity is not None
        return self._send(self._entity.operation(op, self._namespace), params, body)


class AsyncNamespace:
    """Base of the async namespaces (``await atv.orders.place(...)``)."""

    _entity: ClassVar[Entity | None] = None
    _namespace: ClassVar[str] = ""

    def __init__(self, client: AsyncTradovate) -> None:
        self._client = client

    def __repr__(self) -> str:
        return f"<{type(self).__name__} namespace>"

    # Not coroutines themselves: each returns the one coroutine that makes the call (every level
    # of ``await`` between a method and the socket is paid again each time the call resumes).
    def _send(self, op: Operation[T], params: Mapping[str, Any] | None = None, body: Any = None) -> Awaitable[T]:
        return _finished(self._client._exchange(op, params, body))

    def _query(self, op: str, params: Mapping[str, Any] | None = None, body: Any = None) -> Awaitable[Any]:
        assert self._entity is not None
        return _finished(self._client._exchange(self._entity.operation(op, self._namespace), params, body))


async def _finished(exchange: Awaitable[Response[T]]) -> T:
    return finish(await exchange)


# ---------------------------------------------------------------------------------------------
# The entity queries, once each (sync, then async). (``result: list[M] = ...``, not ``cast``:
# no call and no ``list[M]`` alias made on every call.)


class Item(Namespace, Generic[M]):
    def item(self, id: int) -> M:
        """The entity with this id (``GET /<entity>/item?id=``); ``NotFound`` if none."""
        result: M = self._query("item", {"id": id})
        return result


class Items(Namespace, Generic[M]):
    def items(self, ids: Sequence[int]) -> list[M]:
        """The entities with these ids, in one request (``GET /<entity>/items?ids=1,2``)."""
        result: list[M] = self._query("items", {"ids": ids})
        return result


class ListAll(Namespace, Generic[M]):
    def list(self) -> list[M]:
        """Every entity of this kind the user may see (``GET /<entity>/list``)."""
        result: list[M] = self._query("list")
        return result


class Find(Namespace, Generic[M]):
    def find(self, name: str) -> M:
        """The entity with this exact name (``GET /<entity>/find?name=``)."""
        result: M = self._query("find", {"name": name})
        return result


class Suggest(Namespace, Generic[M]):
    def suggest(self, text: str, limit: int) -> list[M]:
        """Up to ``limit`` entities whose name starts with ``text`` (``GET /<entity>/suggest``)."""
        result: list[M] = self._query("suggest", {"t": text, "l": limit})
        return result


class Deps(Namespace, Generic[M]):
    def deps(self, master_id: int) -> list[M]:
        """The entities that belong to one master entity (``GET /<entity>/deps?masterid=``)."""
        result: list[M] = self._query("deps", {"masterid": master_id})
        return result


class LDeps(Namespace, Generic[M]):
    def ldeps(self, master_ids: Sequence[int]) -> list[M]:
        """The entities that belong to any of these master entities (``GET /<entity>/ldeps``)."""
        result: list[M] = self._query("ldeps", {"masterids": master_ids})
        return result


class Create(Namespace, Generic[M, C]):
    def create(self, body: C) -> M:
        """Create an entity (``POST /<entity>/create``); returns it as stored, with its id."""
        result: M = self._query("create", body=body)
        return result


class Update(Namespace, Generic[M]):
    def update(self, body: M) -> M:
        """Replace an entity (``POST /<entity>/update``); returns it as stored."""
        result: M = self._query("update", body=body)
        return result


class AsyncItem(AsyncNamespace, Generic[M]):
    async def item(self, id: int) -> M:
        """The entity with this id (``GET /<entity>/item?id=``); ``NotFound`` if none."""
        result: M = await self._query("item", {"id": id})
        return result


class AsyncItems(AsyncNamespace, Generic[M]):
    async def items(self, ids: Sequence[int]) -> list[M]:
        """The entities with these ids, in one request (``GET /<entity>/items?ids=1,2``)."""
        result: list[M] = await self._query("items", {"ids": ids})
        return result


class AsyncListAll(AsyncNamespace, Generic[M]):
    async def list(self) -> list[M]:
        """Every entity of this kind the user may see (``GET /<entity>/list``)."""
        result: list[M] = await self._query("list")
        return result


class AsyncFind(AsyncNamespace, Generic[M]):
    async def find(self, name: str) -> M:
        """The entity with this exact name (``GET /<entity>/find?name=``)."""
        result: M = await self._query("find", {"name": name})
        return result


class AsyncSuggest(AsyncNamespace, Generic[M]):
    async def suggest(self, text: str, limit: int) -> list[M]:
        """Up to ``limit`` entities whose name starts with ``text`` (``GET /<entity>/suggest``)."""
        result: list[M] = await self._query("suggest", {"t": text, "l": limit})
        return result


class AsyncDeps(AsyncNamespace, Generic[M]):
    async def deps(self, master_id: int) -> list[M]:
        """The entities that belong to one master entity (``GET /<entity>/deps?masterid=``)."""
        result: list[M] = await self._query("deps", {"masterid": master_id})
        return result


class AsyncLDeps(AsyncNamespace, Generic[M]):
    async def ldeps(self, master_ids: Sequence[int]) -> list[M]:
        """The entities that belong to any of these master entities (``GET /<entity>/ldeps``)."""
        result: list[M] = await self._query("ldeps", {"masterids": master_ids})
        return result


class AsyncCreate(AsyncNamespace, Generic[M, C]):
    async def create(self, body: C) -> M:
        """Create an entity (``POST /<entity>/create``); returns it as stored, with its id."""
        result: M = await self._query("create", body=body)
        return result


class AsyncUpdate(AsyncNamespace, Generic[M]):
    async def update(self, body: M) -> M:
        """Replace an entity (``POST /<entity>/update``); returns it as stored."""
        result: M = await self._query("update", body=body)
        return result
