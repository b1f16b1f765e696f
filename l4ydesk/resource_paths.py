"""Where l4ydesk's resources (sample app, inspector scripts) are: inside the installed package,
or, in a source checkout, in the top-level resources/ folder.

A wheel carries them as package data (setup.py copies resources/ into l4ydesk/resources/ at
build time), so `pip install l4ydesk-*.whl` works without the source tree.
"""

from __future__ import annotations

from pathlib import Path

_PACKAGE = Path(__file__).resolve().parent
_INSTALLED = _PACKAGE / "resources"
_SOURCE_TREE = _PACKAGE.parent / "resources"


def resources_dir() -> Path:
    return _INSTALLED if _INSTALLED.is_dir() else _SOURCE_TREE


def resource(*parts: str) -> Path:
    return resources_dir().joinpath(*parts)
