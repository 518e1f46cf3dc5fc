"""One decoding behaviour whatever JSON library is installed (issue 14, item 5).

The same corpus of answer bodies is decoded in three fresh interpreters: msgspec installed (the
typed path), orjson only, and the standard library only (imports blocked before the package
loads). Every decoder entry point must give the same value or the same typed error in all three:
non-finite numbers (``NaN``, ``Infinity``, ``1e400``) and lone surrogates are refused with
``DecodeError``; integers beyond int64 are kept exactly (orjson alone would turn them into floats).
"""

from __future__ import annotations

import ast
import json
import subprocess
import sys
import textwrap
from pathlib import Path
from typing import Any

import pytest

from tradovate_api import _codec, decode, errors
from tradovate_api.models import Order, PlaceOrderResult

ORDER = b'{"id":1,"accountId":2,"contractId":3,"timestamp":"2026-11-20T14:30:58.485Z","action":"Buy","ordStatus":"Working","admin":false'
SYNC = Path(__file__).parent / "corpus" / "sync_snapshot.json"


def order_at(stamp: bytes) -> bytes:
    return ORDER.replace(b"2026-11-20T14:30:58.485Z", stamp) + b"}"


BIG = "123456789012345678901234567890"

# (label, raw body): each is decoded as an Order, a list of Orders, a placeOrder answer and as
# bare JSON (``_codec.loads``).
CORPUS: list[tuple[str, bytes]] = [
    ("valid", ORDER + b"}"),
    ("nan-field", ORDER + b',"price":NaN}'),
    ("infinity-field", ORDER + b',"price":Infinity}'),
    ("minus-infinity-extra", ORDER + b',"x":-Infinity}'),
    ("1e400-field", ORDER + b',"price":1e400}'),
    ("-1e400-extra", ORDER + b',"x":[-1E400]}'),
    ("1e-400", ORDER + b',"price":1e-400}'),
    ("max-float", ORDER + b',"price":1.7976931348623157e308}'),
    ("int64-min-minus-one", b'{"id":-9223372036854775809}'),
    ("uint64-plus-one", b'{"id":18446744073709551616}'),
    ("big-extra", ORDER + b',"x":' + BIG.encode() + b"}"),
    ("big-nested", ORDER + b',"x":{"y":[-' + BIG.encode() + b"]}}"),
    ("10^400-int", ORDER + b',"x":1' + b"0" * 400 + b"}"),
    ("4301-digits", ORDER + b',"x":1' + b"0" * 4300 + b"}"),
    ("long-digit-text", ORDER + b',"text":"' + b"7" * 40 + b'"}'),
    ("float-19-digits", ORDER + b',"price":1234567890123456789.5}'),
    ("lone-high-surrogate", ORDER + b',"text":"\\ud800"}'),
    ("lone-low-surrogate", ORDER + b',"text":"a\\uDC00b"}'),
    ("lone-surrogate-key", ORDER + b',"\\ud83d":1}'),
    ("surrogate-pair", ORDER + b',"text":"\\ud83d\\ude00"}'),
    ("escaped-backslash-u", ORDER + b',"text":"\\\\ud800"}'),
    ("cesu-surrogate", ORDER + b',"text":"\xed\xa0\x80"}'),
    ("invalid-utf8", ORDER + b',"text":"\xff"}'),
    ("bom", b"\xef\xbb\xbf" + ORDER + b"}"),
    ("utf16", (ORDER + b"}").decode().encode("utf-16")),
    ("trailing-garbage", ORDER + b"} x"),
    ("deep-300", ORDER + b',"x":' + b"[" * 300 + b"]" * 300 + b"}"),
    ("deep-5000", ORDER + b',"x":' + b"[" * 5000 + b"]" * 5000 + b"}"),
    ("placed", b'{"orderId":' + BIG.encode() + b"}"),
    ("placed-nan", b'{"orderId":NaN}'),
    ("placed-inf", b'{"orderId":1e999}'),
    # date-times spelled otherwise than the client writes them: written back as sent everywhere
    ("date-no-seconds", order_at(b"2026-12-18T14:29Z")),
    ("date-half-second-offset", order_at(b"2024-07-11T06:56:09.5+00:00")),
    ("date-nanoseconds", order_at(b"2024-07-11T06:56:09.123456789+05:30")),
    ("date-zero-millis", order_at(b"2026-11-20T14:30:58.000Z")),
    ("date-space", order_at(b"2026-11-20 14:30:58.485Z")),
    ("date-naive", order_at(b"2026-11-20T14:30:58")),
]

