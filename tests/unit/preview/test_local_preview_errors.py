"""LocalPreview with a fake Node.js: install decisions, every failure as a sentence, clean stops."""

from __future__ import annotations

import asyncio
import socket
import sys
import time
from collections.abc import Awaitable, Callable
from pathlib import Path
from typing import Any, Protocol, TypeVar

import httpx
import pytest
from conftest import INSTALL_NEXT, FakeNode, MakeFakeNode, alive, gone_soon

from l4ydesk.core.preview.errors import (
    InstallFailedError,
    NotReadyError,
    NotRunnableError,
    PortTakenError,
    PreviewStoppedError,
    ServerExitedError,
)
from l4ydesk.core.preview.local_server import LocalPreview, OutputLine
from l4ydesk.core.preview.probe import free_port, http_answers
from l4ydesk.core.preview.workspace import PreviewWorkspace, workspace_dir

T = TypeVar("T")
APP = {
    "package.json": b'{"name": "shop", "dependencies": {"next": "15.5.29"}}\n',
    "app/page.tsx": b"export default function Page() { return <main>Hi</main>; }\n",
}
LOCKED_APP = {**APP, "package-lock.json": b'{"lockfileVersion": 3}\n'}
# A real HTTP server stands in for `next dev`, so readiness is checked over real HTTP.
HTTP_SERVER = f'exec "{sys.executable}" -m http.server "$port" --bind 127.0.0.1'
MakePreview = Callable[..., LocalPreview]


class Run(Protocol):
    def __call__(self, coro: Awaitable[T]) -> T: ...


@pytest.fixture
def data_dir(tmp_path: Path) -> Path:
    return tmp_path / "data"


@pytest.fixture
def lines() -> list[OutputLine]:
    return []


@pytest.fixture
def previews() -> list[LocalPreview]:
    return []


@pytest.fixture
def make_preview(
    data_dir: Path, lines: list[OutputLine], previews: list[LocalPreview]
) -> MakePreview:
    def make(fake: FakeNode, **options: Any) -> LocalPreview:
        preview = LocalPreview(
            PreviewWorkspace(workspace_dir(data_dir, "shop")),
            data_dir,
            node_path=fake.node,
            on_output=lines.append,
            **options,
        )
        previews.append(preview)
        return preview

    return make


@pytest.fixture
def run(previews: list[LocalPreview]) -> Run:
    """Run a scenario on a fresh loop; whatever happens, stop its previews on that loop."""

    def run_scenario(coro: Awaitable[T]) -> T:
        async def main() -> T:
            try:
                return await coro
            finally:
                for preview in previews:
                    await preview.stop()

        return asyncio.run(main())

    return run_scenario


def test_start_install_serve_and_stop(
    fake_node: MakeFakeNode, make_preview: MakePreview, run: Run, lines: list[OutputLine]
) -> None:
    fake = fake_node(server=HTTP_SERVER)
    preview = make_preview(fake)

    async def scenario() -> None:
        url = await preview.start(LOCKED_APP)
        assert url == f"http://127.0.0.1:{preview.port}"
        assert preview.running
        async with httpx.AsyncClient(trust_env=False) as client:
            response = await client.get(url + "/app/page.tsx")
        assert 'data-l4y-src="app/page.tsx:1:41"' in response.text
        assert preview.timings.install is not None and preview.timings.ready is not None
        pid = preview.server_pid
        assert pid is not None
        await preview.stop()
        assert not preview.running and preview.url is None
        assert not alive(pid)
        await preview.stop()  # idempotent

    run(scenario())
    assert fake.npm_calls() == ["ci"]
    workspace = preview.workspace.root
    npm_args = [line.text for line in lines if line.source == "install"]
    assert npm_args[0] == "$ npm ci --ignore-scripts"
    assert (workspace / ".l4y-install.json").is_file()
    assert any("GET /app/page.tsx" in line.text for line in lines if line.source == "server")


