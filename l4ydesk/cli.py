"""The `l4ydesk` command: opens the window, or runs a capability headless (apps, files)."""

from __future__ import annotations

import argparse
import json
import logging
import sys
from collections.abc import Sequence
from pathlib import Path
from typing import TYPE_CHECKING, Any, Final

from l4ydesk import __version__
from l4ydesk.core.errors import L4yError
from l4ydesk.core.sentences import sentence_for
from l4ydesk.core.tiers import TierLimitReached
from l4ydesk.logging_setup import configure_logging
from l4ydesk.settings import load_settings
from l4ydesk.store_errors import StoreError

if TYPE_CHECKING:
    from l4ydesk.app import Services

log = logging.getLogger(__name__)


def build_parser(feature_verbs: bool = True) -> argparse.ArgumentParser:
    """The whole command line; without `feature_verbs`, only the built-in verbs.

    The feature verbs' modules (l4ydesk/commands/) import what their verbs run (the analyzer,
    the compatibility rules, the composition root): about 0.3 s that opening the window does
    not need, so `main` leaves them out when the command line opens the window.
    """
    parser = argparse.ArgumentParser(prog="l4ydesk", description=__doc__)
    parser.add_argument("--version", action="version", version=f"l4ydesk {__version__}")
    verbs = parser.add_subparsers(dest="verb")

    open_verb = verbs.add_parser(
        "open", help="open the window on a new app made from a folder or zip"
    )
    open_verb.add_argument("source", type=Path, nargs="?", help="folder or .zip to import")
    open_verb.add_argument("--name", help="name of the new app (default: the folder's name)")
    open_verb.add_argument("--sample", action="store_true", help="open the bundled sample app")

    apps = verbs.add_parser("apps", help="list, create or delete builder apps").add_subparsers(
        dest="action", required=True
    )
    apps_list = apps.add_parser("list", help="list the apps")
    apps_list.add_argument("--json", action="store_true")
    apps.add_parser("create", help="create an app").add_argument("name")
    delete = apps.add_parser("delete", help="delete an app and its files")
    delete.add_argument("app")
    delete.add_argument("--yes", action="store_true", help="do not ask for confirmation")

    files = verbs.add_parser("files", help="import, export, list or print files").add_subparsers(
        dest="action", required=True
    )
    imp = files.add_parser("import", help="import a folder or a zip into an app")
    imp.add_argument("app")
    imp.add_argument("source", type=Path)
    exp = files.add_parser("export", help="export an app to a folder or a .zip")
    exp.add_argument("app")
    exp.add_argument("destination", type=Path)
    ls = files.add_parser("ls", help="list an app's files")
    ls.add_argument("app")
    ls.add_argument("--json", action="store_true")
    cat = files.add_parser("cat", help="print a file (binary files are written as is)")
    cat.add_argument("app")
    cat.add_argument("path")
    cat.add_argument("--revision", type=int, default=None)
    analyze = verbs.add_parser("analyze", help="detect business records in a folder, zip or app")
    analyze.add_argument("source", help="a folder, a .zip, or an app (slug, name or id)")
    analyze.add_argument("--json", action="store_true")
    analyze.add_argument(
        "--plan-out", type=Path, help="write the suggested connection plan here (needs an app)"
    )
    connect = verbs.add_parser("connect", help="execute a connection plan for an app")
    connect.add_argument("app")
    connect.add_argument("--plan", type=Path, required=True, help="plan JSON file")

    chat = verbs.add_parser("chat", help="run one chat turn headless; files land in the app")
    chat.add_argument("app")
    chat.add_argument("prompt")
    chat.add_argument("--provider", choices=["v0", "ai"], default="v0")
    chat.add_argument("--model", default=None, help="model for the built-in AI")
    if feature_verbs:
        from l4ydesk.commands import (
            calendar,
            compat,
            credits,
            github,
            platform,
            publish,
            sync,
            wiring,
        )

        for commands in (calendar, compat, credits, github, platform, publish, sync, wiring):
            commands.register(verbs)
    return parser


