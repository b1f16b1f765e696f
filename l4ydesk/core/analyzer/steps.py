"""Says what a single call does beyond the page: send an email, write a record, call an API...

These are the building blocks of workflows. A call that only changes the UI (state setters,
toasts, routing, logging) is not a step and yields None.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace
from typing import Literal

from tree_sitter import Node

from l4ydesk.core.analyzer.call_parts import callee_segments, first_arg, table_of
from l4ydesk.core.analyzer.literals import Evaluator, string_value, template_text, unwrap
from l4ydesk.core.analyzer.model import Evidence
from l4ydesk.core.analyzer.sheet_rows import sheet_row_write
from l4ydesk.core.analyzer.step_words import (
    CREATE,
    DATA_ROOTS,
    FOLLOW_UP,
    HTTP_CLIENTS,
    LOCAL_ROOTS,
    MAIL_SDKS,
    MEASURES,
    MESSAGE_CHANNELS,
    MESSAGE_QUEUES,
    MODEL_FUNCTIONS,
    MODEL_ROOTS,
    NOTIFY_WORDS,
    PAYMENT_PATHS,
    PAYMENT_SDKS,
    PAYMENT_STARTS,
    PLUMBING,
    READS,
    STATEMENTS,
    STREAM_ROOTS,
    UPDATE,
    WRITE_METHODS,
)
from l4ydesk.core.analyzer.syntax import SourceFile
from l4ydesk.core.analyzer.urls import url_text
from l4ydesk.core.analyzer.values import words

StepKind = Literal[
    "send_email",
    "http_request",
    "create_record",
    "update_record",
    "create_contact",
    "schedule_follow_up",
    "notify",
    "payment",
]


@dataclass(frozen=True)
class Step:
    """One side effect, with the call that causes it."""

    kind: StepKind
    target: str
    evidence: Evidence
    # the helpers and routes a caller reached the call through, nearest the caller first
    via: tuple[Evidence, ...] = ()


def passed(through: Evidence, steps: list[Step]) -> list[Step]:
    """The steps a helper or a route does, marked as reached through it: the file a person
    points at for the side effect is the helper the caller calls, not only the SDK call."""
    return [replace(s, via=(through, *s.via)) for s in steps]


@dataclass(frozen=True)
class HttpCall:
    """A fetch/axios call: a step when it writes, a link to a route when the URL is local."""

    method: str
    url: str
    evidence: Evidence

    @property
    def local(self) -> bool:
        return self.url.startswith("/") and not self.url.startswith("//")


def classify(call: Node, src: SourceFile, evaluator: Evaluator) -> Step | HttpCall | None:
    """The step a call performs. Calls of plain helpers (`sendReceipt(x)`) return None here:
    the caller resolves them to their definition first and only falls back to the name."""
    if call.type != "call_expression":
        return None
    segments = callee_segments(call, src)
    if not segments:
        return None
    if len(segments) == 1 and segments[0] in _state_setters(src):
        return None  # `setSendReminder(true)` ticks a box on screen; it schedules nothing
    lowered = [s.lower() for s in segments]
    root, method, joined = lowered[0], lowered[-1], ".".join(lowered)
    found: list[Evidence] = []

    def ev() -> Evidence:
        # the statement's evidence is built only for a call that is a step (most are not)
        if not found:
            found.append(src.evidence(_statement(call)))
        return found[0]

    if method == "fetch" and len(lowered) <= 2:
        return _fetch(call, src, evaluator, ev())
    if (method == "invoke" and "functions" in lowered[:-1]) or method == "httpscallable":
        return _remote_function(call, src, ev())
    if root in MODEL_ROOTS or (len(lowered) == 1 and method in MODEL_FUNCTIONS):
        # a language model answers; what the app does with the answer decides if it automates
        return Step("http_request", "model " + ".".join(segments), ev())
    if root in HTTP_CLIENTS and method in WRITE_METHODS | {"get"}:
        arg = first_arg(call)
        url = url_text(arg, src) if arg is not None else ""
        return HttpCall(method.upper(), url, ev())
    provider = next((p for p in PAYMENT_SDKS if p in joined), None)
    if provider is None and len(lowered) >= 2 and (sdk := _payment_instance(call, src)):
        # `preference.create(...)` on `new Preference(client)` of the `mercadopago` package
        provider, joined, segments = sdk, f"{sdk}.{joined}", [sdk, *segments]
    if provider == "stripe" or (provider and len(lowered) >= 2):
        if method in READS:
            return None  # retrieving or listing payments reads them; nothing moves
        if any(p in joined for p in PAYMENT_PATHS) or (
            provider != "stripe" and method in PAYMENT_STARTS
        ):
            return Step("payment", ".".join(segments), ev())
        return None
    if root == "sql" or method == "sql":
        return _sql(call, src, ev())
    if (
        "emails.send" in joined
        or method in ("sendmail", "sendemail", "send_email")
        or (
            (root in MAIL_SDKS and "send" in method)
            or ("messages.create" in joined and root in ("mg", "mailgun"))
        )
    ):
        return Step("send_email", ".".join(segments), ev())
    twilio = "messages.create" in joined and (root in ("sms", "client") or "twilio" in root)
    # `client.sendWhatsApp(...)`; a bare `sendToWhatsApp()` is the app's own function, which is
    # read where it is defined (often it only opens a wa.me link for the visitor to send)
    messenger = (
        len(lowered) >= 2
        and method.startswith(("send", "notify", "post"))
        and any(w in method for w in NOTIFY_WORDS if w != "text")
    )
    if twilio or messenger or "slack" in root:
        return Step("notify", ".".join(segments), ev())
    if (
        "contacts.create" in joined
        or "members.create" in joined
        or method
        in (
            "addsubscriber",
            "createcontact",
            "addlistmember",
            "createsubscriber",
        )
    ):
        return Step("create_contact", ".".join(segments), ev())
    if (
        "followup" in method
        or "remind" in method
        or (method == "schedule" or (method == "enqueue" and root not in STREAM_ROOTS))
        or (root == "inngest" and method == "send")
        or (root in ("qstash", "queue") and method in ("publish", "publishjson", "add"))
    ):
        return Step("schedule_follow_up", ".".join(segments), ev())
    if root != "sheets" and sheet_row_write(src, lowered):
        # a row added to an outside spreadsheet through its SDK, whatever the object is named
        return Step("create_record", "sheets." + ".".join(segments), ev())
    if (
        _is_data_store(lowered)
        or method in ("adddoc", "setdoc", "updatedoc")
        or (
            # `client.resource.create(...)`: an SDK writing to a remote service
            len(lowered) >= 3
            and root not in LOCAL_ROOTS
            and method in CREATE | UPDATE
            and method not in ("set", "add", "push", "put")
        )
    ):
        if method in CREATE:
            table = table_of(call, src)
            if table and queues_messages(table):
                # a row a bot or function drains and sends: the message is queued
                return Step("notify", f"queue {table}", ev())
            statement = src.text(_statement(call))
            kind: StepKind = (
                "schedule_follow_up" if FOLLOW_UP.search(statement) else "create_record"
            )
            return Step(kind, ".".join(segments), ev())
        if method in UPDATE:
            return Step("update_record", ".".join(segments), ev())
        return None
    return None


def queues_messages(table: str) -> bool:
    """A table named for messages of a sending channel (`whatsapp_messages`, `sms_queue`,
    `email_outbox`) holds messages a bot or function sends out; a chat's `messages`, a log of
    sent mail (`email_logs`) and a bare `notifications` table (rows the app shows in a bell
    list: storage, round 15) do not."""
    parts = set(words(table))
    return bool(parts & MESSAGE_CHANNELS and parts & MESSAGE_QUEUES) or "outbox" in parts


_SETTER = re.compile(rb"\[\s*\w+\s*,\s*(set\w+)\s*\]\s*=\s*(?:React\.)?use(?:State|Reducer)\b")


def _state_setters(src: SourceFile) -> frozenset[str]:
    """Setters of the file's component state (`const [x, setX] = useState(...)`)."""

    def build() -> frozenset[str]:
        return frozenset(m.decode() for m in _SETTER.findall(src.source))

    setters: frozenset[str] = src.cached("state_setters", build)
    return setters


