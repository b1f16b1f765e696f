"""Sends the outbox's webhook deliveries: claims due rows, checks the destination, posts, records.

Runs as a task inside each server process; processes share the outbox safely because a row is
claimed with a lease (core/platform/outbox.py). Redirects are not followed (a receiver could
bounce us to an internal address), and the destination is re-checked before every attempt.
"""

from __future__ import annotations

import asyncio
import contextlib
import logging

import httpx

from l4ydesk.core.platform.outbox import Outbox, OutgoingRequest

log = logging.getLogger(__name__)

POLL_SECONDS = 0.5
SEND_TIMEOUT = 10.0
PARALLEL = 8


class WebhookSender:
    def __init__(self, outbox: Outbox, *, poll: float = POLL_SECONDS) -> None:
        self._outbox = outbox
        self._poll = poll
        self._wake = asyncio.Event()
        self.sent = 0

    def wake(self) -> None:
        self._wake.set()

    async def run(self) -> None:
        limits = httpx.Limits(max_connections=PARALLEL)
        timeout = httpx.Timeout(SEND_TIMEOUT)
        async with httpx.AsyncClient(
            timeout=timeout, limits=limits, follow_redirects=False, trust_env=False
        ) as client:
            while True:
                try:
                    await self.send_due(client)
                except asyncio.CancelledError:
                    raise
                except Exception as exc:  # a busy database, say: try again next round
                    log.warning("webhook round failed: %s", type(exc).__name__)
                with contextlib.suppress(TimeoutError):
                    await asyncio.wait_for(self._wake.wait(), self._poll)
                self._wake.clear()

    async def send_due(self, client: httpx.AsyncClient) -> int:
        claimed = await asyncio.to_thread(self._outbox.claim_due, PARALLEL * 2)
        if claimed:
            await asyncio.gather(*(self._send(client, request) for request in claimed))
        return len(claimed)

    async def _send(self, client: httpx.AsyncClient, request: OutgoingRequest) -> None:
        refused = await asyncio.to_thread(self._outbox.check_destination, request.url)
        if refused:
            await asyncio.to_thread(self._outbox.record_result, request.delivery_id, None, refused)
            return
        status: int | None = None
        error = ""
        try:
            response = await client.post(request.url, content=request.body, headers=request.headers)
            status = response.status_code
            if not 200 <= status < 300:
                error = f"The endpoint answered {status}."
        except httpx.HTTPError as exc:
            error = f"Could not reach the endpoint ({type(exc).__name__})."
        await asyncio.to_thread(self._outbox.record_result, request.delivery_id, status, error)
        if status is not None and 200 <= status < 300:
            self.sent += 1
