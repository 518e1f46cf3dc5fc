"""One request and one answer as data: what the client, the guards, the transport and its
backends hand each other. Hand-written, not generated.

- :class:`WireRequest`: a validated request (operation, method, path, query, body bytes and the
  JSON value they encode); the guards add a penalty ticket to it without reading bytes back.
- :class:`Prepared`: the request as the transport made it for the wire, the same for every
  backend (absolute URL, every header in order but ``Host``, body, phase timeouts).
- :class:`WireResponse`: status, headers (case-insensitive), the body's bytes, elapsed seconds.
"""

from __future__ import annotations

from collections.abc import Mapping, MutableMapping
from typing import Any, NamedTuple

import attrs


@attrs.frozen
class WireRequest:
    """One validated request, as data: ``body`` is the bytes of ``json`` (the JSON value it was
    validated as, kept so that a penalty ticket is added without reading the bytes again)."""

    operation_id: str
    method: str
    path: str
    query: Mapping[str, str] | None = attrs.field(repr=lambda q: "None" if q is None else repr(sorted(q)))
    body: bytes | None = attrs.field(repr=lambda b: "None" if b is None else f"<{len(b)} bytes>")
    auth: bool
    idempotent: bool
    json: Any = attrs.field(default=None, eq=False, repr=False)

    def with_ticket(self, ticket: str) -> WireRequest | None:
        """The same request carrying a penalty ticket, or None if it cannot carry one.

        A JSON object body gets a ``p-ticket`` member (as the docs say): the object it was
        validated as plus the ticket, encoded as before (the same bytes but for the ticket). A
        POST without a body gets ``{"p-ticket": ...}``. A request without a body (GET operations
        such as ``renewaccesstoken``, ``me``, entity queries) gets it as a query parameter: the
        API reads a GET's parameters from the query string ("relaxed REST"), and the docs show
        no other way. UNCONFIRMED for GET operations; the ticketed retry is sent once.
        """
        from ._codec import dumps  # noqa: PLC0415 - the codec loads with the first request, not the client

        if self.body is not None:
            if self.json.__class__ is not dict:
                return None  # not an object, or bytes made by hand without their JSON
            data = {**self.json, "p-ticket": ticket}
            return attrs.evolve(self, body=dumps(data), json=data)
        if self.method == "POST":
            data = {"p-ticket": ticket}
            return attrs.evolve(self, body=dumps(data), json=data)
        return attrs.evolve(self, query={**(self.query or {}), "p-ticket": ticket})


@attrs.frozen
class WireResponse:
    status: int
    headers: MutableMapping[str, str] = attrs.field(repr=lambda h: repr(sorted(set(h.keys()))))  # case-insensitive
    content: bytes = attrs.field(repr=lambda c: f"<{len(c)} bytes>")
    elapsed: float


class Prepared(NamedTuple):
    """One request as the driver made it, the same for every backend."""

    method: str
    url: str  # absolute, already percent-encoded
    headers: list[tuple[str, str]]  # in order; ``Host`` is the backend's (the URL's authority)
    body: bytes | None
    timeouts: Mapping[str, float]  # per phase (connect, read, write, pool), capped by the deadline
