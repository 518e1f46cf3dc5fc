"""The REST port's HTTP side of the simulator: routes, REST answers, the ``/oauth`` page, and the
handshake refusals (``refuse_upgrade`` faults) of every socket.

:class:`RestFront` serves a :class:`~.server.Simulator`: ``/v1/websocket`` (the user socket,
:mod:`.ws`), ``/oauth`` (redirects to ``redirect_uri?code=...`` at once), REST under ``/v1``
(JSON or form bodies, the bearer token, the request faults of :mod:`.faults` and the per-endpoint
``latency``), answered by :mod:`.api`.
"""

from __future__ import annotations

import asyncio
import logging
from collections.abc import Callable
from typing import TYPE_CHECKING, Any, Final
from urllib.parse import parse_qsl, urlencode

from aiohttp import web

from .api import Answer, Call, parse_body
from .faults import Rule
from .store import dumps
from .ws import Connection

if TYPE_CHECKING:
    from .server import Simulator

__all__ = ["RestFront"]

_log = logging.getLogger(__name__)

_UPGRADE_TEXT: Final = {401: "Access is denied", 403: "Forbidden", 429: "Too many requests"}


class RestFront:
    """The HTTP handlers of one simulator (see the module doc)."""

    def __init__(self, sim: Simulator) -> None:
        self.sim = sim

    def routes(self) -> None:
        """Route the REST port: the user socket, ``/oauth``, REST under ``/v1``."""
        self.sim.app.router.add_get("/v1/websocket", self._websocket)
        self.sim.app.router.add_get("/oauth", self._oauth_page)
        self.sim.app.router.add_route("*", "/v1/{endpoint:.+}", self._rest)
        self.sim.app.router.add_route("*", "/auth/oauthtoken", self._rest_oauth_legacy)

    async def _websocket(self, request: web.Request) -> web.StreamResponse:
        refusal = self._refusal("user")
        if refusal is not None:
            return refusal
        return await Connection(self.sim, request).serve()

    def upgrade(self, socket: str, handle: Callable[[web.Request], Any]) -> Callable[[web.Request], Any]:
        """``handle`` behind the ``refuse_upgrade`` faults of ``socket``."""

        async def upgrade(request: web.Request) -> web.StreamResponse:
            refusal = self._refusal(socket)
            if refusal is not None:
                return refusal
            response: web.StreamResponse = await handle(request)
            return response

        return upgrade

    def _refusal(self, socket: str) -> web.Response | None:
        """The HTTP answer refusing this handshake, when a ``refuse_upgrade`` fault says so."""
        rule = self.sim.faults.take_upgrade(socket)
        if rule is None:
            return None
        headers = {}
        if rule.status == 429 and rule.seconds > 0:
            headers["Retry-After"] = str(max(1, round(rule.seconds)))
        text = _UPGRADE_TEXT.get(rule.status, "Injected failure")
        return web.Response(status=rule.status, text=text, headers=headers)

    async def _oauth_page(self, request: web.Request) -> web.StreamResponse:
        redirect = request.query.get("redirect_uri")
        if not redirect:
            return web.Response(status=400, text="redirect_uri is required")
        code = self.sim.auth.oauth_code()
        sep = "&" if "?" in redirect else "?"
        raise web.HTTPFound(redirect + sep + urlencode({"code": code}))

    async def _rest_oauth_legacy(self, request: web.Request) -> web.StreamResponse:
        return await self._answer_http(request, "auth/oauthtoken")

    async def _rest(self, request: web.Request) -> web.StreamResponse:
        return await self._answer_http(request, request.match_info["endpoint"])

    async def _answer_http(self, request: web.Request, endpoint: str) -> web.StreamResponse:
        endpoint = endpoint.strip("/").lower()
        rule = self.sim.faults.take(endpoint, "rest")
        if rule is not None:
            early = self._early_fault(request, endpoint, rule)
            if early is not None:
                return early
        raw = await request.read()
        try:
            if request.content_type == "application/x-www-form-urlencoded":
                body: Any = dict(parse_qsl(raw.decode(), keep_blank_values=True))
            else:
                body = parse_body(raw)
        except (ValueError, UnicodeDecodeError):
            return web.Response(status=400, text="The request body is not valid JSON")
        header = request.headers.get("Authorization", "")
        token = header[7:].strip() if header[:7].lower() == "bearer " else None
        latency = self.sim.socket_options.latency.get(endpoint)
        if latency:
            await asyncio.sleep(latency)
        try:
            answer = self.sim.api.handle(Call(endpoint, dict(request.query), body, token=token, transport="rest"))
        except Exception:  # a simulator bug: answered as the real server's internal errors are
            _log.exception("simulator error answering %s", endpoint)
            answer = Answer(500, "Internal server error")
        if rule is not None and rule.kind == "lose_answer":
            return self._drop(request)
        if rule is not None and rule.kind == "withhold":
            assert self.sim._stopping is not None
            await self.sim._stopping.wait()
            return self._drop(request)
        if rule is not None and rule.kind == "delay":
            await asyncio.sleep(rule.seconds)
        return _http_answer(answer)

    def _early_fault(self, request: web.Request, endpoint: str, rule: Rule) -> web.StreamResponse | None:
        """Faults answered without executing the request."""
        if rule.kind == "status":
            return web.Response(status=rule.status, body=b"")
        if rule.kind == "lockout":
            return web.Response(status=429, body=b"")
        if rule.kind == "penalty":
            return _json(self.sim.auth.penalty(endpoint, rule.seconds, rule.captcha))
        if rule.kind == "drop":
            return self._drop(request)
        if rule.kind == "malformed":
            return web.Response(status=200, body=b'{"broken": ', content_type="application/json")
        return None

    @staticmethod
    def _drop(request: web.Request) -> web.StreamResponse:
        if request.transport is not None:
            request.transport.abort()
        return web.Response(status=200)  # never reaches the client: the connection is gone


def _json(value: Any) -> web.Response:
    return web.Response(status=200, body=dumps(value), content_type="application/json")


def _http_answer(answer: Answer) -> web.Response:
    if answer.raw is not None:
        return web.Response(status=answer.status, body=answer.raw, content_type="application/json")
    if answer.status == 200:
        if answer.body is None:
            return web.Response(status=200, body=b"")
        return _json(answer.body)
    if answer.status == 429 or answer.body is None:
        return web.Response(status=answer.status, body=b"")
    return web.Response(status=answer.status, text=str(answer.body))
