from __future__ import annotations

import sys
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from hypothesis import settings

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "codegen"))
sys.path.insert(0, str(Path(__file__).resolve().parent))

from tradovate_api import drift  # noqa: E402

import bundle  # noqa: E402
from loopback import Loopback, serve  # noqa: E402
from samples import Samples  # noqa: E402

# Property tests measure behaviour, not speed: no per-example deadline (a loaded 2-core CI machine
# made the first example, which imports modules, exceed Hypothesis's 200 ms). `make fuzz` runs the
# long searches.
settings.register_profile("suite", deadline=None)
settings.load_profile("suite")


@pytest.fixture(scope="session")
def spec_doc() -> dict[str, Any]:
    """The bundled spec, built in-process from spec/ (no dependency on build/)."""
    return bundle.bundle(ROOT / "spec")


@pytest.fixture(scope="session")
def samples(spec_doc: dict[str, Any]) -> Samples:
    return Samples(spec_doc)


@pytest.fixture
def server() -> Iterator[Loopback]:
    with serve() as srv:
        yield srv


@pytest.fixture(autouse=True)
def clean_drift() -> Iterator[None]:
    drift.reset()
    yield
    drift.reset()
