"""The README's usage example runs as written (against a loopback server instead of Tradovate)."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from loopback import Loopback, Reply
from samples import Samples

README = Path(__file__).resolve().parent.parent / "README.md"


def test_usage_example_runs(server: Loopback, samples: Samples) -> None:
    text = README.read_text()
    block = re.search(r"## The REST client\n\n```python\n(.*?)```", text, re.S)
    assert block is not None
    code = block.group(1).replace("https://demo.tradovateapi.com/v1", server.base_url)
    server.route("POST", "/auth/accesstokenrequest", Reply.json({"accessToken": "tok-1", "userId": 7, "name": "jdoe"}))
    server.route("GET", "/order/list", Reply.json([]))
    server.route("GET", "/account/list", Reply.json([samples.of("Account")]))
    server.route("GET", "/position/deps", Reply.json([]))
    server.route("POST", "/order/placeorder", Reply.json({"orderId": 601683390300}))
    scope: dict[str, object] = {}
    exec(compile(code, str(README), "exec"), scope)
    assert scope["orders"] == []
    assert getattr(scope["result"], "order_id", None) == 601683390300
    placed = next(r for r in server.requests if r.path == "/order/placeorder")
    assert placed.headers["authorization"] == "Bearer tok-1"
    assert placed.json()["isAutomated"] is True and placed.json()["price"] == 5000.25


GUIDE_SECTIONS = [
    "## The session",
    "## The live account",
    "### An order whose answer was lost",
    "## Market data, charts and replay",
]


def test_every_python_block_of_the_readme_is_one_the_tests_run() -> None:
    text = README.read_text()
    blocks = re.findall(r"\n(#+ [^\n]+)\n(?:(?!\n#).)*?```python\n", text, re.S)
    assert sorted(blocks) == sorted(["## The REST client", *GUIDE_SECTIONS])


@pytest.mark.parametrize("heading", GUIDE_SECTIONS)
def test_guide_examples_run_against_the_simulator(heading: str, capsys: pytest.CaptureFixture[str]) -> None:
    pytest.importorskip("aiohttp")
    text = README.read_text()
    block = re.search(re.escape(heading) + r"\n.*?```python\n(.*?)```", text, re.S)
    assert block is not None
    exec(compile(block.group(1), f"{README}:{heading}", "exec"), {"__name__": "readme_example"})
    out = capsys.readouterr().out
    expected = {
        "## The session": ["accounts: ['DEMO"],
        "## The live account": ["Filled [", "position "],
        "### An order whose answer was lost": ["the order exists: "],
        "## Market data, charts and replay": ["best ", "replay time 2026-11-02"],
    }[heading]
    for piece in expected:
        assert piece in out, out
