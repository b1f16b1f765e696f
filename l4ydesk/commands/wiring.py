"""`l4ydesk wiring APP [--json]`: which of the app's forms and cart buttons a publish wires.

The same report the publish wizard's review page shows: each linked form that will post to the
platform and each checkout button that will start a checkout, with the file it changes, and
each one left as it is with the reason ("not wired: …"). Uses the app's saved publish answers,
or forms and checkout when it has none yet. Nothing is written anywhere.
"""

from __future__ import annotations

import argparse
import json
from typing import Any

from l4ydesk.app import Services


def register(verbs: Any) -> None:
    wiring = verbs.add_parser(
        "wiring", help="show which forms and checkout buttons a publish wires to the platform"
    )
    wiring.add_argument("app", help="the app's name or id")
    wiring.add_argument("--json", action="store_true", help="print the report as JSON")
    wiring.set_defaults(handler=run)


def run(args: argparse.Namespace, services: Services) -> int:
    from l4ydesk.core.publish.config import PublishConfig
    from l4ydesk.core.publish.config_store import load_config
    from l4ydesk.core.publish.prepare import prepare_files
    from l4ydesk.core.publish.published import badge_for

    app = services.catalog.find(args.app)
    config = load_config(services.store, app.app_id) or PublishConfig(
        categories=("forms", "checkout")
    )
    badge = badge_for(services.ledger.balance().tier)
    prepared = prepare_files(services.store, app.app_id, config, badge=badge)
    changes = [c for c in prepared.compat_changes if c.rule.startswith("wire-")]
    if args.json:
        print(json.dumps([c.to_dict() for c in changes], indent=2))
        return 0
    if not changes:
        print(f"{app.name}: no linked form or checkout to wire (connect them first).")
    for change in changes:
        print(change.description)
    return 0