def test_second_start_reuses_the_installation(
    fake_node: MakeFakeNode, make_preview: MakePreview, run: Run
) -> None:
    fake = fake_node(server=HTTP_SERVER)

    async def twice() -> None:
        first = make_preview(fake)
        await first.start(APP)
        await first.stop()
        second = make_preview(fake)
        await second.start(APP)
        assert second.timings.install is None
        await second.stop()
        changed = {**APP, "package.json": APP["package.json"].replace(b"15.5.29", b"15.5.30")}
        third = make_preview(fake)
        await third.start(changed)
        assert third.timings.install is not None
        await third.stop()

    run(twice())
    assert fake.npm_calls() == ["install", "install"]  # no lockfile: npm install


# npm ci names the mismatch first; a real one then lists every missing package and its usage
# help, so the reason can sit far above the last lines it printed.
_MISSING_LIST = (
    'i=0; while [ $i -lt 700 ]; do echo "npm error Missing: pkg-$i@1.0.0 from lock file" >&2; '
    "i=$((i+1)); done; "
)


@pytest.mark.parametrize("after", ["", _MISSING_LIST], ids=["short", "long-list-after"])
def test_an_out_of_sync_lockfile_falls_back_to_npm_install(
    fake_node: MakeFakeNode,
    make_preview: MakePreview,
    run: Run,
    lines: list[OutputLine],
    after: str,
) -> None:
    npm = (
        'if [ "$1" = ci ]; then echo "npm error \\`npm ci\\` can only install packages when '
        f'your package.json and package-lock.json are in sync." >&2; {after}exit 1; fi; '
        + INSTALL_NEXT
    )
    fake = fake_node(npm=npm, server=HTTP_SERVER)
    preview = make_preview(fake)

    async def scenario() -> None:
        await preview.start(LOCKED_APP)
        await preview.stop()

    run(scenario())
    assert fake.npm_calls() == ["ci", "install"]
    assert any(
        "lockfile (package-lock.json) does not match package.json" in line.text for line in lines
    )


def test_install_failure_carries_npm_error_lines(
    fake_node: MakeFakeNode, make_preview: MakePreview, run: Run
) -> None:
    npm = (
        'echo "added 0 packages"; '
        'echo "npm error code E404" >&2; '
        'echo "npm error 404 Not Found - GET https://registry.npmjs.org/nxet" >&2; exit 1'
    )
    fake = fake_node(npm=npm)
    preview = make_preview(fake)
    with pytest.raises(InstallFailedError) as caught:
        run(preview.start(LOCKED_APP))
    message = str(caught.value)
    assert message.startswith(
        "npm could not install the app's packages (npm ci --ignore-scripts exited with code 1)."
    )
    assert "npm error 404 Not Found" in message
    assert caught.value.tail == (
        "npm error code E404",
        "npm error 404 Not Found - GET https://registry.npmjs.org/nxet",
    )
    assert not (preview.workspace.root / ".l4y-install.json").exists()
    with pytest.raises(InstallFailedError):
        run(preview.start(LOCKED_APP))
    assert fake.npm_calls() == ["ci", "ci"]  # a failed install is tried again


def test_a_withdrawn_package_is_named(
    fake_node: MakeFakeNode, make_preview: MakePreview, run: Run
) -> None:
    # what npm 11 prints when the lockfile pins a tarball the registry no longer serves
    npm = (
        'echo "npm error code E404" >&2; '
        'echo "npm error 404 Not Found - GET https://registry.npmjs.org/@acme/pay-core/-/'
        'pay-core-2.4.0.tgz" >&2; exit 1'
    )
    preview = make_preview(fake_node(npm=npm))
    with pytest.raises(InstallFailedError) as caught:
        run(preview.start(LOCKED_APP))
    assert "@acme/pay-core 2.4.0 is not on the package registry" in str(caught.value)
    assert caught.value.tail[-1].endswith("pay-core-2.4.0.tgz")


