"""Access tokens and where a service keeps them between runs.

:class:`Token` is what a login, a renewal or an OAuth exchange gives: the bearer token, the
market-data token when the server sent one, the moment it expires, whose it is. Its repr shows
no token.

A :class:`TokenStore` lets a restarted service reuse a still-valid token instead of logging in
again (logins are rationed: about five failures per hour per IP, and each success opens a new
server session, of which a user has at most two). Stores are keyed by user and environment
(:func:`store_key`). :class:`FileTokenStore` is the default: one JSON file per key, readable
by its owner only (0600, in a 0700 directory), replaced atomically. :class:`MemoryTokenStore`
keeps tokens in memory. Stores never read credentials; the caller names the directory.

Whatever is found in the store's place is read without trust: a symbolic link, a directory, a
FIFO or device, a file another user owns or others can read, a file over 64 KiB, text that is
not a token (invalid or absurdly nested JSON, an expiry out of range, a token that is not a
valid header value — CR/LF, spaces, non-ASCII) is ignored with a warning (``load`` returns
None), never an untyped exception or a hang: the file is opened with ``O_NOFOLLOW`` and
``O_NONBLOCK``, checked with ``fstat`` before a byte is read, and read with a size cap.
:class:`Token` itself refuses an access token that is not header-safe.
"""

from __future__ import annotations

import contextlib
import datetime
import errno
import hashlib
import json
import logging
import os
import re
import stat
import tempfile
import threading
from pathlib import Path
from typing import Any, Protocol, TypeGuard

import attrs

from tradovate_api.errors import InvalidRequest, TradovateError

_log = logging.getLogger("tradovate.tokens")

MAX_FILE_BYTES = 1 << 16  # a token file is a few hundred bytes; more is not ours
MAX_TOKEN_LENGTH = 8192
_HEADER_SAFE = re.compile(r"[!-~]+")  # visible ASCII: nothing a header could be split on


class TokenStoreError(TradovateError):
    """The token store could not be read or written (the message names the file, never a token)."""


def _utc(value: datetime.datetime) -> datetime.datetime:
    if not isinstance(value, datetime.datetime):
        raise InvalidRequest("must be a datetime", field="expiration")
    try:
        return value.replace(tzinfo=datetime.UTC) if value.tzinfo is None else value.astimezone(datetime.UTC)
    except (OverflowError, ValueError):
        raise InvalidRequest("out of range", field="expiration") from None


def header_safe(value: object) -> TypeGuard[str]:
    """Whether ``value`` can be sent as a bearer token: visible ASCII, no spaces or line breaks."""
    return isinstance(value, str) and 0 < len(value) <= MAX_TOKEN_LENGTH and _HEADER_SAFE.fullmatch(value) is not None


def _token_text(_: object, attribute: attrs.Attribute[Any], value: object) -> None:
    if value is None and attribute.name == "md_access_token":
        return
    if not header_safe(value):
        raise InvalidRequest("not a valid header value (visible ASCII, at most 8192 characters)", attribute.name)


@attrs.frozen(repr=False)
class Token:
    """An access token and what comes with it. ``repr`` and ``str`` never show a token."""

    access_token: str = attrs.field(validator=_token_text)
    expiration: datetime.datetime = attrs.field(converter=_utc)
    md_access_token: str | None = attrs.field(default=None, validator=_token_text)
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
        """The token in ``data`` (as :meth:`to_json` writes it), or None if it is not one
        (missing or unsafe token text, an expiry that is not a date-time or out of range)."""
        if not isinstance(data, dict):
            return None
        access, md, user_id, name = (data.get(k) for k in ("accessToken", "mdAccessToken", "userId", "name"))
        expiry = data.get("expirationTime")
        if not isinstance(expiry, str) or len(expiry) > 64 or not header_safe(access):
            return None
        try:
            return cls(
                access_token=access,
                expiration=datetime.datetime.fromisoformat(expiry),
                md_access_token=md if header_safe(md) else None,
                user_id=user_id if isinstance(user_id, int) and not isinstance(user_id, bool) else None,
                name=name if isinstance(name, str) and len(name) <= 256 else None,
            )
        except (ValueError, OverflowError, TypeError):  # InvalidRequest is a ValueError
            return None


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
        """The stored token of ``key``, or None (nothing stored, or nothing usable: see the
        module doc). Raises :class:`TokenStoreError` only when the file cannot be read at all
        (permission denied, I/O error)."""
        path = self.path(key)
        flags = os.O_RDONLY | getattr(os, "O_NOFOLLOW", 0) | getattr(os, "O_NONBLOCK", 0) | getattr(os, "O_CLOEXEC", 0)
        try:
            fd = os.open(path, flags)  # never blocks on a FIFO, never follows a link
        except FileNotFoundError:
            return None
        except OSError as exc:
            if exc.errno in (errno.ELOOP, errno.EISDIR, errno.ENXIO, errno.EMLINK, errno.ENOTDIR):
                _log.warning("ignoring %s: not a regular file (%s)", path, errno.errorcode.get(exc.errno or 0, "?"))
                return None
            raise TokenStoreError(f"cannot read {path} ({type(exc).__name__})") from None
        try:
            info = os.fstat(fd)
            if not _private(info):
                _log.warning("ignoring %s: it is not a regular file readable by its owner only", path)
                return None
            if info.st_size > MAX_FILE_BYTES:
                _log.warning("ignoring %s: larger than a token file", path)
                return None
            raw = os.read(fd, MAX_FILE_BYTES + 1)
        except OSError as exc:
            raise TokenStoreError(f"cannot read {path} ({type(exc).__name__})") from None
        finally:
            os.close(fd)
        try:
            data = json.loads(raw) if len(raw) <= MAX_FILE_BYTES else None
        except (ValueError, RecursionError):
            data = None
        if not isinstance(data, dict) or data.get("key") != key:
            _log.warning("ignoring %s: not a token file of this key", path)
            return None
        token = Token.from_json(data.get("token"))
        if token is None:
            _log.warning("ignoring %s: it holds no usable token", path)
        return token

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


__all__ = [
    "FileTokenStore",
    "MemoryTokenStore",
    "Token",
    "TokenStore",
    "TokenStoreError",
    "header_safe",
    "store_key",
]
