"""Frame decoding: the fast path equals the tolerant path, nothing is lost, and the pure-Python
form (no msgspec) gives identical results."""

from __future__ import annotations

import json
import subprocess
import sys
from decimal import Decimal
from pathlib import Path
from typing import Any

from hypothesis import given, settings
from hypothesis import strategies as st

from tradovate.marketdata import DomBook, MarketData, Quote, QuoteEntry, Unrecognized, decode_frame, decode_messages
from tradovate.marketdata._struct import HAVE_MSGSPEC
from tradovate.marketdata.decode import decode_quotes
from tradovate.marketdata.types import QUOTE_ENTRY_NAMES

FRAMES = [
    'a[{"e":"md","d":{"quotes":[{"timestamp":"2021-04-13T04:59:06.588Z","contractId":123456,'
    '"entries":{"Bid":{"price":18405.123,"size":7.123},"TotalTradeVolume":{"size":4118.123},'
    '"Offer":{"price":18410.012,"size":12.35},"LowPrice":{"price":18355.23},"Trade":{"price":18405.023,"size":2.10},'
    '"OpenInterest":{"size":40702.024},"OpeningPrice":{"price":18515.123},"HighPrice":{"price":18520.125},'
    '"SettlementPrice":{"price":18520.257}}}]}}]',
    'a[{"e":"md","d":{"doms":[{"contractId":123456,"timestamp":"2021-04-13T11:33:57.488Z",'
    '"bids":[{"price":2335.25,"size":33.54},{"price":2333,"size":758.21}],'
    '"offers":[{"price":2335.5,"size":255.12},{"price":2337.75,"size":466.64}]}]}}]',
    'a[{"e":"md","d":{"histograms":[{"contractId":123456,"timestamp":"2017-04-13T11:33:57.412Z",'
    '"tradeDate":{"year":2022,"month":4,"day":13},"base":2338.75,"items":{"-14":5906.67,"2":1234.55},"refresh":false}]}}]',
    'a[{"e":"chart","d":{"charts":[{"id":31,"td":20170413,"bars":[{"timestamp":"2017-04-13T11:00:00.000Z",'
    '"open":2334.25,"high":2334.5,"low":2333,"close":2333.75,"upVolume":4712.234,"downVolume":201.124,'
    '"upTicks":1333.567,"downTicks":82.89,"bidVolume":2857.123,"offerVolume":2056.224}]}]}}]',
    'a[{"e":"chart","d":{"charts":[{"id":16335,"s":"db","td":20190718,"bp":11917,"bt":1563421179735,"ts":0.25,'
    '"tks":[{"t":0,"p":0,"s":3,"b":-1,"a":0,"bs":122,"as":28,"id":11768401}]},{"id":16335,"eoh":true}]}}]',
    'a[{"e":"clock","d":"{\\"t\\":\\"2019-08-26T16:43:08.599Z\\",\\"s\\":20}"}]',
    # the tolerant path: an unknown key, a null, an unknown entry kind, a response, a props event
    'a[{"e":"md","d":{"quotes":[{"contractId":1,"timestamp":"2021-04-13T04:59:06.588Z","newKey":[1,2],'
    '"entries":{"Bid":{"price":null,"size":3},"ImpliedBid":{"price":1.5},"Offer":{"price":"x","size":1}}}]}},'
    '{"s":200,"i":4,"d":{"mode":"RealTime"}},{"e":"props","d":{"entityType":"order","eventType":"Created","entity":{"id":1}}}]',
    # an item that cannot be typed at all, next to a good one; a book out of order
    'a[{"e":"md","d":{"quotes":[{"entries":{}},{"contractId":2}],"doms":[{"contractId":3,'
    '"bids":[{"price":1,"size":1},{"price":3,"size":1}],"offers":[{"price":9,"size":1},{"price":5,"size":1}]}]}}]',
    "o",
    "h",
    'c[3000,"Go away!"]',
    # one rule on both paths (and without msgspec): nanoseconds, lowercase t/z, a key like ours,
    # a non-finite number, entries of the wrong shape next to good ones
    'a[{"e":"md","d":{"quotes":[{"contractId":1,"timestamp":"2026-11-23t14:00:00.1234565z",'
    '"__py_extras__":{"x":1},"\\uffffextras":2,"entries":{"Bid":null,"Trade":5,"Offer":{"price":2.0,"size":3},'
    '"Low":{"price":NaN,"size":1},"High":{"price":1e400}}}]}}]',
]


