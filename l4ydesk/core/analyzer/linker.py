"""Links per-file results into one report: resolves calls across files, builds workflows and
checkouts, names components by where they are used, fills currencies, merges duplicates."""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field, replace
from typing import Any

from l4ydesk.core.analyzer import vocabulary
from l4ydesk.core.analyzer.checkouts import CheckoutDraft
from l4ydesk.core.analyzer.handlers import Action, FunctionFacts, ImportRef, RouteFacts
from l4ydesk.core.analyzer.merge import merge
from l4ydesk.core.analyzer.model import Detection, Evidence
from l4ydesk.core.analyzer.overlaps import leading_elsewhere, previews
from l4ydesk.core.analyzer.pipeline import FileAnalysis
from l4ydesk.core.analyzer.reach import FileUse, reachable, rendered_data
from l4ydesk.core.analyzer.routing import resolve_spec, route_matches
from l4ydesk.core.analyzer.steps import HttpCall, Step, name_only_step
from l4ydesk.core.analyzer.values import humanize, words

CHECKOUT_THRESHOLD = 0.6
_MAX_EXPANSION = 6
_NOTIFY_URL = re.compile(r"slack|discord|teams\.microsoft|telegram|pagerduty|opsgenie", re.I)
_CART_WORDS = frozenset({"cart", "basket"})
_LOOPBACK = re.compile(r"://(localhost|127\.0\.0\.1|0\.0\.0\.0)\b")
# services outside the app whose records a write lands in: writing there is an integration
_THIRD_PARTY_STORES = frozenset(
    {"hubspot", "pipedrive", "salesforce", "notion", "sheets", "airtable", "calendar"}
)
_ACCOUNT = frozenset(
    {"otp", "login", "logout", "signin", "signout", "password", "auth", "session", "2fa", "mfa"}
)
_PAYMENT_URL = re.compile(r"checkout|payment|subscription|billing|stripe|paypal", re.I)
_TYPE_ORDER = (
    "product",
    "event",
    "contact",
    "form",
    "invoice",
    "ticket",
    "booking",
    "workflow",
    "checkout",
)


