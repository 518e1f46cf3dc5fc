"""Every example of the docs site runs as written against the simulator (mypy --strict checks
them too: docs/examples is in the mypy configuration), and every guide shows only examples that
exist."""

from __future__ import annotations

import os
import re
import subprocess
import sys
from pathlib import Path

import pytest

DOCS = Path(__file__).resolve().parent.parent / "docs"
EXAMPLES = sorted((DOCS / "examples").glob("*.py"))

# What each example must print: proof it did its job, not only that it exited 0.
EXPECTED = {
    "rest_client": ["placed order ", "status Working", "raw status 200", "refused locally: id"],
    "session": ["accounts ['DEMO", "user demo"],
    "live_account": ["order Filled [", "position ", "changes waiting True"],
    "lost_order": ["the order exists: "],
    "market_data": ["quote ", "modes {", "best ", "bars 20"],
    "replay": ["replay time 2026-11-02"],
    "chart_picture": ["┤", "wrote chart.png"],
    "simulator": ["after a penalty ticket: 2 accounts", "refused: 429", "breaker open for 3600 s"],
    "org_sync": ["accounts followed 200", "consumer equals the simulator: True"],
    "prop_firm": [
        "EVAL50K20004 trailing drawdown 2000.0 daily loss 1000.0",
        "auto-liquidations 1",
        "positions [0]",
        "a new order: Rejected RiskRejected LiquidationOnly",
    ],
}


def test_every_example_has_its_expectations_and_every_guide_includes_only_existing_examples() -> None:
    assert {path.stem for path in EXAMPLES} == set(EXPECTED)
    included = set()
    for page in DOCS.rglob("*.md"):
        for name in re.findall(r"literalinclude\} (?:\.\.)?/examples/(\w+)\.py", page.read_text()):
            assert (DOCS / "examples" / f"{name}.py").exists(), (page, name)
            included.add(name)
    assert included == set(EXPECTED)  # every example is shown somewhere


@pytest.mark.parametrize("example", EXAMPLES, ids=lambda p: p.stem)
def test_the_example_runs_against_the_simulator(example: Path, tmp_path: Path) -> None:
    pytest.importorskip("aiohttp")
    env = {k: v for k, v in os.environ.items() if not k.startswith("TRADOVATE_")}
    done = subprocess.run(
        [sys.executable, str(example)], capture_output=True, text=True, timeout=120, env=env, cwd=tmp_path
    )
    assert done.returncode == 0, done.stderr[-3000:]
    for piece in EXPECTED[example.stem]:
        assert piece in done.stdout, (piece, done.stdout)
    assert "Traceback" not in done.stderr
