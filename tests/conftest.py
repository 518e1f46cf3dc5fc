from __future__ import annotations

import importlib
import pkgutil
import sys
from collections.abc import Iterator
from pathlib import Path
from types import ModuleType
from typing import Any

import pytest

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "codegen"))
sys.path.insert(0, str(Path(__file__).resolve().parent))

from tradovate_api import drift  # noqa: E402

import bundle  # noqa: E402
from loopback import Loopback, serve  # noqa: E402
from samples import Samples  # noqa: E402


@pytest.fixture(scope="session")
def spec_doc() -> dict[str, Any]:
    """The bundled spec, built in-process from spec/ (no dependency on build/)."""
    return bundle.bundle(ROOT / "spec")


@pytest.fixture(scope="session")
def samples(spec_doc: dict[str, Any]) -> Samples:
    return Samples(spec_doc)


@pytest.fixture(scope="session")
def endpoint_modules() -> dict[str, ModuleType]:
    """operationId -> generated endpoint module."""
    import tradovate_api.api as api

    found: dict[str, ModuleType] = {}
    for info in pkgutil.walk_packages(api.__path__, api.__name__ + "."):
        module = importlib.import_module(info.name)
        operation = getattr(module, "OPERATION", None)
        if operation is not None:
            found[operation.operation_id] = module
    return found


@pytest.fixture
def server() -> Iterator[Loopback]:
    with serve() as srv:
        yield srv


@pytest.fixture(autouse=True)
def clean_drift() -> Iterator[None]:
    drift.reset()
    yield
    drift.reset()
