"""Scale: 3,000 subscriptions and 20,000+ events to paused consumers; nothing lost without a gap."""

from __future__ import annotations

import asyncio

from md_sim import client, running

from tradovate.marketdata import Gap, Quote

CONTRACTS = 3000
STEPS = 7  # 7 x 3,000 = 21,000 quote events


def test_three_thousand_subscriptions_and_twenty_thousand_events_with_paused_consumers() -> None:
    async def main() -> None:
        async with running(extra=CONTRACTS) as server, client(server, concurrency=256) as md:
            ids = [5000 + i for i in range(CONTRACTS)]
            latest = await md.quotes(*ids)  # latest state per contract
            ordered = await md.quotes(*ids, policy="queue", maxsize=5000)  # every update, bounded
            assert len(md.subscribed()) == CONTRACTS
            assert all(n == 2 for n in md.subscribed().values())
            before = latest.conflated + len(latest)
            server.step(STEPS)
            expected = before + STEPS * CONTRACTS
            # both consumers stay paused until everything has been received
            for _ in range(3000):
                if latest.conflated + len(latest) >= expected:
                    break
                await asyncio.sleep(0.01)

            items = latest.drain()
            quotes = [q for q in items if isinstance(q, Quote)]
            gaps = [g for g in items if isinstance(g, Gap)]
            assert {q.contract_id for q in quotes} == set(ids) and len(quotes) == CONTRACTS
            assert sum(g.lost or 0 for g in gaps) + len(quotes) == expected
            for q in quotes:  # each contract's last state is the market's last state
                volume = q.total_trade_volume
                assert volume is not None and volume.size == server.market.books[q.contract_id].volume

            items = ordered.drain()
            values = [q for q in items if isinstance(q, Quote)]
            lost = sum(g.lost or 0 for g in items if isinstance(g, Gap))
            assert len(values) == 5000 and lost > 0
            assert lost == ordered.overflowed
            # the ordered consumer received (or was told it lost) every event delivered to it
            assert len(values) + lost == CONTRACTS + STEPS * CONTRACTS

    asyncio.run(main())
