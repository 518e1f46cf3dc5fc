"""``tradovate`` uses ``tradovate_api`` only through its public names: the package's ``__all__``,
its public modules (``errors``, ``models``, ``types``, ``codec``, ``drift``) and the documented
contract module ``tradovate_api.runtime``; no private module is imported across the two packages."""

from __future__ import annotations

import ast
import importlib
from pathlib import Path

import tradovate_api
from tradovate_api import runtime

SRC = Path(__file__).resolve().parents[1] / "src"


def _private_uses(path: Path) -> list[str]:
    found = []
    for node in ast.walk(ast.parse(path.read_text(), str(path))):
        if isinstance(node, ast.ImportFrom) and node.module and node.module.startswith("tradovate_api"):
            parts = node.module.split(".")
            if any(part.startswith("_") for part in parts):
                found.append(f"{path}:{node.lineno} from {node.module}")
            elif node.module == "tradovate_api":
                found += [f"{path}:{node.lineno} {a.name}" for a in node.names if a.name.startswith("_")]
        elif isinstance(node, ast.Import):
            for alias in node.names:
                if alias.name.startswith("tradovate_api.") and any(p.startswith("_") for p in alias.name.split(".")):
                    found.append(f"{path}:{node.lineno} import {alias.name}")
    return found


def test_src_imports_no_private_module_of_tradovate_api() -> None:
    found = [use for path in sorted(SRC.rglob("*.py")) for use in _private_uses(path)]
    assert found == []


def test_every_name_of_the_contract_resolves() -> None:
    for name in runtime.__all__:
        assert getattr(runtime, name) is not None, name
    assert set(dir(runtime)) >= set(runtime.__all__)
    for name in tradovate_api.__all__:
        assert getattr(tradovate_api, name) is not None


def test_the_contract_is_the_runtime_itself_not_a_copy() -> None:
    http = importlib.import_module("tradovate_api._http")
    assert runtime.Operation is http.Operation
    assert runtime.model_class is http.model_class
