"""Prints how fast the sample app's local preview starts, restarts and reloads a save.

    .venv/bin/python bench/local_preview_start.py [--data-dir DIR] [--edits 5] [--bundler B]

1. first start in a fresh data dir: npm install from the registry, then `next dev` until ready;
2. second start with the same data dir (no install: node_modules, .next and the stamp are kept),
   and for comparison in the same run a second start whose compile cache Next.js discards (a new
   server-actions key, as every start had before l4ydesk kept one per workspace);
3. save-to-reload: `sync_files` of a changed page until the new text is served, per edit;
4. a new workspace with the warm npm cache (another app with the same packages): offline-able
   install from the cache.

Each start also prints `next dev`'s own figures (Ready in, Compiled / in, GET / in), which the
load of a shared machine slows less unevenly than the wall clock.
Needs the npm registry for step 1 unless --data-dir points at a data dir that already has it.
"""

from __future__ import annotations

import argparse
import asyncio
import re
import shutil
import statistics
import tempfile
import time
from pathlib import Path

import httpx

from l4ydesk.core.preview.local_server import LocalPreview, OutputLine
from l4ydesk.core.preview.workspace import SERVER_KEY_NAME, PreviewWorkspace, workspace_dir

ROOT = Path(__file__).resolve().parent.parent
SAMPLE_APP = ROOT / "resources" / "sample-app"
PAGE = "components/booking-form.tsx"
MARKER = b"Book a session"
CACHE_SETTLE_S = 15.0


def sample_files() -> dict[str, bytes]:
    return {
        p.relative_to(SAMPLE_APP).as_posix(): p.read_bytes()
        for p in sorted(SAMPLE_APP.rglob("*"))
        if p.is_file() and not {"node_modules", ".next"} & set(p.parts)
    }


# What `next dev` prints about its own progress (the first of each kind is the start's).
_NEXT_FIGURES = {
    "Ready": re.compile(r"Ready in ([\d.]+m?s)"),
    "Compiled /": re.compile(r"Compiled / in ([\d.]+m?s)"),
    "GET /": re.compile(r"GET / \d{3} in ([\d.]+m?s)"),
}


class BenchPreview(LocalPreview):
    """A LocalPreview that also keeps `next dev`'s own figures from its output."""

    next_figures: dict[str, str]


def make_preview(data_dir: Path, slug: str, turbopack: bool | None, verbose: bool) -> BenchPreview:
    figures: dict[str, str] = {}

    def show(line: OutputLine) -> None:
        if verbose:
            print(f"    [{line.source}] {line.text}")
        for name, pattern in _NEXT_FIGURES.items():
            match = pattern.search(line.text)
            if match is not None and name not in figures:
                figures[name] = match.group(1)

    preview = BenchPreview(
        PreviewWorkspace(workspace_dir(data_dir, slug)),
        data_dir,
        on_output=show,
        turbopack=turbopack,
    )
    preview.next_figures = figures
    return preview


def describe(label: str, preview: BenchPreview, wall: float) -> None:
    timings = preview.timings
    install = "skipped" if timings.install is None else f"{timings.install:6.1f} s"
    own = "  ".join(f"{name} {value}" for name, value in preview.next_figures.items())
    print(
        f"{label:<34} install {install:>9}   ready {timings.ready or 0:5.1f} s   "
        f"total {wall:5.1f} s   [next dev: {own}]"
    )


async def reload_latency(preview: LocalPreview, files: dict[str, bytes], edits: int) -> list[float]:
    assert preview.url is not None
    samples = []
    async with httpx.AsyncClient(trust_env=False, timeout=60) as client:
        await client.get(f"{preview.url}/booking")  # compile the page once before timing
        for n in range(1, edits + 1):
            text = f"Book session number {n}".encode()
            changed = {**files, PAGE: files[PAGE].replace(MARKER, text)}
            saved = time.perf_counter()
            await preview.sync_files(changed)
            while text not in (await client.get(f"{preview.url}/booking")).content:
                if time.perf_counter() - saved > 60:
                    raise SystemExit(f"edit {n} was not served within 60 s")
                await asyncio.sleep(0.05)
            samples.append(time.perf_counter() - saved)
    return samples


async def run(data_dir: Path, edits: int, turbopack: bool | None, verbose: bool) -> None:
    files = sample_files()
    print(f"data dir: {data_dir}")

    first = make_preview(data_dir, "bench-sample", turbopack, verbose)
    started = time.perf_counter()
    try:
        await first.start(files)
        describe("first start (fresh data dir)", first, time.perf_counter() - started)
        samples = await reload_latency(first, files, edits)
    finally:
        await first.stop()

    # The uncached variant first, so the cached one below starts from the cache it left.
    for label, keep_key in (
        ("second start, cache discarded", False),
        ("second start (cached)", True),
    ):
        second = make_preview(data_dir, "bench-sample", turbopack, verbose)
        if not keep_key:
            (second.workspace.root / SERVER_KEY_NAME).unlink(missing_ok=True)
        started = time.perf_counter()
        try:
            await second.start(files)
            describe(label, second, time.perf_counter() - started)
            # webpack stores its cache a few seconds after a compile; a user looks at the page
            # at least that long before stopping the preview.
            await asyncio.sleep(CACHE_SETTLE_S)
        finally:
            await second.stop()

    shown = ", ".join(f"{s * 1000:.0f}" for s in samples)
    print(
        f"save-to-reload ({edits} edits)            median {statistics.median(samples):.2f} s  "
        f"max {max(samples):.2f} s   [{shown}] ms"
    )

    other = make_preview(data_dir, "bench-sample-copy", turbopack, verbose)
    started = time.perf_counter()
    try:
        await other.start(files)
        describe("new workspace, warm npm cache", other, time.perf_counter() - started)
    finally:
        await other.stop()
        shutil.rmtree(other.workspace.root, ignore_errors=True)


_BUNDLERS: dict[str, bool | None] = {"auto": None, "turbopack": True, "webpack": False}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--data-dir", type=Path, help="reuse this data dir (default: a fresh one)")
    parser.add_argument("--edits", type=int, default=5)
    parser.add_argument(
        "--bundler",
        choices=("auto", "turbopack", "webpack"),
        default="auto",
        help="auto: what l4ydesk picks for the app's Next.js version",
    )
    parser.add_argument("--verbose", action="store_true", help="print npm's and Next's output")
    args = parser.parse_args()
    if args.data_dir is not None:
        asyncio.run(run(args.data_dir, args.edits, _BUNDLERS[args.bundler], args.verbose))
        return
    with tempfile.TemporaryDirectory(prefix="l4y-preview-bench-") as folder:
        asyncio.run(run(Path(folder), args.edits, _BUNDLERS[args.bundler], args.verbose))


if __name__ == "__main__":
    main()
