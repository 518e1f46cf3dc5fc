"""The work one REST call does in the client, counted rather than timed (issue 17.1).

``make bench`` (``tests/bench/rest_bench.py``) measures the client's CPU per call against a bare
aiohttp client on the simulator; timing is no test. Here, what that figure is made of and what
keeps it low, deterministically: how many Python functions of the REST runtime one
``accounts.list`` runs (a profile hook counts them, against a loopback server), and the values
made once and reused instead of once per call.
"""

from __future__ import annotations

import asyncio
import sys
from collections import Counter
from pathlib import Path
from types import FrameType
from typing import Any

import pytest

import tradovate_api
from tradovate_api import AsyncTradovate
from tradovate_api._operations import _ENTITY_ACCOUNTS, OPERATIONS

from loopback import Loopback, Reply, serve

ROOT = Path(tradovate_api.__file__).parent
#: The runtime of one call (not the codec's files, which have their own figures in make bench).
RUNTIME = {"_client.py", "_resource.py", "_http.py", "_guards.py", "_transport.py", "_limits.py", "_wire.py"}
RUNTIME |= {"types.py", "_backend_aiohttp.py"}
ACCOUNT = {"id": 1, "name": "A", "userId": 2, "accountType": "Customer", "active": True, "clearingHouseId": 1,
           "riskCategoryId": 1, "autoLiqProfileId": 1, "marginAccountType": "Speculator",
           "legalStatus": "Individual", "timestamp": "2026-01-01T00:00:00Z"}  # fmt: skip
#: Python functions of the runtime one ``accounts.list`` runs on the aiohttp backend, a resumed
#: coroutine counting again (31 when written; 48 before the hot path was trimmed).
BUDGET = 34


@pytest.fixture
def server() -> Any:
    with serve() as loop:
        loop.route("GET", "/account/list", Reply.json([ACCOUNT]))
        yield loop


def runtime_calls(server: Loopback, backend: str) -> Counter[str]:
    async def main() -> Counter[str]:
        seen: Counter[str] = Counter()

        def hook(frame: FrameType, event: str, _: Any) -> None:
            path = Path(frame.f_code.co_filename)
            if event == "call" and path.parent == ROOT and path.name in RUNTIME:
                seen[f"{path.name}:{frame.f_code.co_name}"] += 1

        async with AsyncTradovate(server.base_url, backend=backend, token="t") as tv:
            for _ in range(3):  # connection made, caches filled
                assert len(await tv.accounts.list()) == 1
            sys.setprofile(hook)
            try:
                accounts = await tv.accounts.list()
            finally:
                sys.setprofile(None)
            assert accounts[0].name == "A"
        return seen

    return asyncio.run(main())


def test_one_call_runs_few_functions_of_the_runtime(server: Loopback) -> None:
    pytest.importorskip("aiohttp")
    seen = runtime_calls(server, "aiohttp")
    assert sum(seen.values()) <= BUDGET, sorted(seen.items())


def test_an_entity_query_is_made_once_and_a_parameterless_request_is_one_value() -> None:
    made = _ENTITY_ACCOUNTS.operation("list", "accounts")
    assert made is _ENTITY_ACCOUNTS.operation("list", "accounts") is OPERATIONS["accountList"]
    assert made.request(None, None) is made.request({}, None)  # frozen: safe to share
    assert made.request(None, None).query is None
    item = OPERATIONS["accountItem"]
    assert item.request({"id": 1}, None) is not item.request({"id": 1}, None)  # parameters: made per call
