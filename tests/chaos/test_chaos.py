"""The chaos session (:mod:`chaos_run`): a trading session against the simulator with faults of
every kind; at the end the client's mirror equals the simulator's state, nothing lost or
duplicated, no order placed twice, every ambiguous order resolved.

By default a short run (a few hundred events, a couple dozen faults, a few seconds). ``make
chaos`` sets ``TRADOVATE_CHAOS_SCALE=full``: at least 10,000 events and 140 faults, the figures
printed and written to ``build/chaos.json``. ``TRADOVATE_CHAOS_SEED`` picks the seed.
"""

from __future__ import annotations

import asyncio
import json
import os
from pathlib import Path

import chaos_run

FULL = os.environ.get("TRADOVATE_CHAOS_SCALE", "short") == "full"
SEED = int(os.environ.get("TRADOVATE_CHAOS_SEED", "1"))
REPORT = Path(__file__).resolve().parents[2] / "build" / "chaos.json"


def test_a_trading_session_survives_every_kind_of_fault() -> None:
    scale = chaos_run.FULL if FULL else chaos_run.SHORT
    figures = asyncio.run(chaos_run.run(scale, SEED)).summary()
    print("\nchaos figures:", json.dumps(figures, indent=1))
    if FULL:
        REPORT.parent.mkdir(exist_ok=True)
        REPORT.write_text(json.dumps(figures, indent=1) + "\n")

    assert figures["events"] >= scale.events
    assert figures["faults"] >= scale.faults
    assert set(figures["faults_by_kind"]) == set(chaos_run.FAULT_KINDS)  # every kind, injected
    applied = figures["faults_applied_by_simulator"]
    assert all(applied.get(kind, 0) > 0 for kind in ("drop_connections", "close_frame", "close_silently"))
    assert all(applied.get(kind, 0) > 0 for kind in ("shutdown", "stop_heartbeats", "malformed_frame", "bye"))
    assert all(applied.get(kind, 0) > 0 for kind in ("malformed", "delay", "withhold", "lose_answer", "drop"))
    assert applied.get("late_execution", 0) > 0 and figures["split_parts"]
    assert applied.get("status", 0) > 0 and applied.get("penalty", 0) > 0
    drops = sum(figures["faults_by_kind"][k] for k in chaos_run.DROPS)
    assert figures["reconnects"] >= drops

    # the mirror equals the simulator's state: nothing lost, nothing extra, nothing different
    assert figures["entities"] > 0
    assert (figures["lost"], figures["extra"], figures["different"]) == (0, 0, 0)
    # no order placed twice, none the trader did not send
    assert (figures["duplicated"], figures["foreign"], figures["mirror_duplicates"]) == (0, 0, 0)
    # every ambiguous order resolved, in agreement with the simulator
    assert figures["orders_ambiguous"] > 0
    assert figures["orders_resolved"] == figures["orders_ambiguous"]
    assert figures["ambiguous_found"] > 0 and figures["ambiguous_absent"] > 0
    # exactly one user/syncrequest on every connection; every split snapshot assembled whole
    assert figures["sync_requests_per_connection"] == [1]
    assert figures["late_parts"] == 0