@dataclass
class _Linker:
    analyses: Sequence[FileAnalysis]
    paths: set[str] = field(init=False)
    functions: dict[tuple[str, str], FunctionFacts] = field(init=False)
    routes: list[RouteFacts] = field(init=False)
    used_functions: set[tuple[str, str]] = field(default_factory=set)
    used_routes: set[tuple[str, str]] = field(default_factory=set)

    def __post_init__(self) -> None:
        self.paths = {a.path for a in self.analyses if a.analyzed}
        self.functions = {(f.path, f.name): f for a in self.analyses for f in a.functions}
        self.routes = [r for a in self.analyses for r in a.routes]

    def expand(self, actions: Iterable[Action], depth: int = 0) -> list[Step]:
        steps: list[Step] = []
        if depth > _MAX_EXPANSION:
            return steps
        for action in actions:
            if isinstance(action, Step):
                steps.append(action)
            elif isinstance(action, HttpCall):
                steps.extend(self._http(action, depth))
            elif isinstance(action, ImportRef):
                steps.extend(self._import(action, depth))
        return steps

    def _http(self, call: HttpCall, depth: int) -> list[Step]:
        target = f"{call.method} {call.url}"
        if call.local:
            route = self._route_for(call)
            if route is not None:
                self.used_routes.add((route.facts.path, route.method))
                if call.method == "GET":
                    return []
                inner = self.expand(route.facts.actions, depth + 1)
                if any(s.kind == "payment" for s in inner):
                    return [s for s in inner if s.kind == "payment"]
                return [Step("http_request", target, call.evidence), *inner]
        if call.method == "GET":
            return []
        if _NOTIFY_URL.search(call.url):
            return [Step("notify", target, call.evidence)]
        if _PAYMENT_URL.search(call.url):
            return [Step("payment", target, call.evidence)]
        return [Step("http_request", target, call.evidence)]

    def _route_for(self, call: HttpCall) -> RouteFacts | None:
        for route in self.routes:
            if route.method in (call.method, "*") and route_matches(route.endpoint, call.url):
                return route
        return None

    def _import(self, ref: ImportRef, depth: int) -> list[Step]:
        path = resolve_spec(ref.path, ref.spec, self.paths)
        facts = self.functions.get((path, ref.name)) if path is not None else None
        if facts is None:
            step = name_only_step(ref.name, ref.evidence)
            return [step] if step is not None else []
        self.used_functions.add((facts.path, facts.name))
        return self.expand(facts.actions, depth + 1)

    # --- workflows --------------------------------------------------------------------------

    def workflows(self, renames: dict[str, str]) -> list[Detection]:
        found: list[Detection] = []
        seen: dict[tuple[str, str], int] = {}
        for analysis in self.analyses:
            for draft in analysis.workflows:
                steps = _dedupe(self.expand(draft.actions))
                detection = _workflow(
                    draft.name, draft.trigger, steps, draft.evidence, draft.component
                )
                if detection is None:
                    continue
                if draft.rename_from and draft.rename_from in renames:
                    new_name = renames[draft.rename_from]
                    detection = replace(
                        detection, name=new_name, fields={**detection.fields, "name": new_name}
                    )
                if draft.identity in seen:
                    index = seen[draft.identity]
                    kept = found[index]
                    # the same handler wired to two forms or buttons is one workflow
                    found[index] = replace(kept, evidence=_union(kept.evidence, detection.evidence))
                    continue
                seen[draft.identity] = len(found)
                found.append(detection)
        found.extend(self._unreferenced())
        return found

    def _unreferenced(self) -> list[Detection]:
        found: list[Detection] = []
        for route in self.routes:
            if (route.facts.path, route.method) in self.used_routes:
                continue
            steps = _dedupe(self.expand(route.facts.actions))
            # a route another service calls (a payment notice) is an integration in itself
            inbound = bool(route.facts.webhook) or "webhook" in words(route.endpoint)
            if route.facts.webhook:
                name = f"{route.facts.webhook.capitalize()} webhook"
                trigger = "payment.completed" if route.facts.webhook == "stripe" else None
            else:
                name = f"{route.method} {route.endpoint}"
                trigger = "webhook.received" if inbound else None
            detection = _workflow(
                name,
                trigger,
                steps,
                (route.facts.evidence,),
                f"{route.facts.path}:{route.method}",
                inbound=inbound,
            )
            if detection is not None:
                found.append(detection)
        route_functions = {(r.facts.path, r.facts.name) for r in self.routes}
        for key_, facts in self.functions.items():
            if (
                not facts.server_action
                or key_ in self.used_functions
                or key_ in route_functions
                or facts.name == "default"
            ):
                continue
            steps = _dedupe(self.expand(facts.actions))
            detection = _workflow(
                humanize(facts.name), None, steps, (facts.evidence,), f"{facts.path}:{facts.name}"
            )
            if detection is not None:
                found.append(detection)
        return found

    def _source(self, ref: ImportRef) -> tuple[Evidence, ...]:
        path = resolve_spec(ref.path, ref.spec, self.paths)
        facts = self.functions.get((path, ref.name)) if path is not None else None
        return (facts.evidence,) if facts is not None else ()

    # --- checkouts --------------------------------------------------------------------------

    def checkouts(self, detections: Sequence[Detection]) -> list[Detection]:
        by_path: dict[str, list[tuple[CheckoutDraft, float, set[str], bool]]] = {}
        for analysis in self.analyses:
            for draft in analysis.checkouts:
                weights = [w for _, w in draft.cues]
                providers = set(draft.providers)
                subscription = draft.subscription
                carts = any(c in ("cart", "cart_state") for c, _ in draft.cues)
                for ref in draft.refs:
                    if isinstance(ref, HttpCall) and _LOOKUP & set(words(ref.url)):
                        continue  # asking a payment's status or history pays nothing
                    if carts and isinstance(ref, ImportRef) and _CART_WORDS & set(words(ref.name)):
                        # where the cart lives: the hook or store the component reads it from
                        draft = replace(draft, evidence=_union(draft.evidence, self._source(ref)))
                    for step in self.expand([ref]):
                        if step.kind == "payment":
                            weights.append(0.9)
                            draft = replace(
                                draft,
                                evidence=_union(draft.evidence, (ref.evidence, step.evidence)),
                            )
                            target = step.target.lower()
                            providers.add(
                                "stripe"
                                if "stripe" in target or not providers
                                else next(iter(providers))
                            )
                            subscription = subscription or "subscri" in target
                score = 1.0
                for w in weights:
                    score *= 1 - w
                score = 1 - score
                if score >= CHECKOUT_THRESHOLD:
                    by_path.setdefault(draft.path, []).append(
                        (draft, score, providers, subscription)
                    )
        found: list[Detection] = []
        for path in leading_elsewhere(by_path):
            del by_path[path]  # a cart whose button goes on to a checkout page is its first step
        for path, drafts in by_path.items():
            name = next((d.name for d, *_ in drafts if d.name), None) or humanize(
                drafts[0][0].component.split(":")[-1]
            )
            providers = set().union(*(p for _, _, p, _ in drafts))
            items = [
                d.name
                for d in detections
                if d.type_key == "product" and any(e.path == path for e in d.evidence)
            ]
            fields: dict[str, Any] = {
                "provider": sorted(providers)[0] if providers else None,
                "mode": "subscription" if any(s for *_, s in drafts) else "payment",
                "cues": sorted({c for d, *_ in drafts for c, _ in d.cues}),
            }
            if items:
                fields["items"] = items
            evidence: tuple[Evidence, ...] = ()
            for draft, *_ in drafts:
                evidence = _union(evidence, draft.evidence)
            score = round(max(s for _, s, *_ in drafts), 3)
            component = drafts[0][0].component
            found.append(Detection("checkout", name, fields, score, evidence[:8], component))
            if vocabulary.BOOKING.search(name):
                # "Complete your booking" with the card fields: paying for it reserves it
                booking = {"source": "checkout"}
                found.append(Detection("booking", name, booking, score, evidence[:8], component))
        return found


