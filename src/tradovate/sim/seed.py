"""The demo organisation the simulator starts with.

Users (the demo login ``demo`` / ``demo`` among them), their accounts with risk settings (an
overall position limit, per-order quantity limits, auto-liquidation settings), cash balances,
currencies, exchanges, contract groups, and futures products with their real tick sizes, point
values and listed months; each product's next maturities and contracts (front month flagged,
e.g. ``ESZ6`` on 2026-11-23). Every other entity type of the spec gets one generic row so each
query of the spec has something to answer.

Everything here is deterministic: the same clock start gives the same organisation.

Why one module over ~400 lines: it has one job (the starting organisation), and most of its
length is data — the product table, the users, the prop-firm presets — next to the few functions
that write them into the store; splitting the tables from their one reader would only scatter it.
"""

from __future__ import annotations

import dataclasses
import datetime
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from typing import Any, Final

from .clock import Clock, iso
from .entities import ROWS
from .examples import example
from .margins import MARGINS
from .store import Store

__all__ = [
    "DEMO_PASSWORD",
    "DEMO_USER",
    "FULL_MARKET_DATA",
    "PRESETS",
    "PRODUCTS",
    "USERS",
    "AccountSpec",
    "ProductSpec",
    "UserSpec",
    "organization",
    "seed",
]

DEMO_USER: Final = "demo"
DEMO_PASSWORD: Final = "demo"


ORGANIZATION: Final = "Simulated Demo Organization"

CURRENCIES: Final = ((1, "USD", "$"), (2, "EUR", "€"), (3, "GBP", "£"), (4, "JPY", "¥"))
EXCHANGES: Final = (
    (1, "CME", "XCME"),
    (2, "CBOT", "XCBT"),
    (3, "NYMEX", "XNYM"),
    (4, "COMEX", "XCEC"),
)
CONTRACT_GROUPS: Final = (
    (1, "Equity Index"),
    (2, "Energy"),
    (3, "Metals"),
    (4, "Interest Rates"),
    (5, "Currencies"),
    (6, "Grains"),
)

_MONTH_CODES: Final = "FGHJKMNQUVXZ"


@dataclass(frozen=True)
class ProductSpec:
    """A futures product: tick size and value per point as the exchange lists them."""

    id: int
    name: str
    description: str
    exchange_id: int
    group_id: int
    tick_size: float
    value_per_point: float
    months: str  # listed month codes
    price: float  # where the simulated market starts
    fee: float  # all-in fees per contract per side, USD
    expiry: str  # "third-friday" (index/currency/rates) or "prior-month" (energy/metal/grain)
    price_format: int = -2
    micro: bool = False


PRODUCTS: Final[tuple[ProductSpec, ...]] = (
    ProductSpec(1, "ES", "E-Mini S&P 500", 1, 1, 0.25, 50.0, "HMUZ", 6850.0, 2.14, "third-friday"),
    ProductSpec(2, "NQ", "E-Mini NASDAQ 100", 1, 1, 0.25, 20.0, "HMUZ", 25200.0, 2.14, "third-friday"),
    ProductSpec(3, "MES", "Micro E-Mini S&P 500", 1, 1, 0.25, 5.0, "HMUZ", 6850.0, 0.62, "third-friday", micro=True),
    ProductSpec(
        4, "MNQ", "Micro E-Mini NASDAQ 100", 1, 1, 0.25, 2.0, "HMUZ", 25200.0, 0.62, "third-friday", micro=True
    ),
    ProductSpec(5, "RTY", "E-Mini Russell 2000", 1, 1, 0.1, 50.0, "HMUZ", 2450.0, 2.14, "third-friday", -1),
    ProductSpec(6, "YM", "E-Mini Dow ($5)", 2, 1, 1.0, 5.0, "HMUZ", 47200.0, 2.14, "third-friday", 0),
    ProductSpec(7, "CL", "Crude Oil", 3, 2, 0.01, 1000.0, "FGHJKMNQUVXZ", 62.5, 2.24, "prior-month"),
    ProductSpec(
        8, "MCL", "Micro WTI Crude Oil", 3, 2, 0.01, 100.0, "FGHJKMNQUVXZ", 62.5, 0.72, "prior-month", micro=True
    ),
    ProductSpec(9, "NG", "Natural Gas", 3, 2, 0.001, 10000.0, "FGHJKMNQUVXZ", 4.2, 2.34, "prior-month", -3),
    ProductSpec(10, "GC", "Gold", 4, 3, 0.1, 100.0, "GJMQVZ", 4100.0, 2.34, "prior-month", -1),
    ProductSpec(11, "MGC", "Micro Gold", 4, 3, 0.1, 10.0, "GJMQVZ", 4100.0, 0.82, "prior-month", -1, micro=True),
    ProductSpec(12, "SI", "Silver", 4, 3, 0.005, 5000.0, "HKNUZ", 52.0, 2.34, "prior-month", -3),
    ProductSpec(13, "ZN", "10-Year T-Note", 2, 4, 0.015625, 1000.0, "HMUZ", 112.5, 1.64, "third-friday", -6),
    ProductSpec(14, "ZB", "30-Year T-Bond", 2, 4, 0.03125, 1000.0, "HMUZ", 116.0, 1.72, "third-friday", -5),
    ProductSpec(15, "6E", "Euro FX", 1, 5, 0.00005, 125000.0, "HMUZ", 1.165, 2.24, "third-friday", -5),
    ProductSpec(16, "ZC", "Corn", 2, 6, 0.25, 50.0, "HKNUZ", 440.0, 2.84, "prior-month"),
)

