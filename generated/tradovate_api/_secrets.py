"""Which JSON keys and header names name a credential (their values are never printed)."""

from __future__ import annotations

import functools
import itertools
from collections.abc import Mapping
from typing import Any, Final

# A key is secret when one of its words is one of these (``apiKey`` -> api, key). Words, not
# substrings: ``errorCode`` and ``seconds`` are not secrets, ``mdAccessToken`` and ``p-ticket`` are.
_SECRET_WORDS: Final = frozenset(
    {"password", "passwd", "passphrase", "token", "secret", "sec", "jwt", "bearer", "cookie", "authorization"}
    | {"credential", "credentials", "ticket", "captcha", "refresh", "otp", "pin", "signature", "cid"}
)
_SECRET_PAIRS: Final = frozenset({("api", "key"), ("private", "key"), ("auth", "code"), ("access", "code")})
_SECRET_KEYS: Final = frozenset({"code", "apikey", "auth", "key", "sessionid", "session"})


def _words(key: str) -> list[str]:
    out: list[str] = []
    word = ""
    for ch in key:
        if not ch.isalnum():
            if word:
                out.append(word)
            word = ""
        elif ch.isupper() and word and not word[-1].isupper():
            out.append(word)
            word = ch
        else:
            word += ch
    if word:
        out.append(word)
    return [w.lower() for w in out]


_MAX_KEY_WORDS: Final = 256  # a longer key is not a name: treated as secret, never split


@functools.lru_cache(maxsize=4096)
def is_secret_key(key: str) -> bool:
    """Whether a JSON key or header name names a credential (values never shown)."""
    if len(key) > _MAX_KEY_WORDS:
        return True
    words = _words(key)
    if "".join(words) in _SECRET_KEYS or _SECRET_WORDS.intersection(words):
        return True
    return any(pair in _SECRET_PAIRS for pair in itertools.pairwise(words))


def redact(value: Any, depth: int = 0) -> Any:
    """A copy of a JSON value for display: values under secret keys replaced, at any depth."""
    if depth > 64:
        return "..."
    if isinstance(value, Mapping):
        return {k: ("<redacted>" if is_secret_key(str(k)) else redact(v, depth + 1)) for k, v in value.items()}
    if isinstance(value, list | tuple):
        return [redact(v, depth + 1) for v in value]
    return value
