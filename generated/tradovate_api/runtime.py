"""The runtime contract: what tools built on this package (the ``tradovate`` package's sockets,
simulator and command line) may rely on beyond the client object. Hand-written, not generated.

- the operation table and its records: ``OPERATIONS`` (operation id -> :class:`Operation`),
  ``SOCKET_ENDPOINTS``, ``SOCKET_EVENTS``, ``Operation``, ``SocketEndpoint``, ``Failure``,
  ``RateLimit``, ``model_class``, ``check_failure``, ``query_value`` (a query parameter checked
  and encoded as the client sends it), ``QUERY_KINDS``;
- the call policy: ``Guards``, ``GuardSettings``, ``Limit``, ``Clock``, ``SYSTEM_CLOCK``,
  ``CallState`` (one call's way through the policy, for drivers that run it without a
  generator: the socket connection), and ``Call`` (the request as data a guarded call sends;
  ``Call.with_ticket`` adds a penalty ticket);
- request checks: ``check_request`` (the order rules);
- the TLS rules, one trust policy for REST and sockets: ``is_loopback`` (the only hosts reached
  without TLS), ``check_ssl_context`` (a context must verify certificates and host names),
  ``default_ssl_context`` (certifi's CA bundle);
- the codec's field kinds and helpers for code that describes or builds models: ``Model``,
  ``F``, ``Any_``, ``Bool``, ``Date``, ``DateTime``, ``Enum``, ``Int``, ``List``, ``ModelRef``,
  ``Number``, ``Str``, ``OpenStrEnum``, ``loads``, ``dumps``, ``check_json``, ``check_int64``, ``datetime_json``,
  ``request_json``, ``json_type``, ``unknown_enum``, ``redact``, ``is_secret_key``, ``parse_json``.

Names load on first use (importing this module costs nothing more than the package). Anything
not listed here is private and may change without notice.
"""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from ._codec import (
        Any_,
        Bool,
        Date,
        DateTime,
        Enum,
        F,
        Int,
        List,
        Model,
        ModelRef,
        Number,
        OpenStrEnum,
        Str,
        check_int64,
        check_json,
        datetime_json,
        dumps,
        is_secret_key,
        json_type,
        loads,
        redact,
        request_json,
        unknown_enum,
    )
    from ._codec import _loads as parse_json
    from ._guards import SYSTEM_CLOCK, CallState, Clock, Guards, GuardSettings, Limit
    from ._http import (
        QUERY_KINDS,
        Failure,
        Operation,
        RateLimit,
        SocketEndpoint,
        check_failure,
        model_class,
        query_value,
    )
    from ._operations import OPERATIONS, SOCKET_ENDPOINTS, SOCKET_EVENTS
    from ._rules import check_request
    from ._transport import WireRequest as Call
    from ._transport import check_ssl_context, default_ssl_context, is_loopback

_CODEC = (
    "Any_ Bool Date DateTime Enum F Int List Model ModelRef Number OpenStrEnum Str check_int64 check_json datetime_json dumps "
    "is_secret_key json_type loads redact request_json unknown_enum"
)
_LAZY: dict[str, tuple[str, str]] = {
    **{name: ("_codec", name) for name in _CODEC.split()},
    "parse_json": ("_codec", "_loads"),
    **{name: ("_guards", name) for name in ("SYSTEM_CLOCK", "CallState", "Clock", "Guards", "GuardSettings", "Limit")},
    **{
        name: ("_http", name)
        for name in (
            "QUERY_KINDS",
            "Failure",
            "Operation",
            "RateLimit",
            "SocketEndpoint",
            "check_failure",
            "model_class",
            "query_value",
        )
    },
    **{name: ("_operations", name) for name in ("OPERATIONS", "SOCKET_ENDPOINTS", "SOCKET_EVENTS")},
    "check_request": ("_rules", "check_request"),
    "Call": ("_transport", "WireRequest"),
    **{name: ("_transport", name) for name in ("check_ssl_context", "default_ssl_context", "is_loopback")},
}

__all__ = [
    "Any_",
    "Bool",
    "Call",
    "CallState",
    "Clock",
    "Date",
    "DateTime",
    "Enum",
    "F",
    "Failure",
    "GuardSettings",
    "Guards",
    "Int",
    "Limit",
    "List",
    "Model",
    "ModelRef",
    "Number",
    "OPERATIONS",
    "OpenStrEnum",
    "Operation",
    "QUERY_KINDS",
    "RateLimit",
    "SOCKET_ENDPOINTS",
    "SOCKET_EVENTS",
    "SYSTEM_CLOCK",
    "SocketEndpoint",
    "Str",
    "check_failure",
    "check_int64",
    "check_json",
    "datetime_json",
    "default_ssl_context",
    "check_request",
    "check_ssl_context",
    "dumps",
    "is_loopback",
    "is_secret_key",
    "json_type",
    "loads",
    "model_class",
    "parse_json",
    "query_value",
    "redact",
    "request_json",
    "unknown_enum",
]


def __getattr__(name: str) -> Any:
    where = _LAZY.get(name)
    if where is None:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    value = getattr(importlib.import_module(f".{where[0]}", __package__), where[1])
    globals()[name] = value
    return value


def __dir__() -> list[str]:
    return sorted(set(globals()) | set(__all__))
