"""Shared by the slow tests that install an app without a preview: the local preview's own
installer (manager from the lockfile, the run's shared package cache, install scripts off)."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

from l4ydesk.core.preview.installer import Installer, InstallResult
from l4ydesk.core.preview.node import find_node
from l4ydesk.core.preview.workspace import PreviewWorkspace


async def install(
    workspace: PreviewWorkspace,
    data_dir: Path,
    *,
    allow_scripts: bool = False,
    note: Callable[[str], None] = lambda _text: None,
    timeout: float = 900,
) -> tuple[Any, InstallResult]:
    """Install the workspace's packages as a preview start would (skipped when up to date);
    returns the Node.js runtime and the installer's result."""
    runtime = await find_node()
    installer = Installer(
        workspace,
        data_dir,
        emit=lambda _stream, _text: None,
        note=note,
        timeout=timeout,
        stop_grace=5,
        allow_scripts=allow_scripts,
    )
    return runtime, await installer.install_if_needed(runtime, installer.plan())