def tolerant(frame: str) -> list[Any]:
    return decode_messages(json.loads(frame[1:], parse_float=Decimal)) if frame[:1] == "a" else []


def test_both_paths_agree_on_every_sample_frame() -> None:
    for frame in FRAMES:  # repr: a NaN kept aside is not equal to itself
        assert repr(decode_frame(frame)) == repr(tolerant(frame)), frame
        assert repr(decode_frame(frame.encode())) == repr(decode_frame(frame))


def test_nothing_the_server_sends_is_lost() -> None:
    quote_message, response, props = decode_frame(FRAMES[6])
    assert isinstance(quote_message, MarketData)
    (quote,) = quote_message.quotes
    assert quote.extras == {"newKey": [1, 2]}
    assert quote.entries["Bid"] == QuoteEntry(price=None, size=3.0)
    assert quote.entries["ImpliedBid"] == QuoteEntry(price=1.5)  # an entry kind not documented: kept
    assert quote.entries["Offer"] == QuoteEntry(price=None, size=1.0, extras={"price": "x"})  # wrong type: kept
    assert response == {"s": 200, "i": 4, "d": {"mode": "RealTime"}}
    assert isinstance(props, dict) and props["e"] == "props"

    (message,) = decode_frame(FRAMES[7])
    assert isinstance(message, MarketData)
    assert message.unrecognized == (Unrecognized(kind="quotes", raw={"entries": {}}),)
    assert message.quotes == (Quote(contract_id=2),)
    (book,) = message.doms
    assert isinstance(book, DomBook)
    assert [lv.price for lv in book.bids] == [3.0, 1.0] and [lv.price for lv in book.offers] == [5.0, 9.0]


entry = st.fixed_dictionaries(
    {},
    optional={
        "price": st.floats(-1e6, 1e6, allow_nan=False).map(lambda f: round(f, 4)),
        "size": st.integers(0, 10**6),
    },
)
quote_item = st.fixed_dictionaries(
    {
        "contractId": st.integers(1, 2**40),
        "timestamp": st.datetimes(timezones=st.just(__import__("datetime").UTC)).map(
            lambda d: d.isoformat(timespec="milliseconds").replace("+00:00", "Z")
        ),
        "entries": st.dictionaries(st.sampled_from(QUOTE_ENTRY_NAMES), entry),
    }
)
level = st.fixed_dictionaries({"price": st.integers(1, 10**5).map(lambda n: n / 4), "size": st.integers(1, 999)})
dom_item = st.fixed_dictionaries(
    {"contractId": st.integers(1, 10**6), "bids": st.lists(level, max_size=10), "offers": st.lists(level, max_size=10)}
)
junk = st.dictionaries(
    st.text(min_size=1, max_size=5), st.one_of(st.none(), st.integers(), st.text(max_size=5)), max_size=2
)


@settings(max_examples=100, deadline=None)
@given(st.lists(quote_item, max_size=4), st.lists(dom_item, max_size=3), junk)
def test_fast_and_tolerant_paths_give_equal_values(quotes: list[Any], doms: list[Any], extra: dict[str, Any]) -> None:
    events: list[Any] = []
    if quotes:
        events.append({"e": "md", "d": {"quotes": quotes}})
    if doms:
        events.append({"e": "md", "d": {"doms": doms}})
    frame = "a" + json.dumps(events)
    assert decode_frame(frame) == tolerant(frame)
    if quotes:
        # unknown keys send the frame down the tolerant path and are kept
        quotes[0] = {**quotes[0], **{f"x{k}": v for k, v in extra.items()}}
        frame = "a" + json.dumps(events)
        decoded = decode_frame(frame)
        assert decoded == tolerant(frame)
        first = decoded[0]
        assert isinstance(first, MarketData)
        assert (first.quotes[0].extras or {}) == {f"x{k}": v for k, v in extra.items()}


FALLBACK = """
import sys, json
sys.modules["msgspec"] = None  # as if msgspec were not installed
from tradovate.marketdata import decode_frame, TickDecoder
from tradovate.marketdata import _struct
assert not _struct.HAVE_MSGSPEC
frames = json.loads(sys.stdin.read())
out = []
for frame in frames:
    messages = decode_frame(frame)
    out.append(repr(messages))
    for m in messages:
        for p in getattr(m, "charts", ()):
            out.append(repr(TickDecoder().feed(p)))
print(json.dumps(out))
"""


