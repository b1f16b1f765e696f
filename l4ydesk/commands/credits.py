"""`l4ydesk credits …`, `l4ydesk plan …` and `l4ydesk stripe setup`: credits, tiers, the store."""

from __future__ import annotations

import argparse
import json
from datetime import datetime
from typing import TYPE_CHECKING, Any

from l4ydesk.core.credits.kinds import Kind
from l4ydesk.core.errors import L4yError
from l4ydesk.core.tiers import CREDIT_PACKS, TIERS, Limit, Tier

if TYPE_CHECKING:
    from l4ydesk.app import Services

VERBS = frozenset({"credits", "plan", "stripe"})


def register(verbs: Any) -> None:
    credits = verbs.add_parser("credits", help="credit balance, history and packs")
    actions = credits.add_subparsers(dest="action", required=True)
    actions.add_parser("balance", help="show the balance").add_argument(
        "--json", action="store_true"
    )
    history = actions.add_parser("history", help="list credit transactions, newest first")
    history.add_argument("--json", action="store_true")
    history.add_argument(
        "--kind",
        action="append",
        choices=[k.value for k in Kind],
        help="only these kinds (repeatable)",
    )
    history.add_argument("--since", help="only from this date on (YYYY-MM-DD)")
    history.add_argument("--limit", type=int, default=50)
    buy = actions.add_parser("buy", help="buy a credit pack through Stripe Checkout")
    buy.add_argument("pack", choices=[p.key for p in CREDIT_PACKS])
    actions.add_parser("sync", help="apply what Stripe did since the last sync")

    plan = verbs.add_parser("plan", help="the current plan and its limits")
    plan_actions = plan.add_subparsers(dest="action", required=True)
    plan_actions.add_parser("show", help="show the plan").add_argument(
        "--json", action="store_true"
    )
    upgrade = plan_actions.add_parser("buy", help="subscribe to a plan through Stripe Checkout")
    upgrade.add_argument("tier", choices=[Tier.PRO.value, Tier.AGENCY.value])
    upgrade.add_argument("--yearly", action="store_true")

    stripe = verbs.add_parser("stripe", help="set up the store in the Stripe account")
    stripe.add_subparsers(dest="action", required=True).add_parser(
        "setup", help="create the products and prices (idempotent)"
    )


def run(args: argparse.Namespace, services: Services) -> int:
    if args.verb == "stripe":
        from l4ydesk.core.credits.catalogue import set_up

        print(set_up(services.stripe()).summary())
        return 0
    if args.verb == "plan":
        if args.action == "buy":
            started = services.purchases.buy_plan(
                Tier(args.tier), "year" if args.yearly else "month"
            )
            return _opened(started.url, started.what)
        return _plan(args, services)
    if args.action == "balance":
        balance = services.ledger.balance()
        print(json.dumps(balance.as_json(), indent=2) if args.json else balance.describe())
        return 0
    if args.action == "history":
        return _history(args, services)
    if args.action == "buy":
        started = services.purchases.buy_pack(args.pack)
        return _opened(started.url, started.what)
    applied = services.purchases.poll()
    changed = [a for a in applied if "nothing" not in a.outcome and "ignored" not in a.outcome]
    for item in applied:
        print(f"{item.type}: {item.outcome}")
    print(
        f"{len(applied)} new Stripe events, {len(changed)} changed something. "
        f"Balance: {services.ledger.balance().describe()}"
    )
    return 0


def _opened(url: str, what: str) -> int:
    print(f"Checkout for {what}: {url}")
    import webbrowser  # only this verb opens a browser

    webbrowser.open(url)
    print("Pay in the browser, then run `l4ydesk credits sync` to see it here.")
    return 0


def _plan(args: argparse.Namespace, services: Services) -> int:
    from l4ydesk.core.credits import TierLimits

    balance = services.ledger.balance()
    spec = TIERS[balance.tier]
    usage = TierLimits(services.store).usage()
    limits = {limit.value: spec.limit(limit) for limit in Limit}
    if args.json:
        print(
            json.dumps(
                {
                    "tier": spec.tier.value,
                    "title": spec.title,
                    "price": spec.price_label,
                    "monthly_credits": spec.monthly_credits,
                    "limits": limits,
                    "in_use": {limit.value: count for limit, count in usage.items()},
                    "badge": spec.badge,
                    "white_label": spec.white_label,
                },
                indent=2,
            )
        )
        return 0
    print(f"{spec.title} plan · {spec.price_label} · {spec.monthly_credits:,} monthly credits")
    for limit in Limit:
        allowed = spec.limit(limit)
        shown = "unlimited" if allowed is None else str(allowed)
        print(f"  {limit.value.replace('_', ' '):<20} {usage[limit]} of {shown}")
    print(f"  {'badge':<20} {'Built with l4ydesk' if spec.badge else 'none'}")
    print(f"  {'white label':<20} {'yes' if spec.white_label else 'no'}")
    return 0


def _history(args: argparse.Namespace, services: Services) -> int:
    since = None
    if args.since:
        try:
            since = datetime.fromisoformat(args.since).astimezone()
        except ValueError:
            raise L4yError(f"'{args.since}' is not a date; write it as YYYY-MM-DD.") from None
    rows = services.ledger.history(
        kinds={Kind(k) for k in args.kind} if args.kind else None, since=since, limit=args.limit
    )
    if args.json:
        print(json.dumps([row.as_json() for row in rows], indent=2))
        return 0
    if not rows:
        print("No credit transactions yet.")
    for row in rows:
        when = row.created_at.astimezone().strftime("%Y-%m-%d %H:%M")
        print(f"{when}  {row.amount:+6d}  {row.kind.value:<14} {row.description}")
    return 0
