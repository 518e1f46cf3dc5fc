"""Bounded answers: what keeps a hostile or broken server from holding a call past its deadline
or filling memory. Hand-written, not generated; used by :mod:`._transport`.

- :class:`Body` collects an answer's body as it streams in, decompressing it here (gzip,
  deflate) a bounded piece at a time, and stops at ``max_response_bytes`` *decompressed* bytes
  (a 200 KB gzip bomb that expands to gigabytes is stopped after the limit, not after the
  expansion). A ``Content-Length`` over the limit is refused before any byte is read.
- :class:`DeadlineBackend` wraps httpcore's synchronous network backend: every connect, TLS
  handshake, read and write is given at most the time left until the current call's deadline
  (:func:`deadline`, a context variable set by the sync transport around one exchange). httpx's
  own sync timeouts apply per socket operation, so without it a server trickling its status
  line or headers a byte at a time keeps a sync call alive for ever; with it the call ends at
  its deadline. (The async transport runs the whole exchange under ``asyncio.timeout``.)
- The client sets the same deadline around the whole call, decoding included: the codec's
  loops over list items ask :func:`late` every few hundred items and stop with
  :class:`~.errors.DecodeTimeout` (a huge list of objects that all drift can take minutes on
  the tolerant path; C parsing of a capped body takes well under a second).
"""

from __future__ import annotations

import time
import zlib
from collections.abc import Iterable, Mapping
from contextvars import ContextVar
from typing import TYPE_CHECKING, Any, Final, TypeVar

if TYPE_CHECKING:
    import httpcore  # loaded with the first request's transport (see bound), not with the client

# The default cap on one answer, decompressed: the largest legitimate REST answers are the
# lists of a busy account (``fill/list``, ``order/list``, ``executionReport/list``, a full
# ``user/syncrequest``) at about 300-600 bytes per entity, so 32 MiB holds some 60,000-100,000
# entities in one answer. Raise it (``HttpSettings.max_response_bytes``) for larger accounts.
MAX_RESPONSE_BYTES: Final = 32 * 1024 * 1024

T = TypeVar("T")

_end: ContextVar[float | None] = ContextVar("tradovate_api_call_end", default=None)
#: When the current call must end (``time.monotonic()`` seconds), for a driver that sets and
#: resets it itself on its hot path (what :class:`deadline` does, without its frames).
call_end: Final = _end
_STEP: Final = 1 << 20  # decompressed bytes made per step
_MIN_WAIT: Final = 0.001  # a socket timeout of 0 would make the socket non-blocking


class TooLarge(Exception):
    """The answer is larger than the limit."""


class Unreadable(Exception):
    """The answer's content-encoding is unsupported or its compressed bytes are corrupt."""


class Body:
    """An answer's body, decompressed as it arrives, never more than ``limit`` bytes kept.
    ``decoded``: the bytes fed are already decompressed (an in-memory answer of an injected
    ``MockTransport``, which httpx decoded when it was made)."""

    __slots__ = ("_chunks", "_inflate", "_limit", "_probe", "_size", "whole")

    #: The answer's length is known (``Content-Length`` within the limit, no ``Transfer-Encoding``)
    #: and its bytes are the body (no content-encoding): it can be read in one piece.
    whole: bool

    def __init__(self, headers: Mapping[str, str], limit: int, decoded: bool = False) -> None:
        self._chunks: list[bytes] = []
        self._size = 0
        self._limit = limit
        self._probe = False  # deflate: zlib-wrapped or raw, decided by the first bytes
        length = None if decoded else headers.get("content-length")
        if length is not None:
            length = length.strip()
            if not length.isdigit():
                length = None
            elif int(length) > limit:
                raise TooLarge
        encoding = "identity" if decoded else (headers.get("content-encoding") or "identity").strip().lower()
        # Framed by its Content-Length alone (no Transfer-Encoding, which would override it): the
        # HTTP parser ends the body there, so one read cannot run past the limit.
        self.whole = length is not None and encoding == "identity" and headers.get("transfer-encoding") is None
        if encoding == "identity":
            self._inflate: Any = None
        elif encoding in ("gzip", "x-gzip"):
            self._inflate = zlib.decompressobj(zlib.MAX_WBITS | 16)
        elif encoding == "deflate":
            self._inflate = zlib.decompressobj()
            self._probe = True
        else:  # only "gzip, deflate" is asked for
            raise Unreadable

    def _add(self, data: bytes) -> None:
        if data:
            self._size += len(data)
            if self._size > self._limit:
                raise TooLarge
            self._chunks.append(data)

    def feed(self, data: bytes) -> None:
        """The next bytes as received (compressed or not)."""
        inflate = self._inflate
        if inflate is None:
            self._add(data)
            return
        while True:
            # at most 1 MiB a step, one byte more than allowed at the end: enough to know
            room = min(self._limit - self._size + 1, _STEP)
            try:
                out = inflate.decompress(data, room)
            except zlib.error:
                if not self._probe:
                    raise Unreadable from None
                # "deflate" sent as raw deflate data (no zlib header), as some servers do
                self._inflate = inflate = zlib.decompressobj(-zlib.MAX_WBITS)
                self._probe = False
                continue
            self._probe = False
            self._add(out)
            data = inflate.unconsumed_tail
            if not data and len(out) < room:
                return

    def content(self) -> bytes:
        """All of the body (raises :class:`Unreadable` for a truncated compressed stream)."""
        inflate = self._inflate
        if inflate is not None:
            self.feed(b"")
            try:
                self._add(inflate.flush())
            except zlib.error:
                raise Unreadable from None
            if self._chunks and not inflate.eof:
                raise Unreadable
        return b"".join(self._chunks)


