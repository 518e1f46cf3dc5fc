"""``tradovate doctor``: what stands between this machine and a working API session, one line each.

    ok    rest       http://127.0.0.1:8080/v1 answers (12 ms)
    warn  clock      local clock 7.2 s ahead of the server's        fix: sync the clock (NTP)
    fail  login      wrong username or password                     fix: ...

Checks, in order (a check that needs an earlier one is skipped when that one failed):

- **config**: the hosts, the login from the environment, the API key (``cid``/``sec``):
  missing or placeholder values are named, because the server answers a wrong API key with the
  same "Incorrect username or password" as a wrong password; on live, the device id.
- **rest**: the REST host answers; **clock**: the server's ``Date`` against the local clock.
- **token store** (``TRADOVATE_TOKEN_DIR``): owner-only permissions, a stored token's expiry.
- **login**: with a valid token in the token store, that token (checked with ``auth/me``) rather
  than a new login — each login is a new server session, two at once per user, and a third ends
  the oldest, maybe a running program's (``--login`` logs in anyway); otherwise what the server
  answers, told apart: wrong password, wrong or placeholder API key,
  API access not enabled, a penalty (too many failed logins: wait ``p-time``), a captcha
  lockout (only the web login lifts it), "Access is denied" on live (the device id); then the
  failed-password count the server keeps (``userSessionStats``).
- **user socket**: connect and authorize; **market data**: a quote's ``mode`` (``RealTime``, or
  ``Delayed`` without a real-time data subscription).

Every check has a bound (``--timeout``); secrets never appear. (About 440 lines, over the
400-line guideline on purpose: one function per check and the order they run in, read together;
split, each part would need the others' ``Check`` and the credential rules.) Exit 0 when nothing failed, 1
otherwise (warnings do not fail).
"""

from __future__ import annotations

import argparse
import asyncio
import contextlib
import email.utils
import os
import stat
import time
from collections.abc import Callable, Coroutine, Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Literal, TextIO

import httpx

from tradovate_api import AsyncTradovate, GuardSettings, errors

from .cli_runtime import CREDENTIAL_VARIABLES, number
from .marketdata.client import MarketDataClient
from .realtime.connection import Connection
from .session import Credentials, Environment
from .tokens import FileTokenStore, TokenStoreError, store_key

__all__ = ["Check", "register", "run_checks"]

Status = Literal["ok", "warn", "fail", "skip"]
PLACEHOLDERS = ("...", "<", "your", "changeme", "xxx", "placeholder", "secret", "todo")


@dataclass(frozen=True)
class Check:
    status: Status
    name: str
    detail: str
    fix: str = ""

    def line(self) -> str:
        text = f"{self.status:<5} {self.name:<12} {self.detail}"
        return f"{text}\n{'':18}fix: {self.fix}" if self.fix else text


def _placeholder(value: str | None) -> bool:
    if value is None or not value.strip() or value.strip() == "0":
        return True
    lowered = value.strip().lower()
    return any(mark in lowered for mark in PLACEHOLDERS)


def _api_key_state(environ: Mapping[str, str]) -> str | None:
    """Why the API key looks unusable, or ``None`` when it looks set."""
    cid, sec = environ.get(CREDENTIAL_VARIABLES["cid"]), environ.get(CREDENTIAL_VARIABLES["sec"])
    missing = [CREDENTIAL_VARIABLES[k] for k, v in (("cid", cid), ("sec", sec)) if v is None or not v.strip()]
    if missing:
        return "not set: " + ", ".join(missing)
    if _placeholder(cid) or _placeholder(sec):
        return "a placeholder value in TRADOVATE_CID/TRADOVATE_SEC"
    return None


def _credentials(environ: Mapping[str, str]) -> Credentials | None:
    found = {field: environ[var] for field, var in CREDENTIAL_VARIABLES.items() if environ.get(var)}
    if "name" not in found or "password" not in found:
        return None
    return Credentials(**found)