def test_a_port_that_is_taken(fake_node: MakeFakeNode, make_preview: MakePreview, run: Run) -> None:
    fake = fake_node(server=HTTP_SERVER)
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as other:
        other.bind(("127.0.0.1", 0))
        other.listen()
        port = other.getsockname()[1]
        preview = make_preview(fake, port=port)
        with pytest.raises(PortTakenError) as caught:
            run(preview.start(APP))
    assert caught.value.port == port
    assert str(caught.value).startswith(f"Port {port} on this computer is already in use")
    assert fake.npm_calls() == []  # refused before any slow work
    assert fake.pid("server") is None


def test_a_server_that_reports_the_port_in_use(
    fake_node: MakeFakeNode, make_preview: MakePreview, run: Run
) -> None:
    server = 'echo "Error: listen EADDRINUSE: address already in use 127.0.0.1:$port" >&2; exit 1'
    preview = make_preview(fake_node(server=server))
    with pytest.raises(PortTakenError):
        run(preview.start(APP))


def test_a_server_that_exits_early_shows_its_last_lines(
    fake_node: MakeFakeNode, make_preview: MakePreview, run: Run
) -> None:
    server = (
        'echo "   ▲ Next.js 15.5.29"; '
        "echo \"Error: Cannot find module 'react'\" >&2; "
        'echo "    at Module._resolveFilename" >&2; exit 1'
    )
    preview = make_preview(fake_node(server=server))
    with pytest.raises(ServerExitedError) as caught:
        run(preview.start(APP))
    assert caught.value.returncode == 1
    message = str(caught.value)
    assert message.startswith("The preview server stopped before it was ready (exit code 1).")
    assert "Error: Cannot find module 'react'" in message
    assert "   ▲ Next.js 15.5.29" in caught.value.tail
    assert caught.value.command is not None and caught.value.command.startswith("next dev")


def test_a_server_that_never_answers_is_stopped_with_its_helpers(
    fake_node: MakeFakeNode, make_preview: MakePreview, run: Run
) -> None:
    server = 'sleep 60 & echo $! > "$PIDS/helper"; echo "compiling forever"; exec sleep 60'
    fake = fake_node(server=server)
    preview = make_preview(fake, ready_timeout=1.0)
    started = time.monotonic()
    with pytest.raises(NotReadyError) as caught:
        run(preview.start(APP))
    assert time.monotonic() - started < 15
    assert str(caught.value).startswith("The preview server did not answer within 1 seconds.")
    assert "compiling forever" in str(caught.value)
    assert caught.value.command is not None and caught.value.command.startswith("next dev")
    server_pid, helper_pid = fake.pid("server"), fake.pid("helper")
    assert server_pid is not None and helper_pid is not None
    assert gone_soon(server_pid, helper_pid)


def test_stop_kills_a_server_that_ignores_sigterm(
    fake_node: MakeFakeNode, make_preview: MakePreview, run: Run
) -> None:
    server = f'trap \'\' TERM; "{sys.executable}" -m http.server "$port" --bind 127.0.0.1'
    fake = fake_node(server=server)
    preview = make_preview(fake, stop_grace=0.5)

    async def scenario() -> float:
        await preview.start(APP)
        started = time.monotonic()
        await preview.stop()
        return time.monotonic() - started

    took = run(scenario())
    assert 0.5 <= took < 10
    server_pid = fake.pid("server")
    assert server_pid is not None and not alive(server_pid)


def test_stop_during_install_ends_npm(
    fake_node: MakeFakeNode, make_preview: MakePreview, run: Run
) -> None:
    npm = 'echo $$ > "$PIDS/npm"; sleep 60 & echo $! > "$PIDS/npm-helper"; wait'
    fake = fake_node(npm=npm)
    preview = make_preview(fake)

    async def scenario() -> None:
        starting = asyncio.create_task(preview.start(APP))
        deadline = time.monotonic() + 10
        while fake.pid("npm-helper") is None and not starting.done():
            assert time.monotonic() < deadline, "npm never started"
            await asyncio.sleep(0.02)
        await preview.stop()
        with pytest.raises(PreviewStoppedError):
            await starting

    run(scenario())
    for name in ("npm", "npm-helper"):
        pid = fake.pid(name)
        assert pid is not None and not alive(pid), name


