"""The words that tell what a call does: data stores, local objects, create and update verbs,
mail and model SDKs, payment paths (the vocabulary of steps.py, kept apart from its logic)."""

from __future__ import annotations

import re

HTTP_CLIENTS = frozenset({"axios", "ky", "got", "$fetch", "ofetch", "wretch"})
WRITE_METHODS = frozenset({"post", "put", "patch", "delete"})
DATA_ROOTS = frozenset(
    {
        "prisma",
        "db",
        "database",
        "supabase",
        "kv",
        "redis",
        "firestore",
        "mongo",
        "mongodb",
        "collection",
        "knex",
        "pool",
        "drizzle",
        "sql",
        "pb",
        "pocketbase",
        "airtable",
        "base",
        "table",
        "convex",
        "turso",
        "neon",
        "planetscale",
        "xata",
        "tx",
        "trx",
        "notion",
        "sanity",
        "contentful",
        "sheets",
        "calendar",
        "hubspot",
        "pipedrive",
        "salesforce",
    }
)
# browser and framework objects whose create/update calls never leave the page
LOCAL_ROOTS = frozenset(
    {
        "document",
        "window",
        "console",
        "router",
        "form",
        "localstorage",
        "sessionstorage",
        "math",
        "crypto",
        "json",
        "object",
        "array",
        "promise",
        "url",
        "date",
        "react",
        "openai",
        "anthropic",
        "ai",
        "cache",
        "map",
        "set",
        "params",
        "searchparams",
        "headers",
        "cookies",
        "state",
        "this",
    }
)
CREATE = frozenset(
    {
        "create",
        "insert",
        "insertone",
        "insertmany",
        "createmany",
        "add",
        "set",
        "hset",
        "save",
        "createorreplace",
        "createifnotexists",
        "put",
        "adddoc",
        "setdoc",
        "push",
        "append",
    }
)
UPDATE = frozenset(
    {
        "update",
        "updatemany",
        "updateone",
        "upsert",
        "increment",
        "decrement",
        "hincrby",
        "incr",
        "decr",
        "patch",
        "updatedoc",
    }
)
FOLLOW_UP = re.compile(r"follow[\s_-]?up|remind", re.I)
NOTIFY_WORDS = ("sms", "text", "slack", "push", "whatsapp", "discord", "teams", "telegram")
PAYMENT_PATHS = (
    "checkout",
    "paymentintents",
    "subscriptions",
    "confirmpayment",
    "confirmcardpayment",
    "redirecttocheckout",
    "paymentlinks",
    "setupintents",
    "refunds",
)
READS = frozenset({"retrieve", "list", "search", "listlineitems", "get"})
# payment providers' SDKs (services, like the mail SDKs below): `razorpay.orders.create(...)`
# starts a payment as `stripe.checkout.sessions.create(...)` does
PAYMENT_SDKS = (
    "stripe",
    "razorpay",
    "paypal",
    "mercadopago",
    "paystack",
    "flutterwave",
    "mollie",
    "braintree",
    "adyen",
    "lemonsqueezy",
    "paddle",
    "xendit",
    "midtrans",
    "iyzipay",
    "pagseguro",
    "cashfree",
    "instamojo",
    "yookassa",
    "payos",
    "vnpay",
)
# what a payment SDK's call does when it starts a payment (an order, a charge, a preference)
PAYMENT_STARTS = frozenset({"create", "capture", "charge", "initialize", "initiate", "pay"})
# a helper sending an analytics event (`sendGAEvent`, `trackPurchase`) measures, it automates
# nothing for the business
MEASURES = frozenset({"event", "analytics", "pageview", "track", "metric", "metrics", "ga"})
# what a helper builds for the next call stores no record: the reply it streams back
# (`createUIMessageStream`, `createDataStreamResponse`: a chat route answering is not a
# workflow) or a connection (`createServerClient` of @supabase/ssr, `createPool`)
PLUMBING = frozenset(
    {"stream", "response", "reply", "reader", "writer", "client", "connection", "pool"}
)
# `controller.enqueue(chunk)` inside a `ReadableStream` hands the reply on in pieces: no queue
STREAM_ROOTS = frozenset({"controller", "stream", "writer"})
STATEMENTS = frozenset(
    {"expression_statement", "lexical_declaration", "variable_declaration", "return_statement"}
)

MAIL_SDKS = frozenset(
    {"sgmail", "postmark", "mailgun", "mg", "sendgrid", "ses", "mailer", "emailjs", "brevo"}
)
MODEL_ROOTS = frozenset({"openai", "anthropic", "groq", "mistral", "cohere", "genai", "gemini"})
MODEL_FUNCTIONS = frozenset({"generatetext", "generateobject", "streamtext", "streamobject"})
# a table named by a sending channel and a word for waiting messages is an outbox
MESSAGE_CHANNELS = frozenset({"whatsapp", "sms", "email", "emails", "mail", "push", "wa"})
MESSAGE_QUEUES = frozenset(
    {"message", "messages", "queue", "outbox", "notification", "notifications", "jobs"}
)
# a service's own setup call (Telegram's `setWebhook`, a messenger's `setSettings`) points
# the integration somewhere; it sends nothing
SETUP_VERBS = frozenset({"set", "get", "delete", "remove", "update"})
SETUP_PARTS = frozenset({"webhook", "webhooks", "settings", "config", "configuration"})
