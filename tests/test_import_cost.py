"""What importing the client loads: the structure behind the import-time figure of `make bench`.

The figure itself is measured by ``tests/bench/run.py`` (never asserted: timing is no test).
Here, the modules that make it: the client class needs httpx and attrs, but not the operation
table, the codec (msgspec), asyncio, any model or any namespace class, which load on first use.
"""

from __future__ import annotations

import json
import subprocess
import sys

LAZY = (
    "tradovate_api._codec",
    "tradovate_api._operations",
    "msgspec",
    "asyncio",
    "tradovate_api.models.",
    "tradovate_api._namespaces.",
)


def loaded_after(code: str) -> list[str]:
    probe = f"import sys\n{code}\nprint(__import__('json').dumps(sorted(sys.modules)))"
    run = subprocess.run([sys.executable, "-c", probe], capture_output=True, text=True, check=True)
    return list(json.loads(run.stdout.splitlines()[-1]))


def test_the_client_class_loads_no_codec_model_or_namespace() -> None:
    modules = loaded_after("import tradovate_api; tradovate_api.Tradovate")
    assert "tradovate_api._client" in modules and "tradovate_api._namespaces" in modules
    assert [m for m in modules if m.startswith(LAZY) or m in ("msgspec", "asyncio")] == []


def test_a_namespace_loads_its_own_module_only() -> None:
    modules = loaded_after("from tradovate_api import Tradovate; Tradovate(token='t').orders")
    assert [m for m in modules if m.startswith("tradovate_api._namespaces.")] == ["tradovate_api._namespaces.orders"]
    assert not [m for m in modules if m.startswith("tradovate_api.models.")]