MATURITIES_PER_PRODUCT: Final = 3
POSITION_LIMIT: Final = 20  # overall net contracts per account (long or short)
MAX_ORDER_QTY: Final = 50


@dataclass(frozen=True)
class AccountSpec:
    id: int
    name: str
    balance: float  # starting USD cash
    position_limit: int = POSITION_LIMIT
    max_order_qty: int = MAX_ORDER_QTY
    preset: str | None = None  # a key of PRESETS: the account's userAccountAutoLiq rules
    owner: int | None = None  # the user who owns it, when the user trades it under a tradingPermission


# userAccountAutoLiq rules shaped like prop-firm evaluation accounts (a $50k evaluation: $2,000
# trailing drawdown that stops trailing at the starting balance, $1,000 daily loss, no unlock once
# failed). Without a preset an account gets a daily loss auto-liquidation at 10 % of its balance.
PRESETS: Final[dict[str, dict[str, Any]]] = {
    "eval50k": {
        "trailingMaxDrawdown": 2_000.0,
        "trailingMaxDrawdownLimit": 50_000.0,
        "trailingMaxDrawdownMode": "RealTime",
        "dailyLossAutoLiq": 1_000.0,
        "doNotUnlock": True,
        "changesLocked": True,
    },
    "eval50k-eod": {
        "trailingMaxDrawdown": 2_000.0,
        "trailingMaxDrawdownLimit": 50_000.0,
        "trailingMaxDrawdownMode": "EOD",
        "dailyLossAutoLiq": 1_000.0,
        "doNotUnlock": True,
        "changesLocked": True,
    },
    "eval150k": {
        "trailingMaxDrawdown": 4_500.0,
        "trailingMaxDrawdownLimit": 150_000.0,
        "trailingMaxDrawdownMode": "EOD",
        "dailyLossAutoLiq": 3_000.0,
        "doNotUnlock": True,
        "changesLocked": True,
    },
}


#: the market-data entitlements a user holds unless told otherwise: real-time top of book and depth
FULL_MARKET_DATA: Final = ("CMEGROUP_TOP", "CMEGROUP_DOM")


@dataclass(frozen=True)
class UserSpec:
    id: int
    name: str
    password: str
    email: str
    full_name: str
    accounts: tuple[AccountSpec, ...]
    # without CMEGROUP_TOP quotes/charts/histograms, without CMEGROUP_DOM the DOM answer ``Delayed``
    market_data: tuple[str, ...] = FULL_MARKET_DATA