# URL words of a call that reads or settles a payment instead of starting one
_LOOKUP = frozenset(
    {"status", "check", "verify", "webhook", "webhooks", "refund", "history", "lookup", "retrieve"}
)


def _automates(step: Step) -> bool:
    """True for a side effect beyond storing the record: a message, a third-party call."""
    if step.kind in ("send_email", "notify", "create_contact", "schedule_follow_up"):
        return True
    if step.kind == "http_request":
        url = step.target.partition(" ")[2]
        return "://" in url and not _LOOPBACK.search(url)
    root = step.target.split(".")[0].lower()
    return root in _THIRD_PARTY_STORES


def _dedupe(steps: list[Step]) -> list[Step]:
    seen: set[tuple[str, str]] = set()
    out: list[Step] = []
    for step in steps:
        if (step.kind, step.target) not in seen:
            seen.add((step.kind, step.target))
            out.append(step)
    return out


def _union(a: tuple[Evidence, ...], b: tuple[Evidence, ...]) -> tuple[Evidence, ...]:
    out = list(a)
    out.extend(e for e in b if e not in out)
    return tuple(out[:8])


def _workflow(
    name: str,
    trigger: str | None,
    steps: list[Step],
    evidence: tuple[Evidence, ...],
    component: str,
    *,
    inbound: bool = False,
) -> Detection | None:
    work = [s for s in steps if s.kind != "payment"]
    if not work or not (inbound or any(_automates(s) for s in work)):
        # starting a payment is the checkout's job; storing a record is the form's
        return None
    if _ACCOUNT & set(words(f"{name} {component}")):
        return None  # a sign-in code or password mail serves the account, not the business
    kinds: list[str] = []
    for s in work:
        if s.kind not in kinds:
            kinds.append(s.kind)
    fields: dict[str, Any] = {
        "name": name,
        "trigger": trigger,
        "steps": [{"kind": s.kind, "target": s.target} for s in work],
        "step_kinds": kinds,
    }
    confidence = min(0.6 + 0.1 * len(kinds), 0.95)
    all_evidence = _union(evidence, tuple(s.evidence for s in work))
    return Detection("workflow", name, fields, confidence, all_evidence, component)


