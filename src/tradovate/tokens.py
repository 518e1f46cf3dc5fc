"""Access tokens and where a service keeps them between runs.

:class:`Token` is what a login, a renewal or an OAuth exchange gives: the bearer token, the
market-data token when the server sent one, the moment it expires, whose it is. Its repr shows
no token.

A :class:`TokenStore` lets a restarted service reuse a still-valid token instead of logging in
again (logins are rationed: about five failures per hour per IP, and each success opens a new
server session, of which a user has at most two). Stores are keyed by user and environment
(:func:`store_key`). :class:`FileTokenStore` is the default: one JSON file per key, readable
by its owner only (0600, in a 0700 directory), replaced atomically; a file that others can
read or that another user owns is ignored. :class:`MemoryTokenStore` keeps tokens in memory.
Stores never read credentials; the caller names the directory.
"""

from __future__ import annotations

import contextlib
import datetime
import hashlib
import json
import logging
import os
import stat
import tempfile
import threading
from pathlib import Path
from typing import Any, Protocol

import attrs

from tradovate_api.errors import InvalidRequest, TradovateError

_log = logging.getLogger("tradovate.tokens")


class TokenStoreError(TradovateError):
    """The token store could not be read or written (the message names the file, never a token)."""


def _utc(value: datetime.datetime) -> datetime.datetime:
    if not isinstance(value, datetime.datetime):
        raise InvalidRequest("must be a datetime", field="expiration")
    return value.replace(tzinfo=datetime.UTC) if value.tzinfo is None else value.astimezone(datetime.UTC)


@attrs.frozen(repr=False)
class Token:
    """An access token and what comes with it. ``repr`` and ``str`` never show a token."""

    access_token: str
    expiration: datetime.datetime = attrs.field(converter=_utc)
    md_access_token: str | None = None
    user_id: int | None = None
    name: str | None = None

    @property
    def md_token(self) -> str:
        """The token for the market-data socket: ``mdAccessToken``, else the access token
        (which the market-data socket also accepts)."""
        return self.md_access_token or self.access_token

    def seconds_left(self, now: float) -> float:
        """Seconds until it expires, ``now`` being seconds since the epoch."""
        return self.expiration.timestamp() - now

    def __repr__(self) -> str:
        md = ", md token" if self.md_access_token else ""
        return f"Token(user_id={self.user_id!r}, name={self.name!r}, expiration={self.expiration.isoformat()!r}{md})"

    __str__ = __repr__

    def to_json(self) -> dict[str, Any]:
        return {
            "accessToken": self.access_token,
            "mdAccessToken": self.md_access_token,
            "expirationTime": self.expiration.isoformat(),
            "userId": self.user_id,
            "name": self.name,
        }

    @classmethod
    def from_json(cls, data: object) -> Token | None:
        """The token in ``data`` (as :meth:`to_json` writes it), or None if it is not one."""
        if not isinstance(data, dict):
            return None
        access, md, user_id, name = (data.get(k) for k in ("accessToken", "mdAccessToken", "userId", "name"))
        try:
            expiration = datetime.datetime.fromisoformat(str(data.get("expirationTime")))
        except ValueError:
            return None
        if not isinstance(access, str) or not access:
            return None
        return cls(
            access_token=access,
            expiration=expiration,
            md_access_token=md if isinstance(md, str) and md else None,
            user_id=user_id if isinstance(user_id, int) and not isinstance(user_id, bool) else None,
            name=name if isinstance(name, str) else None,
        )


def store_key(user: str, environment: str) -> str:
    """The key of a user's token in an environment (its REST URL)."""
    return f"{user}@{environment}"


class TokenStore(Protocol):
    """Where tokens are kept between runs. Methods may raise :class:`TokenStoreError`."""

    def load(self, key: str) -> Token | None: ...
    def save(self, key: str, token: Token) -> None: ...
    def clear(self, key: str) -> None: ...


class MemoryTokenStore:
    """Tokens in memory, e.g. shared by several sessions of one process."""

    def __init__(self) -> None:
        self._tokens: dict[str, Token] = {}
        self._lock = threading.Lock()

    def load(self, key: str) -> Token | None:
        with self._lock:
            return self._tokens.get(key)

    def save(self, key: str, token: Token) -> None:
        with self._lock:
            self._tokens[key] = token

    def clear(self, key: str) -> None:
        with self._lock:
            self._tokens.pop(key, None)

    def __repr__(self) -> str:
        return f"<MemoryTokenStore {len(self._tokens)} tokens>"


class FileTokenStore:
    """One owner-only JSON file per key in ``directory`` (created 0700 if missing)."""

    def __init__(self, directory: str | os.PathLike[str]) -> None:
        self.directory = Path(directory)

    def __repr__(self) -> str:
        return f"FileTokenStore({str(self.directory)!r})"

    def path(self, key: str) -> Path:
        """The file of ``key`` (named by a hash: user names do not appear in file names)."""
        return self.directory / f"token-{hashlib.sha256(key.encode()).hexdigest()[:32]}.json"

    def load(self, key: str) -> Token | None:
        path = self.path(key)
        try:
            fd = os.open(path, os.O_RDONLY | getattr(os, "O_NOFOLLOW", 0))
        except FileNotFoundError:
            return None
        except OSError as exc:
            raise TokenStoreError(f"cannot read {path} ({type(exc).__name__})") from None
        with os.fdopen(fd, "rb") as file:
            if not _private(os.fstat(file.fileno())):
                _log.warning("ignoring %s: it is not a file readable by its owner only", path)
                return None
            raw = file.read(1 << 16)
        try:
            data = json.loads(raw)
        except ValueError:
            _log.warning("ignoring %s: not a token file", path)
            return None
        if not isinstance(data, dict) or data.get("key") != key:
            return None
        return Token.from_json(data.get("token"))

    def save(self, key: str, token: Token) -> None:
        path = self.path(key)
        text = json.dumps({"key": key, "token": token.to_json()}).encode()
        tmp: str | None = None
        try:
            self.directory.mkdir(mode=0o700, parents=True, exist_ok=True)
            fd, tmp = tempfile.mkstemp(dir=self.directory, prefix=".token-", suffix=".tmp")  # 0600
            with os.fdopen(fd, "wb") as file:
                file.write(text)
                file.flush()
                os.fsync(file.fileno())
            os.replace(tmp, path)
            tmp = None
        except OSError as exc:
            raise TokenStoreError(f"cannot write {path} ({type(exc).__name__})") from None
        finally:
            if tmp is not None:
                with contextlib.suppress(OSError):
                    os.unlink(tmp)

    def clear(self, key: str) -> None:
        path = self.path(key)
        try:
            path.unlink(missing_ok=True)
        except OSError as exc:
            raise TokenStoreError(f"cannot remove {path} ({type(exc).__name__})") from None


def _private(info: os.stat_result) -> bool:
    if not stat.S_ISREG(info.st_mode):
        return False
    if os.name != "posix":
        return True  # no owner-only modes to check
    return info.st_uid == os.getuid() and not info.st_mode & 0o077


__all__ = ["FileTokenStore", "MemoryTokenStore", "Token", "TokenStore", "TokenStoreError", "store_key"]