USERS: Final[tuple[UserSpec, ...]] = (
    UserSpec(
        1001,
        DEMO_USER,
        DEMO_PASSWORD,
        "demo@example.com",
        "Demo Trader",
        (AccountSpec(20001, "DEMO20001", 50_000.0), AccountSpec(20002, "DEMO20002", 25_000.0)),
    ),
    UserSpec(
        1002, "alice", "alice-pass", "alice@example.com", "Alice Example", (AccountSpec(20003, "DEMO20003", 100_000.0),)
    ),
    # A prop-firm evaluation: the firm's user owns the account, the trader trades it under an
    # approved tradingPermission (account.userId is not the trader, as in every real capture).
    UserSpec(1003, "firm", "firm-pass", "evals@example.com", "Firm Evaluations", ()),
    UserSpec(
        1004,
        "trader",
        "trader-pass",
        "trader@example.com",
        "Eval Trader",
        (AccountSpec(20004, "EVAL50K20004", 50_000.0, 5, 5, preset="eval50k", owner=1003),),
        # a prop-firm trader gets top of book only (the reference: T-Prop users get CMEGROUP_TOP
        # automatically, CMEGROUP_DOM is extra): the DOM answers mode "Delayed"
        ("CMEGROUP_TOP",),
    ),
)


def organization(config: Mapping[str, Any]) -> tuple[tuple[UserSpec, ...], tuple[ProductSpec, ...]]:
    """Users and products from a scenario's ``"organization"`` object (defaults where absent)::

    {"users": [{"id": 1001, "name": "demo", "password": "demo", "email": "demo@example.com",
                "fullName": "Demo Trader", "marketData": ["CMEGROUP_TOP", "CMEGROUP_DOM"],
                "accounts": [{"id": 20001, "name": "DEMO20001", "balance": 50000,
                              "positionLimit": 20, "maxOrderQty": 50,
                              "preset": "eval50k", "owner": 1003}]}],
     "prices": {"ES": 6000.0, "CL": 70.25}}
    """
    users = USERS
    if "users" in config:
        users = tuple(
            UserSpec(
                int(u["id"]),
                str(u["name"]),
                str(u["password"]),
                str(u.get("email", f"{u['name']}@example.com")),
                str(u.get("fullName", u["name"])),
                tuple(
                    AccountSpec(
                        int(a["id"]),
                        str(a["name"]),
                        float(a.get("balance", 50_000.0)),
                        int(a.get("positionLimit", POSITION_LIMIT)),
                        int(a.get("maxOrderQty", MAX_ORDER_QTY)),
                        a.get("preset"),
                        a.get("owner"),
                    )
                    for a in u.get("accounts", [])
                ),
                tuple(str(e) for e in u.get("marketData", FULL_MARKET_DATA)),
            )
            for u in config["users"]
        )
    for u in users:
        for a in u.accounts:
            if a.preset is not None and a.preset not in PRESETS:
                raise ValueError(f"organization: unknown preset {a.preset!r} (known: {sorted(PRESETS)})")
    prices = config.get("prices", {})
    unknown = set(prices) - {p.name for p in PRODUCTS}
    if unknown:
        raise ValueError(f"organization.prices: unknown products {sorted(unknown)}")
    products = tuple(dataclasses.replace(p, price=float(prices[p.name])) if p.name in prices else p for p in PRODUCTS)
    return users, products


ORDER_STRATEGY_TYPE_MULTIBRACKET: Final = 2
# Entity types the trading engine writes: not seeded.
TRADING_TYPES: Final = frozenset(
    {
        "order", "orderVersion", "command", "commandReport", "executionReport", "fill", "fillFee", "fillPair",
        "position", "orderStrategy", "orderStrategyLink", "cashBalanceLog",
    }
)  # fmt: skip


def _third_friday(year: int, month: int) -> datetime.date:
    first = datetime.date(year, month, 1)
    offset = (4 - first.weekday()) % 7
    return first + datetime.timedelta(days=offset + 14)


def _expiration(spec: ProductSpec, year: int, month: int) -> datetime.datetime:
    if spec.expiry == "third-friday":
        day = _third_friday(year, month)
        at = datetime.time(13, 30)
    else:  # the last trading day falls in the month before delivery
        prev_year, prev_month = (year, month - 1) if month > 1 else (year - 1, 12)
        day = datetime.date(prev_year, prev_month, 20)
        while day.weekday() >= 5:
            day -= datetime.timedelta(days=1)
        at = datetime.time(18, 30)
    return datetime.datetime.combine(day, at, datetime.UTC)


