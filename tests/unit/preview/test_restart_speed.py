"""What makes a second start fast: caches `next dev` keeps in the workspace, time to write them
at stop, and a clock per step of the start (the bench prints it)."""

from __future__ import annotations

from pathlib import Path

from conftest import MakeFakeNode, run_preview, serve_recording

from l4ydesk.core.preview.local_server import LocalPreview
from l4ydesk.core.preview.workspace import NODE_CACHE_NAME

APP = {
    "package.json": b'{"name": "shop", "dependencies": {"next": "15.5.29"}}\n',
    "app/page.tsx": b"export default function Page() { return <main>Hi</main>; }\n",
}
STEPS = ["node", "sync", "env", "install", "spawn", "listening", "answered", "served"]


def serve_recording_env(log: Path) -> str:
    return serve_recording(log, "NODE_COMPILE_CACHE", "NEXT_EXIT_TIMEOUT_MS")


def test_next_dev_gets_a_compile_cache_in_the_workspace_and_time_to_save_its_own(
    fake_node: MakeFakeNode, tmp_path: Path
) -> None:
    log = tmp_path / "env.log"
    fake = fake_node(server=serve_recording_env(log))
    preview, _lines = run_preview(fake, tmp_path / "data", "shop", APP, stop_grace=3.0)
    assert isinstance(preview, LocalPreview)
    cache, exit_ms = log.read_text().split()
    assert Path(cache) == preview.workspace.root / NODE_CACHE_NAME
    # Longer than next dev's 100 ms (Turbopack writes its cache then), shorter than our grace.
    assert 100 < int(exit_ms) < 3000
    # An app's own file of that name is not written over the cache.
    report = preview.workspace.sync({**APP, f"{NODE_CACHE_NAME}/x": b"app's"})
    assert report.skipped == [f"{NODE_CACHE_NAME}/x"]


def test_every_step_of_a_start_is_timed_in_order(fake_node: MakeFakeNode, tmp_path: Path) -> None:
    fake = fake_node(server=serve_recording_env(tmp_path / "env.log"))
    data_dir = tmp_path / "data"
    first, _lines = run_preview(fake, data_dir, "shop", APP)
    second, _lines = run_preview(fake, data_dir, "shop", APP)
    for preview in (first, second):
        assert isinstance(preview, LocalPreview)
        phases = preview.timings.phases
        assert list(phases) == STEPS
        assert list(phases.values()) == sorted(phases.values())
        assert preview.timings.total is not None and phases["served"] <= preview.timings.total
    assert isinstance(second, LocalPreview) and second.timings.install is None
