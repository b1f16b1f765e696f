"""Says which steps leave the app and turns an entry point's steps into a workflow detection.

A workflow is a side effect beyond storing the record: a message, a third-party or payment
call, a job. What decides is where a call goes (an SDK, an absolute or configured URL, a
remote function), not what the page calls it.
"""

from __future__ import annotations

import re
from dataclasses import replace
from typing import Any

from l4ydesk.core.analyzer.model import Detection, Evidence
from l4ydesk.core.analyzer.own_base import names_a_service, own_route_words
from l4ydesk.core.analyzer.own_base import url_parts as url_parts
from l4ydesk.core.analyzer.step_words import PAYMENT_SDKS, SETUP_PARTS, SETUP_VERBS
from l4ydesk.core.analyzer.steps import HttpCall, Step
from l4ydesk.core.analyzer.values import words

NOTIFY_URL = re.compile(r"slack|discord|teams\.microsoft|telegram|pagerduty|opsgenie", re.I)
# a mail provider's sending endpoint, called over HTTP instead of through its SDK
MAIL_URL = re.compile(
    r"api\.resend\.com/emails|api\.sendgrid\.com/v3/mail|api\.postmarkapp\.com/email|"
    r"api\.(eu\.)?mailgun\.net/.*messages|api\.(brevo|sendinblue)\.com/v3/smtp|"
    r"api\.emailjs\.com/api/.*/send|mandrillapp\.com/api/.*/messages",
    re.I,
)
MODEL_URL = re.compile(
    r"/chat/completions|/v1/completions|/v1/responses|/v1/messages\b|/embeddings|"
    r":generateContent|api\.(openai|anthropic|groq|mistral|cohere|deepseek|together|perplexity)\.|"
    r"api\.x\.ai|generativelanguage\.googleapis|openrouter\.ai|api-inference\.huggingface",
    re.I,
)
# a measurement service's collector (a pixel's server events, an analytics hit) counts
# visits and conversions; nothing reaches a customer or a business record
MEASURE_URL = re.compile(
    r"graph\.facebook\.com/[^?]*/events|google-analytics\.com|/mp/collect|api\.mixpanel\.com|"
    r"api\.segment\.io|plausible\.io/api|posthog|api2?\.amplitude\.com|analytics\.tiktok\.com",
    re.I,
)
# a hosted database's or file store's own API: a write there stores the record or its picture
# (a Firestore document, an image on a CDN), as the app's own database would; nothing is sent
STORE_URL = re.compile(
    r"firestore\.googleapis\.com|firebaseio\.com|firebasestorage\.googleapis\.com|"
    r"\.supabase\.co/(rest|storage)/|api\.cloudinary\.com|amazonaws\.com|"
    r"blob\.vercel-storage\.com|uploadthing|upload\.imagekit\.io|api\.imgbb\.com",
    re.I,
)
_LOOPBACK = re.compile(r"://(localhost|127\.0\.0\.1|0\.0\.0\.0)\b")
# services outside the app whose records a write lands in: writing there is an integration
_THIRD_PARTY_STORES = frozenset(
    {"hubspot", "pipedrive", "salesforce", "notion", "sheets", "airtable", "calendar"}
)
_ACCOUNT = frozenset(
    {"otp", "login", "logout", "signin", "signout", "password", "auth", "session", "2fa", "mfa"}
)
_PAID_SESSION = frozenset({"checkout", "payment", "pay"})
# a URL part that moves money; a stored payment method or a billing base path does not
PAYMENT_PART = re.compile(
    r"checkout|payment(?!.?methods?)|subscription|refund|charge|stripe|paypal|mercadopago|^pay$",
    re.I,
)
# a call that fetches an access token authenticates the next call; it does nothing itself
TOKEN_PART = frozenset({"token", "oauth", "oauth2", "authorize"})


def sets_up(parts: list[str]) -> bool:
    """True when the URL's last static part is a setup method (`setWebhook`, `setSettings`)."""
    said = words(parts[-1]) if parts else []
    return len(said) >= 2 and said[0] in SETUP_VERBS and bool(SETUP_PARTS & set(said[1:]))


# URL words of a call that reads or settles a payment instead of starting one
LOOKUP = frozenset(
    {
        "status",
        "check",
        "verify",
        "webhook",
        "webhooks",
        "refund",
        "refunds",
        "history",
        "lookup",
        "retrieve",
    }
)


def paid_route_name(endpoint: str, steps: list[Step]) -> str | None:
    """ "Razorpay order (shop listing)", "Stripe checkout session": the provider a route pays
    through, what its SDK call creates, and what the route's own path adds to that."""
    target = next((s.target for s in steps if s.kind == "payment" and " " not in s.target), "")
    provider = next((p for p in PAYMENT_SDKS if p in target.lower()), None)
    if provider is None:
        return None
    # (a checkout "session" is the provider's word for a payment page, not a sign-in)
    made = [
        w
        for seg in target.split(".")[1:-1]
        for w in words(seg)
        if provider not in w and w.rstrip("s") != "session"
    ]
    if made:
        made[-1] = made[-1][:-1] if made[-1].endswith("s") else made[-1]
    named = " ".join([provider.capitalize(), *made]) if made else f"{provider.capitalize()} payment"
    said = set(words(named)) | {"api", "create", "new", "pay", "payment", "payments", provider}
    tail = [w for p in url_parts(endpoint) for w in words(p) if w not in said]
    return f"{named} ({' '.join(tail)})" if tail else named