def check_config(env: Environment, environ: Mapping[str, str], live: bool) -> list[Check]:
    checks = [Check("ok", "hosts", f"{env.name}: REST {env.rest_url}, socket {env.ws_url}, market data {env.md_url}")]
    if _credentials(environ) is None:
        checks.append(
            Check("fail", "credentials", "no login", "set TRADOVATE_USERNAME and TRADOVATE_PASSWORD in the environment")
        )
    else:
        checks.append(Check("ok", "credentials", "TRADOVATE_USERNAME and TRADOVATE_PASSWORD are set"))
    key = _api_key_state(environ)
    if key is not None:
        checks.append(
            Check(
                "warn" if env.name == "custom" else "fail",
                "api key",
                f"cid/sec {key} (the server then answers 'Incorrect username or password', as for a wrong password)",
                "set TRADOVATE_CID and TRADOVATE_SEC to your API key (Tradovate: Application Settings > API Access)",
            )
        )
    else:
        checks.append(Check("ok", "api key", "TRADOVATE_CID and TRADOVATE_SEC are set"))
    if live and not environ.get(CREDENTIAL_VARIABLES["device_id"]):
        checks.append(
            Check(
                "warn",
                "device id",
                "no TRADOVATE_DEVICE_ID on live (live answers 'Access is denied' for an unknown device)",
                "set TRADOVATE_DEVICE_ID to one stable id per machine",
            )
        )
    return checks


async def check_rest(env: Environment, timeout: float) -> list[Check]:
    start = time.monotonic()
    try:
        async with AsyncTradovate(env.rest_url, deadline=timeout) as tv:
            response = await tv.raw(tv.auth.me)  # unauthenticated: any HTTP answer shows the host is there
    except errors.TradovateError as exc:
        if isinstance(exc, errors.NotAuthenticated):
            return await _probe(env, timeout, start)
        return [Check("fail", "rest", f"{env.rest_url} does not answer: {type(exc).__name__}: {exc}", _net_fix())]
    return _rest_checks(env, dict(response.headers), start)


async def _probe(env: Environment, timeout: float, start: float) -> list[Check]:
    # AsyncTradovate refuses an unauthenticated call locally; ask the host with a plain GET.
    try:
        async with httpx.AsyncClient(timeout=timeout) as http:
            answer = await http.get(env.rest_url.rstrip("/") + "/auth/me")
    except httpx.HTTPError as exc:
        return [Check("fail", "rest", f"{env.rest_url} does not answer: {type(exc).__name__}", _net_fix())]
    return _rest_checks(env, dict(answer.headers), start)


def _rest_checks(env: Environment, headers: Mapping[str, str], start: float) -> list[Check]:
    took = (time.monotonic() - start) * 1000
    checks = [Check("ok", "rest", f"{env.rest_url} answers ({took:.0f} ms)")]
    date = {k.lower(): v for k, v in headers.items()}.get("date")
    if date is None:
        checks.append(Check("skip", "clock", "the server sent no Date header"))
        return checks
    try:
        server = email.utils.parsedate_to_datetime(date).timestamp()
    except (TypeError, ValueError):
        checks.append(Check("skip", "clock", "the server's Date header is not a date"))
        return checks
    skew = time.time() - server
    if abs(skew) > 30:
        checks.append(
            Check(
                "warn",
                "clock",
                f"local clock {abs(skew):.0f} s {'ahead of' if skew > 0 else 'behind'} the server's",
                "sync the clock (NTP): token expiry and bar times are read against it",
            )
        )
    else:
        checks.append(Check("ok", "clock", f"within {max(abs(skew), 1):.0f} s of the server's"))
    return checks


def _net_fix() -> str:
    return "check the URL and the network (HTTPS_PROXY and the like are not read); plain http:// only for localhost"


def check_token_store(environ: Mapping[str, str]) -> list[Check]:
    directory = environ.get("TRADOVATE_TOKEN_DIR")
    if not directory:
        return [
            Check(
                "warn",
                "token store",
                "TRADOVATE_TOKEN_DIR is not set: every run logs in (a server session each; 2 at once per user)",
                "set TRADOVATE_TOKEN_DIR to a private directory so runs reuse a valid token",
            )
        ]
    path = Path(directory)
    try:
        info = path.lstat()
    except FileNotFoundError:
        return [Check("ok", "token store", f"{directory} will be created on the first login")]
    except OSError as exc:
        return [Check("fail", "token store", f"{directory}: {exc.strerror}", "use a directory you own")]
    if not stat.S_ISDIR(info.st_mode) or stat.S_ISLNK(info.st_mode):
        return [Check("fail", "token store", f"{directory} is not a directory", "point it at a private directory")]
    problems = []
    if hasattr(os, "getuid") and info.st_uid != os.getuid():
        problems.append("owned by another user")
    if info.st_mode & 0o077:
        problems.append(f"readable by others (mode {stat.S_IMODE(info.st_mode):o})")
    for entry in path.iterdir():
        with contextlib.suppress(OSError):
            mode = entry.lstat().st_mode
            if stat.S_ISREG(mode) and mode & 0o077:
                problems.append(f"{entry.name} readable by others")
    if problems:
        return [Check("warn", "token store", f"{directory}: " + "; ".join(problems), f"chmod -R go= {directory}")]
    return [Check("ok", "token store", f"{directory} is private")]


