"""The REST client, blocking: log in, read, place an order, handle every outcome.

Runs against the local simulator (in a background thread, so blocking code can call it); for
Tradovate's own servers use ``Tradovate(tradovate_api.DEMO_URL)`` and your credentials.
"""

from __future__ import annotations

from tradovate.sim import SimulatorThread
from tradovate_api import Tradovate, errors
from tradovate_api.models import Action, OrderType, PlaceOrder


def main() -> None:
    with SimulatorThread(seed=1) as sim, Tradovate(sim.rest_url) as tv:
        tv.login(name="demo", password="demo", app_id="docs", app_version="1.0")
        account = tv.accounts.list()[0]  # list[Account]; ids are plain ints
        contract = tv.contracts.find("ESZ6")  # a Contract, or errors.NotFound
        print("account", account.name, "contract", contract.name, contract.id)
        order = PlaceOrder(
            account_spec=account.name,
            account_id=account.id,
            action=Action.BUY,
            symbol="ESZ6",
            order_qty=1,
            order_type=OrderType.LIMIT,
            price=1000.00,  # far below the market: the order rests
            is_automated=True,
        )
        try:
            result = tv.orders.place(order)
        except errors.OrderRejected as rejected:  # refused inside an HTTP 200 body
            print("rejected:", rejected.reason, rejected.text)
            return
        except errors.OutcomeUnknown:  # the order may exist: look it up, never resend blindly
            raise
        print("placed order", result.order_id)
        working = [o for o in tv.orders.list() if o.id == result.order_id]
        print("status", working[0].ord_status)
        exchange = tv.raw(tv.accounts.list)  # the HTTP exchange itself
        print("raw status", exchange.status_code)
        try:
            tv.orders.item(2**70)  # validated before sending (ids are int64): nothing reaches the server
        except errors.InvalidRequest as invalid:
            print("refused locally:", invalid.field)


if __name__ == "__main__":
    main()