class deadline:
    """Bound every socket operation of this context by ``end`` (``time.monotonic()`` seconds).
    (A class, not a generator: entered twice on every call, it costs a fraction of one.)"""

    __slots__ = ("_end", "_token")

    def __init__(self, end: float) -> None:
        self._end = end

    def __enter__(self) -> None:
        self._token = _end.set(self._end)

    def __exit__(self, *exc: object) -> None:
        _end.reset(self._token)


def late() -> bool:
    """Whether the current call's deadline has passed (False outside a call)."""
    end = _end.get()
    return end is not None and time.monotonic() > end


def _capped(timeout: float | None) -> float | None:
    end = _end.get()
    if end is None:
        return timeout
    left = max(end - time.monotonic(), _MIN_WAIT)
    return left if timeout is None else min(timeout, left)


class _Stream:
    """A network stream (``httpcore.NetworkStream``) whose every operation ends by the call's
    deadline."""

    def __init__(self, stream: httpcore.NetworkStream) -> None:
        self._stream = stream

    def read(self, max_bytes: int, timeout: float | None = None) -> bytes:
        return self._stream.read(max_bytes, _capped(timeout))

    def write(self, buffer: bytes, timeout: float | None = None) -> None:
        self._stream.write(buffer, _capped(timeout))

    def close(self) -> None:
        self._stream.close()

    def start_tls(self, ssl_context: Any, server_hostname: str | None = None, timeout: float | None = None) -> _Stream:
        return _Stream(self._stream.start_tls(ssl_context, server_hostname, _capped(timeout)))

    def get_extra_info(self, info: str) -> Any:
        return self._stream.get_extra_info(info)


class DeadlineBackend:
    """httpcore's sync network backend (``httpcore.NetworkBackend``) with every operation
    bounded by :func:`deadline`."""

    def __init__(self, backend: httpcore.NetworkBackend) -> None:
        self._backend = backend

    def connect_tcp(
        self,
        host: str,
        port: int,
        timeout: float | None = None,
        local_address: str | None = None,
        socket_options: Iterable[Any] | None = None,
    ) -> _Stream:
        return _Stream(self._backend.connect_tcp(host, port, _capped(timeout), local_address, socket_options))

    def connect_unix_socket(
        self, path: str, timeout: float | None = None, socket_options: Iterable[Any] | None = None
    ) -> _Stream:
        return _Stream(self._backend.connect_unix_socket(path, _capped(timeout), socket_options))

    def sleep(self, seconds: float) -> None:
        self._backend.sleep(seconds)


def bound(transport: T) -> T:
    """``transport`` (an ``httpx.HTTPTransport``) with its connection pool's network backend
    wrapped in :class:`DeadlineBackend`."""
    import httpcore  # noqa: PLC0415 - loaded by httpx's transport already

    pool = getattr(transport, "_pool", None)
    backend = getattr(pool, "_network_backend", None)
    if not isinstance(backend, httpcore.NetworkBackend):  # pragma: no cover - httpx/httpcore changed
        raise RuntimeError("cannot bound the sync transport's sockets: httpx or httpcore changed")
    pool._network_backend = DeadlineBackend(backend)  # type: ignore[union-attr]
    return transport