def _opens_window(argv: Sequence[str]) -> bool:
    """`l4ydesk` alone or `l4ydesk open …`: no feature verb can be named."""
    return not argv or argv[0] == "open"


# verbs built into this module: naming one, the command line needs no feature module
_BUILT_IN = frozenset({"open", "apps", "files", "analyze", "connect", "chat"})


# A verb named alone does what a person most likely asked: show, never change.
_DEFAULT_ACTIONS: Final = {
    "apps": "list",
    "keys": "list",
    "webhooks": "list",
    "credits": "balance",
    "plan": "show",
    "github": "status",
}


def main(argv: Sequence[str] | None = None) -> int:
    argv = sys.argv[1:] if argv is None else list(argv)
    if len(argv) == 1 and argv[0] in _DEFAULT_ACTIONS:
        argv.append(_DEFAULT_ACTIONS[argv[0]])
    built_in = _opens_window(argv) or argv[0] in _BUILT_IN
    args = build_parser(feature_verbs=not built_in).parse_args(argv)
    try:
        settings = load_settings()
        settings.ensure_dirs()
        log_file = configure_logging(settings.log_dir)
    except (OSError, ValueError) as exc:
        print(
            f"l4ydesk: cannot start: {sentence_for(exc, 'check L4YDESK_* settings')}",
            file=sys.stderr,
        )
        return 2
    if args.verb in (None, "open"):
        from l4ydesk.ui.launcher import StartupRequest, run_gui

        request = StartupRequest()
        if args.verb == "open":
            if not args.sample and args.source is None:
                print("l4ydesk: say what to open: a folder, a .zip, or --sample", file=sys.stderr)
                return 2
            request = StartupRequest(args.source, args.name, args.sample)
        return run_gui(settings, request)
    if args.verb == "compat":
        from l4ydesk.commands import compat as compat_commands

        return compat_commands.run(args)  # a folder on disk: no store needed
    if args.verb == "analyze" and args.plan_out is None and Path(args.source).is_dir():
        return _analyze_folder(args)  # no store needed: start without the database layers
    from l4ydesk.app import build_services

    log_hint = f"the details are in {log_file}"
    try:
        services = build_services(settings)
    except StoreError as exc:
        print(f"l4ydesk: {exc}", file=sys.stderr)
        return 2
    except Exception as exc:  # every failure ends in a sentence; the traceback goes to the log
        log.error("starting l4ydesk %s failed", args.verb, exc_info=exc)
        print(f"l4ydesk: {sentence_for(exc, log_hint)}", file=sys.stderr)
        return 2
    try:
        return _run_verb(args, services)
    except TierLimitReached as exc:
        print(f"l4ydesk: {exc}", file=sys.stderr)
        return 3  # a plan limit: scripts can tell it from other failures and offer the upgrade
    except L4yError as exc:
        print(f"l4ydesk: {sentence_for(exc)}", file=sys.stderr)
        return 1
    except BrokenPipeError:
        # The reader (e.g. `| head`) went away; not an error worth a traceback.
        sys.stderr.close()
        return 0
    except KeyboardInterrupt:
        print("l4ydesk: interrupted; what was committed before is kept.", file=sys.stderr)
        return 130
    except Exception as exc:
        log.error("l4ydesk %s failed", args.verb, exc_info=exc)
        print(f"l4ydesk: {sentence_for(exc, log_hint)}", file=sys.stderr)
        return 1
    finally:
        services.close()


