"""The margins the simulator charges, per product (USD per contract): the exchange's initial and
maintenance margins and Tradovate's day-trade margin. Read by the risk engine (:mod:`.risk`) and
seeded as ``productMargin`` rows (:mod:`.seed`). Illustrative figures of the right size, not a
broker's published table.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Final

__all__ = ["DEFAULT_MARGIN", "MARGINS", "Margin"]


@dataclass(frozen=True)
class Margin:
    """Per contract, USD: the exchange's initial and maintenance margins, Tradovate's day-trade margin."""

    initial: float
    maintenance: float
    day: float


# Illustrative figures of the right size (late 2026), not a broker's published table.
MARGINS: Final[dict[str, Margin]] = {
    "ES": Margin(24_200, 22_000, 500),
    "NQ": Margin(35_200, 32_000, 1_000),
    "MES": Margin(2_420, 2_200, 50),
    "MNQ": Margin(3_520, 3_200, 100),
    "RTY": Margin(11_000, 10_000, 500),
    "YM": Margin(13_200, 12_000, 500),
    "CL": Margin(6_600, 6_000, 500),
    "MCL": Margin(660, 600, 50),
    "NG": Margin(5_500, 5_000, 1_000),
    "GC": Margin(16_500, 15_000, 1_000),
    "MGC": Margin(1_650, 1_500, 100),
    "SI": Margin(22_000, 20_000, 1_000),
    "ZN": Margin(2_420, 2_200, 250),
    "ZB": Margin(5_500, 5_000, 500),
    "6E": Margin(3_300, 3_000, 500),
    "ZC": Margin(1_320, 1_200, 250),
}
DEFAULT_MARGIN: Final = Margin(5_500, 5_000, 500)  # a product not in the table