SCRIPT = textwrap.dedent(
    """
    import copy, json, pickle, sys
    for name in sys.argv[1].split(","):
        if name:
            sys.modules[name] = None  # import name -> ImportError
    import logging
    logging.getLogger("tradovate_api").propagate = False
    import attrs, httpx
    from tradovate_api import _codec, decode, decode_list, encode, errors, models
    from tradovate_api._operations import OPERATIONS
    from tradovate_api._transport import WireResponse

    def outcome(fn, *args):
        try:
            value = fn(*args)
        except errors.TradovateError as exc:
            return [type(exc).__name__, str(exc)]
        except Exception as exc:
            return ["UNTYPED", type(exc).__name__]
        if isinstance(value, list):
            value = [v.to_dict() if hasattr(v, "to_dict") else v for v in value]
        elif hasattr(value, "to_dict"):
            value = value.to_dict()
        return ["ok", repr(value)]

    def copies(model, raw):
        # the written JSON of a decoded, unchanged value and of its pickled and copied twins
        value = decode(model, raw)
        twins = [value, pickle.loads(pickle.dumps(value)), copy.copy(value), copy.deepcopy(value)]
        twins.append(attrs.evolve(value))
        return [encode(v).decode() for v in twins]

    def answer(op, wire):
        response = op.response(wire)
        if response.error is not None:
            raise response.error
        return response.parsed

    place = OPERATIONS["placeOrder"]
    item = OPERATIONS["orderItem"]
    out = []
    for label, hexed in json.load(sys.stdin):
        raw = bytes.fromhex(hexed)
        wire = WireResponse(200, httpx.Headers(), raw, 0.0)
        row = [label]
        row.append(outcome(_codec.loads, raw, "doc"))
        row.append(outcome(decode, models.Order, raw))
        row.append(outcome(decode, models.Order, raw.decode("utf-8", "surrogateescape")))
        row.append(outcome(decode_list, models.Order, b"[" + raw + b"]"))
        row.append(outcome(answer, item, wire))
        row.append(outcome(answer, place, wire))
        row.append(outcome(copies, models.Order, raw))
        out.append(row)
    raw = open(sys.argv[2], "rb").read()
    sync = decode(models.SyncMessage, raw)
    written = {
        "decoded": sync.to_dict(),
        "from_dict": models.SyncMessage.from_dict(json.loads(raw)).to_dict(),
        "pickled": pickle.loads(pickle.dumps(sync)).to_dict(),
        "copied": copy.copy(sync).to_dict(),
        "deepcopied": copy.deepcopy(sync).to_dict(),
        "evolved": attrs.evolve(sync).to_dict(),
        "read_then_pickled": (len(sync.orders), pickle.loads(pickle.dumps(sync)).to_dict())[1],
    }
    sync_out = {k: v == json.loads(raw) for k, v in written.items()}
    sync_out["encoded"] = json.loads(encode(sync)) == json.loads(raw)
    maturity = json.dumps(json.loads(raw)["contractMaturities"][0]).encode()
    sync_out["maturity"] = copies(models.ContractMaturity, maturity)
    loaded = sorted(m for m in ("msgspec", "orjson") if sys.modules.get(m) is not None)
    print(json.dumps({"loaded": loaded, "out": out, "sync": sync_out}))
    """
)


def run_corpus(blocked: str) -> subprocess.Popen[str]:
    return subprocess.Popen(
        [sys.executable, "-c", SCRIPT, blocked, str(SYNC)],
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )


@pytest.fixture(scope="module")
def results() -> dict[str, Any]:
    """The corpus run in the three set-ups (once for the tests below)."""
    corpus = json.dumps([[label, raw.hex()] for label, raw in CORPUS])
    runs = {blocked: run_corpus(blocked) for blocked in ("", "msgspec", "msgspec,orjson")}
    found = {}
    for blocked, proc in runs.items():
        out, err = proc.communicate(corpus, timeout=120)
        assert proc.returncode == 0, err[-2000:]
        found[blocked] = json.loads(out)
    return found


