"""Prints how real v0 apps fare in the local preview: install, start, first page, source tags.

    .venv/bin/python bench/preview_real_apps.py REPOS_DIR [--data-dir DIR] [--only NAME ...]
        [--json OUT.json] [--second-start]

REPOS_DIR holds one checked-out repository per folder (bench/data/preview_real_apps.json lists
the public v0 repositories and commits measured for the README; check each out at its commit
into REPOS_DIR/<owner>+<name>, by a clone or with bench/export_snapshot.py from a mirror).
Each one is imported into a fresh app of a fresh store, exactly as the window's import does,
then previewed: the package manager chosen,
the install's seconds, the seconds from starting `next dev` to the first answer, the status of
`GET /`, whether that page is Next.js's error page, and how many `data-l4y-src` tags it carries.
One data dir (its package caches) is shared by all projects, as on a user's computer; the projects
run one after another (the machine has 2 cores).
"""

from __future__ import annotations

import argparse
import asyncio
import json
import os
import re
import tempfile
import time
from dataclasses import asdict, dataclass
from pathlib import Path

import httpx

from l4ydesk.app import build_services
from l4ydesk.core.preview.errors import PreviewError
from l4ydesk.core.preview.local_server import LocalPreview, OutputLine
from l4ydesk.settings import load_settings

# App Router dev error pages render <html id="__next_error__">; Pages Router ones are /_error.
# --env NAME=VALUE: variables given to every app, as a user saves them in the env dialog.
APP_ENV: dict[str, str] = {}
_ERROR_PAGE = re.compile(rb'id="__next_error__"|"page":"/_error"')


@dataclass
class Row:
    project: str
    manager: str = "?"
    install_s: float | None = None
    ready_s: float | None = None
    page_s: float | None = None
    status: int | None = None
    error_page: bool | None = None
    tags: int = 0
    second_start_s: float | None = None
    failure: str = ""
    said: str = ""  # l4ydesk's sentence about the app's own code (missing env, CSS)


async def fetch_page(url: str) -> tuple[int, bytes]:
    # Redirects are followed as the preview's browser follows them: an app whose home page
    # sends a visitor to its sign-in page serves that page (its status is the sign-in page's).
    async with httpx.AsyncClient(trust_env=False, timeout=180, follow_redirects=True) as client:
        response = await client.get(url + "/")
        return response.status_code, response.content


async def preview_once(
    data_dir: Path, slug: str, files: dict[str, bytes], row: Row, verbose: bool
) -> LocalPreview:
    tail: list[str] = []

    def show(line: OutputLine) -> None:
        tail.append(line.text)
        del tail[:-30]
        if line.kind and not row.said:
            row.said = line.text
        if verbose:
            print(f"    [{line.source}] {line.text}", flush=True)

    preview = LocalPreview.for_app(
        data_dir, slug, on_output=show, install_timeout=900, ready_timeout=240, app_env=APP_ENV
    )
    started = time.perf_counter()
    try:
        url = await preview.start(files)
        status, body = await fetch_page(url)
    except PreviewError as error:
        row.failure = str(error).split("\n", 1)[0][:160]
        return preview
    except httpx.HTTPError as error:
        row.failure = f"GET / failed: {error!r}"[:160]
        return preview
    finally:
        row.manager = preview.package_manager_name
    row.page_s = time.perf_counter() - started
    row.install_s = preview.timings.install
    row.ready_s = preview.timings.ready
    row.status = status
    row.error_page = bool(_ERROR_PAGE.search(body)) or status >= 500
    row.tags = body.count(b"data-l4y-src=")
    return preview


async def run_project(folder: Path, data_dir: Path, second: bool, verbose: bool) -> Row:
    row = Row(folder.name)
    services = build_services(load_settings({"L4YDESK_DATA_DIR": str(data_dir)}))
    try:
        app = services.catalog.create(folder.name)
        services.transfer.import_folder(app.app_id, folder)
        files = services.vfs.read_all(app.app_id)
    finally:
        services.close()
    preview = await preview_once(data_dir, app.slug, files, row, verbose)
    await preview.stop()
    if second and not row.failure:
        again = Row(folder.name)
        started = time.perf_counter()
        preview = await preview_once(data_dir, app.slug, files, again, verbose)
        await preview.stop()
        if not again.failure:
            row.second_start_s = time.perf_counter() - started
    return row


def print_row(row: Row) -> None:
    def secs(value: float | None) -> str:
        return "-" if value is None else f"{value:.1f}"

    error_page = "-" if row.error_page is None else ("yes" if row.error_page else "no")
    print(
        f"{row.project[:48]:<48} {row.manager:<5} {secs(row.install_s):>7} {secs(row.ready_s):>6} "
        f"{secs(row.page_s):>6} {row.status or '-':>6} {error_page:>5} {row.tags:>5} "
        f"{secs(row.second_start_s):>6}  {row.failure or (row.said if row.error_page else '')}",
        flush=True,
    )


async def run(args: argparse.Namespace, data_dir: Path) -> list[Row]:
    # a repository keeping its app in one folder is imported as the window does (that folder)
    folders = sorted(
        p
        for p in args.repos.iterdir()
        if (p / "package.json").is_file() or any(p.glob("*/package.json"))
    )
    if args.only:
        folders = [p for p in folders if any(name in p.name for name in args.only)]
    print(f"{len(folders)} projects, data dir {data_dir}")
    print(
        f"{'project':<48} {'pm':<5} {'install':>7} {'ready':>6} {'page':>6} {'status':>6} "
        f"{'error':>5} {'tags':>5} {'2nd':>6}  failure"
    )
    rows = []
    for folder in folders:
        row = await run_project(folder, data_dir, args.second_start, args.verbose)
        print_row(row)
        rows.append(row)
    served = [r for r in rows if r.status == 200 and not r.error_page and r.tags > 0]
    print(f"served a tagged page: {len(served)} of {len(rows)}")
    return rows


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("repos", type=Path, help="folder of checked-out repositories")
    parser.add_argument("--data-dir", type=Path, help="shared data dir (default: a fresh one)")
    parser.add_argument("--only", nargs="*", help="only folders whose name contains one of these")
    parser.add_argument("--json", type=Path, help="also write the rows as JSON here")
    parser.add_argument("--second-start", action="store_true", help="time a second start too")
    parser.add_argument("--verbose", action="store_true", help="print install and server output")
    parser.add_argument(
        "--env", action="append", default=[], metavar="NAME=VALUE", help="preview variable"
    )
    args = parser.parse_args()
    APP_ENV.update(item.split("=", 1) for item in args.env)
    os.environ.setdefault("NEXT_TELEMETRY_DISABLED", "1")
    if args.data_dir is not None:
        rows = asyncio.run(run(args, args.data_dir))
    else:
        # A Node.js process of a stopped group may still be writing its compile cache while
        # the folder goes (seen once in 25 starts); that must not lose the printed figures.
        with tempfile.TemporaryDirectory(
            prefix="l4y-real-apps-", ignore_cleanup_errors=True
        ) as folder:
            rows = asyncio.run(run(args, Path(folder)))
    if args.json:
        args.json.write_text(json.dumps([asdict(r) for r in rows], indent=1))


if __name__ == "__main__":
    main()
