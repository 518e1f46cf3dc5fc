"""Shared types of the generated client."""

from __future__ import annotations

from collections.abc import MutableMapping
from http import HTTPStatus
from typing import TYPE_CHECKING, Final, Generic, Literal, TypeVar

if TYPE_CHECKING:
    from .errors import TradovateError


class Unset:
    """The type of ``UNSET``: a field that is absent from the JSON object (not ``null``)."""

    __slots__ = ()

    def __bool__(self) -> Literal[False]:
        return False

    def __repr__(self) -> str:
        return "UNSET"

    def __reduce__(self) -> str:
        return "UNSET"


UNSET: Unset = Unset()

T = TypeVar("T")


_STATUSES: Final[dict[int, HTTPStatus]] = {int(status): status for status in HTTPStatus}  # a look-up, not an enum call


class Response(Generic[T]):
    """One HTTP exchange: status, headers, raw body and either ``parsed`` or ``error``."""

    __slots__ = ("content", "error", "headers", "parsed", "status_code")

    def __init__(
        self,
        *,
        status_code: int,
        content: bytes,
        headers: MutableMapping[str, str],
        parsed: T | None,
        error: TradovateError | None = None,
    ) -> None:
        self.status_code = _STATUSES.get(status_code, status_code)
        self.content = content
        self.headers = headers
        self.parsed = parsed
        self.error = error

    def __repr__(self) -> str:
        # The body is left out on purpose: it can carry tokens.
        return f"Response(status_code={int(self.status_code)}, parsed={self.parsed!r}, error={self.error!r})"


__all__ = ["UNSET", "Response", "Unset"]