def _run_verb(args: argparse.Namespace, services: Services) -> int:
    from l4ydesk.commands import credits as credits_commands
    from l4ydesk.commands import platform as platform_commands
    from l4ydesk.commands import publish as publish_commands

    catalog, vfs, transfer = services.catalog, services.vfs, services.transfer
    if getattr(args, "handler", None) is not None:
        return int(args.handler(args, services))
    if args.verb in credits_commands.VERBS:
        return credits_commands.run(args, services)
    if args.verb in platform_commands.VERBS:
        return platform_commands.run(args, services)
    if args.verb in publish_commands.VERBS:
        return publish_commands.run(args, services)
    if args.verb == "chat":
        return _chat(args, services)
    if args.verb == "analyze":
        return _analyze(args, services)
    if args.verb == "connect":
        return _connect(args, services)
    if args.verb == "apps":
        if args.action == "list":
            apps = catalog.list_apps()
            if args.json:
                print(json.dumps([_app_json(a) for a in apps], indent=2))
            elif not apps:
                print("No apps yet. Create one with: l4ydesk apps create NAME")
            for app in [] if args.json else apps:
                print(f"{app.slug}\t{app.name}\t{app.status.value}\t{app.file_count} files")
        elif args.action == "create":
            app = catalog.create(args.name)
            print(f"Created {app.name} ({app.slug}).")
        elif args.action == "delete":
            app = catalog.find(args.app)
            if not args.yes and not _confirm(f"Delete {app.name} and its {app.file_count} files?"):
                print("Nothing was deleted.")
                return 1
            catalog.delete(app.app_id)
            print(f"Deleted {app.name}.")
        return 0
    app = catalog.find(args.app)
    if args.action == "import":
        report = transfer.import_path(app.app_id, args.source)
        print(report.summary())
        for path, reason in report.skipped:
            print(f"  skipped {path}: {reason}")
    elif args.action == "export":
        if args.destination.suffix.lower() == ".zip":
            count = transfer.export_zip(app.app_id, args.destination)
        else:
            count = transfer.export_folder(app.app_id, args.destination)
        print(f"Exported {count} files to {args.destination}.")
    elif args.action == "ls":
        files = vfs.list_files(app.app_id)
        if args.json:
            print(json.dumps([_file_json(f) for f in files], indent=2))
        for info in [] if args.json else files:
            kind = "binary" if info.is_binary else "text"
            print(f"{info.path}\t{info.size}\t{kind}\trev {info.revision}")
    elif args.action == "cat":
        if args.revision is None:
            data = vfs.read(app.app_id, args.path)
        else:
            revs = {r.number: r for r in vfs.history(app.app_id, args.path)}
            if args.revision not in revs:
                raise L4yError(f"'{args.path}' has no revision {args.revision}.")
            data = vfs.read_revision(revs[args.revision].revision_id)
        sys.stdout.buffer.write(data)
        sys.stdout.flush()
    return 0


def _chat(args: argparse.Namespace, services: Services) -> int:
    import asyncio

    from l4ydesk.core.chat import run_chat_turn

    app = services.catalog.find(args.app)
    result = asyncio.run(
        run_chat_turn(services.chat, app.app_id, args.prompt, args.provider, model=args.model)
    )
    return 0 if result.status == "sent" else 1


def _analyze(args: argparse.Namespace, services: Services) -> int:
    from l4ydesk.core.analyzer import analyze_files
    from l4ydesk.core.connect_mode import suggest_plan
    from l4ydesk.core.connection_plans import plan_to_json

    skipped: list[tuple[str, str]] = []
    files, app_id = _analysis_source(args.source, services, skipped)
    for path, reason in skipped:
        print(f"note: {path}: {reason}", file=sys.stderr)
    report = analyze_files(files)
    if args.json:
        print(json.dumps(report.to_dict(), indent=2))
    else:
        _print_report(report)
    if args.plan_out is not None:
        if app_id is None:
            raise L4yError("--plan-out needs an app, since a plan connects records to an app.")
        existing = services.records.list_records()
        plan, _ = suggest_plan(app_id, report.detections, existing)
        args.plan_out.write_text(plan_to_json(plan), encoding="utf-8")
        print(f"Wrote a plan of {len(plan.items)} items to {args.plan_out}.", file=sys.stderr)
    return 0


def _analyze_folder(args: argparse.Namespace) -> int:
    from l4ydesk.core.analyzer.project import has_sources, load_project

    skipped: list[tuple[str, str]] = []
    files = load_project(Path(args.source), skipped=skipped)
    for path, reason in skipped:
        print(f"note: {path}: {reason}", file=sys.stderr)
    if not has_sources(files) and not args.json:
        print("No business records found.")
        return 0
    from l4ydesk.core.analyzer import analyze_files

    report = analyze_files(files)
    if args.json:
        print(json.dumps(report.to_dict(), indent=2))
    else:
        _print_report(report)
    return 0


