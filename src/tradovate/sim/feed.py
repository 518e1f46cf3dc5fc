"""Recorded market data for the simulator: ticks, quotes or bars from a file (no I/O but reading it).

A :class:`Feed` drives the books of the contracts it names instead of the seeded random walk
(:mod:`.market`); every other contract keeps walking. The md socket, the replay socket and the
trading engine all read the same books, so a strategy runs over a recorded session at whatever
speed the clock is driven: each record is applied at its own time (the virtual clock is set to
it), the engine fills against the book it leaves, then the md sockets push it.

File layouts (CSV with a header row; Parquet with the same column names when pandas and pyarrow
are installed). Columns may come in any order; empty cells are absent values.

*Ticks and quotes* — one row per event::

    timestamp,symbol,bid,bid_size,ask,ask_size,price,size,aggressor
    2026-11-23T14:00:00.125Z,ESZ6,6849.75,23,6850.00,31,,,
    2026-11-23T14:00:00.480Z,ESZ6,,,,,6850.00,2,Buy

- ``timestamp``: ISO 8601 (``Z``/offset; none = UTC) or POSIX time as a number (seconds, or
  milliseconds when above 10^11);
- ``symbol``: a contract name (``ESZ6``) or a product name (``ES``: its first listed contract,
  the front month); without the column, every row is for the feed's ``symbol`` option;
- ``bid``/``ask`` (with optional ``bid_size``/``ask_size``): a new top of book;
- ``price``/``size`` (with an optional ``aggressor`` ``Buy``/``Sell``): a trade; without an
  aggressor a trade at or above the offer is a buy, else a sell; a trade row without a quote moves
  the touch to the trade (a buy lifts the offer to its price, a sell hits the bid at its price).

*Bars* — a header with ``open``, ``high``, ``low``, ``close`` (and optional ``volume``)::

    timestamp,symbol,open,high,low,close,volume
    2026-11-23T14:00:00Z,ESZ6,6850.00,6851.25,6849.50,6851.00,1830

Each bar (``timestamp`` = its start) becomes four trades at its start and at a quarter, half and
three quarters of its span — open, then low and high (high first on a down bar), then close —
with the volume split among them; the span is the time to the symbol's next bar (60 s for the
last).

Deeper book levels are not recorded: their sizes are drawn from the book's seeded generator
when the top changes; prices are rounded to the contract's tick. Before its first record a book
shows the first recorded prices; after its last one it stays where the recording left it.

``align=True`` shifts every time so the first record falls at the clock's time when the market
starts (for a wall clock, or to replay an old session "now").
"""

from __future__ import annotations

import csv
import datetime
import importlib
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, replace
from pathlib import Path
from typing import Any, Final

__all__ = ["SAMPLE", "Feed", "Record", "load_feed", "make_feed", "sample_rows", "write_sample"]

#: The shipped sample session: ES (``ESZ6``) quotes and trades, 2026-11-23 14:00-14:30 UTC.
SAMPLE: Final = Path(__file__).with_name("data") / "es-sample.csv"

_BAR_SPAN: Final = 60.0
_HEADER: Final = ("timestamp", "symbol", "bid", "bid_size", "ask", "ask_size", "price", "size", "aggressor")


@dataclass(frozen=True)
class Record:
    """One recorded event: a new top of book, a trade, or both."""

    time: float  # POSIX seconds
    symbol: str
    bid: float | None = None
    bid_size: int | None = None
    ask: float | None = None
    ask_size: int | None = None
    price: float | None = None
    size: int | None = None
    aggressor: str | None = None


class Feed:
    """Records by symbol, time-ordered (see the module doc)."""

    def __init__(self, records: Iterable[Record], *, align: bool = False) -> None:
        ordered = sorted(records, key=lambda r: r.time)  # stable: rows of one time keep file order
        if not ordered:
            raise ValueError("the recorded feed has no rows")
        self.records = ordered
        self.align = align
        self._by_symbol: dict[str, list[Record]] = {}
        for r in ordered:
            self._by_symbol.setdefault(r.symbol, []).append(r)
        self.symbols = sorted(self._by_symbol)

    @property
    def start(self) -> datetime.datetime:
        return _utc(self.records[0].time)

    @property
    def end(self) -> datetime.datetime:
        return _utc(self.records[-1].time)

    def shifted(self, to: datetime.datetime) -> Feed:
        """The same feed with its first record at ``to``."""
        delta = to.timestamp() - self.records[0].time
        return Feed((replace(r, time=r.time + delta) for r in self.records), align=False)

    def of(self, *names: str) -> list[Record]:
        """The records of the rows that name any of ``names``, in time order."""
        found = [r for name in dict.fromkeys(names) for r in self._by_symbol.get(name, ())]
        return sorted(found, key=lambda r: r.time) if len(names) > 1 else found


