"""Shared by the scaffold tests: the sample app imported into a real store and connected, and
wiring edits applied in turn.

Connect's own path: the analyzer's detections become a plan, the Connector executes it, so
the links carry the item keys and evidence files a user's Connect run would leave.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Sequence
from pathlib import Path

from l4ydesk.app import sample_app_dir
from l4ydesk.core.analyzer.incremental import IncrementalAnalyzer
from l4ydesk.core.apps import AppCatalog
from l4ydesk.core.connections import ConnectionPlan, Connector, item_for_detection
from l4ydesk.core.transfer import FileTransfer
from l4ydesk.core.vfs import VirtualFileSystem
from l4ydesk.storage.db import Store

CONNECTED_TYPES = ("product", "form", "checkout")


def connected_sample(
    store: Store,
    types: Iterable[str] = CONNECTED_TYPES,
    name: str = "Harbor & Pine",
    folder: Path | None = None,
) -> int:
    """A new app with the sample's files (or `folder`'s) whose detections of `types` are
    connected."""
    app_id = AppCatalog(store).create(name).app_id
    vfs = VirtualFileSystem(store, max_file_bytes=4 * 1024 * 1024)
    FileTransfer(vfs).import_folder(app_id, folder or sample_app_dir())
    report = IncrementalAnalyzer().analyze(vfs.read_all(app_id))
    wanted = set(types)
    items = [item_for_detection(d) for d in report.detections if d.type_key in wanted]
    unique = {item.item_key: item for item in items}
    Connector(store).execute_plan(ConnectionPlan(app_id=app_id, items=list(unique.values())))
    return app_id


def line_of(data: bytes, needle: bytes) -> int:
    """The line `needle` starts on (each wiring edit may add an import line above it)."""
    return data[: data.index(needle)].count(b"\n") + 1


def wired_in_order(data: bytes, steps: Sequence[Callable[[bytes], bytes | str]]) -> bytes:
    """`data` after each wiring step in turn; a step that refuses fails with its reason."""
    for step in steps:
        out = step(data)
        assert isinstance(out, bytes), out
        data = out
    return data