def name_only_step(name: str, evidence: Evidence) -> Step | None:
    """What an unresolvable imported helper does, judged by its name alone."""
    lowered = name.lower()
    if MEASURES & set(words(name)) or lowered.startswith("track"):
        return None
    if lowered.startswith("send") and len(lowered) > 4:
        # a helper like sendConfirmation(): from a web app that is an email unless it says so
        kind: StepKind = "notify" if any(w in lowered for w in NOTIFY_WORDS) else "send_email"
        return Step(kind, name, evidence)
    if lowered.startswith(("notify", "page", "alert", "ping")):
        return Step("notify", name, evidence)
    if "followup" in lowered or "remind" in lowered or lowered.startswith("schedule"):
        return Step("schedule_follow_up", name, evidence)
    if lowered.startswith(
        (
            "addsubscriber",
            "subscribeto",
            "addcontact",
            "createcontact",
            "addtonewsletter",
            "addtolist",
        )
    ):
        return Step("create_contact", name, evidence)
    if lowered.startswith(("create", "insert", "save", "add")) and len(lowered) > 6:
        named = words(name)
        return None if named and named[-1] in PLUMBING else Step("create_record", name, evidence)
    if lowered.startswith(("update", "mark", "set")) and "status" in lowered:
        return Step("update_record", name, evidence)
    return None


