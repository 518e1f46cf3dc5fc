"""Old import paths keep working: every public name each module of ``tradovate`` and
``tradovate_api`` had at commit ``3bbe985`` (the end of the session that split modules by job) is
still importable from that module; and the paths the CHANGELOG promises by name.

``data/names-3bbe985.json`` lists, per module, the names of its ``dir()`` at that commit, without
private ``_names``, without modules from outside the project (``asyncio``, ``json``...) and
without what the module imported from outside the project (``Any``, ``Final``, ``annotations``,
``httpx.Client``...): those come with Python or a dependency, not with us, and a module dropping an
unused ``from typing import Any`` breaks nobody. Names imported from elsewhere in the project are
kept: code may reach them through the old path. Regenerate (only to add a base, never to drop a
name): ``git archive 3bbe985 src generated | tar -x -C /tmp/old`` then
``PYTHONPATH=/tmp/old/src:/tmp/old/generated python tests/sim/test_sim_old_import_paths.py``.
"""

from __future__ import annotations

import importlib
import importlib.util
import json
import pkgutil
import sys
import types
from pathlib import Path

import pytest

NAMES = Path(__file__).parent / "data" / "names-3bbe985.json"
PROJECT = ("tradovate", "tradovate_api")
OLD: dict[str, list[str]] = json.loads(NAMES.read_text()) if NAMES.exists() else {}


def _ours(module_name: str) -> bool:
    return module_name.split(".")[0] in PROJECT


def public_names(module: types.ModuleType) -> list[str]:
    """The names the fixture keeps for ``module`` (see the module doc)."""
    out = []
    for name in dir(module):
        if name.startswith("_"):
            continue
        value = getattr(module, name)
        if isinstance(value, types.ModuleType):
            if _ours(value.__name__):
                out.append(name)
            continue
        owner = getattr(value, "__module__", None)
        if isinstance(owner, str) and not _ours(owner):
            continue
        out.append(name)
    return sorted(out)


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


def main() -> None:  # pragma: no cover - regenerates the fixture from the tree on sys.path
    names: dict[str, list[str]] = {}
    for top in PROJECT:
        package = importlib.import_module(top)
        for module_name in [top, *(m.name for m in pkgutil.walk_packages(package.__path__, top + "."))]:
            if not module_name.endswith("__main__"):
                names[module_name] = public_names(importlib.import_module(module_name))
    NAMES.write_text(
        "{\n" + ",\n".join(f"{json.dumps(k)}: {json.dumps(v)}" for k, v in sorted(names.items())) + "\n}\n"
    )
    print(f"{len(names)} modules from {Path(sys.modules['tradovate'].__file__ or '').parent}")


if __name__ == "__main__":  # pragma: no cover
    main()