async def check_stored_token(
    env: Environment, environ: Mapping[str, str], timeout: float
) -> tuple[list[Check], str | None]:
    """A valid token in the token store is used instead of a new login: each login is a new
    server session, and Tradovate allows two per user at once — a third ends the oldest, which may
    be a running program's. ``([], None)`` when there is none to use (then the login is checked)."""
    creds, directory = _credentials(environ), environ.get("TRADOVATE_TOKEN_DIR")
    if creds is None or not directory:
        return [], None
    try:
        stored = FileTokenStore(directory).load(store_key(creds.name, env.rest_url))
    except TokenStoreError:
        return [], None
    if stored is None or stored.seconds_left(time.time()) < 60:
        return [], None
    async with AsyncTradovate(env.rest_url, token=stored.access_token, deadline=timeout) as tv:
        try:
            me = await tv.auth.me()
        except errors.TradovateError:  # refused or unreachable: the login check tells more
            return [], None
    minutes = stored.seconds_left(time.time()) / 60
    return [
        Check(
            "ok",
            "login",
            f"the stored token of {me.name} is valid ({minutes:.0f} min left): no new login, no new server"
            " session (2 per user at once; a third would end the oldest); password and API key not checked",
            "tradovate doctor --login checks them with a new login",
        )
    ], stored.access_token


async def check_login(
    env: Environment, environ: Mapping[str, str], timeout: float, live: bool = False
) -> tuple[list[Check], str | None]:
    """The login, and the server's refusal told apart. ``live``: ``--env live`` (also when its
    hosts are overridden, e.g. a proxy), where "Access is denied" names the device id."""
    creds = _credentials(environ)
    if creds is None:
        return [Check("skip", "login", "no credentials")], None
    fields = {f: getattr(creds, f) for f in ("name", "password", "app_id", "app_version", "cid", "sec", "device_id")}
    # A penalty is reported, not waited out: the doctor tells; it does not retry logins.
    async with AsyncTradovate(env.rest_url, deadline=timeout, guards=GuardSettings(penalty_retry=False)) as tv:
        try:
            answer = await tv.login(**{k: v for k, v in fields.items() if v is not None})
        except errors.CaptchaRequired:
            return [
                Check(
                    "fail",
                    "login",
                    "captcha lockout: too many failed logins",
                    "log in once on the Tradovate web site (it shows the captcha), then retry here",
                )
            ], None
        except errors.PenaltyTicket as penalty:
            return [
                Check(
                    "fail",
                    "login",
                    f"penalised by the server: too many failed logins (wait {penalty.time:g} s)",
                    "wait, then fix the credentials before the next try (each failure prolongs it)",
                )
            ], None
        except errors.AuthenticationFailed as refused:
            return [_refused(live or env.name == "live", environ, refused)], None
        except errors.TradovateError as exc:
            return [Check("fail", "login", f"{type(exc).__name__}: {exc}", _net_fix())], None
        checks = [
            Check(
                "ok",
                "login",
                f"logged in as {answer.name} (user {answer.user_id}): a new server session"
                " (2 per user at once; a third ends the oldest)",
            )
        ]
        with contextlib.suppress(errors.TradovateError):
            stats = await tv.user_session_stats.item(int(answer.user_id))
            if stats.failed_passwords:
                checks.append(
                    Check(
                        "warn",
                        "lockout",
                        f"{stats.failed_passwords} failed password(s) on record: more lead to a lockout",
                        "make sure every program of this user has the right password",
                    )
                )
        return checks, tv.token


def _refused(live: bool, environ: Mapping[str, str], refused: errors.AuthenticationFailed) -> Check:
    text = str(refused.text or refused.reason or refused)
    lowered = text.lower()
    if "access is denied" in lowered and live:
        return Check(
            "fail",
            "login",
            f"the server says: {text!r} — on live, usually an unknown device id",
            "set TRADOVATE_DEVICE_ID to this machine's stable id and approve the device",
        )
    if "api" in lowered and any(w in lowered for w in ("not enabled", "not authorized", "subscription", "access")):
        return Check(
            "fail",
            "login",
            f"the server says: {text!r} — API access is not enabled for this user",
            "enable API Access for the user (Tradovate: Application Settings > API Access), then create a key",
        )
    key = _api_key_state(environ)
    if key is not None:
        return Check(
            "fail",
            "login",
            f"the server says: {text!r} — a wrong password, or the API key: cid/sec {key}",
            "set TRADOVATE_CID/TRADOVATE_SEC to the key of your API app, then check the password",
        )
    return Check(
        "fail",
        "login",
        f"the server says: {text!r} — wrong username or password (the API key is set)",
        "check TRADOVATE_USERNAME/TRADOVATE_PASSWORD (case-sensitive) and that cid/sec belong to this app",
    )