def _payment_instance(call: Node, src: SourceFile) -> str | None:
    """The payment SDK whose class built the object a call is made on: `const preference =
    new Preference(client)` with `Preference` imported from `mercadopago`."""
    segments = callee_segments(call, src)
    decl = src.declarator_named(segments[0], near=call) if segments else None
    value = decl.child_by_field_name("value") if decl is not None else None
    if value is not None and value.type == "await_expression" and value.named_children:
        value = value.named_children[0]
    if value is None or value.type != "new_expression":
        return None
    made = value.child_by_field_name("constructor")
    name = src.text(made).split(".")[0] if made is not None else ""
    if not name:
        return None
    for statement in src.imports:
        said = src.text(statement).rsplit("from", 1)  # what is imported, from where
        if re.search(rf"\b{re.escape(name)}\b", said[0]):
            source = said[-1].lower().replace("-", "")
            return next((p for p in PAYMENT_SDKS if p in source), None)
    return None


def _is_data_store(lowered: list[str]) -> bool:
    root = lowered[0]
    return (
        root in DATA_ROOTS
        or "from" in lowered[1:-1]
        or root.endswith(("model", "repo", "repository"))
        or (len(lowered) >= 3 and lowered[1] in ("collection", "table"))
    )


def _statement(call: Node) -> Node:
    node = call
    for _ in range(8):
        parent = node.parent
        if parent is None or parent.type in ("statement_block", "program"):
            return node
        node = parent
        if node.type in STATEMENTS:
            return node
    return call


def _remote_function(call: Node, src: SourceFile, evidence: Evidence) -> Step:
    """`supabase.functions.invoke("send-receipt")`, `httpsCallable(functions, "notify")`: code
    that runs on another server; its name says what it does, else it is a call out of the app."""
    args = call.child_by_field_name("arguments")
    names = [
        string_value(a, src) or ""
        for a in (args.named_children if args is not None else [])
        if unwrap(a).type == "string"
    ]
    name = names[0] if names else ""
    step = name_only_step(name.replace("-", "_").replace("_", ""), evidence) if name else None
    if step is not None and step.kind != "create_record":
        return Step(step.kind, f"function {name}", evidence)
    return Step("http_request", f"POST function://{name or 'remote'}", evidence)


def _fetch(call: Node, src: SourceFile, evaluator: Evaluator, evidence: Evidence) -> HttpCall:
    arg = first_arg(call)
    url = url_text(arg, src) if arg is not None else ""
    method = "GET"
    args = call.child_by_field_name("arguments")
    if args is not None and args.named_child_count >= 2:
        options = evaluator.evaluate(args.named_children[1])
        if isinstance(options, dict) and isinstance(options.get("method"), str):
            method = options["method"].upper()
    return HttpCall(method, url, evidence)


def _sql(call: Node, src: SourceFile, evidence: Evidence) -> Step | None:
    args = call.child_by_field_name("arguments")
    arg = args if args is not None and args.type == "template_string" else first_arg(call)
    if arg is None:
        return None
    arg = unwrap(arg)
    text = (string_value(arg, src) or template_text(arg, src)).strip().upper()
    if text.startswith("INSERT"):
        return Step("create_record", "sql INSERT", evidence)
    if text.startswith("UPDATE"):
        return Step("update_record", "sql UPDATE", evidence)
    return None
