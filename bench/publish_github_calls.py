"""GitHub API requests per publish, and the time a publish takes, against the GitHub fake.

For 10, 100 and 1,000 text files (+ 2 binary files: a PNG and an ICO), on a repository the
client creates: the first publish, a re-publish with no change (goal: 0 writes) and a publish
after editing one file. The goal is 4 + binaries requests per publish, whatever the number of
text files. Times are real HTTP on 127.0.0.1 to the fake, which writes real git objects
(dulwich) into a bare repository, so they include the fake's own work.

    .venv/bin/python bench/publish_github_calls.py        # SIZES=10,100,1000 RUNS=3
"""

from __future__ import annotations

import asyncio
import os
import statistics
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

SIZES = [int(s) for s in os.environ.get("SIZES", "10,100,1000").split(",")]
RUNS = int(os.environ.get("RUNS", "3"))
TOKEN = "ghp_bench000000000000000000000000000000001"
BINARIES = {
    "public/logo.png": b"\x89PNG\r\n\x1a\n\0\0\0\rIHDR" + bytes(range(256)) * 8,
    "app/favicon.ico": b"\0\0\1\0" + bytes(range(256)) * 4,
}


def app_files(text_files: int) -> dict[str, bytes]:
    files = {
        f"components/section{i % 25}/part{i}.tsx": (
            f"export function Part{i}() {{\n  return <div className='p-{i % 8}'>{i}</div>\n}}\n"
            * 20
        ).encode()
        for i in range(text_files)
    }
    return {**files, **BINARIES}


async def one_size(text_files: int, root: Path) -> dict[str, list[float]]:
    from l4ydesk.clients.github import GitHubClient
    from l4ydesk.core.publish.git_commit import commit_files, ensure_repository
    from tests.fakes.github_server import FakeGitHub

    figures: dict[str, list[float]] = {k: [] for k in ("first", "same", "edit")}
    calls: dict[str, int] = {}
    writes: dict[str, int] = {}
    for run in range(RUNS):
        with FakeGitHub(root / f"{text_files}-{run}", token=TOKEN) as github:
            async with GitHubClient(TOKEN, base_url=github.base_url) as client:
                repo, _ = await ensure_repository(client, "", "shop", create=True)
                files = app_files(text_files)
                head, tree = None, None
                edited = dict(files)
                first_key = next(iter(edited))
                edited[first_key] = edited[first_key] + b"// edited\n"
                for label, payload in (("first", files), ("same", files), ("edit", edited)):
                    before, sent = client.calls, len(github.requests)
                    started = time.perf_counter()
                    outcome = await commit_files(
                        client,
                        repo,
                        "main",
                        payload,
                        f"Publish ({label})",
                        expected_head=head,
                        last_tree_sha=tree,
                    )
                    figures[label].append(time.perf_counter() - started)
                    calls[label] = client.calls - before
                    writes[label] = sum(
                        1 for r in github.requests[sent:] if r.method in ("POST", "PATCH")
                    )
                    head, tree = outcome.commit_sha, outcome.tree_sha
    for label in figures:
        print(
            f"  {text_files:>5} text + {len(BINARIES)} binary, {label:<5}: "
            f"{calls[label]} requests ({writes[label]} writes), "
            f"median {statistics.median(figures[label]) * 1000:.0f} ms over {RUNS} runs"
        )
    return figures


async def round_trip(root: Path) -> float:
    """One GET /user against the fake: its per-request latency (to read the times above by)."""
    from l4ydesk.clients.github import GitHubClient
    from tests.fakes.github_server import FakeGitHub

    with FakeGitHub(root / "rtt", token=TOKEN) as github:
        async with GitHubClient(TOKEN, base_url=github.base_url) as client:
            await client.viewer()
            times = []
            for _ in range(10):
                started = time.perf_counter()
                await client.viewer()
                times.append(time.perf_counter() - started)
    return statistics.median(times)


def local_tree_ms(text_files: int) -> float:
    from l4ydesk.core.publish.git_commit import tree_sha

    files = app_files(text_files)
    started = time.perf_counter()
    tree_sha(files)
    return (time.perf_counter() - started) * 1000


async def main() -> None:
    print(f"GitHub requests per publish (goal: 4 + {len(BINARIES)} binaries; 0 writes unchanged)")
    with tempfile.TemporaryDirectory() as folder:
        rtt = await round_trip(Path(folder))
        print(f"  one request to the fake (GET /user, keep-alive): median {rtt * 1000:.0f} ms")
        for size in SIZES:
            print(f"  local tree SHA of {size} files: {local_tree_ms(size):.1f} ms")
        for size in SIZES:
            await one_size(size, Path(folder))


if __name__ == "__main__":
    asyncio.run(main())
