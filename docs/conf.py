"""Sphinx configuration of the docs site (``make docs``; warnings are errors).

Sphinx with the Furo theme and MyST Markdown: Sphinx is maintained and its autodoc reads our
docstrings and type hints directly; Furo is maintained and needs no JavaScript build; MyST
lets the guides be Markdown like the README. (MkDocs 1.x is unmaintained and Material for
MkDocs is in its final maintenance period — see CHANGELOG.md.)

The API reference of the 50-odd client namespaces and the models is written at build time by
:mod:`refgen` from the package itself, so a new operation or model appears without editing docs.
"""

from __future__ import annotations

import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

import refgen  # noqa: E402

project = "tradovate-partner"
author = "the tradovate-partner authors"
copyright = "2026, " + author
extensions = ["myst_parser", "sphinx.ext.autodoc", "sphinx.ext.napoleon", "sphinx.ext.intersphinx"]
source_suffix = {".md": "markdown", ".rst": "restructuredtext"}
exclude_patterns = ["_build", "examples/README.md"]
html_theme = "furo"
html_title = "tradovate-partner"
html_static_path: list[str] = []
exclude_patterns += ["_generated"]
myst_heading_anchors = 3
autodoc_member_order = "bysource"
autodoc_typehints = "description"
autodoc_typehints_format = "short"
autodoc_preserve_defaults = True
autodoc_default_options: dict[str, object] = {}
napoleon_google_docstring = True
napoleon_numpy_docstring = False
napoleon_use_ivar = True
intersphinx_mapping: dict[str, tuple[str, None]] = {}
nitpicky = False
suppress_warnings = ["myst.xref_missing"]

refgen.write(HERE / "reference" / "_generated")
refgen.pictures(HERE / "_generated")  # the guide's pictures, drawn from the simulator at every build
