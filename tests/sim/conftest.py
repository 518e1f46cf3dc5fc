from __future__ import annotations

from collections.abc import Iterator

import pytest

from tradovate.sim import SimulatorThread


@pytest.fixture(scope="module")
def sim() -> Iterator[SimulatorThread]:
    with SimulatorThread(seed=1) as running:
        yield running