def _used_data(path: str, read_json: frozenset[str]) -> bool:
    """A JSON file's records count only when the app's code reads that file."""
    if not path.endswith(".json"):
        return True
    return path.rsplit("/", 1)[-1][: -len(".json")] in read_json


def _renames(analyses: Iterable[FileAnalysis]) -> dict[str, str]:
    found: dict[str, str] = {}
    for analysis in analyses:
        for component, heading in analysis.usages:
            found.setdefault(component, heading)
    return found


def _apply_rename(det: Detection, renames: dict[str, str]) -> Detection:
    source = det.fields.get("_rename_from")
    if not isinstance(source, str) or source not in renames:
        return det
    fields = dict(det.fields)
    new_name = renames[source]
    if "title" in fields:
        fields["title"] = new_name
    if "form" in fields:
        fields["form"] = new_name
    return replace(det, name=new_name, fields=fields)


def _fill_currency(
    det: Detection, by_path: dict[str, str | None], project: str | None
) -> Detection:
    if det.type_key not in ("product", "event", "invoice", "checkout"):
        return det
    has_amount = any(det.fields.get(k) is not None for k in ("price", "total"))
    if det.fields.get("currency") or (not has_amount and det.type_key != "checkout"):
        return det
    hint = next((by_path.get(e.path) for e in det.evidence if by_path.get(e.path)), None)
    currency = hint or project
    if currency is None:
        return det
    return replace(det, fields={**det.fields, "currency": currency})


def _public(det: Detection) -> Detection:
    if not any(k.startswith("_") for k in det.fields):
        return det
    return replace(det, fields={k: v for k, v in det.fields.items() if not k.startswith("_")})


def _sort_key(det: Detection) -> tuple[int, str, int]:
    first = det.evidence[0] if det.evidence else Evidence("", 0, 0, "")
    return (_TYPE_ORDER.index(det.type_key), first.path, first.start_line)


def link(analyses: Sequence[FileAnalysis]) -> list[Detection]:
    """All detections of a project, cross-file links resolved and duplicates merged."""
    linker = _Linker(analyses)
    renames = _renames(analyses)
    code = [a for a in analyses if not a.path.endswith(".json")]
    read_json = frozenset().union(*(a.json_mentions for a in code))
    detections = [
        _apply_rename(d, renames)
        for a in analyses
        if _used_data(a.path, read_json)
        for d in a.detections
    ]
    detections.extend(linker.workflows(renames))
    currencies = {a.path: a.currency for a in analyses}
    counts = Counter(c for c in currencies.values() if c)
    project = counts.most_common(1)[0][0] if counts else None
    detections = [_fill_currency(d, currencies, project) for d in detections]
    detections.extend(_fill_currency(d, currencies, project) for d in linker.checkouts(detections))
    uses = [
        FileUse(a.path, a.renders, a.value_imports, a.waits, a.shown_rows, a.prop_rows)
        for a in code
        if a.analyzed
    ]
    detections = rendered_data(detections, uses)
    shown = reachable([(a.path, a.imports) for a in code if a.analyzed])
    merged = [_unless_unreachable(_public(d), shown) for d in merge(previews(detections))]
    return sorted(merged, key=_sort_key)


UNREACHABLE_CONFIDENCE = 0.45


def _unless_unreachable(det: Detection, shown: set[str]) -> Detection:
    """Only a leftover file (no route shows it) says this: offer it as "Maybe"."""
    if any(e.path in shown or e.path.endswith(".json") for e in det.evidence):
        return det
    return replace(det, confidence=min(det.confidence, UNREACHABLE_CONFIDENCE))
