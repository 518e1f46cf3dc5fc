"""Scale: 3,000 subscriptions and 21,000 events to paused consumers; nothing lost without a gap."""

from __future__ import annotations

import asyncio
import json

from md_sim import client, running

from tradovate.marketdata import Gap, Quote

CONTRACTS = 3000
FRAMES = 7  # 7 frames x 3,000 quotes = 21,000 quote events


def test_three_thousand_subscriptions_and_twenty_thousand_events_with_paused_consumers() -> None:
    async def main() -> None:
        async with running(extra=CONTRACTS) as server, client(server, concurrency=256) as md:
            ids = [5000 + i for i in range(CONTRACTS)]
            latest = await md.quotes(*ids)  # latest state per contract
            ordered = await md.quotes(*ids, policy="queue", maxsize=5000)  # every update, bounded
            assert len(md.subscribed()) == CONTRACTS
            assert all(n == 2 for n in md.subscribed().values())
            before = latest.conflated + len(latest)
            # the events: batched frames of 3,000 quotes each, as a busy server sends them
            # (built once from the market, pushed without stepping it: the test measures the client)
            wire = [server.market.quote(cid) for cid in ids]
            for n in range(FRAMES):
                for item in wire:
                    assert item is not None
                    item["entries"]["TotalTradeVolume"] = {"size": n}
                server.md.push("a" + json.dumps([{"e": "md", "d": {"quotes": wire}}]))
            expected = before + FRAMES * CONTRACTS
            # both consumers stay paused until everything has been received
            for _ in range(3000):
                if latest.conflated + len(latest) >= expected:
                    break
                await asyncio.sleep(0.01)

            items = latest.drain()
            values = [q for q in items if isinstance(q, Quote)]
            gaps = [g for g in items if isinstance(g, Gap)]
            assert {q.contract_id for q in values} == set(ids) and len(values) == CONTRACTS
            assert sum(g.lost or 0 for g in gaps) + len(values) == expected
            for q in values:  # each contract's state is the last one sent
                assert q.total_trade_volume is not None and q.total_trade_volume.size == FRAMES - 1

            items = ordered.drain()
            values = [q for q in items if isinstance(q, Quote)]
            lost = sum(g.lost or 0 for g in items if isinstance(g, Gap))
            assert len(values) == 5000 and lost == ordered.overflowed > 0
            # every event reached the ordered consumer or is counted in a gap marker
            assert len(values) + lost == CONTRACTS + FRAMES * CONTRACTS

    asyncio.run(main())
