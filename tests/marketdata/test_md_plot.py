"""Pictures of bars: text candles for any bars, a valid PNG, and no process-wide matplotlib state."""

from __future__ import annotations

import datetime
import subprocess
import sys
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

from tradovate.marketdata import Bar
from tradovate.marketdata.plot import DOWN_BODY, UP_BODY, candles, plot

START = datetime.datetime(2026, 11, 23, 14, tzinfo=datetime.UTC)
price = st.one_of(st.none(), st.floats(allow_nan=True, allow_infinity=True), st.floats(6000, 7000))


def bar(i: int, o: float, c: float) -> Bar:
    return Bar(timestamp=START + datetime.timedelta(minutes=i), open=o, high=max(o, c) + 1, low=min(o, c) - 1, close=c)


@given(st.lists(st.tuples(price, price, price, price), max_size=200), st.integers(20, 200), st.integers(4, 60))
def test_text_candles_fit_the_box_for_any_bars(values: list[tuple[float | None, ...]], width: int, height: int) -> None:
    bars = [
        Bar(timestamp=START + datetime.timedelta(minutes=i), open=o, high=h, low=lo, close=c)
        for i, (o, h, lo, c) in enumerate(values)
    ]
    text = candles(bars, width=width, height=height)
    lines = text.splitlines()
    assert len(lines) in (1, height + 1)
    assert all(len(line) <= width for line in lines)


def test_rising_and_falling_bars_draw_different_bodies_and_the_axis_spans_the_prices() -> None:
    text = candles([bar(0, 6800, 6810), bar(1, 6810, 6790)], width=40, height=10)
    assert UP_BODY in text and DOWN_BODY in text
    assert "6,811.00" in text and "6,789.00" in text  # the high and the low label the axis


def test_bad_boxes_are_refused() -> None:
    with pytest.raises(ValueError):
        candles([bar(0, 1, 2)], width=5)


def test_a_png_is_written_and_is_a_valid_picture(tmp_path: Path) -> None:
    pytest.importorskip("matplotlib")
    from PIL import Image

    path = tmp_path / "bars.png"
    figure = plot([bar(i, 6800 + i, 6801 + i) for i in range(30)], path, title="ES", marks=[(START, 6800.0, "buy")])
    assert path.read_bytes()[:8] == b"\x89PNG\r\n\x1a\n"
    with Image.open(path) as image:
        assert image.size == (1000, 500)
    assert figure.axes[0].get_title() == "ES"


def test_plotting_leaves_no_pyplot_or_backend_state_behind() -> None:
    pytest.importorskip("matplotlib")
    code = (
        "import datetime, sys; from tradovate.marketdata import Bar; from tradovate.marketdata.plot import plot;"
        "t=datetime.datetime(2026,1,1,tzinfo=datetime.UTC);"
        "plot([Bar(timestamp=t, open=1.0, high=2.0, low=0.5, close=1.5)]);"
        "print('matplotlib.pyplot' in sys.modules)"
    )
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert done.stdout.strip() == "False"


def test_a_live_chart_plots_its_bars(tmp_path: Path) -> None:
    pytest.importorskip("matplotlib")
    pytest.importorskip("aiohttp")
    import asyncio

    from tradovate.marketdata import ChartDescription, MarketDataClient, TimeRange
    from tradovate.session import Credentials, Environment, Session
    from tradovate.sim import Simulator

    async def main() -> None:
        async with Simulator(seed=1) as sim:
            environment = Environment.simulator(sim.rest_url, sim.md_url)
            async with (
                Session(Credentials(name="demo", password="demo"), environment) as session,
                MarketDataClient.from_session(session) as md,
            ):
                chart = await md.chart("ESZ6", ChartDescription.minutes(1), TimeRange.last(20))
                figure = chart.plot(str(tmp_path / "live.png"), title="live")
                await chart.close()
        assert figure.axes[0].get_title() == "live"
        assert (tmp_path / "live.png").read_bytes()[:4] == b"\x89PNG"

    asyncio.run(main())


def test_a_bar_whose_close_lies_far_outside_its_range_is_drawn_in_the_box() -> None:
    """Found by Hypothesis: a close of 6e307 with high = low = 0 overflowed the row arithmetic."""
    bars = [Bar(timestamp=START, open=0.0, high=0.0, low=0.0, close=5.992310449541053e307)]
    lines = candles(bars, width=20, height=4).splitlines()
    assert len(lines) == 5 and all(len(line) <= 20 for line in lines)
    spread = [Bar(timestamp=START, open=-1e308, high=1e308, low=-1e308, close=1e308)]
    assert len(candles(spread, width=20, height=4).splitlines()) == 5
