"""Every REST operation of the spec, answered from the simulator's state.

One dispatcher serves both transports: REST (``POST /v1/order/placeorder``) and the sockets
(``order/placeorder\\n7\\n\\n{...}``) build a :class:`Call` and get an :class:`Answer`.

- authentication and tokens: :mod:`.auth`;
- the trading commands: :mod:`.engine`;
- the entity queries (``item``, ``items``, ``list``, ``find``, ``suggest``, ``deps``, ``ldeps``,
  ``create``, ``update``) of every entity row: :mod:`.store`;
- ``user/syncrequest`` (the snapshot), cash balance snapshots, contract rolls, fee parameters,
  demo balance changes: here;
- every other operation: a generic answer valid against the spec (:mod:`.examples`) — the
  operation is accepted but changes nothing.

Endpoints match case-insensitively (the official examples spell them both ways). GET and POST
are both accepted, as the real server's "relaxed" REST does.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from typing import Any, Final

from tradovate_api.runtime import OPERATIONS, Operation

from .auth import Auth, Session
from .bodies import coerce_body, parse_body
from .engine import Engine
from .entities import QUERY_OPS, ROWS, SYNC_PLURALS, model_class
from .examples import example
from .limits import RateLimits
from .owners import RISK_SETTINGS, Owners
from .store import Store
from .sync import SyncFilter, sync_filter

__all__ = ["Answer", "Api", "Call", "SyncFilter", "coerce_body", "parse_body", "sync_filter"]

ROUTES: Final[Mapping[str, Operation[Any]]] = {op.path.strip("/").lower(): op for op in OPERATIONS.values()}
_SEGMENTS: Final = {segment.lower(): segment for segment in ROWS}


@dataclass
class Call:
    """One request, from either transport."""

    endpoint: str  # "order/placeorder": no /v1, no leading slash; any case
    query: Mapping[str, str] = field(default_factory=dict)
    body: Any = None
    token: str | None = None
    session: Session | None = None  # set by the socket once authorized
    transport: str = "rest"


@dataclass
class Answer:
    status: int
    body: Any = None  # JSON value (2xx) or error text
    raw: bytes | None = None  # exact bytes to send instead of ``body``


Handler = Callable[[Session, Call], Answer]


class Api:
    """The dispatcher (see the module doc)."""

    def __init__(self, store: Store, auth: Auth, engine: Engine, limits: RateLimits | None = None) -> None:
        self.store = store
        self.auth = auth
        self.engine = engine
        self.limits = limits or RateLimits(auth)
        #: users who administer the organisation (their ``fullOrgSnapshot`` syncs every user)
        self.org_admins: set[int] = set()
        self.owners = Owners(store, engine.may_trade, self.org_admins)
        e = engine
        trade: dict[str, Callable[[int, dict[str, Any]], dict[str, Any]]] = {
            "placeOrder": e.place_order,
            "placeOso": e.place_oso,
            "placeOco": e.place_oco,
            "modifyOrder": e.modify_order,
            "cancelOrder": e.cancel_order,
            "liquidatePosition": e.liquidate_position,
            "liquidatePositions": e.liquidate_positions,
            "startOrderStrategy": e.start_strategy,
            "interruptOrderStrategy": e.interrupt_strategy,
        }
        self.handlers: dict[str, Handler] = {op: self._trading(fn) for op, fn in trade.items()}
        self.handlers.update(
            {
                "me": lambda s, c: Answer(200, self.auth.me(s)),
                "syncRequest": self._sync,
                "getCashBalanceSnapshot": self._cash_snapshot,
                "changeDemoBalance": self._change_demo_balance,
                "rollContract": self._roll_contract,
                "getProductFeeParams": self._fee_params,
            }
        )

    # ---------------------------------------------------------------------------------------

    def handle(self, call: Call) -> Answer:
        endpoint = call.endpoint.strip("/").lower()
        op = ROUTES.get(endpoint)
        if op is None:
            return Answer(404, f"Not found: {call.endpoint}")
        admission = self.limits.before(op, call.body, call.query)
        if admission.penalty is not None:
            return Answer(200, admission.penalty)
        if admission.body is not call.body or admission.query is not call.query:
            call = Call(call.endpoint, admission.query, admission.body, call.token, call.session, call.transport)
        answer = self._handle(endpoint, op, call, admission.ticketed)
        self.limits.after(op, answer.status, answer.body)
        return answer

    def _handle(self, endpoint: str, op: Operation[Any], call: Call, ticketed: bool = False) -> Answer:
        if op.operation_id == "accessTokenRequest":
            body = call.body if isinstance(call.body, dict) else {}
            status, body = self.auth.access_token_request(body, ticketed=ticketed)
            return Answer(status, body)
        if op.operation_id == "oAuthToken":
            return Answer(200, self.auth.oauth_token(call.body if isinstance(call.body, dict) else {}))
        if op.operation_id == "renewAccessToken":
            status, body = self.auth.renew(call.token or (call.session.token if call.session else None))
            return Answer(status, body if status == 200 else "Access is denied")
        session = call.session or self.auth.session(call.token)
        if op.auth and session is None:
            return Answer(401, "Access is denied")
        if op.body is not None and call.body is not None and not isinstance(call.body, dict):
            return Answer(400, "The request body must be a JSON object")
        if op.body is not None and isinstance(call.body, dict):
            coerced = coerce_body(model_class(op.body), call.body)
            if isinstance(coerced, str):
                return Answer(400, coerced)
            call = Call(call.endpoint, call.query, coerced, call.token, call.session, call.transport)
        assert session is not None or not op.auth
        handler = self.handlers.get(op.operation_id)
        if handler is not None and session is not None:
            return handler(session, call)
        segment, _, query_op = endpoint.partition("/")
        if query_op in QUERY_OPS:
            row_segment = _SEGMENTS.get(segment)
            if row_segment is not None:
                return self._entity(row_segment, query_op, call, session)
        return self._generic(op)

    # ---------------------------------------------------------------------------------------

    def _trading(self, fn: Callable[[int, dict[str, Any]], dict[str, Any]]) -> Handler:
        def handler(session: Session, call: Call) -> Answer:
            return Answer(200, fn(session.user_id, call.body if isinstance(call.body, dict) else {}))

        return handler

    def _generic(self, op: Operation[Any]) -> Answer:
        if op.result is None:
            return Answer(200, None)
        if op.many:
            return Answer(200, [])
        return Answer(200, example(model_class(op.result), self.store.clock.now()))

    def _entity(self, segment: str, name: str, call: Call, session: Session | None) -> Answer:
        """The generic entity queries (who sees and writes what: :mod:`.owners`). What the caller
        does not see is not there for them: ``item``/``find`` answer 404, the lists leave it out,
        ``update`` answers 404. ``create`` and ``update`` store only a body naming what the caller
        may write (else 404 ``Not found: account 20003``, or 401 for the risk settings of an
        account traded under a permission) and ``create`` never replaces a stored entity: the
        server assigns the id (a body's ``id`` is ignored), except ``userAccountAutoLiq``'s, which
        is its account's (refused 400 when that account has one: ``update`` changes it). Fields
        the entity does not have are not stored."""
        store, q, owners = self.store, call.query, self.owners
        user = session.user_id if session else None

        def sees(entity: dict[str, Any] | None) -> bool:
            return entity is not None and (user in self.org_admins or owners.sees(segment, entity, user))

        try:
            if name == "item":
                found = store.get(segment, int(q["id"]))
                return Answer(200, found) if sees(found) else Answer(404, f"Not found: {segment} {q['id']}")
            if name == "items":
                return Answer(200, [e for e in store.items(segment, _ids(q["ids"])) if sees(e)])
            if name == "list":
                return Answer(200, [e for e in store.all(segment) if owners.sees(segment, e, user)])
            if name == "find":
                found = store.find(segment, q["name"])
                return Answer(200, found) if sees(found) else Answer(404, f"Not found: {segment} {q['name']}")
            if name == "suggest":
                suggested = store.suggest(segment, q.get("t", ""), int(q.get("l", "10")))
                return Answer(200, [e for e in suggested if sees(e)])
            if name == "deps":
                return Answer(200, [e for e in store.deps(segment, [int(q["masterid"])]) if sees(e)])
            if name == "ldeps":
                return Answer(200, [e for e in store.deps(segment, _ids(q["masterids"])) if sees(e)])
        except (KeyError, ValueError) as exc:
            return Answer(400, f"Invalid query parameter {exc}")
        row = ROWS[segment]  # what is stored: the entity's own fields (as Jackson reads a body into it)
        body = {k: v for k, v in call.body.items() if k in row.keys} if isinstance(call.body, dict) else {}
        if name == "create":
            if row.master_key != "id" or row.master is None:
                body.pop("id", None)  # the server assigns ids
            elif not isinstance(body.get("id"), int):
                return Answer(400, "Missing required field: id")
        elif not isinstance(body.get("id"), int) or not sees(store.get(segment, body["id"])):
            return Answer(404, f"Not found: {segment} {body.get('id')}")
        refused = self._unwritable(segment, body, user)
        if refused is not None:
            return refused
        if name == "update":
            return Answer(200, store.replace(segment, body))
        if "id" in body and store.get(segment, body["id"]) is not None:
            return Answer(400, f"{segment} {body['id']} exists: change it with {segment}/update")
        return Answer(200, store.insert(segment, body))

    def _unwritable(self, segment: str, body: dict[str, Any], user: int | None) -> Answer | None:
        """The refusal of a ``create``/``update`` body naming what ``user`` may not write (for an
        update, the stored entity too), or ``None``."""
        owners, trading = self.owners, segment not in RISK_SETTINGS
        stored = self.store.get(segment, body["id"]) if isinstance(body.get("id"), int) else None
        for entity in (body, stored) if stored is not None else (body,):
            bad = owners.foreign(segment, entity, user, trading=trading)
            if bad is not None:
                seen = not trading and owners.foreign(segment, entity, user) is None
                return Answer(401, "Access is denied") if seen else Answer(404, f"Not found: {bad}")
        return None

    # ---------------------------------------------------------------------------------------

    def snapshot(self, flt: SyncFilter) -> dict[str, Any]:
        """The ``SyncMessage`` for a filter: ``users`` and ``contractGroups`` always present.

        Binds the filter to the accounts its user trades under a tradingPermission (``traded``)."""
        flt.traded = frozenset(
            p["accountId"]
            for p in self.store.where("tradingPermission", userId=flt.user_id, status="Approved")
            if isinstance(p.get("accountId"), int)
        )
        out: dict[str, Any] = {"users": [], "contractGroups": []}
        for entity_type, plural in SYNC_PLURALS.items():
            always = plural in ("users", "contractGroups")
            if not always and flt.entity_types is not None and entity_type not in flt.entity_types:
                continue
            rows = [
                e
                for e in self.store.all(entity_type)
                if (entity_type == "user" and (e["id"] == flt.user_id or e["id"] in flt.users))
                or (entity_type != "user" and (always or flt.wants(self.store, entity_type, e)))
            ]
            if rows or always:
                out[plural] = rows
        return out

    def sync_filter(self, session: Session, body: Any) -> SyncFilter | Answer:
        """The filter of a ``user/syncrequest`` body (REST and the socket), or its refusal: ``400``
        with the reason for an invalid body; ``401 "Access is denied"`` for ``users`` naming
        anyone but the caller, or ``accounts`` naming an account the caller may not trade —
        unless the caller administers the organisation (then those users' entities are synced).
        The real server's answer is in no source we hold; ``401 "Access is denied"`` is what it
        answers a socket request the user may not make (reference, field reports)."""
        admin = session.user_id in self.org_admins
        flt = sync_filter(session.user_id, body, admin)
        if isinstance(flt, str):
            return Answer(400, flt)
        if not admin:
            users = (body.get("users") or []) if isinstance(body, dict) else []
            accounts = flt.accounts or frozenset()
            foreign = any(u != session.user_id for u in users) or any(
                self._account_for(session, a) is None for a in accounts
            )
            if foreign:
                return Answer(401, "Access is denied")
        return flt

    def _sync(self, session: Session, call: Call) -> Answer:
        flt = self.sync_filter(session, call.body)
        if isinstance(flt, Answer):
            return flt
        return Answer(200, self.snapshot(flt))

    def _account_for(self, session: Session, account_id: Any) -> dict[str, Any] | None:
        account = self.store.get("account", account_id) if isinstance(account_id, int) else None
        if account is None or not self.engine.may_trade(session.user_id, account):
            return None
        return account

    def _cash_snapshot(self, session: Session, call: Call) -> Answer:
        account = self._account_for(session, (call.body or {}).get("accountId"))
        if account is None:
            return Answer(200, {"errorText": "Access is denied"})
        balance = self.store.first("cashBalance", accountId=account["id"], currencyId=1) or {}
        risk = self.engine.risk
        open_pnl = risk.open_pnl(account["id"])
        margins = self.store.get("marginSnapshot", account["id"]) or {}
        cash = float(balance.get("amount", 0.0))
        sod = float(balance.get("amountSOD", cash))
        out = {
            "totalCashValue": round(cash, 2),
            "totalPnL": round(float(balance.get("realizedPnL", 0.0)) + open_pnl, 2),
            "netLiq": round(cash + open_pnl, 2),
            "openPnL": round(open_pnl, 2),
            "realizedPnL": float(balance.get("realizedPnL", 0.0)),
            "weekRealizedPnL": float(balance.get("weekRealizedPnL", 0.0)),
            "initialMargin": float(margins.get("initialMargin", 0.0)),
            "maintenanceMargin": float(margins.get("maintenanceMargin", 0.0)),
            "netLiqSOD": sod,
            "totalCashValueSOD": sod,
            "cashUSD": round(cash, 2),
            "cashSODUSD": sod,
        }
        if isinstance(margins.get("autoLiqLevel"), int | float):
            out["autoLiqLevel"] = margins["autoLiqLevel"]
        return Answer(200, out)

    def _change_demo_balance(self, session: Session, call: Call) -> Answer:
        body = call.body or {}
        account = self._account_for(session, body.get("accountId"))
        change = body.get("cashChange")
        owner = account is not None and self.owners.foreign("account", account, session.user_id, trading=False) is None
        if account is None or not owner or not isinstance(change, int | float):  # a trader's is the owner's
            return Answer(200, {"errorText": "Access is denied"})
        balance = self.store.first("cashBalance", accountId=account["id"], currencyId=1)
        if balance is not None:
            self.store.update(
                "cashBalance",
                balance["id"],
                timestamp=self.store.clock.stamp(),
                amount=round(balance["amount"] + change, 2),
            )
        return self._cash_snapshot(session, Call("", body={"accountId": account["id"]}))

    def _roll_contract(self, session: Session, call: Call) -> Answer:
        body = call.body or {}
        contract = self.store.find("contract", str(body.get("name", "")))
        if contract is None:
            return Answer(200, {"errorText": f"Unknown contract {body.get('name')!s:.40}"})
        maturity = self.store.get("contractMaturity", contract["contractMaturityId"]) or {}
        siblings = sorted(
            self.store.where("contractMaturity", productId=maturity.get("productId")),
            key=lambda m: m["expirationMonth"],
        )
        index = next((i for i, m in enumerate(siblings) if m["id"] == maturity.get("id")), 0)
        index = index + 1 if body.get("forward") else index - 1
        if not 0 <= index < len(siblings):
            return Answer(200, {"errorText": "No contract to roll to"})
        rolled = self.store.first("contract", contractMaturityId=siblings[index]["id"])
        return Answer(200, {"contract": rolled})

    def _fee_params(self, session: Session, call: Call) -> Answer:
        ids = (call.body or {}).get("productIds") or []
        params = []
        for product_id in ids:
            product = self.store.get("product", product_id) if isinstance(product_id, int) else None
            if product is None:
                continue
            fee = self.engine.fee_per_side(product)
            params.append(
                {
                    "productId": product_id,
                    "clearingFee": round(fee * 0.15, 2),
                    "clearingCurrencyId": 1,
                    "exchangeFee": round(fee * 0.6, 2),
                    "exchangeCurrencyId": 1,
                    "nfaFee": 0.02,
                    "nfaCurrencyId": 1,
                    "commission": round(fee - round(fee * 0.15, 2) - round(fee * 0.6, 2) - 0.02, 2),
                    "commissionCurrencyId": 1,
                }
            )
        return Answer(200, {"params": params})


def _ids(text: str) -> list[int]:
    return [int(part) for part in text.split(",") if part.strip()]
