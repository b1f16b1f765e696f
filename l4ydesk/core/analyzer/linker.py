"""Links per-file results into one report: resolves calls across files, builds workflows and
checkouts, names components by where they are used, fills currencies, merges duplicates."""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field, replace

from l4ydesk.core.analyzer.catalogue_views import without_catalogue_views
from l4ydesk.core.analyzer.checkout_nav import link_provider
from l4ydesk.core.analyzer.checkout_steps import (
    checkout_detections,
    fold_rendered_steps,
    fold_ways_in,
)
from l4ydesk.core.analyzer.checkouts import CheckoutDraft
from l4ydesk.core.analyzer.effects import (
    LOOKUP,
    dedupe,
    external,
    not_repeated,
    one_per_message,
    outside_call,
    paid_route_name,
    settles,
    union,
    workflow_detection,
)
from l4ydesk.core.analyzer.handlers import Action, FunctionFacts, ImportRef, RouteFacts
from l4ydesk.core.analyzer.link_parts import (
    apply_rename,
    buyers_details,
    fill_currency,
    form_sections,
    named_visit_request,
    public,
    sort_key,
    staff_entry,
    usage_names,
    used_data,
)
from l4ydesk.core.analyzer.members import method_of
from l4ydesk.core.analyzer.merge import merge
from l4ydesk.core.analyzer.model import Detection, Evidence
from l4ydesk.core.analyzer.next_steps import without_next_steps
from l4ydesk.core.analyzer.overlaps import leading_elsewhere, previews
from l4ydesk.core.analyzer.own_base import own_path
from l4ydesk.core.analyzer.pipeline import FileAnalysis
from l4ydesk.core.analyzer.reach import FileUse, is_shown, offered, reachable, rendered_data
from l4ydesk.core.analyzer.routing import is_trial_endpoint, resolve_spec, route_matches
from l4ydesk.core.analyzer.steps import HttpCall, Step, name_only_step, passed
from l4ydesk.core.analyzer.trash_lists import without_trash_lists
from l4ydesk.core.analyzer.urls import filled_import
from l4ydesk.core.analyzer.values import humanize, words

CHECKOUT_THRESHOLD = 0.6
_MAX_EXPANSION = 6
_CART_WORDS = frozenset({"cart", "basket"})


