"""Old import paths keep working: every public name a module of ``tradovate`` or ``tradovate_api``
defined or declared at commit ``3bbe985`` (the end of the session that split modules by job) — and
each module the CHANGELOG lists as split, at ``3816e52`` (before the split) — is still importable
from that module — among them the paths
the CHANGELOG promises by name (``tradovate.sim.server.SimulatorThread``...).

``data/old-names.json`` lists, per module, what its source at either commit defined at the top
(``def``, ``class``, assignments), listed in ``__all__`` or re-exported as ``from x import Y as Y``;
not ``_private`` names nor ``TypeVar``s. A name a module merely imported for its own use
(``from .models import Fill`` in the mirror, a nested model in a generated model module) is not
listed: pinning those would forbid dropping an import — the lazy model imports and the mirror's
split on main already dropped 64 such names, none of them an API. Regenerate (to add a base, never
to drop a name): ``python tests/sim/test_sim_old_import_paths.py`` in a clone holding both commits.
"""

from __future__ import annotations

import ast
import contextlib
import importlib
import importlib.util
import json
import subprocess
from pathlib import Path

import pytest

NAMES = Path(__file__).parent / "data" / "old-names.json"
# The modules the CHANGELOG says were split "(old import paths keep working)": at 3816e52, before
# the split; every module at 3bbe985.
SPLIT = (
    "tradovate.realtime.protocol", "tradovate.realtime.connection", "tradovate.realtime.account",
    "tradovate.realtime.runloop", "tradovate.session", "tradovate_api._codec", "tradovate_api._transport",
    "tradovate.marketdata.client", "tradovate.sim.engine", "tradovate.sim.api", "tradovate.sim.server",
    "tradovate.sim.market", "tradovate.sim.risk",
)  # fmt: skip
BASES: dict[str, tuple[str, ...] | None] = {"3816e526d94df019d538c0562ee057f15c626072": SPLIT, "3bbe985": None}
OLD: dict[str, list[str]] = json.loads(NAMES.read_text()) if NAMES.exists() else {}


def defined_names(source: str) -> set[str]:
    """What a module's ``source`` defines or declares public (see the module doc)."""
    tree = ast.parse(source)
    out: set[str] = set()
    for node in tree.body:
        if isinstance(node, ast.FunctionDef | ast.AsyncFunctionDef | ast.ClassDef):
            out.add(node.name)
        elif isinstance(node, ast.Assign | ast.AnnAssign):
            value = node.value
            typevar = isinstance(value, ast.Call) and getattr(value.func, "id", None) == "TypeVar"
            targets = node.targets if isinstance(node, ast.Assign) else [node.target]
            out.update(t.id for t in targets if isinstance(t, ast.Name) and not typevar)
            if any(isinstance(t, ast.Name) and t.id == "__all__" for t in targets) and value is not None:
                with contextlib.suppress(ValueError):
                    out.update(ast.literal_eval(value))
        elif isinstance(node, ast.ImportFrom):
            out.update(alias.asname for alias in node.names if alias.asname == alias.name)
    return {name for name in out if isinstance(name, str) and not name.startswith("_")}


def importable(module_name: str, name: str) -> bool:
    """``from module_name import name`` works (an attribute, or a submodule not yet imported)."""
    module = importlib.import_module(module_name)
    if hasattr(module, name):
        return True
    return hasattr(module, "__path__") and importlib.util.find_spec(f"{module_name}.{name}") is not None


def test_the_fixture_covers_every_module_of_the_base() -> None:
    assert len(OLD) > 400 and {"tradovate.sim.server", "tradovate.realtime.account", "tradovate_api"} <= set(OLD)


@pytest.mark.parametrize("module_name", sorted(OLD))
def test_every_name_a_module_had_at_the_base_is_still_importable_from_it(module_name: str) -> None:
    missing = [name for name in OLD[module_name] if not importable(module_name, name)]
    assert not missing, f"{module_name} lost {missing}"


def test_the_import_paths_the_changelog_promises() -> None:
    from tradovate.realtime.account import PLACE, OrderHandle
    from tradovate.realtime.resolve import PLACE as NOW_PLACE
    from tradovate.sim.engine import Working
    from tradovate.sim.orders import Working as NowWorking
    from tradovate.sim.server import SimulatorThread
    from tradovate.sim.thread import SimulatorThread as NowSimulatorThread

    assert (PLACE, Working, SimulatorThread) == (NOW_PLACE, NowWorking, NowSimulatorThread)
    assert OrderHandle.__name__ == "OrderHandle"
    with pytest.raises(ImportError):
        from tradovate.sim.server import NoSuchName  # noqa: F401


def main() -> None:  # pragma: no cover - regenerates the fixture from git
    names: dict[str, set[str]] = {}
    for commit, only in BASES.items():
        files = subprocess.run(
            ["git", "ls-tree", "-r", "--name-only", commit, "src/tradovate", "generated/tradovate_api"],
            capture_output=True,
            text=True,
            check=True,
        ).stdout.split()
        for path in files:
            if not path.endswith(".py") or path.endswith("__main__.py"):
                continue
            module = path.split("/", 1)[1].removesuffix(".py").removesuffix("/__init__").replace("/", ".")
            if only is not None and module not in only:
                continue
            source = subprocess.run(["git", "show", f"{commit}:{path}"], capture_output=True, text=True, check=True)
            names.setdefault(module, set()).update(defined_names(source.stdout))
    NAMES.write_text(
        "{\n" + ",\n".join(f"{json.dumps(k)}: {json.dumps(sorted(v))}" for k, v in sorted(names.items())) + "\n}\n"
    )
    print(f"{len(names)} modules, {sum(map(len, names.values()))} names")


if __name__ == "__main__":  # pragma: no cover
    main()
