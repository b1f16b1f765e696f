"""`l4ydesk serve`, `l4ydesk keys …` and `l4ydesk webhooks …`: the platform API from a shell."""

from __future__ import annotations

import argparse
import contextlib
import json
import sys
from typing import TYPE_CHECKING, Any

from l4ydesk.app import Services, build_platform_for

if TYPE_CHECKING:
    from l4ydesk.core.platform.keys import KeyInfo

VERBS = ("serve", "keys", "webhooks")


def register(verbs: Any) -> None:
    serve = verbs.add_parser("serve", help="run the platform API (REST, webhooks, checkout)")
    serve.add_argument("--host", default="127.0.0.1", help="address to listen on")
    serve.add_argument("--port", type=int, default=8787, help="port (0: any free port)")
    serve.add_argument(
        "--dev", action="store_true", help="development: webhooks may go to loopback http URLs"
    )

    keys = verbs.add_parser("keys", help="create, list or revoke API keys").add_subparsers(
        dest="action", required=True
    )
    create = keys.add_parser("create", help="create a key (printed once)")
    create.add_argument("--app", required=True, help="the app the key belongs to")
    create.add_argument(
        "--scopes", required=True, help="e.g. products:read,forms:write (*:read for all)"
    )
    create.add_argument("--expires", help="lifetime, e.g. 90d, 12h, 30m (default: never)")
    create.add_argument(
        "--origin", action="append", default=[], help="a browser origin allowed (repeatable)"
    )
    create.add_argument("--json", action="store_true")
    listing = keys.add_parser("list", help="list keys (prefix, scopes, app, last use, expiry)")
    listing.add_argument("--app", help="only this app's keys")
    listing.add_argument("--json", action="store_true")
    keys.add_parser("revoke", help="revoke a key").add_argument("key", help="its prefix or id")

    hooks = verbs.add_parser("webhooks", help="an app's outbound webhooks").add_subparsers(
        dest="action", required=True
    )
    add = hooks.add_parser("add", help="register an endpoint (prints its signing secret once)")
    add.add_argument("--app", required=True)
    add.add_argument("url")
    add.add_argument("--events", required=True, help="e.g. form.submitted,booking.created")
    add.add_argument("--dev", action="store_true", help="allow a loopback http URL")
    hooks.add_parser("list", help="list endpoints").add_argument("--app")
    log = hooks.add_parser("deliveries", help="an endpoint's delivery log")
    log.add_argument("endpoint", type=int)
    hooks.add_parser("resend", help="send a delivery again").add_argument("delivery", type=int)


def run(args: argparse.Namespace, services: Services) -> int:
    from l4ydesk.secrets import SecretStoreUnavailable

    try:
        platform = build_platform_for(services, dev=bool(getattr(args, "dev", False)))
    except SecretStoreUnavailable as exc:
        print(
            f"l4ydesk: {exc} On a server, set L4YDESK_SERVER_SECRET instead (the same value "
            "for every process that serves this database).",
            file=sys.stderr,
        )
        return 2
    if args.verb == "serve":
        return _serve(args, platform)
    if args.verb == "keys":
        return _keys(args, services, platform)
    return _webhooks(args, platform)


def _serve(args: argparse.Namespace, platform: Any) -> int:
    from l4ydesk.server.run import bind, serve

    try:
        sock = bind(args.host, args.port)
    except OSError as exc:
        print(
            f"l4ydesk: cannot listen on {args.host}:{args.port} ({exc.strerror}). "
            "Choose another --port or stop what uses it.",
            file=sys.stderr,
        )
        return 2

    def ready(url: str) -> None:
        print(f"l4ydesk serve: listening on {url} (API docs at {url}/docs)", flush=True)

    with contextlib.suppress(KeyboardInterrupt):
        serve(platform, sock, ready)
    return 0


def _key_json(info: KeyInfo, app_slug: str) -> dict[str, Any]:
    return {
        "prefix": info.prefix,
        "scopes": list(info.scopes),
        "app": app_slug,
        "origins": list(info.origins),
        "created_at": info.created_at.isoformat(),
        "expires_at": info.expires_at.isoformat() if info.expires_at else None,
        "last_used_at": info.last_used_at.isoformat() if info.last_used_at else None,
        "state": info.state,
    }


def _keys(args: argparse.Namespace, services: Services, platform: Any) -> int:
    slugs = {app.app_id: app.slug for app in services.catalog.list_apps()}
    if args.action == "create":
        new = platform.keys.create(args.app, args.scopes, expires=args.expires, origins=args.origin)
        data = _key_json(new.info, slugs.get(new.info.app_id, "?"))
        if args.json:
            print(json.dumps({"key": new.key, **data}, indent=2))
        else:
            print(new.key)
            print(
                f"Created key {new.info.prefix} for {data['app']} ({', '.join(new.info.scopes)}). "
                "Copy it now: it is not shown again.",
                file=sys.stderr,
            )
        return 0
    if args.action == "revoke":
        info = platform.keys.revoke(args.key)
        print(f"Revoked key {info.prefix}.")
        return 0
    found = platform.keys.list_keys(args.app)
    if args.json:
        print(json.dumps([_key_json(k, slugs.get(k.app_id, "?")) for k in found], indent=2))
        return 0
    if not found:
        print("No API keys yet. Create one with: l4ydesk keys create --app APP --scopes …")
    for key in found:
        used = key.last_used_at.strftime("%Y-%m-%d %H:%M") if key.last_used_at else "never"
        expires = key.expires_at.strftime("%Y-%m-%d") if key.expires_at else "never"
        print(
            f"{key.prefix}\t{slugs.get(key.app_id, '?')}\t{','.join(key.scopes)}\t"
            f"used {used}\texpires {expires}\t{key.state}"
        )
    return 0


def _webhooks(args: argparse.Namespace, platform: Any) -> int:
    if args.action == "add":
        app = platform.catalog.find(args.app)
        events = [e.strip() for e in args.events.split(",") if e.strip()]
        endpoint, secret = platform.outbox.register(app.app_id, args.url, events)
        print(secret)
        print(
            f"Registered endpoint #{endpoint.endpoint_id} for {', '.join(endpoint.events)}. "
            "The line above is its signing secret; it is not shown again.",
            file=sys.stderr,
        )
    elif args.action == "list":
        app_id = platform.catalog.find(args.app).app_id if args.app else None
        for endpoint in platform.outbox.endpoints(app_id):
            state = "active" if endpoint.active else "reserved" if endpoint.reserved else "disabled"
            url = endpoint.url or "-"
            print(f"#{endpoint.endpoint_id}\t{url}\t{','.join(endpoint.events)}\t{state}")
    elif args.action == "deliveries":
        for d in platform.outbox.deliveries(args.endpoint):
            code = d.last_status if d.last_status is not None else "-"
            print(f"#{d.delivery_id}\t{d.event_type}\t{d.status}\t{d.attempts} tries\t{code}")
    else:
        platform.outbox.resend(args.delivery)
        print(f"Delivery #{args.delivery} will be sent again.")
    return 0