def test_the_same_bytes_decode_the_same_whatever_json_library_is_installed(results: dict[str, Any]) -> None:
    assert results[""]["loaded"] == ["msgspec"]
    assert results["msgspec"]["loaded"] == ["orjson"]
    assert results["msgspec,orjson"]["loaded"] == []
    reference = {row[0]: row[1:] for row in results[""]["out"]}
    for blocked in ("msgspec", "msgspec,orjson"):
        differ = {
            row[0]: (reference[row[0]], row[1:]) for row in results[blocked]["out"] if row[1:] != reference[row[0]]
        }
        assert differ == {}, f"blocked {blocked!r}"
    assert not any("UNTYPED" in str(row) for row in reference.values())
    # what the behaviour is, not only that it is the same everywhere
    for label in ("nan-field", "infinity-field", "1e400-field", "lone-high-surrogate", "lone-surrogate-key", "bom"):
        assert reference[label][0][0] == "DecodeError", label
        assert reference[label][1][0] == "DecodeError", label
    assert reference["placed-nan"][5][0] == "OutcomeUnknown"  # an unreadable answer to an order
    assert BIG in reference["placed"][5][1] and reference["placed"][5][0] == "ok"
    assert "-9223372036854775809" in reference["int64-min-minus-one"][1][1]
    assert reference["surrogate-pair"][1][0] == reference["escaped-backslash-u"][1][0] == "ok"


def test_an_unchanged_model_writes_the_server_text_back_in_every_setup_and_after_pickle_or_copy(
    results: dict[str, Any],
) -> None:
    reference = {row[0]: row[1:] for row in results[""]["out"]}
    # A decoded, unchanged model writes the server's text back, in every set-up, and so do its
    # pickled, copied and evolved twins (issue 14/17: dates were rewritten without msgspec).
    for label, stamp in [
        ("valid", "2026-11-20T14:30:58.485Z"),
        ("date-no-seconds", "2026-12-18T14:29Z"),
        ("date-half-second-offset", "2024-07-11T06:56:09.5+00:00"),
        ("date-nanoseconds", "2024-07-11T06:56:09.123456789+05:30"),
        ("date-zero-millis", "2026-11-20T14:30:58.000Z"),
        ("date-space", "2026-11-20 14:30:58.485Z"),
    ]:
        assert reference[label][1][0] == "ok" and f"'timestamp': '{stamp}'" in reference[label][1][1], label
        status, twins = reference[label][6]
        written = ast.literal_eval(twins)  # the encoded value and its pickled, copied, evolved twins
        assert status == "ok" and len(written) == 5 and len(set(written)) == 1, label
        assert f'"timestamp":"{stamp}"' in written[0], label
    assert reference["date-naive"][1][0] == "ok"  # kept as sent (drift), written back as sent
    assert "'timestamp': '2026-11-20T14:30:58'" in reference["date-naive"][1][1]
    for blocked, result in results.items():
        for label in ("date-no-seconds", "date-nanoseconds"):  # the same in every set-up
            assert {row[0]: row[1:] for row in result["out"]}[label] == reference[label], (blocked, label)
    maturities = {blocked: result["sync"]["maturity"] for blocked, result in results.items()}
    for blocked, result in results.items():
        sync = {k: v for k, v in result["sync"].items() if k != "maturity"}
        assert sync == dict.fromkeys(sync, True), f"blocked {blocked!r}"
        assert maturities[blocked] == maturities[""], f"blocked {blocked!r}"
    assert len(set(maturities[""])) == 1 and '"expirationDate":"2026-12-18T14:29Z"' in maturities[""][0]


@pytest.mark.parametrize("raw", [b"NaN", b"[Infinity]", b"[-Infinity]", b"1e400", b'"\\udfff"', "\ud800"])
def test_non_finite_numbers_and_lone_surrogates_are_refused_here_too(raw: bytes | str) -> None:
    with pytest.raises(errors.DecodeError):
        _codec.loads(raw, "doc")


def test_integers_beyond_int64_are_kept_exactly_in_this_setup() -> None:
    assert _codec.loads(b"[-9223372036854775809, 18446744073709551616]", "doc") == [-(2**63) - 1, 2**64]
    assert decode(PlaceOrderResult, b'{"orderId": 18446744073709551616}').order_id == 2**64
    assert decode(Order, ORDER + b',"x":' + BIG.encode() + b"}")["x"] == int(BIG)


@pytest.mark.parametrize("depth", [300, 1100, 5000])
def test_a_document_nested_past_the_limit_says_so_whichever_parser_gave_up(depth: int) -> None:
    for text in (b"[" * depth + b"]" * depth, b'{"a":' * depth + b"1" + b"}" * depth, b"[" * depth):
        with pytest.raises(errors.DecodeError, match="nested deeper than 256 levels"):
            _codec.loads(text, "doc")
    with pytest.raises(errors.DecodeError, match="not valid JSON"):
        _codec.loads(b'["' + b"[" * 5000 + b'"', "doc")  # brackets inside a string do not nest
