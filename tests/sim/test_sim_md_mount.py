"""The market-data socket mounted on the simulator's md port: same tokens, same market, same faults."""

from __future__ import annotations

import asyncio

from simsocket import UserSocket

from tradovate.sim import Simulator


def test_quotes_follow_the_simulators_market_and_md_sockets_can_be_dropped() -> None:
    async def main() -> None:
        async with Simulator(seed=5) as sim:
            token = sim.auth._answer(sim.auth._issue(1001, "demo"))["mdAccessToken"]
            sock = await UserSocket.open(sim.md_url, token)
            answer = await sock.request("md/subscribeQuote", {"symbol": "ESZ6"})
            assert answer["s"] == 200
            contract = sim.store.find("contract", "ESZ6")
            assert contract is not None
            book = sim.market.book(contract["id"])
            assert book is not None
            sim.advance(3)

            def quoted(s: UserSocket) -> bool:
                quotes = [q for e in s.events if e.get("e") == "md" for q in e["d"].get("quotes", [])]
                return any(q["entries"]["Bid"]["price"] == book.best_bid for q in quotes)

            await sock.wait_for(quoted)
            assert sim.faults.drop_connections("md") == 0  # user sockets: none open
            await asyncio.wait_for(sock.closed.wait(), 5)
            await sock.close()

    asyncio.run(main())