def make_feed(spec: Feed | str | Path | Mapping[str, Any] | None) -> Feed | None:
    """A feed from its option: a path, ``"sample"`` (the shipped one), ``{"path": ..., "symbol":
    ..., "align": bool}`` or a :class:`Feed`."""
    if spec is None or isinstance(spec, Feed):
        return spec
    if isinstance(spec, str | Path):
        spec = {"path": spec}
    path = spec.get("path")
    if not isinstance(path, str | Path):
        raise ValueError("a recorded feed needs a path")
    if str(path) == "sample":
        path = SAMPLE
    return load_feed(path, symbol=spec.get("symbol"), align=bool(spec.get("align", False)))


def load_feed(path: str | Path, *, symbol: str | None = None, align: bool = False) -> Feed:
    """Read a CSV (or, with pandas and pyarrow, a Parquet) file of the documented layout."""
    path = Path(path)
    if path.suffix.lower() in (".parquet", ".pq"):
        rows = _parquet_rows(path)
    else:
        with path.open(newline="", encoding="utf-8") as f:
            rows = list(csv.DictReader(f))
    return Feed(parse_rows(rows, symbol=symbol, where=str(path)), align=align)


def _parquet_rows(path: Path) -> list[dict[str, Any]]:
    try:
        pandas = importlib.import_module("pandas")
        frame = pandas.read_parquet(path)
    except ImportError as exc:
        raise ImportError("reading Parquet needs pandas and pyarrow: pip install pandas pyarrow") from exc
    rows: list[dict[str, Any]] = frame.to_dict("records")
    return rows


def parse_rows(rows: Iterable[Mapping[str, Any]], *, symbol: str | None = None, where: str = "feed") -> list[Record]:
    """Rows (column name → cell) as records; bars expanded to trades. ``ValueError`` names the row."""
    out: list[Record] = []
    bars: dict[str, list[tuple[float, Mapping[str, Any]]]] = {}
    for n, row in enumerate(rows, 2):
        try:
            time = _time(row.get("timestamp"))
            name = _text(row.get("symbol")) or symbol
            if not name:
                raise ValueError("no symbol (add a symbol column or the feed's symbol option)")
            if _present(row.get("open")) and _present(row.get("close")):
                bars.setdefault(name, []).append((time, row))
                continue
            record = Record(
                time,
                name,
                bid=_number(row.get("bid")),
                bid_size=_count(row.get("bid_size")),
                ask=_number(row.get("ask")),
                ask_size=_count(row.get("ask_size")),
                price=_number(row.get("price")),
                size=_count(row.get("size")),
                aggressor=_side(row.get("aggressor")),
            )
            if (record.bid is None) != (record.ask is None):
                raise ValueError("a quote needs both bid and ask")
            if record.bid is None and record.price is None:
                raise ValueError("neither a quote (bid, ask) nor a trade (price)")
            if record.bid is not None and record.ask is not None and record.bid >= record.ask:
                raise ValueError(f"crossed quote {record.bid} / {record.ask}")
        except (ValueError, TypeError) as exc:
            raise ValueError(f"{where}, row {n}: {exc}") from None
        out.append(record)
    for name, items in bars.items():
        items.sort(key=lambda item: item[0])
        for i, (time, row) in enumerate(items):
            span = items[i + 1][0] - time if i + 1 < len(items) else _BAR_SPAN
            out.extend(_bar_trades(name, time, span, row))
    return out


