"""The codec from several threads at once: a model first used by many threads together is
compiled once (nobody meets a half-compiled model), a lazily built value read first by many
threads hands all of them the same objects, and from_dict shares no container with the caller
on any set-up. Also: what is not JSON text is a DecodeError on every set-up."""

from __future__ import annotations

import json
import subprocess
import sys
import threading
import time
from pathlib import Path
from typing import Any

import pytest

from tradovate_api import decode, errors
from tradovate_api.codec import decode_list
from tradovate_api.models import Order, SyncMessage

ORDER = (
    b'{"id":1,"accountId":2,"contractId":3,"timestamp":"2026-11-20T14:30:58.485Z",'
    b'"action":"Buy","ordStatus":"Working","admin":false}'
)

# The set-ups: msgspec (the typed path), orjson alone, the standard library alone.
SETUPS = {
    "msgspec": "",
    "orjson": "sys.modules['msgspec'] = None\n",
    "stdlib": "sys.modules['msgspec'] = None\nsys.modules['orjson'] = None\n",
}

# Every thread meets each model for the first time together (a fresh interpreter); a tiny switch
# interval makes them interleave inside the compile.
FIRST_USE = """
import sys, threading, json
sys.setswitchinterval(1e-6)
{block}
from tradovate_api import decode
from tradovate_api import models
names = [n for n in models.__all__ if n[:1].isupper()][:60]
ORDER = {order!r}
errs = []
for name in ["Order", "SyncMessage", *names]:
    cls = getattr(models, name)
    if not hasattr(cls, "_spec"):
        continue
    b = threading.Barrier(8)
    def work(i):
        b.wait()
        try:
            if i % 4 == 0:
                decode(cls, ORDER if name == "Order" else b"{{}}").to_dict()
            elif i % 4 == 1:
                cls.from_dict({{}}).to_dict()
            elif i % 4 == 2:
                cls._spec.decode_dict, cls._spec.to_json, cls._spec.copy_json
            else:
                o = decode(cls, b"{{}}")
                repr(o)
        except BaseException as e:
            errs.append(f"{{name}} {{type(e).__name__}}: {{e}}")
    ts = [threading.Thread(target=work, args=(i,)) for i in range(8)]
    [t.start() for t in ts]
    [t.join() for t in ts]
print(json.dumps(errs))
"""


@pytest.mark.parametrize("setup", ["msgspec", "stdlib"])
def test_models_first_used_by_many_threads_at_once_all_decode(setup: str) -> None:
    script = FIRST_USE.format(block=SETUPS[setup], order=ORDER)
    run = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True, check=True, timeout=120)
    assert json.loads(run.stdout.splitlines()[-1]) == []


def _two_first_readers(sync: SyncMessage) -> dict[str, Any]:
    """What two threads read first from ``sync``: the first reader, once inside the fill, lets
    the second one reach the value too (a profile hook on the two functions, by name)."""
    second_in = threading.Event()
    first = threading.Event()
    seen: dict[str, Any] = {}

    def hook(frame: Any, event: str, arg: Any) -> None:
        if event != "call":
            return
        if frame.f_code.co_name == "lazy_getattr" and first.is_set():
            second_in.set()
        elif frame.f_code.co_name == "fill" and not first.is_set():
            first.set()
            second_in.wait(10)  # the second reader has reached the value
            time.sleep(0.02)  # let it run on (into a second fill, or waiting for this one)

    def read(who: str) -> None:
        seen[who] = (sync.orders, sync.positions)

    threading.setprofile(hook)
    try:
        one = threading.Thread(target=read, args=("one",))
        one.start()
        assert first.wait(10)
        two = threading.Thread(target=read, args=("two",))
        two.start()
        one.join()
        two.join()
    finally:
        threading.setprofile(None)
    return seen