def test_an_app_without_package_json(
    fake_node: MakeFakeNode, make_preview: MakePreview, run: Run
) -> None:
    preview = make_preview(fake_node())
    with pytest.raises(NotRunnableError, match=r"no package\.json"):
        run(preview.start({"index.html": b"<p>hi</p>"}))


def test_an_app_kept_in_a_subfolder_is_named(
    fake_node: MakeFakeNode, make_preview: MakePreview, run: Run
) -> None:
    preview = make_preview(fake_node())
    files = {"README.md": b"# see web/", "web/package.json": b"{}", "web/app/page.tsx": b""}
    with pytest.raises(NotRunnableError, match=r"Its package\.json is in web/: that folder is"):
        run(preview.start(files))


def test_packages_without_nextjs(
    fake_node: MakeFakeNode, make_preview: MakePreview, run: Run
) -> None:
    preview = make_preview(fake_node(npm="exit 0"))
    with pytest.raises(NotRunnableError, match='Add "next" to the dependencies'):
        run(preview.start(APP))


def test_a_next_app_below_a_script_only_root_runs_from_its_folder(
    fake_node: MakeFakeNode, make_preview: MakePreview, run: Run, lines: list[OutputLine]
) -> None:
    # a repository whose top package.json only runs scripts in frontend/ and backend/, whose
    # Next.js app breaks on the server: the preview runs frontend/, and every path it gives
    # back (tags, the error's file) is the stored one, so clicks and "Open" find the file
    error = (
        "printf ' ⨯ ReferenceError: window is not defined\\n    at Hero (app/page.tsx:1:43)"
        "\\n GET / 500 in 80ms\\n' >&2; "
    )
    preview = make_preview(fake_node(server=error + HTTP_SERVER))
    files = {
        "package.json": b'{"name": "both", "scripts": {"dev": "npm --prefix frontend run dev"}}',
        "backend/package.json": b'{"dependencies": {"express": "5.1.0"}}',
        "backend/server.js": b"require('express')().listen(4000)\n",
        "frontend/package.json": b'{"dependencies": {"next": "16.0.0", "react": "19.2.0"}}',
        "frontend/app/page.tsx": b"export default function Page() { return <main>Hi</main> }\n",
    }

    async def scenario() -> str:
        url = await preview.start(files)
        deadline = time.monotonic() + 10
        while not [line for line in lines if line.kind == "app-error"]:
            assert time.monotonic() < deadline, "the sentence should have been said"
            await asyncio.sleep(0.05)
        edited = {**files, "frontend/app/page.tsx": files["frontend/app/page.tsx"] + b"//\n"}
        report = await preview.sync_files(edited)
        assert report.written == ["app/page.tsx"]  # a hot reload of the folder's own file
        await preview.stop()
        return url

    url = run(scenario())
    assert url.startswith("http://127.0.0.1:")
    root = preview.workspace.root
    assert b'"next"' in (root / "package.json").read_bytes()  # frontend's, at the top
    assert not (root / "backend").exists()
    page = (root / "app/page.tsx").read_text()
    assert 'data-l4y-src="frontend/app/page.tsx:1:' in page
    said = [line.text for line in lines if line.source == "l4ydesk"]
    assert said[0].startswith("This repository keeps its Next.js app in frontend/")
    errors = [line for line in lines if line.kind == "app-error"]
    assert errors[0].text.startswith("The page stops on the server at frontend/app/page.tsx,")
    assert (errors[0].path, errors[0].line) == ("frontend/app/page.tsx", 1)


