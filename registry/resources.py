"""Where the app's resources are: the legal facts, the catalogues, the fonts, the window's
translations and the icons.

``resources/`` sits beside the packages wherever the app runs: in a checkout, in the
``site-packages`` of an installed wheel (package data of its own, listed in
``pyproject.toml``) and in the app folder of ``make bundle`` (``packaging/``). One path serves
all three, and every module that reads a resource asks it here.
"""

from __future__ import annotations

from pathlib import Path

RESOURCES = Path(__file__).resolve().parent.parent / "resources"
"""The folder of the resources."""

DESKTOP = RESOURCES / "desktop"
"""The app's place on a desktop: its icon (an SVG, and PNG renderings of it by size in the
layout of the freedesktop icon theme, ``hicolor/<n>x<n>/apps/``) and its desktop entry."""