def test_a_lazy_value_read_first_by_two_threads_hands_out_the_same_objects() -> None:
    raw = (Path(__file__).parent / "corpus" / "sync_snapshot.json").read_bytes()
    for _ in range(3):
        sync = decode(SyncMessage, raw)
        seen = _two_first_readers(sync)
        assert seen["one"][0] is seen["two"][0] is sync.orders
        assert seen["one"][1] is seen["two"][1] is sync.positions


CALLER = """
import sys, json
{block}
from tradovate_api.models import Order
from tradovate_api.models.props_event import PropsEvent
from tradovate_api.models.socket_event import SocketEvent
from tradovate_api.models.socket_response import SocketResponse
from tradovate_api.models.get_chart_request import GetChartRequest
from tradovate_api.models.subscribe_quote_request import SubscribeQuoteRequest
out = {{}}
src = {{"entityType": "order", "eventType": "Created", "entity": {{"id": 1, "x": [1, {{"y": 2}}]}}}}
p = PropsEvent.from_dict(src)
src["entity"]["id"] = 999
src["entity"]["x"].append("junk")
out["props"] = p.to_dict()
src = {{"e": "props", "d": {{"a": [1]}}}}
e = SocketEvent.from_dict(src)
src["d"]["a"].append(2)
out["event"] = e.to_dict()
src = {{"s": 200, "i": 1, "d": {{"a": [1]}}}}
r = SocketResponse.from_dict(src)
src["d"]["a"].append(2)
out["response"] = r.to_dict()
src = {{"symbol": {{"x": [1]}}}}
q = SubscribeQuoteRequest.from_dict(src)
src["symbol"]["x"].append(2)
out["quote"] = q.to_dict()
src = {{"symbol": {{"x": [1]}}, "chartDescription": {{}}, "timeRange": {{}}}}
c = GetChartRequest.from_dict(src)
src["symbol"]["x"].append(2)
out["chart"] = c.to_dict()
src = json.loads({order!r}) | {{"zz": {{"a": [1]}}}}
o = Order.from_dict(src)
src["zz"]["a"].append(2)
out["extras"] = o["zz"]
print(json.dumps(out))
"""


@pytest.mark.parametrize("setup", sorted(SETUPS))
def test_from_dict_shares_no_container_with_the_caller(setup: str) -> None:
    script = CALLER.format(block=SETUPS[setup], order=ORDER.decode())
    run = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True, check=True, timeout=60)
    out = json.loads(run.stdout.splitlines()[-1])
    assert out["props"]["entity"] == {"id": 1, "x": [1, {"y": 2}]}
    assert out["event"]["d"] == {"a": [1]}
    assert out["response"]["d"] == {"a": [1]}
    assert out["extras"] == {"a": [1]}
    assert out["quote"]["symbol"] == {"x": [1]}
    assert out["chart"]["symbol"] == {"x": [1]}


@pytest.mark.parametrize("raw", [5, None, {"id": 1}, [1], 1.5, object()])
def test_what_is_not_json_text_is_a_decode_error(raw: Any) -> None:
    with pytest.raises(errors.DecodeError):
        decode(Order, raw)
    with pytest.raises(errors.DecodeError):
        decode_list(Order, raw)


@pytest.mark.parametrize("setup", sorted(SETUPS))
def test_what_is_not_json_text_is_a_decode_error_on_every_setup(setup: str) -> None:
    script = (
        "import sys\n" + SETUPS[setup] + "from tradovate_api import decode, errors\n"
        "from tradovate_api.codec import decode_list\nfrom tradovate_api.models import Order\n"
        "out = []\n"
        "for raw in (5, None, {'id': 1}, [1]):\n"
        "    for f in (decode, decode_list):\n"
        "        try:\n            f(Order, raw)\n"
        "        except Exception as e:\n            out.append(type(e).__name__)\n"
        "print(','.join(out))\n"
    )
    run = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True, check=True, timeout=60)
    assert run.stdout.split()[-1] == ",".join(["DecodeError"] * 8)