def test_sync_files_updates_a_running_preview(
    fake_node: MakeFakeNode, make_preview: MakePreview, run: Run, lines: list[OutputLine]
) -> None:
    preview = make_preview(fake_node(server=HTTP_SERVER))

    async def scenario() -> None:
        url = await preview.start(APP)
        edited = {**APP, "app/page.tsx": APP["app/page.tsx"].replace(b"Hi", b"Hello")}
        report = await preview.sync_files({**edited, "app/bad.tsx": b"<div"})
        assert report.written == ["app/bad.tsx", "app/page.tsx"]
        assert not report.dependencies_changed
        async with httpx.AsyncClient(trust_env=False) as client:
            response = await client.get(url + "/app/page.tsx")
        assert "Hello" in response.text
        assert await preview.start(edited) == url  # already running: just a sync
        await preview.stop()

    run(scenario())
    assert any(line.source == "l4ydesk" and "app/bad.tsx" in line.text for line in lines)


def test_a_broken_output_callback_does_not_stop_the_preview(
    fake_node: MakeFakeNode, data_dir: Path, previews: list[LocalPreview], run: Run
) -> None:
    def explode(_line: OutputLine) -> None:
        raise RuntimeError("console panel is gone")

    fake = fake_node(server=HTTP_SERVER)
    preview = LocalPreview(
        PreviewWorkspace(workspace_dir(data_dir, "shop")),
        data_dir,
        node_path=fake.node,
        on_output=explode,
    )
    previews.append(preview)

    async def scenario() -> None:
        await preview.start(APP)
        assert preview.running
        await preview.stop()

    run(scenario())


def test_restart_after_a_dependency_change_installs_again(
    fake_node: MakeFakeNode, make_preview: MakePreview, run: Run
) -> None:
    fake = fake_node(server=HTTP_SERVER)
    preview = make_preview(fake)

    async def scenario() -> None:
        first_url = await preview.start(LOCKED_APP)
        first_pid = preview.server_pid
        changed = {**LOCKED_APP, "package-lock.json": b'{"lockfileVersion": 3, "x": 1}\n'}
        report = await preview.sync_files(changed)
        assert report.dependencies_changed
        await preview.restart(changed)
        assert preview.running and preview.url is not None and first_pid is not None
        assert preview.server_pid != first_pid and not alive(first_pid)
        assert preview.timings.install is not None
        assert first_url.startswith("http://127.0.0.1:")
        await preview.stop()

    run(scenario())
    assert fake.npm_calls() == ["ci", "ci"]


@pytest.mark.parametrize(
    ("reply", "answers"),
    [
        (b"HTTP/1.1 500 Internal Server Error\r\ncontent-length: 2\r\n\r\nno", True),
        (b"HTTP/1.1 404 Not Found\r\n\r\n", True),
        (b"", False),  # accepted and closed: still starting
        (b"SSH-2.0-OpenSSH_9.6\r\n", False),  # something else owns the port
    ],
)
def test_readiness_means_any_http_status(reply: bytes, answers: bool) -> None:
    async def scenario() -> tuple[bool, bytes]:
        received: list[bytes] = []

        async def handle(reader: asyncio.StreamReader, writer: asyncio.StreamWriter) -> None:
            received.append(await reader.readuntil(b"\r\n\r\n"))
            writer.write(reply)
            await writer.drain()
            writer.close()
            await writer.wait_closed()

        server = await asyncio.start_server(handle, "127.0.0.1", 0)
        port = server.sockets[0].getsockname()[1]
        async with server:
            result = await http_answers("127.0.0.1", port, "/booking")
        return result, received[0]

    result, request = asyncio.run(scenario())
    assert result is answers
    assert request.startswith(b"GET /booking HTTP/1.1\r\nHost: 127.0.0.1:")


def test_nothing_listening_is_not_ready() -> None:
    port = free_port()
    assert asyncio.run(http_answers("127.0.0.1", port)) is False


