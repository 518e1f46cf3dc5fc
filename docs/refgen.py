"""Writes the generated part of the API reference: the client namespaces, the models."""

from __future__ import annotations

import importlib
import pkgutil
from pathlib import Path


def _namespaces() -> list[tuple[str, str, str]]:
    """(module, sync class, async class) of every generated namespace."""
    package = importlib.import_module("tradovate_api._namespaces")
    found = []
    for info in sorted(pkgutil.iter_modules(package.__path__), key=lambda i: i.name):
        module = importlib.import_module(f"tradovate_api._namespaces.{info.name}")
        names = list(getattr(module, "__all__", []))
        sync = next((n for n in names if not n.startswith("Async")), None)
        if sync is not None:
            found.append((module.__name__, sync, f"Async{sync}"))
    return found


def write(out: Path) -> None:
    """The namespaces on one page (a section each) and the models on another. One page rather
    than one per namespace: the theme draws the whole navigation tree into every page, so 50
    more pages cost more than half of the build's time."""
    out.mkdir(parents=True, exist_ok=True)
    lines = [
        "# Client namespaces",
        "",
        "Every operation is a method of a namespace of the client object",
        "(`tv.orders.place(...)`); the async client has the same methods, awaited.",
        "",
    ]
    for module, sync, _async in _namespaces():
        attr = module.rsplit(".", 1)[1]
        lines += [
            f"## `tv.{attr}`",
            "",
            "```{eval-rst}",
            f".. autoclass:: {module}.{sync}",
            "   :members:",
            "   :inherited-members:",
            "```",
            "",
        ]
    written = {"namespaces.md", "models.md"}
    for stale in out.glob("*.md"):  # pages of an earlier layout would be orphans (a warning)
        if stale.name not in written:
            stale.unlink()
    _write(out / "namespaces.md", "\n".join(lines))
    models = importlib.import_module("tradovate_api.models")
    body = [
        "# Models",
        "",
        "Request bodies and answers: frozen values (`attrs.evolve` for a changed copy,",
        "`to_dict()` for the JSON object), one class per schema of the spec.",
        "",
        "```{eval-rst}",
    ]
    body += [f".. autoclass:: tradovate_api.models.{name}" for name in sorted(models.__all__)]
    body += ["```", ""]
    _write(out / "models.md", "\n".join(body))


def pictures(out: Path) -> None:
    """Draw the guides' pictures from the simulator: ``chart.png`` (the picture example, for the
    market-data guide) and ``demo.png`` (the demo's session, for the live-account guide)."""
    import asyncio  # noqa: PLC0415 - only the docs build draws pictures
    import contextlib  # noqa: PLC0415
    import io  # noqa: PLC0415
    import sys  # noqa: PLC0415

    out.mkdir(parents=True, exist_ok=True)
    sys.path.insert(0, str(Path(__file__).resolve().parent / "examples"))
    try:
        example = importlib.import_module("chart_picture")
    finally:
        sys.path.pop(0)
    with contextlib.redirect_stdout(io.StringIO()):
        asyncio.run(example.main(out / "chart.png"))
    # the demo's session (make demo), drawn as ``python -m tradovate.demo --png`` draws it
    from tradovate import demo, demo_picture  # noqa: PLC0415

    demo_picture.picture(asyncio.run(demo.run(seed=0, say=lambda _line: None)), out / "demo.png")


def _write(path: Path, text: str) -> None:
    if not path.exists() or path.read_text() != text:
        path.write_text(text)
