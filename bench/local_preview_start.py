"""Prints how fast the sample app's local preview starts, restarts and reloads a save.

    .venv/bin/python bench/local_preview_start.py [--data-dir DIR] [--edits 5] [--bundler B]

    .venv/bin/python bench/local_preview_start.py [--data-dir DIR] [--second-starts 5] ...

1. first start in a fresh data dir: npm install from the registry, then `next dev` until ready;
2. save-to-reload: `sync_files` of a changed page until the new text is served, per edit;
3. `--second-starts` second starts with the same data dir (no install: node_modules, .next, the
   stamp and Node.js's compile cache are kept): median and min, with the load average;
   `--discarded` adds one whose compile cache Next.js discards (a new server-actions key, as
   every start had before l4ydesk kept one per workspace);
4. a new workspace with the warm npm cache (another app with the same packages): offline-able
   install from the cache (skip with --no-new-workspace).

Each start prints where its time went, in seconds from the start's beginning: l4ydesk's own
steps (node, sync, env, install check, spawn), then `next dev`'s (listening: its port accepted
the probe; Ready; Compiling /; Compiled /; answered: the status line of `/`; served: the page read
to its end), `next dev`'s own figures, and the CPU seconds its processes used until served (which
the load of a shared machine inflates far less than the wall clock: on an idle 2-core machine the
wall clock of a start is close to its CPU seconds, as Next.js's start is mostly one thread).
Needs the npm registry for step 1 unless --data-dir points at a data dir that already has it.
"""

from __future__ import annotations

import argparse
import asyncio
import os
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
CACHE_SETTLE_S = 10.0


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


# `next dev`'s lines whose arrival marks a step of the start.
_NEXT_STEPS = {"Ready": "Ready in ", "Compiling /": "Compiling / ", "Compiled /": "Compiled / in "}


class BenchPreview(LocalPreview):
    """A LocalPreview that also keeps `next dev`'s own figures and step times from its output."""

    next_figures: dict[str, str]
    line_times: dict[str, float]  # perf_counter() when each of _NEXT_STEPS was printed
    server_cpu: float | None = None  # CPU seconds of `next dev`'s processes until served
    compile_cache = True  # False: as before, without Node.js's compile cache (for comparison)

    def _server_env(self) -> dict[str, str]:
        env = super()._server_env()
        if not self.compile_cache:
            del env["NODE_COMPILE_CACHE"]
        return env


def make_preview(data_dir: Path, slug: str, turbopack: bool | None, verbose: bool) -> BenchPreview:
    figures: dict[str, str] = {}
    line_times: dict[str, float] = {}

    def show(line: OutputLine) -> None:
        if verbose:
            print(f"    [{line.source}] {line.text}")
        for name, pattern in _NEXT_FIGURES.items():
            match = pattern.search(line.text)
            if match is not None and name not in figures:
                figures[name] = match.group(1)
        for name, text in _NEXT_STEPS.items():
            if text in line.text:
                line_times.setdefault(name, time.perf_counter())

    preview = BenchPreview(
        PreviewWorkspace(workspace_dir(data_dir, slug)),
        data_dir,
        on_output=show,
        turbopack=turbopack,
    )
    preview.next_figures = figures
    preview.line_times = line_times
    return preview


def group_cpu_seconds(pgid: int) -> float | None:
    """CPU seconds used by the live processes of a process group and their reaped children."""
    proc = Path("/proc")
    if not proc.is_dir():
        return None
    ticks = os.sysconf("SC_CLK_TCK")
    total = 0
    for stat in proc.glob("[0-9]*/stat"):
        try:
            fields = stat.read_text().rsplit(")", 1)[1].split()
        except OSError:
            continue
        if int(fields[2]) == pgid:
            total += sum(int(value) for value in fields[11:15])  # utime stime cutime cstime
    return total / ticks


async def timed_start(preview: BenchPreview, files: dict[str, bytes]) -> float:
    """Start the preview; the wall-clock seconds it took. Keeps the server's CPU seconds."""
    started = time.perf_counter()
    await preview.start(files)
    wall = time.perf_counter() - started
    pid = preview.server_pid
    preview.server_cpu = group_cpu_seconds(pid) if pid is not None else None
    # The line times as seconds from the start's beginning, beside l4ydesk's own steps.
    for name, at in preview.line_times.items():
        preview.timings.phases.setdefault(name, at - started)
    return wall


def load() -> str:
    return "load {:.1f} {:.1f} {:.1f}".format(*os.getloadavg())