def test_without_msgspec_the_results_are_identical() -> None:
    from tradovate.marketdata import TickDecoder

    expected = []
    for frame in FRAMES:
        messages = decode_frame(frame)
        expected.append(repr(messages))
        for m in messages:
            for p in getattr(m, "charts", ()):
                expected.append(repr(TickDecoder().feed(p)))
    run = subprocess.run(
        [sys.executable, "-c", FALLBACK],
        input=json.dumps(FRAMES),
        capture_output=True,
        text=True,
        check=True,
        cwd=Path(__file__).parent,
    )
    assert json.loads(run.stdout) == expected


stamp = st.datetimes(
    min_value=__import__("datetime").datetime(1990, 1, 1), timezones=st.just(__import__("datetime").UTC)
).map(lambda d: d.isoformat(timespec="milliseconds").replace("+00:00", "Z"))
bar_item = st.fixed_dictionaries(
    {"timestamp": stamp},
    optional={k: st.floats(-1e6, 1e6, allow_nan=False) for k in ("open", "high", "low", "close", "upVolume")},
)
histogram_item = st.fixed_dictionaries(
    {
        "contractId": st.integers(1, 10**6),
        "timestamp": stamp,
        "tradeDate": st.fixed_dictionaries(
            {"year": st.integers(2000, 2100), "month": st.integers(1, 12), "day": st.integers(1, 28)}
        ),
        "base": st.floats(0, 1e5, allow_nan=False),
        "items": st.dictionaries(st.integers(-500, 500).map(str), st.floats(0, 1e6, allow_nan=False), max_size=5),
        "refresh": st.booleans(),
    }
)


@settings(max_examples=100, deadline=None)
@given(
    st.lists(quote_item, max_size=3),
    st.lists(histogram_item, max_size=2),
    st.lists(bar_item, max_size=3),
    junk,
)
def test_to_wire_gives_back_what_was_sent(
    quotes: list[Any], histograms: list[Any], bars: list[Any], extra: dict[str, Any]
) -> None:
    from tradovate.marketdata.encode import to_wire

    if quotes:
        quotes[0] = {**quotes[0], **{f"x{k}": v for k, v in extra.items()}}
    packets: list[Any] = [{"id": 5, "td": 20260101, "bars": bars}] if bars else [{"id": 5, "eoh": True}]
    sent: list[Any] = [
        {"e": "md", "d": {"quotes": quotes}},
        {"e": "md", "d": {"histograms": histograms}},
        {"e": "chart", "d": {"charts": packets}},
    ]
    decoded = decode_frame("a" + json.dumps(sent))
    md_quotes, md_histograms, charts = decoded
    assert (
        isinstance(md_quotes, MarketData) and isinstance(md_histograms, MarketData) and isinstance(charts, MarketData)
    )
    again = [
        [to_wire(q) for q in md_quotes.quotes],
        [to_wire(h) for h in md_histograms.histograms],
        [to_wire(c) for c in charts.charts],
    ]
    assert again == [quotes, histograms, packets]


json_values = st.recursive(
    st.none()
    | st.booleans()
    | st.integers(-(2**70), 2**70)
    | st.floats(allow_nan=False, allow_infinity=False)
    | st.text(max_size=8),
    lambda inner: st.lists(inner, max_size=4) | st.dictionaries(st.text(max_size=8), inner, max_size=4),
    max_leaves=20,
)
keys = st.sampled_from(
    [
        "quotes",
        "doms",
        "histograms",
        "charts",
        "contractId",
        "timestamp",
        "entries",
        "bids",
        "offers",
        "tks",
        "bars",
        "bp",
        "bt",
        "ts",
        "id",
        "eoh",
        "items",
        "tradeDate",
        "price",
        "size",
        "t",
        "p",
        "s",
    ]
)
shaped = st.recursive(
    json_values,
    lambda inner: st.lists(inner, max_size=3) | st.dictionaries(keys, inner, max_size=5),
    max_leaves=30,
)


@settings(max_examples=100, deadline=None)
@given(
    st.lists(
        st.fixed_dictionaries({"e": st.sampled_from(["md", "chart", "clock", "props", "x"]), "d": shaped}), max_size=3
    )
)
def test_no_frame_makes_the_decoder_raise(events: list[Any]) -> None:
    frame = "a" + json.dumps(events)
    decoded = decode_frame(frame)
    assert len(decoded) == len(events)
    assert decoded == tolerant(frame)


