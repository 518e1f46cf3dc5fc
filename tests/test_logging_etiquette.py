"""Library logging etiquette (issue 14, item 9): a program that configured no logging prints
nothing on stderr, whatever the library logs (spec drift, token store warnings); one that did
configure logging sees the records; the drift counters count either way."""

from __future__ import annotations

import subprocess
import sys
import textwrap

import pytest

PROGRAM = textwrap.dedent(
    """
    import logging, sys, tempfile
    if sys.argv[1] == "configured":
        logging.basicConfig(level=logging.WARNING)
    from tradovate_api import decode, drift
    from tradovate_api.models import Order
    from tradovate.tokens import FileTokenStore

    order = decode(Order, b'{"id": 1, "ordStatus": "Imaginary", "surprise": true}')
    assert drift.counts(), "drift is always counted"
    logging.getLogger("tradovate.session").warning("a warning of the tradovate package")
    print("done", len(drift.counts()))
    """
)


@pytest.mark.parametrize("setup", ["none", "configured"])
def test_drift_and_warnings_reach_stderr_only_when_logging_is_configured(setup: str) -> None:
    run = subprocess.run([sys.executable, "-c", PROGRAM, setup], capture_output=True, text=True, timeout=60)
    assert run.returncode == 0, run.stderr
    assert run.stdout.split()[0] == "done" and int(run.stdout.split()[1]) >= 2
    if setup == "none":
        assert run.stderr == ""
    else:
        assert "spec drift in Order.ordStatus" in run.stderr
        assert "a warning of the tradovate package" in run.stderr


def test_the_package_loggers_carry_a_null_handler() -> None:
    import logging

    import tradovate
    import tradovate_api

    for package in (tradovate_api, tradovate):
        handlers = logging.getLogger(package.__name__).handlers
        assert any(isinstance(h, logging.NullHandler) for h in handlers), package.__name__