async def check_socket(env: Environment, token: str, timeout: float) -> list[Check]:
    async def current() -> str:
        return token

    connection = Connection(env.ws_url, current, max_attempts=1)
    try:
        async with asyncio.timeout(timeout):
            await connection.connect()
    except (TimeoutError, errors.TradovateError) as exc:
        detail = "no answer in time" if isinstance(exc, TimeoutError) else f"{type(exc).__name__}: {exc}"
        return [Check("fail", "user socket", f"{env.ws_url}: {detail}", _net_fix())]
    finally:
        await connection.close()
    return [Check("ok", "user socket", f"{env.ws_url} connected and authorized")]


async def check_market_data(env: Environment, token: str, symbol: str, timeout: float) -> list[Check]:
    async def current() -> str:
        return token

    async def resolve(name: str) -> int | None:
        async with AsyncTradovate(env.rest_url, token=token, deadline=timeout) as tv:
            return int((await tv.contracts.find(name)).id)

    try:
        async with asyncio.timeout(timeout), MarketDataClient(env.md_url, current, resolve=resolve) as md:
            quotes = await md.quotes(symbol)
            await quotes.close()
    except (TimeoutError, errors.TradovateError) as exc:
        detail = "no answer in time" if isinstance(exc, TimeoutError) else f"{type(exc).__name__}: {exc}"
        return [Check("fail", "market data", f"{symbol} on {env.md_url}: {detail}", _net_fix())]
    modes = {mode for mode in quotes.modes.values() if mode is not None}
    if quotes.degraded:
        return [
            Check(
                "warn",
                "market data",
                f"{symbol}: mode {', '.join(sorted(modes))} (not real time)",
                "subscribe to real-time CME data for this user (Tradovate: Market Data Subscriptions)",
            )
        ]
    return [Check("ok", "market data", f"{symbol}: mode {', '.join(sorted(modes)) or 'not stated'}")]


async def run_checks(
    env: Environment,
    environ: Mapping[str, str],
    *,
    live: bool,
    symbol: str,
    timeout: float,
    fresh_login: bool = False,
) -> list[Check]:
    checks = check_config(env, environ, live)
    checks += await check_rest(env, timeout)
    checks += check_token_store(environ)
    if any(c.status == "fail" and c.name == "rest" for c in checks):
        return [*checks, Check("skip", "login", "the REST host does not answer")]
    login, token = ([], None) if fresh_login else await check_stored_token(env, environ, timeout)
    if token is None:
        more, token = await check_login(env, environ, timeout, live)
        login += more
    checks += login
    if token is None:
        return [*checks, Check("skip", "sockets", "no token")]
    checks += await check_socket(env, token, timeout)
    checks += await check_market_data(env, token, symbol, timeout)
    return checks


def register(
    commands: Any,
    environment: Callable[[argparse.Namespace, Mapping[str, str]], Environment],
    wrap: Callable[
        [Callable[[argparse.Namespace, TextIO, Mapping[str, str]], Coroutine[Any, Any, int]]],
        Callable[[argparse.Namespace, TextIO, Mapping[str, str]], int],
    ],
) -> None:
    """Add ``tradovate doctor`` to the command line's subparsers."""

    async def doctor(args: argparse.Namespace, out: TextIO, environ: Mapping[str, str]) -> int:
        checks = await run_checks(
            environment(args, environ),
            environ,
            live=args.env == "live",
            symbol=args.symbol,
            timeout=args.timeout,
            fresh_login=args.login,
        )
        for check in checks:
            out.write(check.line() + "\n")
        out.flush()
        return 1 if any(c.status == "fail" for c in checks) else 0

    parser = commands.add_parser("doctor", help="check hosts, clock, credentials, token store, sockets, data")
    parser.add_argument("--symbol", default="ESZ6", help="the contract for the market-data check (default ESZ6)")
    parser.add_argument(
        "--timeout", type=number(float, 0, 300, above=True), default=10.0, metavar="SECONDS", help="bound of each check"
    )
    parser.add_argument(
        "--login",
        action="store_true",
        help="log in anew even with a valid stored token (checks the password and API key; a new session)",
    )
    parser.set_defaults(run=wrap(doctor))
