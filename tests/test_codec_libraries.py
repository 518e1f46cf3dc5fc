"""One decoding behaviour whatever JSON library is installed (issue 14, item 5).

The same corpus of answer bodies is decoded in three fresh interpreters: msgspec installed (the
typed path), orjson only, and the standard library only (imports blocked before the package
loads). Every decoder entry point must give the same value or the same typed error in all three:
non-finite numbers (``NaN``, ``Infinity``, ``1e400``) and lone surrogates are refused with
``DecodeError``; integers beyond int64 are kept exactly (orjson alone would turn them into floats).
"""

from __future__ import annotations

import json
import subprocess
import sys
import textwrap

import pytest

from tradovate_api import _codec, decode, errors
from tradovate_api.models import Order, PlaceOrderResult

ORDER = b'{"id":1,"accountId":2,"contractId":3,"timestamp":"2026-11-20T14:30:58.485Z","action":"Buy","ordStatus":"Working","admin":false'
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
]

SCRIPT = textwrap.dedent(
    """
    import json, sys
    for name in sys.argv[1].split(","):
        if name:
            sys.modules[name] = None  # import name -> ImportError
    import logging
    logging.getLogger("tradovate_api").propagate = False
    import httpx
    from tradovate_api import _codec, decode, decode_list, errors, models
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
        out.append(row)
    loaded = sorted(m for m in ("msgspec", "orjson") if sys.modules.get(m) is not None)
    print(json.dumps({"loaded": loaded, "out": out}))
    """
)


def run_corpus(blocked: str) -> subprocess.Popen[str]:
    return subprocess.Popen(
        [sys.executable, "-c", SCRIPT, blocked],
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )


def test_the_same_bytes_decode_the_same_whatever_json_library_is_installed() -> None:
    corpus = json.dumps([[label, raw.hex()] for label, raw in CORPUS])
    runs = {blocked: run_corpus(blocked) for blocked in ("", "msgspec", "msgspec,orjson")}
    results = {}
    for blocked, proc in runs.items():
        out, err = proc.communicate(corpus, timeout=120)
        assert proc.returncode == 0, err[-2000:]
        results[blocked] = json.loads(out)
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
