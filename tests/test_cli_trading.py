"""The trading verbs of the ``tradovate`` command against the local simulator."""

from __future__ import annotations

import io
import json
import re
from collections.abc import Iterator

import pytest

pytest.importorskip("aiohttp")

from tradovate.cli import main
from tradovate.sim import SimulatorThread

LOGIN = {"TRADOVATE_USERNAME": "demo", "TRADOVATE_PASSWORD": "demo"}


@pytest.fixture
def sim() -> Iterator[SimulatorThread]:
    with SimulatorThread(seed=5) as running:
        yield running


def run(sim: SimulatorThread, *argv: str, env: str = "demo") -> tuple[int, str]:
    out = io.StringIO()
    urls = ["--env", env, "--rest-url", sim.rest_url, "--ws-url", sim.ws_url, "--md-url", sim.md_url]
    try:
        code = main([*urls, *argv], out=out, environ=LOGIN)
    except SystemExit as exit_:
        code = int(exit_.code or 0)
    return code, out.getvalue()


def rows(text: str) -> list[dict[str, object]]:
    return [json.loads(line) for line in text.splitlines()]


def test_buy_at_the_market_fills_and_the_position_shows_by_symbol(sim: SimulatorThread) -> None:
    code, out = run(sim, "buy", "ESZ6", "2", "--account", "DEMO20001", "--json")
    assert code == 0
    [placed] = rows(out)
    assert placed["symbol"] == "ESZ6" and placed["status"] == "Filled" and placed["qty"] == 2
    assert str(placed["clOrdId"]).startswith("tv")
    code, out = run(sim, "positions", "--account", "DEMO20001", "--json")
    assert code == 0
    assert [(p["symbol"], p["net"]) for p in rows(out)] == [("ESZ6", 2)]
    code, table = run(sim, "positions", "--account", "DEMO20001")
    assert table.splitlines()[0].split() == ["account", "symbol", "net", "avgPrice", "bought", "sold"]
    assert table.splitlines()[1].split()[:3] == ["DEMO20001", "ESZ6", "2"]  # sizes as integers


def test_a_resting_limit_is_listed_and_cancel_all_cancels_it(sim: SimulatorThread) -> None:
    code, out = run(sim, "sell", "ESZ6", "1", "--limit", "9000", "--account", "DEMO20001", "--json")
    assert code == 0 and rows(out)[0]["status"] == "Working" and rows(out)[0]["price"] == 9000
    order_id = rows(out)[0]["id"]
    code, out = run(sim, "orders", "--account", "DEMO20001", "--json")
    assert [o["id"] for o in rows(out)] == [order_id]
    code, out = run(sim, "cancel", "--all", "--account", "DEMO20001", "--json")
    assert code == 0 and [c["id"] for c in rows(out)] == [order_id]
    sim.call(lambda: None)  # let the simulator run the cancel through
    code, out = run(sim, "orders", "--account", "DEMO20001")
    assert out.strip() == "(none)"


def test_a_bracket_enters_and_flatten_closes_every_position_of_the_contract(sim: SimulatorThread) -> None:
    code, out = run(sim, "buy", "MESZ6", "1", "--bracket", "7200/6500", "--account", "DEMO20001", "--json")
    assert code == 0 and rows(out)[0]["status"] == "Filled"
    code, out = run(sim, "flatten", "MESZ6", "--account", "DEMO20001", "--json")
    assert code == 0 and rows(out) == [{"symbol": "MESZ6", "net": 1, "flatten": "sent"}]
    code, out = run(sim, "positions", "--account", "DEMO20001", "--json")
    assert [p for p in rows(out) if p["symbol"] == "MESZ6"] == []


def test_a_stop_order_cancelled_by_id_and_flatten_without_a_symbol_closes_everything(sim: SimulatorThread) -> None:
    code, out = run(sim, "sell", "ESZ6", "1", "--stop", "6000", "--account", "DEMO20001", "--json")
    assert code == 0
    [stop] = rows(out)
    assert (stop["type"], stop["price"], stop["status"]) == ("Stop", 6000, "Working")
    code, out = run(sim, "cancel", str(stop["id"]), "--account", "DEMO20001", "--json")
    assert code == 0 and rows(out)[0]["id"] == stop["id"]
    sim.call(lambda: None)  # let the simulator run the cancel through
    code, out = run(sim, "orders", "--account", "DEMO20001", "--json")
    assert out == ""
    for verb, symbol in (("buy", "ESZ6"), ("sell", "MNQZ6")):  # two contracts, long and short
        assert run(sim, verb, symbol, "1", "--account", "DEMO20001")[0] == 0
    code, out = run(sim, "flatten", "--account", "DEMO20001", "--json")
    assert code == 0 and sorted((r["symbol"], r["net"]) for r in rows(out)) == [("ESZ6", 1), ("MNQZ6", -1)]
    sim.call(lambda: None)
    code, out = run(sim, "positions", "--account", "DEMO20001", "--json")
    assert rows(out) == []