def _analysis_source(
    source: str, services: Services, skipped: list[tuple[str, str]]
) -> tuple[dict[str, bytes], int | None]:
    import tempfile
    import zipfile

    from l4ydesk.core.analyzer import load_project

    path = Path(source)
    if path.is_dir():
        return load_project(path, skipped=skipped), None
    if path.is_file() and zipfile.is_zipfile(path):
        # Through a throwaway store so the zip gets the same path checks as an import.
        from l4ydesk.app import build_services
        from l4ydesk.settings import Settings

        with tempfile.TemporaryDirectory() as tmp:
            scratch = build_services(
                Settings(Path(tmp), Path(tmp), Path(tmp), f"sqlite:///{tmp}/scratch.db")
            )
            try:
                app = scratch.catalog.create("analysis")
                report = scratch.transfer.import_zip(app.app_id, path)
                skipped.extend(report.skipped)
                return scratch.vfs.read_all(app.app_id), None
            finally:
                scratch.close()
    app = services.catalog.find(source)
    return services.vfs.read_all(app.app_id), app.app_id


def _print_report(report: Any) -> None:
    if not report.detections:
        print("No business records found.")
    for detection in sorted(report.detections, key=lambda d: (d.type_key, d.name)):
        where = detection.evidence[0] if detection.evidence else None
        place = f"{where.path}:{where.start_line}-{where.end_line}" if where else ""
        print(f"{detection.type_key:<9} {detection.name:<40} {detection.confidence:.2f}  {place}")
    from l4ydesk.core.analyzer.screening import is_binary_asset

    # Every Next.js app has images and fonts: one line for them all, not one each.
    assets = [p.path for p in report.problems if is_binary_asset(p)]
    for problem in report.problems:
        if problem.path not in assets:
            print(f"note: {problem.path}: {problem.message}", file=sys.stderr)
    if assets:
        more = f" and {len(assets) - 3:,} more" if len(assets) > 3 else ""
        noun = "file is" if len(assets) == 1 else "files are"
        print(
            f"note: {len(assets):,} binary {noun} not analyzed (images, fonts): "
            f"{', '.join(assets[:3])}{more}",
            file=sys.stderr,
        )


def _connect(args: argparse.Namespace, services: Services) -> int:
    from l4ydesk.core.connection_plans import read_plan_file
    from l4ydesk.core.connection_rows import list_notes

    app = services.catalog.find(args.app)
    plan = read_plan_file(args.plan, app.app_id)

    def show(done: int, total: int) -> None:
        print(f"Connected {done:,} of {total:,} items…", file=sys.stderr, flush=True)

    for note in list_notes(plan):  # a list's Create makes its rows
        print(note, file=sys.stderr)
    result = services.connector.execute_plan(plan, progress=show)
    print(result.summary())
    for outcome in result.outcomes:
        record = f" → record {outcome.record_id}" if outcome.record_id else ""
        print(f"  {outcome.outcome.value:<17} {outcome.type:<9} {outcome.name}{record}")
    return 0


def _confirm(question: str) -> bool:
    if not sys.stdin.isatty():
        print(f"{question} Pass --yes to confirm without a prompt.", file=sys.stderr)
        return False
    return input(f"{question} [y/N] ").strip().lower() in {"y", "yes"}


def _app_json(app: object) -> dict[str, object]:
    from l4ydesk.core.apps import AppInfo

    assert isinstance(app, AppInfo)
    return {
        "id": app.app_id,
        "name": app.name,
        "slug": app.slug,
        "status": app.status.value,
        "files": app.file_count,
        "updated_at": app.updated_at.isoformat(),
    }


def _file_json(info: object) -> dict[str, object]:
    from l4ydesk.core.vfs import FileInfo

    assert isinstance(info, FileInfo)
    return {
        "path": info.path,
        "size": info.size,
        "binary": info.is_binary,
        "revision": info.revision,
        "sha256": info.content_hash,
        "source": info.source.value,
    }