@settings(max_examples=200, deadline=None)
@given(st.text(max_size=40))
def test_no_text_makes_the_decoder_raise(text: str) -> None:
    assert isinstance(decode_frame("a" + text), list)
    assert isinstance(decode_frame(("a" + text).encode("utf-8", "surrogatepass")), list)
    short = decode_quotes('a[{"e":"md","d":{"quotes":[' + text)
    assert short is None or decode_frame('a[{"e":"md","d":{"quotes":[' + text) == [MarketData(quotes=short)]


@settings(max_examples=100, deadline=None)
@given(st.sets(st.sampled_from(QUOTE_ENTRY_NAMES)), st.sets(st.sampled_from(QUOTE_ENTRY_NAMES)))
def test_a_merged_quote_lays_the_newer_entries_over_the_older_and_is_the_newer_when_it_has_them_all(
    old_names: set[str], new_names: set[str]
) -> None:
    old = Quote(contract_id=1, entries={n: QuoteEntry(price=1.0) for n in old_names})
    old_entries = dict(old.entries)
    new = Quote(contract_id=1, entries={n: QuoteEntry(price=2.0) for n in new_names}, id=7)
    merged = old.merged(new)
    assert merged.entries == {**old_entries, **new.entries}
    assert (merged.contract_id, merged.id, old.entries) == (1, 7, old_entries)
    if new_names >= old_names:  # a full update is the running state as it is: no copy
        assert merged is new


@settings(max_examples=80, deadline=None)
@given(st.lists(quote_item, max_size=3), st.lists(dom_item, max_size=2), junk, st.booleans(), shaped)
def test_the_quotes_shortcut_gives_what_decode_frame_gives_or_leaves_the_frame_to_it(
    quotes: list[Any], doms: list[Any], extra: dict[str, Any], two: bool, odd: Any
) -> None:
    if extra and quotes:
        quotes[0] = {**quotes[0], **{f"x{k}": v for k, v in extra.items()}}
    d: dict[str, Any] = {"quotes": quotes, **({"doms": doms} if doms else {})}
    events = [{"e": "md", "d": d}] + ([{"e": "md", "d": {"quotes": quotes}}] if two else [])
    frame = "a" + json.dumps(events, separators=(",", ":"))
    short = decode_quotes(frame)
    assert (short is None) == bool(doms or two or (extra and quotes))  # taken exactly for quotes only
    if short is not None:
        assert decode_frame(frame) == [MarketData(quotes=short)]
    for other in ("a" + json.dumps([{"e": "md", "d": {"quotes": odd}}], separators=(",", ":")), frame.encode()):
        short = decode_quotes(other)
        assert short is None or decode_frame(other) == [MarketData(quotes=short)]


# what may stand between the quote frame's head and its tail: the array, or near misses of it
seam_tails = st.sampled_from(["}}]", "}}] ", " }}]", "}]", "}}]]", '},"x":1}}]', '}},{"e":"md","d":{}}]', ""])
seam_middles = st.sampled_from(["", "[", "]", "null", "[]", "[1]", "[],[]", '[]]}},{"e":"md","d":{"quotes":[]'])


@settings(max_examples=100, deadline=None)
@given(st.lists(quote_item, max_size=2), st.booleans(), seam_middles, seam_tails, st.booleans())
def test_the_quotes_shortcut_reads_only_frames_that_are_one_quotes_event_exactly(
    quotes: list[Any], as_array: bool, middle: str, tail: str, spaced: bool
) -> None:
    """The shortcut compares the envelope as text and parses only what lies between: a frame
    whose text there is not one whole array, or whose tail is not exactly the event's end, is
    left to decode_frame; what it reads, it reads as decode_frame does."""
    array = json.dumps(quotes, separators=(", ", ": ") if spaced else (",", ":"))
    frame = 'a[{"e":"md","d":{"quotes":' + (array if as_array else middle) + tail
    short = decode_quotes(frame)
    if short is None:
        assert not (as_array and tail == "}}]" and HAVE_MSGSPEC)  # the usual frame is taken
        return
    assert frame.endswith("}}]") and (as_array or middle == "[]")
    assert decode_frame(frame) == [MarketData(quotes=short)]
    assert decode_frame(frame) == tolerant(frame)


# -- one rule on both paths: date-times, non-finite numbers, entries of the wrong shape, keys --