def _bar_trades(symbol: str, time: float, span: float, row: Mapping[str, Any]) -> list[Record]:
    o, h, lo, c = (_number(row.get(k)) for k in ("open", "high", "low", "close"))
    if o is None or h is None or lo is None or c is None:
        raise ValueError(f"bar at {_utc(time).isoformat()}: open, high, low and close are needed")
    volume = _count(row.get("volume")) or 4
    prices = (o, lo, h, c) if c >= o else (o, h, lo, c)
    sizes = [max(1, volume // 4)] * 3 + [max(1, volume - 3 * (volume // 4))]
    return [
        Record(time + span * k / 4, symbol, price=p, size=s, aggressor="Buy" if p >= o else "Sell")
        for k, (p, s) in enumerate(zip(prices, sizes, strict=True))
    ]


def _present(value: Any) -> bool:
    return value is not None and value == value and str(value).strip() != ""  # NaN != NaN


def _text(value: Any) -> str | None:
    return str(value).strip() if _present(value) else None


def _number(value: Any) -> float | None:
    if not _present(value):
        return None
    number = float(value)
    if not number > 0 or number == float("inf"):
        raise ValueError(f"not a positive price: {value!r}")
    return number


def _count(value: Any) -> int | None:
    if not _present(value):
        return None
    number = float(value)
    if number < 0 or number != int(number):
        raise ValueError(f"not a size: {value!r}")
    return int(number)


def _side(value: Any) -> str | None:
    text = _text(value)
    if text is None:
        return None
    side = {"buy": "Buy", "b": "Buy", "sell": "Sell", "s": "Sell"}.get(text.lower())
    if side is None:
        raise ValueError(f"aggressor is Buy or Sell, not {text!r}")
    return side


def _time(value: Any) -> float:
    if isinstance(value, datetime.datetime):  # a Parquet timestamp (pandas' is a subclass)
        return (value if value.tzinfo else value.replace(tzinfo=datetime.UTC)).timestamp()
    text = _text(value)
    if text is None:
        raise ValueError("no timestamp")
    try:
        number = float(text)
    except ValueError:
        parsed = datetime.datetime.fromisoformat(text.replace("Z", "+00:00"))
        return (parsed if parsed.tzinfo else parsed.replace(tzinfo=datetime.UTC)).timestamp()
    return number / 1000 if number > 1e11 else number


def _utc(seconds: float) -> datetime.datetime:
    return datetime.datetime.fromtimestamp(seconds, datetime.UTC)


# ---------------------------------------------------------------------------------------------
# The shipped sample (regenerate: python -c "from tradovate.sim.feed import write_sample; write_sample()")


def sample_rows(
    *,
    seed: int = 15,
    start: datetime.datetime = datetime.datetime(2026, 11, 23, 14, 0, tzinfo=datetime.UTC),
    minutes: int = 30,
    symbol: str = "ESZ6",
    price: float = 6850.0,
) -> list[tuple[str, ...]]:
    """The sample session's rows (header first): a deterministic ES-like tape — a one-tick spread
    that sometimes widens, the touch moving a tick at a time with a slow drift, trades at the touch
    in sizes of 1-25 (mostly small), quotes a few times a second."""
    import random  # noqa: PLC0415 - only the generator needs it

    rng = random.Random(seed)
    tick = 0.25
    bid = round(price / tick) - 1
    spread = 1
    t = 0.0
    end = minutes * 60.0
    rows: list[tuple[str, ...]] = [_HEADER]
    drift = 0.0

    def stamp(seconds: float) -> str:
        value = start + datetime.timedelta(milliseconds=round(seconds * 1000))
        return value.strftime("%Y-%m-%dT%H:%M:%S.") + f"{value.microsecond // 1000:03d}Z"

    def fmt(ticks: int) -> str:
        return f"{ticks * tick:.2f}"

    rows.append(
        (stamp(0), symbol, fmt(bid), str(rng.randint(10, 40)), fmt(bid + 1), str(rng.randint(10, 40)), "", "", "")
    )
    while True:
        t += rng.expovariate(1.6)
        if t >= end:
            break
        if rng.random() < 0.35:  # a trade at the touch
            buy = rng.random() < 0.5 + drift
            size = min(25, int(rng.paretovariate(1.6)))
            rows.append(
                (
                    stamp(t),
                    symbol,
                    "",
                    "",
                    "",
                    "",
                    fmt(bid + spread if buy else bid),
                    str(size),
                    "Buy" if buy else "Sell",
                )
            )
            continue
        drift = max(-0.15, min(0.15, drift + rng.uniform(-0.02, 0.02)))
        move = rng.random()
        if move < 0.22 - drift:
            bid -= 1
        elif move > 0.78 - drift:
            bid += 1
        spread = 2 if rng.random() < 0.05 else 1
        rows.append(
            (
                stamp(t),
                symbol,
                fmt(bid),
                str(rng.randint(1, 60)),
                fmt(bid + spread),
                str(rng.randint(1, 60)),
                "",
                "",
                "",
            )
        )
    return rows


def write_sample(path: str | Path = SAMPLE) -> None:
    """Write the sample session (:func:`sample_rows`) as CSV."""
    with Path(path).open("w", newline="", encoding="utf-8") as f:
        csv.writer(f, lineterminator="\n").writerows(sample_rows())
