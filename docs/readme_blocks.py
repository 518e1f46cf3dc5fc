"""Write every ``python`` code block of README.md as a module, for ``mypy --strict`` (make typecheck)."""

from __future__ import annotations

import re
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def main(out: Path) -> int:
    out.mkdir(parents=True, exist_ok=True)
    for old in out.glob("readme_*.py"):
        old.unlink()
    blocks = re.findall(r"```python\n(.*?)```", (ROOT / "README.md").read_text(), re.S)
    for n, block in enumerate(blocks):
        (out / f"readme_{n}.py").write_text(block)
    print(f"{len(blocks)} README examples in {out}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main(Path(sys.argv[1])))
