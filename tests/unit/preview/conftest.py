"""A fake Node.js for preview tests: a shell script that plays node, npm and `next dev`.

It answers `--version` with the version it was made with, runs "npm" by calling the test's
script for npm (recording each call), and runs "next dev" by calling the script for the server,
so every failure path of the local preview can be tested in milliseconds without npm.
"""

from __future__ import annotations

import os
import signal
import stat
import sys
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path

import pytest

if sys.platform == "win32":  # the fakes are POSIX shell scripts
    pytest.skip("POSIX only", allow_module_level=True)

FAKE_NODE = """#!/bin/sh
export PIDS="{pids}"
if [ "$1" = "--version" ]; then
  {version}
fi
case "$1" in
  *npm-cli.js)
    shift
    echo "$1" >> "{log}"
    {npm}
    ;;
  */next)
    port="$6"
    echo $$ > "{pids}/server"
    {server}
    ;;
esac
echo "fake node: unexpected arguments $*" >&2
exit 97
"""

INSTALL_NEXT = (
    "mkdir -p node_modules/next/dist/bin && touch node_modules/next/dist/bin/next; exit 0"
)


@dataclass
class FakeNode:
    """Where the fake lives and what it recorded."""

    prefix: Path
    node: Path
    npm_log: Path
    pids: Path

    def npm_calls(self) -> list[str]:
        if not self.npm_log.exists():
            return []
        return self.npm_log.read_text().split()

    def pid(self, name: str) -> int | None:
        """The pid a script recorded under `name` (None until it is fully written)."""
        try:
            return int((self.pids / name).read_text())
        except (FileNotFoundError, ValueError):
            return None


MakeFakeNode = Callable[..., FakeNode]


def serve_recording(log: Path, *names: str) -> str:
    """A fake `next dev` that notes the variables `names` it was given, then serves HTTP."""
    values = " ".join(f"${name}" for name in names)
    return (
        f'echo "{values}" >> "{log}"; '
        f'exec "{sys.executable}" -m http.server "$port" --bind 127.0.0.1'
    )


def make_script(path: Path, text: str) -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(text)
    path.chmod(path.stat().st_mode | stat.S_IXUSR | stat.S_IXGRP | stat.S_IXOTH)
    return path


@pytest.fixture
def fake_node(tmp_path: Path) -> Iterator[MakeFakeNode]:
    """Build a fake Node.js install; kills anything its scripts left behind after the test."""
    made: list[FakeNode] = []

    def make(
        version: str = "v20.11.1",
        npm: str = INSTALL_NEXT,
        server: str = "exit 3",
        with_npm: bool = True,
        name: str = "node-prefix",
    ) -> FakeNode:
        prefix = tmp_path / name
        pids = prefix / "pids"
        pids.mkdir(parents=True)
        log = prefix / "npm-calls.log"
        version_line = f'echo "{version}"; exit 0' if version else "exit 0"
        node = make_script(
            prefix / "bin" / "node",
            FAKE_NODE.format(version=version_line, log=log, pids=pids, npm=npm, server=server),
        )
        if with_npm:
            make_script(prefix / "lib/node_modules/npm/bin/npm-cli.js", "// fake npm\n")
        fake = FakeNode(prefix, node, log, pids)
        made.append(fake)
        return fake

    yield make
    leftovers = []
    for fake in made:
        for path in fake.pids.iterdir():
            pid = fake.pid(path.name)
            if pid is not None and alive(pid):
                os.kill(pid, signal.SIGKILL)
                leftovers.append(f"{path.name} (pid {pid})")
    assert not leftovers, f"processes left running: {leftovers}"


def alive(pid: int) -> bool:
    """Whether `pid` runs; a zombie (exited, not yet reaped by init) counts as gone."""
    if not Path("/proc/self/stat").exists():  # macOS: ask the kernel
        try:
            os.kill(pid, 0)
        except ProcessLookupError:
            return False
        return True
    try:
        state = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()[0]
    except FileNotFoundError:
        return False
    return state not in ("Z", "X")


def gone_soon(*pids: int, within: float = 5.0) -> bool:
    """Whether every pid has ended within `within` seconds: a process group's members get the
    signal together but exit one by one, and a loaded machine may take a moment."""
    import time

    deadline = time.monotonic() + within
    while any(alive(pid) for pid in pids):
        if time.monotonic() > deadline:
            return False
        time.sleep(0.02)
    return True


def run_preview(
    fake: FakeNode, data_dir: Path, slug: str, files: dict[str, bytes], **options: object
) -> tuple[object, list[object]]:
    """Start the preview of `files` on the fake Node.js, then stop it; returns the preview and
    every output line it gave."""
    import asyncio

    from l4ydesk.core.preview.local_server import LocalPreview
    from l4ydesk.core.preview.workspace import PreviewWorkspace, workspace_dir

    lines: list[object] = []
    preview = LocalPreview(
        PreviewWorkspace(workspace_dir(data_dir, slug)),
        data_dir,
        node_path=fake.node,
        on_output=lines.append,
        **options,  # type: ignore[arg-type]
    )

    async def scenario() -> None:
        try:
            await preview.start(files)
        finally:
            await preview.stop()

    asyncio.run(scenario())
    return preview, lines