def test_a_lost_placement_answer_exits_3_and_names_the_clordid(
    sim: SimulatorThread, capsys: pytest.CaptureFixture[str]
) -> None:
    sim.faults.lose_answer("order/placeorder", transport="ws")
    code, _ = run(sim, "buy", "ESZ6", "1", "--account", "DEMO20001")
    assert code == 3
    err = capsys.readouterr().err
    assert "outcome unknown" in err and "clOrdId tv" in err
    cl_ord_id = re.search(r"clOrdId (tv-[0-9a-f]+)", err)
    assert cl_ord_id is not None
    code, out = run(sim, "resolve", cl_ord_id.group(1), "--account", "DEMO20001", "--json")
    assert code == 0
    (found,) = rows(out)  # the simulator executed it before the answer was lost: it exists
    assert found["clOrdId"] == cl_ord_id.group(1) and found["symbol"] == "ESZ6" and found["status"] == "Filled"


def test_a_lost_bracket_answer_exits_3_with_the_clordid_and_resolve_finds_it(
    sim: SimulatorThread, capsys: pytest.CaptureFixture[str]
) -> None:
    sim.faults.lose_answer("order/placeoso")  # placed over REST: executed, then the connection drops
    code, _ = run(sim, "buy", "ESZ6", "1", "--limit", "6000", "--bracket", "6100/5900", "--account", "DEMO20001")
    assert code == 3
    err = capsys.readouterr().err
    cl_ord_id = re.search(r"clOrdId (tv-[0-9a-f]+)", err)
    assert cl_ord_id is not None, err
    code, out = run(sim, "resolve", cl_ord_id.group(1), "--account", "DEMO20001", "--json")
    assert code == 0
    (found,) = rows(out)
    assert found["status"] == "Working" and found["price"] == 6000


def test_resolve_of_an_order_never_placed_says_absent(sim: SimulatorThread) -> None:
    code, out = run(sim, "resolve", "tv-000000000000000000000000", "--account", "DEMO20001", "--json")
    assert code == 0
    (found,) = rows(out)
    assert str(found["status"]).startswith("absent")


@pytest.mark.parametrize(
    "argv",
    [
        ["buy", "ESZ6", "0"],
        ["buy", "ESZ6", "-1"],
        ["buy", "ESZ6", "1.5"],
        ["sell", "ESZ6", "1", "--limit", "nan"],
        ["sell", "ESZ6", "1", "--limit", "-5"],
        ["buy", "ESZ6", "1", "--bracket", "6900"],
        ["cancel", "abc"],
        ["buy", "ESZ6", "1", "--wait", "inf"],
    ],
)
def test_bad_usage_exits_2_before_anything_is_sent(sim: SimulatorThread, argv: list[str]) -> None:
    before = len(sim.event_log())
    code, _ = run(sim, *argv)
    assert code == 2
    assert len(sim.event_log()) == before


def test_live_needs_yes_when_no_one_can_be_asked_and_nothing_is_placed(
    sim: SimulatorThread, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.setattr("sys.stdin", io.StringIO(""))  # not a terminal
    code, _ = run(sim, "buy", "ESZ6", "1", "--account", "DEMO20001", env="live")
    assert code == 2 and "add --yes" in capsys.readouterr().err
    code, out = run(sim, "orders", "--account", "DEMO20001", "--json", env="live")
    assert code == 0 and out == ""
    code, out = run(sim, "positions", "--account", "DEMO20001", "--json", env="live")
    assert out == ""  # nothing was bought
    code, out = run(sim, "buy", "ESZ6", "1", "--account", "DEMO20001", "--yes", "--json", env="live")
    assert code == 0 and rows(out)[0]["status"] == "Filled"


def test_a_user_with_several_accounts_must_choose(sim: SimulatorThread, capsys: pytest.CaptureFixture[str]) -> None:
    code, _ = run(sim, "buy", "ESZ6", "1")
    assert code == 2 and "--account" in capsys.readouterr().err
