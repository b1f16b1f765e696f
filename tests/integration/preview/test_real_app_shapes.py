"""The local preview on the shapes real v0 apps come in, each a small project in tests/data.

A pnpm lockfile, a peer-dependency conflict under npm, Next.js 14 with React 18 and Tailwind 3,
Next.js 16 with Turbopack and Tailwind 4, and a Pages Router app: each installs with its own
package manager, starts, and serves a page whose elements carry source tags. Slow (installs from
the npm registry); one data dir for the whole module, so the package caches are shared.
"""

from __future__ import annotations

import io
import json
import os
import re
import tarfile
from collections.abc import Callable
from pathlib import Path

import httpx
import pytest

from l4ydesk.core.preview.local_server import LocalPreview, OutputLine
from l4ydesk.core.preview.workspace import PreviewWorkspace, workspace_dir
from tests.preview_support import install

pytestmark = pytest.mark.slow

APPS = Path(__file__).resolve().parents[2] / "data" / "preview_apps"
SECRET = "l4y-test-secret-value"


@pytest.fixture(scope="module")
def data_dir(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return tmp_path_factory.mktemp("preview-data")


def app_files(name: str) -> dict[str, bytes]:
    root = APPS / name
    return {p.relative_to(root).as_posix(): p.read_bytes() for p in root.rglob("*") if p.is_file()}


Served = tuple[LocalPreview, str, list[str]]


async def serve(
    data_dir: Path, name: str, path: str = "/", check: Callable[[LocalPreview], None] | None = None
) -> Served:
    """Start app `name`, GET `path`; returns the stopped preview, the page and console lines."""
    lines: list[OutputLine] = []
    preview = LocalPreview.for_app(
        data_dir, name, on_output=lines.append, install_timeout=600, ready_timeout=240
    )
    try:
        url = await preview.start(app_files(name))
        async with httpx.AsyncClient(trust_env=False, timeout=180) as client:
            response = await client.get(url + path)
            page = response.text
            assert response.status_code == 200, page[-2000:]
            for href in re.findall(r'<link rel="stylesheet" href="([^"]+)"', page):
                page += (await client.get(url + href)).text
        if check is not None:
            check(preview)
    finally:
        await preview.stop()
    return preview, page, [line.text for line in lines]


async def install_app(data_dir: Path, name: str) -> None:
    """What a preview's start does before `next dev`: write the app's files, install if needed."""
    workspace = PreviewWorkspace(workspace_dir(data_dir, name))
    workspace.sync(app_files(name))
    await install(workspace, data_dir, timeout=600)


async def test_a_pnpm_lockfile_installs_with_pnpm_frozen(data_dir: Path) -> None:
    preview, page, console = await serve(data_dir, "pnpm-lockfile")
    assert preview.package_manager_name == "pnpm"
    assert "$ pnpm install --frozen-lockfile --ignore-scripts" in console
    assert not any("does not match package.json" in line for line in console)
    assert (preview.workspace.root / "node_modules" / ".pnpm").is_dir()
    assert '<h1 data-l4y-src="app/page.jsx:4:7">' in page


async def test_another_app_with_the_same_packages_installs_offline(
    data_dir: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    # Once one app is installed (here or by the test above: then this install is skipped),
    # the store holds every package, and a registry nobody answers at must not matter to the
    # next app (the refused port fails fast instead of waiting for a timeout). Only the
    # install matters here, so the first app's dev server is not started again.
    await install_app(data_dir, "pnpm-lockfile")
    monkeypatch.setenv("NPM_CONFIG_REGISTRY", "http://127.0.0.1:9/")
    files = app_files("pnpm-lockfile")
    preview = LocalPreview.for_app(data_dir, "pnpm-offline-copy", install_timeout=300)
    try:
        await preview.start(files)
        assert preview.timings.install is not None
    finally:
        await preview.stop()


async def test_a_next_app_in_a_folder_of_its_repository_runs_there(data_dir: Path) -> None:
    # the pnpm app (its packages are in the store by now) kept in frontend/ under a root
    # package.json that only runs scripts, beside a backend/ of its own
    files = {
        "package.json": b'{"scripts": {"dev": "pnpm --dir frontend dev"}}',
        "backend/package.json": b'{"dependencies": {"express": "5.1.0"}}',
        **{f"frontend/{path}": data for path, data in app_files("pnpm-lockfile").items()},
    }
    lines: list[OutputLine] = []
    preview = LocalPreview.for_app(data_dir, "two-folders", on_output=lines.append)
    try:
        url = await preview.start(files)
        async with httpx.AsyncClient(trust_env=False, timeout=180) as client:
            page = (await client.get(url)).text
    finally:
        await preview.stop()
    assert preview.app_folder == "frontend"
    assert '<h1 data-l4y-src="frontend/app/page.jsx:4:7">' in page  # the stored file's path
    assert any("keeps its Next.js app in frontend/" in line.text for line in lines)


async def test_a_peer_conflict_does_not_stop_npm_and_is_named(data_dir: Path) -> None:
    preview, page, console = await serve(data_dir, "peer-conflict")
    assert preview.package_manager_name == "npm"
    named = [line for line in console if line.startswith("Peer dependencies conflict")]
    assert named and "vaul@0.9.9 wants react@" in named[0], console[-30:]
    assert any(line.endswith("--legacy-peer-deps --ignore-scripts") for line in console)
    assert '<h1 data-l4y-src="app/page.jsx:4:7">' in page


async def test_next14_with_react18_and_tailwind3(data_dir: Path) -> None:
    preview, page, _console = await serve(data_dir, "next14-react18")
    assert preview.bundler == "webpack"  # Next 14's Turbopack is experimental
    assert '<main data-l4y-src="app/page.jsx:3:5" class="p-8">' in page
    assert ".text-3xl" in page  # Tailwind 3 generated the utility into the stylesheet


async def test_next16_with_turbopack_and_tailwind4(data_dir: Path) -> None:
    preview, page, _console = await serve(data_dir, "next16-tailwind4")
    assert preview.bundler == "Turbopack"
    assert '<h1 data-l4y-src="app/page.jsx:4:7" class="text-emerald-700 underline">' in page
    assert ".text-emerald-700" in page  # @import "tailwindcss" was compiled by Tailwind 4


async def test_a_pages_router_app_with_a_minimal_environment(
    data_dir: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("L4Y_TEST_API_KEY", SECRET)
    environ: list[bytes] = []

    def read_environ(preview: LocalPreview) -> None:
        assert preview.server_pid is not None
        environ.append(Path(f"/proc/{preview.server_pid}/environ").read_bytes())

    check = read_environ if Path("/proc/self/environ").exists() else None
    _preview, page, _console = await serve(data_dir, "pages-router", check=check)
    assert '<div data-l4y-src="pages/_app.jsx:3:5" id="shell">' in page
    assert '<section data-l4y-src="pages/index.jsx:3:5">' in page
    if environ:
        assert SECRET.encode() not in environ[0]
        assert b"PATH=" in environ[0]
    assert os.environ["L4Y_TEST_API_KEY"] == SECRET


async def test_install_scripts_run_only_when_the_app_allows_them(tmp_path: Path) -> None:
    from l4ydesk.core.preview.installer import Installer
    from l4ydesk.core.preview.node import find_node
    from l4ydesk.core.preview.workspace import PreviewWorkspace

    # A tarball, as from the registry (a `file:` folder would be linked, not installed).
    script = "node -e \"require('fs').writeFileSync('ran.txt', 'yes')\""
    manifest = {"name": "native-thing", "version": "1.0.0", "scripts": {"postinstall": script}}
    buffer = io.BytesIO()
    with tarfile.open(fileobj=buffer, mode="w:gz") as archive:
        data = json.dumps(manifest).encode()
        entry = tarfile.TarInfo("package/package.json")
        entry.size = len(data)
        archive.addfile(entry, io.BytesIO(data))
    files = {
        "package.json": json.dumps(
            {"name": "scripts-app", "dependencies": {"native-thing": "file:./native-thing.tgz"}}
        ).encode(),
        "native-thing.tgz": buffer.getvalue(),
    }
    runtime = await find_node()
    notes: list[str] = []
    for allowed in (False, True):
        workspace = PreviewWorkspace(tmp_path / f"app-{allowed}")
        workspace.sync(files)
        installer = Installer(
            workspace,
            tmp_path / "data",
            emit=lambda _stream, _text: None,
            note=notes.append,
            timeout=300,
            stop_grace=5,
            allow_scripts=allowed,
        )
        result = await installer.install_if_needed(runtime, installer.plan())
        ran = (workspace.root / "node_modules" / "native-thing" / "ran.txt").exists()
        assert ran is allowed
        assert result.skipped_scripts == (() if allowed else ("native-thing",))
    assert any("1 package has one that did not run (native-thing)" in note for note in notes)


async def test_the_apps_environment_variables_reach_its_page(data_dir: Path) -> None:
    # A server component that reads a variable, as a Supabase client does; the value is what
    # the user saved for this app (the controller loads it from the keyring).
    files = app_files("pnpm-lockfile")
    files["app/page.jsx"] = (
        b"export default function Page() {\n"
        b"  return <main><h1>{process.env.L4Y_GREETING ?? 'no greeting'}</h1></main>\n}\n"
    )
    lines: list[OutputLine] = []
    preview = LocalPreview.for_app(
        data_dir,
        "env-app",
        on_output=lines.append,
        install_timeout=600,
        ready_timeout=240,
        app_env={"L4Y_GREETING": "Hello from the keyring"},
    )
    try:
        url = await preview.start(files)
        async with httpx.AsyncClient(trust_env=False, timeout=180) as client:
            page = (await client.get(url + "/")).text
    finally:
        await preview.stop()
    assert "Hello from the keyring</h1>" in page
    assert [var.name for var in preview.needed_env] == ["L4Y_GREETING"]
    assert not any(line.kind == "env-unset" for line in lines)