def _maturities(spec: ProductSpec, now: datetime.datetime, count: int) -> list[tuple[int, int, datetime.datetime]]:
    out: list[tuple[int, int, datetime.datetime]] = []
    year, month = now.year, now.month
    while len(out) < count:
        if _MONTH_CODES[month - 1] in spec.months:
            expires = _expiration(spec, year, month)
            if expires > now:
                out.append((year, month, expires))
        year, month = (year, month + 1) if month < 12 else (year + 1, 1)
    return out


def contract_name(product: str, year: int, month: int) -> str:
    """``ESZ6``: product, month code, last digit of the year (as Tradovate names contracts)."""
    return f"{product}{_MONTH_CODES[month - 1]}{year % 10}"


def seed(
    store: Store, clock: Clock, users: Sequence[UserSpec] = USERS, products: Sequence[ProductSpec] = PRODUCTS
) -> None:
    """Fill ``store`` with the demo organisation (no events are recorded for it)."""
    now = clock.now()
    stamp = iso(now)
    trade_date = clock.trade_date()

    def put(entity_type: str, data: dict[str, Any], quiet: bool = True) -> dict[str, Any]:
        row = ROWS.get(entity_type)
        base = example(row.model, now) if row is not None else {}
        if row is not None and not row.keys.issuperset(data):
            raise ValueError(f"{entity_type}: {sorted(set(data) - row.keys)} are not in the spec")
        return store.insert(entity_type, {**base, **data}, quiet=quiet)

    for cid, name, symbol in CURRENCIES:
        put("currency", {"id": cid, "name": name, "symbol": symbol}, quiet=True)
    for eid, name, mic in EXCHANGES:
        put(
            "exchange",
            {"id": eid, "name": name, "micCode": mic, "complex": "CME Group", "timeZone": "America/Chicago"},
            quiet=True,
        )
    for gid, name in CONTRACT_GROUPS:
        put("contractGroup", {"id": gid, "name": name}, quiet=True)

    for spec in products:
        put(
            "product",
            {
                "id": spec.id,
                "name": spec.name,
                "currencyId": 1,
                "productType": "Futures",
                "description": spec.description,
                "exchangeId": spec.exchange_id,
                "contractGroupId": spec.group_id,
                "status": "Verified",
                "valuePerPoint": spec.value_per_point,
                "priceFormatType": "Decimal",
                "priceFormat": spec.price_format,
                "tickSize": spec.tick_size,
                "months": spec.months,
                "isMicro": spec.micro,
                "hasReplay": True,
            },
            quiet=True,
        )
        margin = MARGINS.get(spec.name)
        if margin is not None:
            put(
                "productMargin",
                {
                    "id": spec.id,
                    "initialMargin": margin.initial,
                    "maintenanceMargin": margin.maintenance,
                    "timestamp": stamp,
                },
            )
        for n, (year, month, expires) in enumerate(_maturities(spec, now, MATURITIES_PER_PRODUCT)):
            maturity_id = spec.id * 100 + n + 1
            put(
                "contractMaturity",
                {
                    "id": maturity_id,
                    "productId": spec.id,
                    "expirationMonth": year * 100 + month,
                    "expirationDate": iso(expires),
                    "isFront": n == 0,
                    "archived": False,
                    "seqNo": n + 1,
                },
                quiet=True,
            )
            put(
                "contract",
                {
                    "id": 3_000_000 + maturity_id,
                    "name": contract_name(spec.name, year, month),
                    "contractMaturityId": maturity_id,
                    "status": "DefinitionChecked",
                    "providerTickSize": spec.tick_size,
                },
                quiet=True,
            )

    put(
        "orderStrategyType",
        {"id": ORDER_STRATEGY_TYPE_MULTIBRACKET, "name": "multibracket", "enabled": True},
        quiet=True,
    )

    for user in users:
        put(
            "user",
            {
                "id": user.id,
                "name": user.name,
                "timestamp": stamp,
                "email": user.email,
                "status": "Active",
                "professional": False,
                "organizationId": 1,
            },
            quiet=True,
        )
        first, last = user.full_name.split()[0], user.full_name.split()[-1]
        put("contactInfo", {"id": user.id, "userId": user.id, "firstName": first, "lastName": last})
        for account in user.accounts:
            account_id, account_name, balance = account.id, account.name, account.balance
            put(
                "account",
                {
                    "id": account_id,
                    "name": account_name,
                    "userId": account.owner if account.owner is not None else user.id,
                    "accountType": "Customer",
                    "active": True,
                    "clearingHouseId": 2,
                    "riskCategoryId": 2,
                    "autoLiqProfileId": 2,
                    "marginAccountType": "Speculator",
                    "legalStatus": "Individual",
                    "archived": False,
                    "timestamp": stamp,
                    "readonly": False,
                },
                quiet=True,
            )
            put(
                "cashBalance",
                {
                    "id": account_id,
                    "accountId": account_id,
                    "timestamp": stamp,
                    "tradeDate": trade_date,
                    "currencyId": 1,
                    "amount": balance,
                    "realizedPnL": 0.0,
                    "weekRealizedPnL": 0.0,
                    "amountSOD": balance,
                    "archived": False,
                },
                quiet=True,
            )
            put(
                "accountRiskStatus",
                {
                    "id": account_id,
                    "adminAction": "Normal",
                    "userTriggeredLiqOnly": False,
                    "maxNetLiq": balance,
                    "minNetLiq": balance,
                    "maxNetLiqTimestamp": stamp,
                    "autoLiqCounter": 0,
                },
                quiet=True,
            )
            put(
                "marginSnapshot",
                {
                    "id": account_id,
                    "timestamp": stamp,
                    "riskTimePeriodId": 2,
                    "initialMargin": 0.0,
                    "maintenanceMargin": 0.0,
                    "totalUsedMargin": 0.0,
                    "fullInitialMargin": 0.0,
                    "positionMargin": 0.0,
                    "totalUsedFullMargin": 0.0,
                },
                quiet=True,
            )
            rules = {"changesLocked": False, "dailyLossAutoLiq": balance * 0.1, "doNotUnlock": False}
            if account.preset is not None:
                rules = PRESETS[account.preset]
            put("userAccountAutoLiq", {"id": account_id, **rules}, quiet=True)
            limit = put(
                "userAccountPositionLimit",
                {
                    "id": account_id,
                    "active": True,
                    "totalBy": "Overall",
                    "accountId": account_id,
                    "longLimit": account.position_limit,
                    "shortLimit": account.position_limit,
                    "description": "Overall position limit",
                },
                quiet=True,
            )
            put(
                "userAccountRiskParameter",
                {
                    "id": account_id,
                    "userAccountPositionLimitId": limit["id"],
                    "maxOpeningOrderQty": account.max_order_qty,
                    "maxClosingOrderQty": account.max_order_qty,
                    "hardLimit": True,
                },
                quiet=True,
            )
            put(
                "tradingPermission",
                {
                    "id": account_id,
                    "userId": user.id,
                    "accountId": account_id,
                    "accountHolderContact": user.full_name,
                    "accountHolderEmail": user.email,
                    "ctaContact": "",
                    "ctaEmail": "",
                    "status": "Approved",
                },
            )

    # One generic row for every other entity type, so every query has something to answer; the
    # trading entities start empty (the demo accounts are flat, with no order history).
    for segment, row in ROWS.items():
        if segment in TRADING_TYPES:
            continue
        if not store.tables.get(segment) and ({"item", "list"} & row.ops):
            entity = _generic(store, row.model, now)
            entity["id"] = store.new_id()
            put(segment, entity, quiet=True)


def _generic(store: Store, model: Any, now: datetime.datetime) -> dict[str, Any]:
    """A full example entity whose ``<type>Id`` fields point at seeded entities where there are some."""
    entity = example(model, now, full=True)
    for key in list(entity):
        if key.endswith("Id") and isinstance(entity[key], int):
            target = next(iter(store.tables.get(key[:-2], {})), None)
            entity[key] = target if target is not None else 1
    return entity