def one_per_message(found: list[Detection]) -> list[Detection]:
    """Buttons of one component that send the same message (confirm, reschedule and cancel
    each mailing the appointment's e-mail), or post to the same third-party address (the send
    button and the Enter key of one chat), are one automation, not one per button."""
    kept: list[Detection] = []
    by_key: dict[tuple[str, frozenset[str]], int] = {}
    for det in found:
        targets = frozenset(
            f"{s['kind']} {s['target']}"
            for s in det.fields.get("steps", [])
            if s["kind"] in ("send_email", "notify", "schedule_follow_up")
            or (s["kind"] == "http_request" and "://" in s["target"])
        )
        key_ = (det.component or "", targets)
        if not targets or key_ not in by_key:
            if targets:
                by_key[key_] = len(kept)
            kept.append(det)
            continue
        first = kept[by_key[key_]]
        if _clicked(det) and not _clicked(first):
            first, det = det, first  # name it by the button a person sees, not the Enter key
        kept[by_key[key_]] = replace(
            first,
            confidence=max(first.confidence, det.confidence),
            evidence=union(first.evidence, det.evidence),
        )
    return kept


def not_repeated(found: list[Detection], entries: list[Detection]) -> list[Detection]:
    """Entry points no page calls (an old server action kept as an alias of the one a form
    calls) whose every call out of the app a found workflow already makes add nothing."""
    made = {(s["kind"], s["target"]) for det in found for s in det.fields.get("steps", [])}

    def repeats(det: Detection) -> bool:
        out = {(s["kind"], s["target"]) for s in det.fields.get("steps", [])}
        return bool(out) and out <= made and any("://" in t for _, t in out)

    return [det for det in entries if not repeats(det)]


def _clicked(det: Detection) -> bool:
    return any(e.snippet.startswith(("<button", "<Button", "<form")) for e in det.evidence)


ID_MARKS = ("{", "$", ":", "[")


def settles(target: str) -> bool:
    """A payment call that reads or settles an existing one instead of starting a purchase:
    its status or history, or a record it names by id (`/invoices/{id}/refund`, `PATCH
    /charges/{id}`); starting one posts to a collection (`/checkout`, `/sessions`)."""
    url = (target.partition(" ")[2] or target).split("?", 1)[0]
    if any(LOOKUP & set(words(part)) for part in url_parts(url)):
        return True
    # the first segment may be a configured base URL, not an id
    return any(seg.startswith(ID_MARKS) for seg in [p for p in url.split("/") if p][1:])


def automates(step: Step) -> bool:
    """True for a side effect beyond storing the record: a message, a third-party call."""
    if step.kind in ("send_email", "notify", "create_contact", "schedule_follow_up"):
        return True
    if step.kind in ("http_request", "payment"):
        return (
            not step.target.startswith("model ")
            and external(step)
            and not STORE_URL.search(step.target)
        )
    root = step.target.split(".")[0].lower()
    return root in _THIRD_PARTY_STORES


def _writes_outside(step: Step) -> bool:
    """`sheets.spreadsheets.values.append`, `airtable.create`, or a POST to such a store's own
    REST API (`https://api.notion.com/v1/pages`): a write to an outside store."""
    if step.kind == "http_request":
        method, _, url = step.target.partition(" ")
        return method in ("POST", "PUT", "PATCH") and _STORE_API.search(url) is not None
    writes = step.kind in ("create_record", "update_record")
    return writes and step.target.split(".")[0].lower() in _THIRD_PARTY_STORES


# the REST hosts of the outside stores above (a CRM, a workspace, a sheet); a query there
# is a POST too, so only a write to its records counts (not `/query` or `/search`)
_STORE_API = re.compile(
    r"://(api\.notion\.com|api\.airtable\.com|sheets\.googleapis\.com|api\.hubapi\.com|"
    r"[\w.-]*pipedrive\.com|[\w.-]*salesforce\.com|www\.googleapis\.com/calendar)"
    r"(?!\S*/(query|search)\b)",
    re.I,
)


def external(step: Step) -> bool:
    """A call whose target is outside the app: an SDK (`stripe.refunds.create`), an absolute
    URL that is not this machine, or a base URL the deployment configures (`{env:API}/v2`)."""
    method, _, url = step.target.partition(" ")
    if not url:
        return step.kind == "payment" and not method.startswith("/")  # an SDK call
    if _LOOPBACK.search(url):
        return False
    # a configured base URL counts for a payment (the provider's API); for other calls it may
    # be the app's own back end, whose writes store records (`{env:API}/bookings`); a whole
    # configured URL with nothing appended is a hook the deployment points somewhere else
    whole = re.fullmatch(r"\{env:\w+\}", url.split("?", 1)[0]) is not None
    return (
        "://" in url
        or whole
        or (step.kind == "payment" and url.startswith("{env:"))
        or names_a_service(url)
    )


