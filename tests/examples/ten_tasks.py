"""The ten everyday tasks, written the way a user of the client would write them.

Log in, list accounts, find a contract, place a Limit order, cancel it, read the account's
positions and the order's fills, renew the token, sync the user and look at user sessions,
handling the errors a user must handle (``OrderRejected``, ``OutcomeUnknown``, ``PenaltyTicket``).
This file must type-check with ``mypy --strict`` without casts, ``isinstance`` or ``assert``
narrowing and ``type: ignore``.
"""

from __future__ import annotations

import time
from collections.abc import Sequence

from tradovate_api import UNSET, Tradovate, Unset, errors
from tradovate_api.models import (
    AccessTokenRequest,
    AccessTokenResponse,
    Action,
    CancelOrder,
    OrderType,
    PlaceOrder,
    SyncRequest,
)

NAME = "trader"
PASSWORD = "secret"
APP_ID = "ten-tasks"
APP_VERSION = "1.0"
CID = 8
SEC = "api-secret"
SYMBOL = "ESZ6"


def _login(tv: Tradovate) -> AccessTokenResponse:
    """Log in; on a penalty ticket wait as told and send the login again with the ticket.

    ``tv.login()`` cannot be used: it types ``cid`` as ``int`` while the request body
    (``AccessTokenRequest.cid``) is a string, so every login with a ``cid`` fails with
    ``InvalidRequest`` before anything is sent; it also takes no ``p_ticket``. The request is
    built by hand and the token installed with ``tv.token``.
    """

    def attempt(p_ticket: str | Unset = UNSET) -> AccessTokenResponse:
        request = AccessTokenRequest(
            name=NAME,
            password=PASSWORD,
            app_id=APP_ID,
            app_version=APP_VERSION,
            cid=str(CID),
            sec=SEC,
            p_ticket=p_ticket,
        )
        response = tv.auth.access_token_request(request)
        # access_token is ``str | Unset`` even though a refusal raises.
        tv.token = response.access_token or None
        return response

    try:
        return attempt()
    except errors.PenaltyTicket as penalty:
        if penalty.captcha:
            raise
        time.sleep(min(penalty.time, 60.0))
        return attempt(penalty.ticket)


def run(base_url: str, session_ids: Sequence[int] = (1,)) -> list[str]:
    """Do the ten tasks against ``base_url``; returns one line per step.

    ``session_ids``: no operation lists a user's sessions, so the ids come from elsewhere.
    """
    log: list[str] = []
    with Tradovate(base_url) as tv:
        # 1. log in
        auth = _login(tv)
        log.append(f"login: user {auth.name or '?'}")

        # 2. accounts
        accounts = tv.accounts.list()
        if not accounts:
            log.append("accounts: none")
            return log
        account = accounts[0]
        log.append(f"accounts: {len(accounts)}, first {account.id} {account.name}")

        # 3. a contract by symbol
        contract = tv.contracts.find(SYMBOL)
        log.append(f"contract: {contract.id} {contract.name}")

        # 4. place a Limit order
        order_id: int | None = None
        try:
            placed = tv.orders.place(
                PlaceOrder(
                    action=Action.BUY,
                    symbol=contract.name,
                    order_qty=1,
                    order_type=OrderType.LIMIT,
                    price=4500.25,
                    account_id=account.id,
                    account_spec=account.name,
                    is_automated=True,
                )
            )
            # order_id is ``int | Unset`` even on success: a falsy check narrows it.
            order_id = placed.order_id or None
            log.append(f"place: order {order_id}")
        except errors.OrderRejected as rejected:
            log.append(f"place: rejected {rejected.reason}: {rejected.text}")
        except errors.OutcomeUnknown:
            # The order may exist: look it up before placing again.
            working = [o for o in tv.orders.list() if o.account_id == account.id]
            log.append(f"place: outcome unknown, {len(working)} orders on the account")

        # 5. cancel it
        if order_id is not None:
            try:
                cancelled = tv.orders.cancel(CancelOrder(order_id=order_id, is_automated=True))
                log.append(f"cancel: command {cancelled.command_id or '?'}")
            except errors.OrderRejected as rejected:
                log.append(f"cancel: rejected {rejected.reason}: {rejected.text}")
            except errors.OutcomeUnknown:
                log.append("cancel: outcome unknown")

        # 6. positions of the account
        positions = tv.positions.deps(account.id)
        log.append("positions: " + ", ".join(f"{p.contract_id}:{p.net_pos}" for p in positions))

        # 7. fills: of the order, or all of them
        fills = tv.fills.deps(order_id) if order_id is not None else tv.fills.list()
        log.append("fills: " + ", ".join(f"{f.qty}@{f.price:g}" for f in fills))

        # 8. renew the token
        renewed = tv.renew()
        log.append(f"renew: until {renewed.expiration_time or '?'}")

        # 9. sync the user: the login's user id is ``int | Unset``, the account's is an int.
        user_id = auth.user_id or account.user_id
        sync = tv.users.sync_request(SyncRequest(users=[user_id]))
        log.append(f"sync: {len(sync.users)} users, {len(sync.accounts or [])} accounts")

        # 10. user sessions
        sessions = tv.user_sessions.items(session_ids)
        log.append("sessions: " + ", ".join(f"{s.id} user {s.user_id}" for s in sessions))
    return log
