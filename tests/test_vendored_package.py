"""generated/tradovate_api works when copied alone into another project, with only its runtime
dependencies (attrs, httpx and theirs) importable."""

from __future__ import annotations

import shutil
import subprocess
import sys
import textwrap
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent

# A meta-path hook that refuses every third-party import but the runtime dependencies.
BLOCKER = textwrap.dedent(
    """
    import sys, importlib.abc
    ALLOWED = {"attrs", "attr", "httpx", "httpcore", "h11", "anyio", "sniffio", "idna", "certifi",
               "tradovate_api", "loopback", "typing_extensions", "_cffi_backend"}
    STDLIB = set(sys.stdlib_module_names)
    class Block(importlib.abc.MetaPathFinder):
        def find_spec(self, name, path=None, target=None):
            top = name.partition(".")[0]
            if top in STDLIB or top in ALLOWED:
                return None
            raise ImportError(f"blocked in the vendoring test: {name}")
    sys.meta_path.insert(0, Block())
    """
)

SCRIPT = textwrap.dedent(
    """
    import sys
    import tradovate_api
    assert "httpx" not in sys.modules and "attrs" not in sys.modules, "import tradovate_api must stay cheap"
    from tradovate_api import Tradovate, decode, drift
    from tradovate_api.models import Order, OrdStatus
    from loopback import Reply, serve

    raw = b'[{"id":1,"accountId":2,"timestamp":"2026-11-20T14:30:58.485Z","action":"Buy","ordStatus":"Triggered","admin":false,"archived":false}]'
    with serve() as server:
        server.route("GET", "/order/list", Reply(200, raw))
        with Tradovate(server.base_url, token="t") as tv:
            orders = tv.orders.list()
    assert orders[0].ord_status == "Triggered" and not orders[0].ord_status.is_known
    assert isinstance(orders[0].ord_status, OrdStatus)
    assert decode(Order, raw[1:-1]) == orders[0]
    assert "msgspec" not in sys.modules and "orjson" not in sys.modules
    print("vendored ok", drift.counts())
    """
)


def test_copied_package_runs_with_runtime_dependencies_only(tmp_path: Path) -> None:
    vendor = tmp_path / "vendor"
    shutil.copytree(ROOT / "generated" / "tradovate_api", vendor / "tradovate_api")
    shutil.copy(ROOT / "tests" / "loopback.py", vendor / "loopback.py")
    (tmp_path / "main.py").write_text(BLOCKER + SCRIPT)
    env = {"PYTHONPATH": str(vendor), "PATH": "/usr/bin:/bin"}
    run = subprocess.run(
        [sys.executable, "-S", "-c", f"import site; site.main(); exec(open({str(tmp_path / 'main.py')!r}).read())"],
        capture_output=True,
        text=True,
        env=env,
        cwd=tmp_path,
    )
    assert run.returncode == 0, run.stderr
    assert "vendored ok" in run.stdout
    assert "OrdStatus" not in run.stdout  # counts are keyed by model/field/kind
    assert "('Order', 'ordStatus', 'unknown_enum_value'): 2" in run.stdout  # decoded twice


def test_package_import_is_lazy() -> None:
    code = "import sys, tradovate_api, tradovate_api.models as m; print(sorted(k for k in sys.modules if k.startswith(('httpx', 'attr', 'tradovate_api.models.'))))"
    run = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert run.stdout.strip() == "[]"
    run = subprocess.run(
        [sys.executable, "-c", "from tradovate_api.models import Order; print(Order.__module__)"],
        capture_output=True,
        text=True,
        check=True,
    )
    assert run.stdout.strip() == "tradovate_api.models.order"