def test_a_server_that_died_is_collected_and_started_again(
    fake_node: MakeFakeNode, make_preview: MakePreview, run: Run
) -> None:
    server = (
        f'"{sys.executable}" -m http.server "$port" --bind 127.0.0.1 & '
        'echo $! > "$PIDS/http-$port"; sleep 2; kill $!; exit 5'
    )
    preview = make_preview(fake_node(server=server))

    async def scenario() -> None:
        first = await preview.start(APP)
        deadline = time.monotonic() + 10
        while preview.running:
            assert time.monotonic() < deadline, "the fake server should have died"
            await asyncio.sleep(0.05)
        second = await preview.start(APP)
        assert preview.running and second != first
        await preview.stop()

    run(scenario())


def test_a_ts_file_holding_jsx_is_named_before_next_dev_stops_at_it(
    fake_node: MakeFakeNode, make_preview: MakePreview, run: Run, lines: list[OutputLine]
) -> None:
    preview = make_preview(fake_node())
    files = {
        "lib/auth.ts": b"export function AuthProvider({ children }: { children: any }) {\n"
        b"  return <AuthContext.Provider value={{}}>{children}</AuthContext.Provider>\n}\n",
        "lib/cast.ts": b"export const n = <number>(value as unknown)\n",  # valid TypeScript
    }
    with pytest.raises(NotRunnableError, match=r"no package\.json"):
        run(preview.start(files))
    said = [line.text for line in lines if line.kind == "app-source"]
    assert said == [
        "lib/auth.ts holds JSX, which TypeScript reads only in a .tsx file, so the page stops "
        "compiling at its first tag. Rename it to lib/auth.tsx (imports need no change; "
        "publishing renames it for you)."
    ]


def test_a_page_the_app_s_own_code_breaks_on_the_server_is_said_once(
    fake_node: MakeFakeNode, make_preview: MakePreview, run: Run, lines: list[OutputLine]
) -> None:
    # a server printing what `next dev` prints for a render error, twice (two requests)
    error = (
        "printf ' ⨯ ReferenceError: window is not defined\\n    at Hero (app/page.tsx:9:14)"
        "\\n GET / 500 in 80ms\\n' >&2; "
    )
    preview = make_preview(fake_node(server=error + error + HTTP_SERVER))

    async def scenario() -> None:
        await preview.start(LOCKED_APP)
        deadline = time.monotonic() + 10
        while not [line for line in lines if line.kind == "app-error"]:
            assert time.monotonic() < deadline, "the sentence should have been said"
            await asyncio.sleep(0.05)
        await preview.stop()

    run(scenario())
    said = [line for line in lines if line.kind == "app-error"]
    assert len(said) == 1
    assert said[0].text.startswith("The page stops on the server at app/page.tsx, line 9")
    assert (said[0].path, said[0].line) == ("app/page.tsx", 9)  # a file of the app: openable


def test_an_app_served_under_a_base_path_opens_there(
    fake_node: MakeFakeNode, make_preview: MakePreview, run: Run, lines: list[OutputLine]
) -> None:
    # `next dev` answers / with a 404 when the config sets basePath (apps made for GitHub
    # Pages do): the preview's URL, and the request that compiles the home page, carry it.
    fake = fake_node(server=HTTP_SERVER)
    preview = make_preview(fake)
    app = {**LOCKED_APP, "next.config.mjs": b"export default { basePath: '/pharmacy-site' }\n"}

    async def scenario() -> str:
        return await preview.start(app)

    url = run(scenario())
    assert url == f"http://127.0.0.1:{preview.port}/pharmacy-site"
    server_lines = [line.text for line in lines if line.source == "server"]
    assert any("GET /pharmacy-site " in text for text in server_lines)
    assert not any('"GET / ' in text for text in server_lines)
    notes = [line.text for line in lines if line.source == "l4ydesk"]
    assert any("under /pharmacy-site (basePath in next.config.mjs)" in text for text in notes)