def dedupe(steps: list[Step]) -> list[Step]:
    """One step per kind and target; the helpers and routes each copy was reached through
    are kept (the same queue reached by a server action and by a route is both's)."""
    seen: dict[tuple[str, str], int] = {}
    out: list[Step] = []
    for step in steps:
        at = seen.get((step.kind, step.target))
        if at is None:
            seen[(step.kind, step.target)] = len(out)
            out.append(step)
        elif step.via:
            out[at] = replace(out[at], via=(*out[at].via, *step.via))
    return out


def union(a: tuple[Evidence, ...], b: tuple[Evidence, ...], cap: int = 8) -> tuple[Evidence, ...]:
    out = list(a)
    out.extend(e for e in b if e not in out)
    return tuple(out[:cap])


def workflow_detection(
    name: str,
    trigger: str | None,
    steps: list[Step],
    evidence: tuple[Evidence, ...],
    component: str,
    *,
    inbound: bool = False,
    payments: bool = False,
    job: bool = False,
) -> Detection | None:
    """`payments`: a payment call counts as work (a checkout route of its own); where a checkout
    was found the payment it starts is that checkout's, but a refund or retry there is work."""
    work = [
        s for s in steps if s.kind != "payment" or (external(s) and (payments or settles(s.target)))
    ]
    kinds_done = {s.kind for s in work}
    # a route only a service holding its secret calls, writing a model's answer into a store,
    # runs as a job (a CMS's translation); a button or an open route only fills the record
    generates = (
        job
        and any(s.target.startswith("model ") for s in work)
        and bool(kinds_done & {"create_record", "update_record"})
    )
    if not work or not (inbound or generates or any(automates(s) for s in work)):
        # starting a payment is the checkout's job; storing a record is the form's
        return None
    said = set(words(f"{name} {component}"))
    # the app's own routes a button goes through say what it is for (`/api/auth/request-otp`)
    said.update(w for s in work if s.kind == "http_request" for w in own_route_words(s.target))
    if _ACCOUNT & said - ({"session"} if said & _PAID_SESSION else set()):
        # a sign-in code or password mail serves the account, not the business (a checkout
        # session is the provider's page for one payment)
        return None
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
    posts_out = trigger == "form.submitted" and any(
        s.kind == "http_request" and automates(s) for s in work
    )
    if (trigger in _SUBMITTED and "send_email" in kinds) or posts_out:
        # a mail a provider sends when a visitor submits (or a payment lands), or a visitor's
        # submit posted to a service outside the app (a form backend, a hook, a CRM), runs by
        # itself every time: the automation is certain, however few other steps it has
        confidence = max(confidence, 0.9)
    if any(_writes_outside(s) for s in work):
        # a row written into an outside store through its SDK (a Google Sheet, Airtable, a
        # CRM) is a third-party call as plain as a mail, whether or not a page calls the route
        confidence = max(confidence, 0.9)
    # the helpers and routes a message or a third-party call was reached through, where a
    # person points for the side effect, come before the calls themselves
    vias = tuple(v for s in work if automates(s) for v in s.via)
    all_evidence = union(evidence, vias + tuple(s.evidence for s in work), cap=8 + len(vias))
    return Detection("workflow", name, fields, confidence, all_evidence, component)


_SUBMITTED = frozenset({"form.submitted", "webhook.received", "payment.completed"})


def outside_call(call: HttpCall) -> list[Step]:
    """The step a fetch that is no call of the app's own routes performs: none for a read, a
    token, a setup call or a measurement; else an e-mail, a message, a payment, a model's
    answer, a record written by id, or a call out of the app."""
    target = f"{call.method} {call.url}"
    parts = url_parts(call.url)
    if call.method in _READS or (parts and TOKEN_PART & set(words(parts[-1]))):
        return []
    if "://" in call.url and sets_up(parts):
        return []
    last = [p for p in call.url.split("?", 1)[0].split("/") if p][-1:]
    if call.method in ("PUT", "PATCH", "DELETE") and last and last[0].startswith(ID_MARKS):
        # writing a record by its id stores it, wherever it lives (`PATCH /charges/{id}`)
        return [Step("update_record", target, call.evidence)]
    if MEASURE_URL.search(call.url):
        return []
    if MODEL_URL.search(call.url):
        # asking a language model computes an answer; storing it is what may automate
        return [Step("http_request", f"model {target}", call.evidence)]
    if MAIL_URL.search(call.url):
        return [Step("send_email", target, call.evidence)]
    if NOTIFY_URL.search(call.url):
        return [Step("notify", target, call.evidence)]
    if any(PAYMENT_PART.search(p) for p in parts):
        return [Step("payment", target, call.evidence)]
    return [Step("http_request", target, call.evidence)]


# methods that only read: a HEAD request checks that an address answers
_READS = frozenset({"GET", "HEAD", "OPTIONS"})
