"""Chat turns charged through the credit ledger, against the fake OpenRouter and v0 servers:
an answer charges its tokens and writing tools, a failed or cut turn charges only what was
really used, a turn the balance cannot cover is refused and kept as a draft."""

from __future__ import annotations

import json

from l4ydesk.core.chat import MessageStatus
from l4ydesk.core.credits import Charged, ChargeEvents, CreditCharger, CreditsExhausted, Kind
from l4ydesk.core.credits.ledger import Ledger
from l4ydesk.storage.db import Store
from tests.fakes.openrouter_server import (
    FakeOpenRouterServer,
    openrouter_error,
    sse_response,
    text_stream,
    tool_call_stream,
    usage_chunk,
)
from tests.fakes.v0_server import FakeV0Server, PlannedVersion
from tests.integration.chat.conftest import ChatFactory

MODEL = "openai/gpt-4o-mini"


def _charger(store: Store) -> tuple[Ledger, CreditCharger, list[Charged], list[CreditsExhausted]]:
    ledger = Ledger(store)
    events = ChargeEvents()
    charged: list[Charged] = []
    refused: list[CreditsExhausted] = []
    events.on_charged(charged.append)
    events.on_refused(refused.append)
    return ledger, CreditCharger(ledger, events), charged, refused


async def test_an_answer_charges_its_tokens_and_its_writes(
    make_chat: ChatFactory, openrouter_server: FakeOpenRouterServer, store: Store, app_id: int
) -> None:
    ledger, charger, charged, _ = _charger(store)
    ledger.start_day()
    write = ("w1", "write_file", json.dumps({"path": "menu.tsx", "content": "<Menu />"}))
    openrouter_server.script(
        sse_response(tool_call_stream([write])), sse_response(text_stream(["Added a menu."]))
    )

    result = await make_chat(hooks=charger).send(app_id, "Add a menu", "ai", model=MODEL)

    assert result.status is MessageStatus.SENT
    # Two model requests of 19 tokens (1 credit each, rounded up) and one write (1 credit).
    assert [c.credits for c in charged] == [1, 1, 1]
    assert ledger.balance().describe() == "2 of 5 today · 0 monthly · 0 purchased"
    charges = ledger.history(kinds={Kind.CHARGE})
    assert charges[-1].details["tokens"] == 19 and charges[-1].details["app_id"] == app_id


async def test_tokens_are_priced_per_model(
    make_chat: ChatFactory, openrouter_server: FakeOpenRouterServer, store: Store, app_id: int
) -> None:
    ledger, charger, charged, _ = _charger(store)
    ledger.add_purchased("pack", 100, "pack")
    events = text_stream(["A long answer."])
    events[-2] = usage_chunk(prompt=9_000, completion=3_001)  # 12,001 tokens
    openrouter_server.script(sse_response(events))
    await make_chat(hooks=charger).send(app_id, "Explain", "ai", model="anthropic/claude-opus-4")
    # Opus gives 1,000 tokens per credit: 12,001 tokens cost 13 credits.
    assert [c.credits for c in charged] == [13]
    assert ledger.balance().purchased == 87


async def test_a_failed_turn_charges_nothing(
    make_chat: ChatFactory, openrouter_server: FakeOpenRouterServer, store: Store, app_id: int
) -> None:
    ledger, charger, charged, _ = _charger(store)
    ledger.start_day()
    openrouter_server.script(openrouter_error(400, "This model does not exist"))
    result = await make_chat(hooks=charger).send(app_id, "Hello", "ai", model=MODEL)
    assert result.status is MessageStatus.FAILED
    assert charged == [] and ledger.balance().total == 5


async def test_a_cut_stream_charges_only_what_was_reported(
    make_chat: ChatFactory, openrouter_server: FakeOpenRouterServer, store: Store, app_id: int
) -> None:
    ledger, charger, charged, _ = _charger(store)
    ledger.start_day()
    # The connection drops mid-answer, before the usage chunk: no tokens were reported.
    openrouter_server.script(sse_response(text_stream(["Half ", "an ", "answer"]), drop_after=4))
    result = await make_chat(hooks=charger).send(app_id, "Hello", "ai", model=MODEL)
    assert result.status is MessageStatus.PARTIAL
    assert charged == [] and ledger.balance().total == 5


async def test_a_turn_that_would_overdraw_is_refused_and_kept_as_a_draft(
    make_chat: ChatFactory, openrouter_server: FakeOpenRouterServer, store: Store, app_id: int
) -> None:
    ledger, charger, charged, refused = _charger(store)
    ledger.start_day()
    ledger.deduct("spent", 5, "earlier answers")
    chat = make_chat(hooks=charger)

    result = await chat.send(app_id, "Add a contact form", "ai", model=MODEL)

    assert result.status is MessageStatus.DRAFT
    assert "needs about 1 credit and you have 0" in (result.error or "")
    assert [r.available for r in refused] == [0]
    assert openrouter_server.requests == []  # nothing was sent, nothing charged
    assert charged == []
    [kept] = [m for m in chat.history(app_id) if m.role == "user"]
    assert kept.content == "Add a contact form" and kept.status is MessageStatus.DRAFT

    ledger.add_purchased("stripe:cs_pack", 100, "Credit pack")  # bought a pack
    openrouter_server.script(sse_response(text_stream(["Done."])))
    [sent] = await chat.send_drafts(app_id)
    assert sent.status is MessageStatus.SENT
    assert ledger.balance().purchased == 99


async def test_v0_costs_nothing(
    make_chat: ChatFactory, v0_server: FakeV0Server, store: Store, app_id: int
) -> None:
    ledger, charger, charged, _ = _charger(store)  # no credits at all
    v0_server.plan(PlannedVersion(files={"app/page.tsx": "<Page />"}))
    result = await make_chat(hooks=charger).send(app_id, "A bakery", "v0", model="v0-1.5-md")
    assert result.status is MessageStatus.SENT
    assert charged == [] and ledger.history() == []