def describe(label: str, preview: BenchPreview, wall: float) -> None:
    timings = preview.timings
    install = "skipped" if timings.install is None else f"{timings.install:6.1f} s"
    own = "  ".join(f"{name} {value}" for name, value in preview.next_figures.items())
    cpu = f"{preview.server_cpu:4.1f}" if preview.server_cpu is not None else " n/a"
    print(
        f"{label:<34} install {install:>9}   ready {timings.ready or 0:5.1f} s   "
        f"total {wall:5.1f} s   cpu {cpu} s   {load()}   [next dev: {own}]"
    )
    phases = sorted(timings.phases.items(), key=lambda item: item[1])
    print("    steps: " + "  ".join(f"{name} {at:.2f}" for name, at in phases))


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


async def one_start(
    label: str,
    data_dir: Path,
    slug: str,
    files: dict[str, bytes],
    args: argparse.Namespace,
    compile_cache: bool = True,
) -> BenchPreview:
    preview = make_preview(data_dir, slug, _BUNDLERS[args.bundler], args.verbose)
    preview.compile_cache = compile_cache
    try:
        describe(label, preview, await timed_start(preview, files))
        # webpack stores its cache a few seconds after a compile; a user looks at the page
        # at least that long before stopping the preview.
        await asyncio.sleep(args.settle)
    finally:
        await preview.stop()
    return preview


def summary(label: str, values: list[float], loads: list[float]) -> None:
    print(
        f"{label:<34} median {statistics.median(values):5.2f} s   min {min(values):5.2f} s   "
        f"max {max(values):5.2f} s   (n={len(values)}, load {min(loads):.1f}–{max(loads):.1f})"
    )


async def run(data_dir: Path, args: argparse.Namespace) -> None:
    files = sample_files()
    print(f"data dir: {data_dir}   {load()}   {os.cpu_count()} cores")

    first = make_preview(data_dir, "bench-sample", _BUNDLERS[args.bundler], args.verbose)
    try:
        describe("first start", first, await timed_start(first, files))
        reload_load = os.getloadavg()[0]
        samples = await reload_latency(first, files, args.edits)
        await asyncio.sleep(args.settle)
    finally:
        await first.stop()

    if args.discarded:
        # A new server-actions key: Next.js 15/16 throw their compile cache away on this start.
        (first.workspace.root / SERVER_KEY_NAME).unlink(missing_ok=True)
        await one_start("second start, cache discarded", data_dir, "bench-sample", files, args)

    # With --compare, each second start is followed by one without Node.js's compile cache,
    # so both see the same load.
    kinds = [True, False] if args.compare else [True]
    walls: dict[bool, list[float]] = {kind: [] for kind in kinds}
    cpus: dict[bool, list[float]] = {kind: [] for kind in kinds}
    loads: list[float] = []
    for n in range(1, args.second_starts + 1):
        for kind in kinds:
            loads.append(os.getloadavg()[0])
            label = f"second start #{n}" + ("" if kind else ", no compile cache")
            second = await one_start(label, data_dir, "bench-sample", files, args, kind)
            walls[kind].append(second.timings.total or 0.0)
            if second.server_cpu is not None:
                cpus[kind].append(second.server_cpu)

    shown = ", ".join(f"{s * 1000:.0f}" for s in samples)
    print()
    for kind in kinds:
        suffix = "" if kind else " (no compile cache)"
        if walls[kind]:
            summary(f"second start, served{suffix}", walls[kind], loads)
        if cpus[kind]:
            summary(f"second start, CPU s{suffix}", cpus[kind], loads)
    print(
        f"save-to-reload ({args.edits} edits)            median {statistics.median(samples):.2f} s"
        f"   min {min(samples):.2f} s   max {max(samples):.2f} s   (load {reload_load:.1f})   "
        f"[{shown}] ms"
    )

    if args.new_workspace:
        other = make_preview(data_dir, "bench-sample-copy", _BUNDLERS[args.bundler], args.verbose)
        try:
            describe("new workspace, warm npm cache", other, await timed_start(other, files))
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
    parser.add_argument("--second-starts", type=int, default=5, help="how many second starts")
    parser.add_argument(
        "--settle",
        type=float,
        default=CACHE_SETTLE_S,
        help="seconds each start stays up before it stops (webpack stores its cache meanwhile)",
    )
    parser.add_argument(
        "--discarded", action="store_true", help="add a second start without the compile cache"
    )
    parser.add_argument(
        "--compare", action="store_true", help="also second starts without Node's compile cache"
    )
    parser.add_argument("--no-new-workspace", dest="new_workspace", action="store_false")
    parser.add_argument("--verbose", action="store_true", help="print npm's and Next's output")
    args = parser.parse_args()
    if args.data_dir is not None:
        asyncio.run(run(args.data_dir, args))
        return
    with tempfile.TemporaryDirectory(prefix="l4y-preview-bench-") as folder:
        asyncio.run(run(Path(folder), args))


if __name__ == "__main__":
    main()