digits = st.text(alphabet="0123456789", min_size=1, max_size=12)
offsets = st.sampled_from(["Z", "z", "", "+00:00", "-00:00", "+05:30", "-0330", "+2359", "+24:00", "+05"])
spelled_times = st.builds(
    lambda d, sep, frac, off: d.strftime("%Y-%m-%d") + sep + d.strftime("%H:%M:%S") + frac + off,
    st.datetimes(min_value=__import__("datetime").datetime(1, 1, 1, 0, 0, 1)),
    st.sampled_from(["T", "t", " "]),
    st.one_of(st.just(""), digits.map(lambda f: "." + f)),
    offsets,
)
# keys a server might send that look like ours: the wire key of our internal fields (raw, or
# escaped by ensure_ascii), the old reserved names, the field names themselves
reserved = st.sampled_from(["\uffffextras", "\uffffunrecognized", "__py_extras__", "__py_unrecognized__", "extras"])
odd_numbers = st.sampled_from(["NaN", "Infinity", "-Infinity", "1e400", "-1e400"])
odd_entries = st.sampled_from([None, 5, "x", [1], True])


@settings(max_examples=120, deadline=None)
@given(
    st.lists(quote_item, min_size=1, max_size=3),
    spelled_times,
    st.one_of(st.none(), reserved),
    st.one_of(st.none(), odd_numbers),
    st.one_of(st.none(), st.tuples(st.sampled_from(QUOTE_ENTRY_NAMES), odd_entries)),
    st.booleans(),
)
def test_fast_and_tolerant_paths_agree_on_odd_spellings(
    quotes: list[Any],
    stamp_text: str,
    key: str | None,
    number: str | None,
    bad_entry: tuple[str, Any] | None,
    ascii_only: bool,
) -> None:
    """Date-times of any RFC 3339 spelling (nanoseconds, lowercase ``t``/``z``, offsets),
    non-finite numbers, an entry of the wrong shape and keys that look like our internal fields
    decode the same on both paths, from text and from bytes; such keys are kept as unknown keys
    and never fill ``extras`` themselves; a bad entry stays, empty, and only it is put aside."""
    first = dict(quotes[0], timestamp=stamp_text)
    entries = dict(first["entries"], Offer={"price": 2.0, "size": 3})
    if number is not None:
        entries["Bid"] = {"price": 123456.5, "size": 1}
    if bad_entry is not None and bad_entry[0] not in ("Offer", "Bid"):
        entries[bad_entry[0]] = bad_entry[1]
    first["entries"] = entries
    if key is not None:
        first[key] = {"injected": True}
        entries["Offer"] = {**entries["Offer"], key: {"x": 1}}
    quotes[0] = first
    frame = "a" + json.dumps([{"e": "md", "d": {"quotes": quotes}}], ensure_ascii=ascii_only)
    if number is not None:
        frame = frame.replace("123456.5", number)
    decoded = decode_frame(frame)
    assert repr(decoded) == repr(tolerant(frame))  # repr: NaN kept aside is not equal to itself
    assert repr(decode_frame(frame.encode())) == repr(decoded)
    (message,) = decoded
    assert isinstance(message, MarketData)
    quote = message.quotes[0]
    offer = quote.entries["Offer"]
    assert offer.price == 2.0 and offer.size == 3.0  # never lost with a bad neighbour
    if key is not None:
        assert quote.extras is not None and quote.extras.get(key) == {"injected": True}
        assert offer.extras == {key: {"x": 1}}
    if number is not None:
        bid = quote.entries["Bid"]
        assert bid.price is None and bid.extras is not None and "price" in bid.extras
    if bad_entry is not None and bad_entry[0] not in ("Offer", "Bid"):
        assert quote.entries[bad_entry[0]] == QuoteEntry()  # there, empty: no older value stays current
        assert quote.extras is not None and quote.extras["entries"] == {bad_entry[0]: bad_entry[1]}


def test_a_nanosecond_time_is_rounded_to_the_microsecond_on_both_paths() -> None:
    import datetime

    for text, micro in [("00.1234565Z", 123457), ("00.1234564999Z", 123456), ("59.9999995Z", 0)]:
        stamp_text = "2026-11-23t14:00:" + text
        frame = "a" + json.dumps([{"e": "md", "d": {"quotes": [{"contractId": 1, "timestamp": stamp_text}]}}])
        for decoded in (decode_frame(frame), tolerant(frame)):
            (message,) = decoded
            assert isinstance(message, MarketData)
            stamp = message.quotes[0].timestamp
            assert stamp is not None and stamp.tzinfo is datetime.UTC and stamp.microsecond == micro