@dataclass
class _Linker:
    analyses: Sequence[FileAnalysis]
    paths: set[str] = field(init=False)
    functions: dict[tuple[str, str], FunctionFacts] = field(init=False)
    routes: list[RouteFacts] = field(init=False)
    by_path: dict[str, FileAnalysis] = field(init=False)
    used_functions: set[tuple[str, str]] = field(default_factory=set)
    used_routes: set[tuple[str, str]] = field(default_factory=set)
    # files a route shows; a leftover component's calls leave the routes it calls unused
    shown: set[str] | None = None
    # many pages call the same few endpoints: each (method, url) is matched against the routes once
    _route_of: dict[tuple[str, str], RouteFacts | None] = field(default_factory=dict)

    def __post_init__(self) -> None:
        self.paths = {a.path for a in self.analyses if a.analyzed}
        self.by_path = {a.path: a for a in self.analyses}
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
        if call.url.startswith("{import:"):
            call = replace(call, url=filled_import(call.url, self._urls_of(call.evidence.path)))
        target = f"{call.method} {call.url}"
        own = None if call.local else own_path(call.url)
        route = (
            self._route_for(replace(call, url=own) if own else call) if call.local or own else None
        )
        if route is None:
            return outside_call(call)
        if not own:
            # a server calling its own address leaves that route an entry of its own
            self.used_routes.add((route.facts.path, route.method))
        if call.method == "GET":
            return []
        inner = passed(route.facts.evidence, self.expand(route.facts.actions, depth + 1))
        if any(s.kind == "payment" for s in inner):
            return [s for s in inner if s.kind == "payment"]
        return [Step("http_request", target, call.evidence), *inner]

    def _route_for(self, call: HttpCall) -> RouteFacts | None:
        key = (call.method, call.url)
        if key not in self._route_of:
            self._route_of[key] = next(
                (
                    route
                    for route in self.routes
                    if route.method in (call.method, "*")
                    and route_matches(route.endpoint, call.url)
                ),
                None,
            )
        return self._route_of[key]

    def _import(self, ref: ImportRef, depth: int) -> list[Step]:
        path = resolve_spec(ref.path, ref.spec, self.paths)
        facts = self.functions.get((path, ref.name)) if path is not None else None
        if facts is None and path is not None and "." in ref.name:
            facts = method_of(self.functions, path, ref.name.rsplit(".", 1)[1])
        if facts is None and "." in ref.name:
            return []  # a method of something the project does not define: nothing to judge
        if facts is None:
            step = name_only_step(ref.name, ref.evidence)
            return [step] if step is not None else []
        self.used_functions.add((facts.path, facts.name))
        return passed(facts.evidence, self.expand(facts.actions, depth + 1))

    def _urls_of(self, from_path: str) -> Callable[[str], dict[str, str]]:
        def urls(spec: str) -> dict[str, str]:
            path = resolve_spec(from_path, spec, self.paths)
            return dict(self.by_path[path].urls) if path in self.by_path else {}

        return urls

    # --- workflows --------------------------------------------------------------------------

    def workflows(self, renames: dict[str, str], checkout_paths: set[str]) -> list[Detection]:
        """`checkout_paths`: files a checkout was found in; a payment started there is its own."""
        found: list[Detection] = []
        seen: dict[tuple[str, str], int] = {}
        paying = self._paying_routes()
        for analysis in self.analyses:
            for draft in analysis.workflows:
                if (
                    self.shown is not None
                    and draft.evidence
                    and not is_shown(draft.evidence[0].path, self.shown)
                ):
                    # a form no route renders runs nothing (`offered`); the route it posts to
                    # stays an endpoint no page calls, a workflow of its own (round 18)
                    continue
                # a payment a route of its own starts is that route's workflow (below)
                steps = [
                    s
                    for s in dedupe(self.expand(draft.actions))
                    if not (s.kind == "payment" and s.evidence.path in paying)
                ]
                owned = any(e.path in checkout_paths for e in draft.evidence)
                detection = workflow_detection(
                    draft.name,
                    draft.trigger,
                    steps,
                    draft.evidence,
                    draft.component,
                    payments=not owned,
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
                    found[index] = replace(kept, evidence=union(kept.evidence, detection.evidence))
                    continue
                seen[draft.identity] = len(found)
                found.append(detection)
        found.extend(not_repeated(found, self._unreferenced()))
        return one_per_message(found)

    def _unreferenced(self) -> list[Detection]:
        found: list[Detection] = []
        paying = self._paying_routes()
        for route in self.routes:
            used = (route.facts.path, route.method) in self.used_routes
            if (used and route.facts.path not in paying) or is_trial_endpoint(route.endpoint):
                continue
            steps = dedupe(self.expand(route.facts.actions))
            # a route another service calls (a payment notice) is an integration in itself
            inbound = bool(route.facts.webhook) or "webhook" in words(route.endpoint)
            # `/api/webhooks/<provider>`: another service calls it, so what it does runs by itself
            called = inbound or "webhooks" in words(route.endpoint)
            if route.facts.webhook:
                name = f"{route.facts.webhook.capitalize()} webhook"
                trigger = "payment.completed" if route.facts.webhook == "stripe" else None
            else:
                name = paid_route_name(route.endpoint, steps) or f"{route.method} {route.endpoint}"
                trigger = "webhook.received" if called else None
            detection = workflow_detection(
                name,
                trigger,
                steps,
                (route.facts.evidence,),
                f"{route.facts.path}:{route.method}",
                inbound=inbound,
                payments=True,
                job=route.facts.guarded,
            )
            starts = any(
                s.kind == "payment" and external(s) and not settles(s.target) for s in steps
            )
            if detection is not None and starts and not inbound:
                # a route starting a payment at the provider (its SDK or its API) was a
                # workflow every time it was seen (5 of 5 on the labelled real projects)
                detection = replace(detection, confidence=max(detection.confidence, 0.9))
            if detection is not None:
                found.append(detection)
        route_functions = {(r.facts.path, r.facts.name) for r in self.routes}
        for key_, facts in self.functions.items():
            if not facts.server_action or key_ in route_functions or facts.name == "default":
                continue
            steps = dedupe(self.expand(facts.actions))
            starts = any(
                s.kind == "payment" and external(s) and not settles(s.target) for s in steps
            )
            if key_ in self.used_functions and not starts:
                continue
            detection = workflow_detection(
                humanize(facts.name),
                None,
                steps,
                (facts.evidence,),
                f"{facts.path}:{facts.name}",
                payments=True,
            )
            if detection is not None and starts:
                # a server action starting a payment at the provider is its own integration,
                # as a route doing so is, whichever checkout calls it (6 of 6 with the routes)
                detection = replace(detection, confidence=max(detection.confidence, 0.9))
            if detection is not None:
                found.append(detection)
        return found

    def _paying_routes(self) -> set[str]:
        """Files of server routes that start a payment through a provider's SDK (an order, a
        session, an intent): the call to the provider is an integration of the route's own,
        whichever page or checkout posts to it."""
        return {
            route.facts.path
            for route in self.routes
            if any(
                s.kind == "payment" and " " not in s.target and not settles(s.target)
                for s in route.facts.actions
                if isinstance(s, Step)
            )
        }

    def _source(self, ref: ImportRef) -> tuple[Evidence, ...]:
        path = resolve_spec(ref.path, ref.spec, self.paths)
        facts = self.functions.get((path, ref.name)) if path is not None else None
        return (facts.evidence,) if facts is not None else ()

    # --- checkouts --------------------------------------------------------------------------

    def _payment_data(self, draft: CheckoutDraft) -> str | None:
        for source in draft.link_sources:
            spec, _, key = source.rpartition("#")
            found = self.by_path.get(resolve_spec(draft.path, spec, self.paths) or "")
            link = dict(found.payment_keys).get(key) if found is not None else None
            if link is not None:
                return link
        return None

    @staticmethod
    def _priced_at(path: str, detections: Sequence[Detection]) -> bool:
        return any(
            d.type_key == "product" and d.evidence[0].path == path for d in detections if d.evidence
        )

    def checkouts(self, detections: Sequence[Detection]) -> list[Detection]:
        by_path: dict[str, list[tuple[CheckoutDraft, float, set[str], bool]]] = {}
        for analysis in self.analyses:
            for draft in analysis.checkouts:
                if link := self._payment_data(draft):
                    # a pay button opens an address kept in a data module: a payment page
                    cues, paid_by = (*draft.cues, ("payment_link", 0.9)), link_provider(link)
                    draft = replace(draft, cues=cues, providers=(*draft.providers, paid_by))
                if any(c == "order_submit" for c, _ in draft.cues) and self._priced_at(
                    draft.path, detections
                ):
                    # an order sent from beside the priced items it orders ("Order now" on a
                    # plan opening the form): the purchase of those items
                    draft = replace(draft, cues=(*draft.cues, ("priced_items", 0.4)))
                weights = _cue_weights(draft.cues)
                providers = set(draft.providers)
                subscription = draft.subscription
                carts = any(c in ("cart", "cart_state") for c, _ in draft.cues)
                claimed = (set(self.used_functions), set(self.used_routes))
                for ref in draft.refs:
                    if isinstance(ref, HttpCall) and LOOKUP & set(words(ref.url)):
                        continue  # asking a payment's status or history pays nothing
                    if carts and isinstance(ref, ImportRef) and _CART_WORDS & set(words(ref.name)):
                        # where the cart lives: the hook or store the component reads it from
                        draft = replace(draft, evidence=union(draft.evidence, self._source(ref)))
                    for step in self.expand([ref]):
                        if step.kind == "payment" and not settles(step.target):
                            weights.append(0.9)
                            draft = replace(
                                draft,
                                evidence=union(draft.evidence, (ref.evidence, step.evidence)),
                            )
                            target = step.target.lower()
                            providers.add(
                                "stripe"
                                if "stripe" in target or not providers
                                else next(iter(providers))
                            )
                            subscription = subscription or "subscri" in target
                if {c for c, _ in draft.cues} <= _WAYS_IN and len(weights) == len(
                    _cue_weights(draft.cues)
                ):
                    # buttons and a handler's name alone open a purchase, they do not take it:
                    # no selection with a total, no card, no payment call
                    weights = [min(w, 0.3) for w in weights]
                score = 1.0
                for w in weights:
                    score *= 1 - w
                score = 1 - score
                if score >= CHECKOUT_THRESHOLD:
                    by_path.setdefault(draft.path, []).append(
                        (draft, score, providers, subscription)
                    )
                else:
                    # only a checkout's own calls are its; the rest may still be workflows
                    self.used_functions, self.used_routes = claimed
        found: list[Detection] = []
        for path in leading_elsewhere(by_path):
            del by_path[path]  # a cart whose button goes on to a checkout page is its first step
        fold_rendered_steps(by_path, self.analyses)
        fold_ways_in(by_path, self.analyses)
        found.extend(checkout_detections(by_path, detections))
        return found


_WAYS_IN = frozenset({"buy_button", "pay_handler", "order_submit"})


def _cue_weights(cues: tuple[tuple[str, float], ...]) -> list[float]:
    """Each kind of cue counts once at its strongest: four buttons on a record's dialog (pay
    now, retry, refund) are still only buttons, not a selection with a total."""
    best: dict[str, float] = {}
    for cue, weight in cues:
        best[cue] = max(best.get(cue, 0.0), weight)
    return list(best.values())


def link(analyses: Sequence[FileAnalysis]) -> list[Detection]:
    """All detections of a project, cross-file links resolved and duplicates merged."""
    linker = _Linker(analyses)
    renames = usage_names(analyses)
    code = [a for a in analyses if not a.path.endswith(".json")]
    shown = reachable([(a.path, a.imports) for a in code if a.analyzed])
    linker.shown = shown
    # only code the app runs reads data: a script that writes a JSON report reads none
    read_json = frozenset().union(*(a.json_mentions for a in code if a.path in shown))
    sections = form_sections(analyses, linker.paths)
    detections = [
        named_visit_request(apply_rename(d, renames))
        for a in analyses
        if used_data(a.path, read_json)
        for d in a.detections
        if not (d.fields.get("_loose") and a.path in sections)
    ]
    detections = [d for d in detections if not staff_entry(d)]
    currencies = {a.path: a.currency for a in analyses}
    counts = Counter(c for c in currencies.values() if c)
    project = counts.most_common(1)[0][0] if counts else None
    # checkouts first: the routes and functions they pay through are theirs, not workflows
    checkouts = [fill_currency(d, currencies, project) for d in linker.checkouts(detections)]
    checkout_paths = {e.path for d in checkouts if d.type_key == "checkout" for e in d.evidence}
    detections = [d for d in detections if not buyers_details(d, checkout_paths)]
    detections.extend(linker.workflows(renames, checkout_paths))
    detections = [fill_currency(d, currencies, project) for d in detections]
    detections.extend(checkouts)
    uses = [
        FileUse(
            a.path, a.renders, a.value_imports, a.waits, a.shown_rows, a.prop_rows, a.taken_names
        )
        for a in code
        if a.analyzed
    ]
    detections = rendered_data(detections, uses)
    detections = without_catalogue_views(detections, uses)
    detections = without_trash_lists(detections)
    detections = without_next_steps(detections)
    offers = (offered(public(d), shown) for d in merge(previews(detections)))
    merged = [d for d in offers if d is not None]
    return sorted(merged, key=sort_key)
