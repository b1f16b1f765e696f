"""`l4ydesk sync ...`: link external calendars to resources and sync them, headless.

`l4ydesk sync` alone syncs every linked calendar (pull busy time, push bookings).
Exit codes: 0 done, 1 refused or a calendar failed to sync (each failure said in a sentence).
Passwords are read from stdin or typed at a prompt, never taken as an argument (other users
can read a process's arguments), and kept only in the OS keyring.
"""

from __future__ import annotations

import argparse
import asyncio
import getpass
import json
import sys
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from l4ydesk.core.calendar_sync.engine import CalendarSync, SyncReport
    from l4ydesk.core.calendar_sync.links import LinkInfo


def register(verbs: Any) -> None:
    sync = verbs.add_parser(
        "sync", help="sync linked calendars (CalDAV, Google, Microsoft 365): busy in, bookings out"
    )
    sync.set_defaults(handler=run)
    sync.add_argument("--json", action="store_true", help="one JSON report per linked calendar")
    actions = sync.add_subparsers(dest="sync_action")
    link = actions.add_parser("link", help="link a CalDAV, Google or Microsoft 365 calendar")
    link.add_argument("resource", help="the resource's name or id")
    which = link.add_mutually_exclusive_group(required=True)
    which.add_argument("--caldav", metavar="URL", help="a CalDAV calendar's URL")
    which.add_argument(
        "--google", action="store_true", help="sign in to Google in the browser, then link"
    )
    which.add_argument(
        "--microsoft",
        action="store_true",
        help="sign in to Microsoft 365 with a code (device sign-in), then link",
    )
    link.add_argument("--calendar", default="primary", help="the Google calendar's id")
    link.add_argument("--user", help="the CalDAV user name")
    link.add_argument(
        "--password-stdin", action="store_true", help="read the password from standard input"
    )
    listing = actions.add_parser("list", help="linked calendars, last sync and last error")
    listing.add_argument("--json", dest="list_json", action="store_true")
    unlink = actions.add_parser("unlink", help="unlink a calendar (its busy time goes)")
    unlink.add_argument("link", type=int, help="the link's id (see: l4ydesk sync list)")


def run(args: argparse.Namespace, services: Any) -> int:
    from l4ydesk.app_sync import calendar_sync

    sync = calendar_sync(services)
    if args.sync_action == "link":
        return _link(args, services, sync)
    if args.sync_action == "list":
        return _list(args, sync)
    if args.sync_action == "unlink":
        info = asyncio.run(sync.unlink(args.link))
        print(f"Unlinked {info.calendar_url} from {info.resource_name}; its busy time is gone.")
        return 0
    reports = asyncio.run(sync.sync_all())
    if not reports:
        print("No calendars are linked. Link one with: l4ydesk sync link RESOURCE --caldav URL …")
    for report in reports:
        if args.json:
            print(json.dumps(_report_json(report)))
        else:
            print(report.summary(), file=sys.stderr if report.error else sys.stdout)
    return 1 if any(report.error for report in reports) else 0


def _link(args: argparse.Namespace, services: Any, sync: CalendarSync) -> int:
    from l4ydesk.core.calendar.model import CalendarError

    resource = services.calendar.resources.find(args.resource)
    if args.google:
        return _link_google(args, services, sync, resource.resource_id)
    if args.microsoft:
        return _link_microsoft(services, sync, resource.resource_id)
    if not args.user:
        raise CalendarError("Give the CalDAV user name with --user.")
    if args.password_stdin:
        password = sys.stdin.readline().rstrip("\r\n")
    elif sys.stdin.isatty():
        password = getpass.getpass(f"Password for {args.user} at {args.caldav}: ")
    else:
        raise CalendarError("Give the password with --password-stdin, or run in a terminal.")
    info, name = asyncio.run(
        sync.link(resource.resource_id, "caldav", args.caldav, args.user, password)
    )
    print(
        f"Linked “{name}” to {info.resource_name} (link {info.link_id}). Sync it with: l4ydesk sync"
    )
    return 0


def _link_google(
    args: argparse.Namespace, services: Any, sync: CalendarSync, resource_id: int
) -> int:
    import webbrowser

    from l4ydesk.app_sync import google_sign_in

    def open_browser(url: str) -> None:
        print(f"Sign in to Google in your browser (if it did not open, visit):\n{url}")
        webbrowser.open(url)

    async def flow() -> tuple[LinkInfo, str]:
        refresh = await google_sign_in(services, open_browser)
        return await sync.link(resource_id, "google", args.calendar, "", refresh)

    info, name = asyncio.run(flow())
    print(f"Linked Google calendar “{name}” to {info.resource_name} (link {info.link_id}).")
    return 0


def _link_microsoft(services: Any, sync: CalendarSync, resource_id: int) -> int:
    import webbrowser

    from l4ydesk.app_sync import microsoft_sign_in

    def show_code(code: Any) -> None:
        print(f"To sign in, open {code.verification_uri} and enter the code {code.user_code}.")
        webbrowser.open(code.verification_uri)

    async def flow() -> tuple[LinkInfo, str]:
        refresh = await microsoft_sign_in(services, show_code)
        return await sync.link(resource_id, "msgraph", "me/calendar", "", refresh)

    info, name = asyncio.run(flow())
    print(
        f"Linked the Microsoft 365 calendar of {name} to {info.resource_name} "
        f"(link {info.link_id})."
    )
    return 0


def _list(args: argparse.Namespace, sync: CalendarSync) -> int:
    links = sync.links.all()
    if args.list_json:
        print(json.dumps([_link_json(link) for link in links], indent=2))
        return 0
    if not links:
        print("No calendars are linked. Link one with: l4ydesk sync link RESOURCE --caldav URL …")
    for link in links:
        when = link.last_sync_at.isoformat(timespec="seconds") if link.last_sync_at else "never"
        state = f"error: {link.last_error}" if link.last_error else "ok"
        print(
            f"{link.link_id}\t{link.resource_name}\t{link.provider_name}\t{link.calendar_url}"
            f"\t{link.account}\tlast sync {when}\t{state}"
        )
    return 0


def _link_json(link: LinkInfo) -> dict[str, object]:
    return {
        "id": link.link_id,
        "resource": link.resource_name,
        "provider": link.provider,
        "calendar_url": link.calendar_url,
        "account": link.account,
        "last_sync_at": link.last_sync_at.isoformat() if link.last_sync_at else None,
        "last_ok_at": link.last_ok_at.isoformat() if link.last_ok_at else None,
        "last_error": link.last_error or None,
    }


def _report_json(report: SyncReport) -> dict[str, object]:
    return {
        "link": report.link.link_id,
        "resource": report.link.resource_name,
        "busy_changed": report.busy_changed,
        "busy_removed": report.busy_removed,
        "pushed": report.pushed,
        "unpushed": report.unpushed,
        "resynced": report.resynced,
        "error": report.error or None,
    }
