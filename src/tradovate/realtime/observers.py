"""Observing the live mirror: change streams (:meth:`MirrorObservers.changes`), callbacks
(:meth:`MirrorObservers.on`), and the end of updates (:meth:`MirrorObservers.close`).

:class:`MirrorObservers` is a base of :class:`~.mirror.Mirror` (whose constructor sets the state
declared here); the mirror emits each change it makes through :meth:`MirrorObservers._emit`, and
only while someone observes (``_observed``): unobserved, a change costs nothing to describe.
"""

from __future__ import annotations

import logging
from collections.abc import Callable, Iterable

from tradovate_api import errors

from ..streams import Stream
from .changes import Change
from .handles import OrderHandle
from .table import Table

__all__ = ["Callback", "MirrorObservers"]

_log = logging.getLogger("tradovate.realtime.mirror")  # the mirror's: callback failures are its

Callback = Callable[[Change], None]


class MirrorObservers:
    """Who is told of the mirror's changes (see the module doc)."""

    # Set by Mirror.__init__.
    _tables: dict[str, Table]
    _streams: dict[Stream[Change], frozenset[str] | None]  # stream -> its entity types (None: all)
    _callbacks: dict[str | None, list[Callback]]
    _observed: bool

    def _observed_changed(self) -> None:
        self._observed = bool(self._streams) or any(self._callbacks.values())

    def _emit(self, change: Change) -> None:
        for stream, types in list(self._streams.items()):
            if types is None or change.entity_type in types:
                stream.put(change)
        for key in (change.entity_type, None):
            for callback in self._callbacks.get(key, ()):
                try:
                    callback(change)
                except Exception:  # a caller's bug must not stop the mirror
                    _log.exception("mirror callback %r failed on %r", callback, change)

    def changes(self, maxsize: int = 10_000, entity_types: Iterable[str] | None = None) -> Stream[Change]:
        """A new async iterator of the changes from now on (all types, or ``entity_types``).

        At most ``maxsize`` changes wait for the consumer; beyond that they are dropped and
        counted, and the consumer receives a :class:`Gap` in their place.
        """
        if isinstance(maxsize, bool) or not isinstance(maxsize, int) or maxsize < 1:
            raise errors.InvalidRequest("must be at least 1", "maxsize")
        stream: Stream[Change] = Stream(maxsize=maxsize, on_close=self._detach)
        self._streams[stream] = None if entity_types is None else frozenset(entity_types)
        self._observed = True
        return stream

    def _detach(self, stream: Stream[Change]) -> None:
        self._streams.pop(stream, None)
        self._observed_changed()

    def on(self, entity_type: str | None, callback: Callback) -> Callable[[], None]:
        """Call ``callback(change)`` for every change of ``entity_type`` (``None``: of any type),
        synchronously while the change is applied. Returns a function that unsubscribes."""
        self._callbacks.setdefault(entity_type, []).append(callback)
        self._observed = True

        def off() -> None:
            callbacks = self._callbacks.get(entity_type, [])
            if callback in callbacks:
                callbacks.remove(callback)
            self._observed_changed()

        return off

    def close(self) -> None:
        """No more updates will come: end every change stream (after its buffered changes), and
        fail every ``wait_done()`` still waiting with :class:`NotSynced`."""
        for stream in list(self._streams):
            stream.close()
        for table in self._tables.values():
            for ref in list(table.handles.values()):
                handle = ref()
                if isinstance(handle, OrderHandle):
                    handle._abandon()
