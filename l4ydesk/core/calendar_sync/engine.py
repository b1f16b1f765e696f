"""The sync use case: link a calendar to a resource, then pull its busy time and push bookings.

Pull first (so slots stop offering times the person is busy elsewhere), then push the
resource's bookings from a week ago on: new and moved ones are written (create or replace the
same event), cancelled ones removed. Network I/O is async; each store step is handed to `db`
(the window runs it in its store worker, the command line inline), so no step holds a
transaction open across the network.
"""

from __future__ import annotations

import asyncio
import logging
import uuid
from collections.abc import Awaitable, Callable
from dataclasses import dataclass, replace
from datetime import UTC, datetime, timedelta
from typing import Any, Protocol, TypeVar

from l4ydesk.clients.errors import RemoteError
from l4ydesk.core.calendar.bookings import BookingDesk
from l4ydesk.core.calendar.model import BookingInfo, CalendarError
from l4ydesk.core.calendar_sync.links import PROVIDER_NAMES, LinkInfo, SyncLinks
from l4ydesk.core.calendar_sync.ports import BookingEvent, Remote, ResyncNeeded, own_uid_prefix
from l4ydesk.core.calendar_sync.sentences import sentence, sync_sentence
from l4ydesk.core.errors import L4yError

log = logging.getLogger(__name__)

T = TypeVar("T")
Db = Callable[..., Awaitable[Any]]
PUSH_FROM = timedelta(days=7)
PUSH_UNTIL = timedelta(days=2 * 366)
FULL_PASS_EVERY = timedelta(days=30)
MAX_PAGES = 1000  # a provider that never says "done" must not loop forever


async def inline(func: Callable[..., T], *args: Any) -> T:
    """Run a store step right here (the command line has no GUI thread to protect)."""
    return func(*args)


class SecretKeeper(Protocol):
    def get(self, name: str) -> str | None: ...

    def set(self, name: str, value: str) -> None: ...

    def delete(self, name: str) -> None: ...


# (provider, calendar URL, account, secret) -> the calendar's display name, or a RemoteError.
Verifier = Callable[[str, str, str, str], Awaitable[str]]
RemoteFactory = Callable[[LinkInfo], Remote]


@dataclass(frozen=True)
class SyncReport:
    link: LinkInfo
    busy_changed: int = 0
    busy_removed: int = 0
    pushed: int = 0
    unpushed: int = 0
    resynced: bool = False
    error: str = ""

    def summary(self) -> str:
        name = f"{self.link.resource_name} ↔ {self.link.provider_name}"
        if self.error:
            return f"{name}: {self.error}"
        resync = " (the whole calendar was read again)"
        return (
            f"{name}: {_count(self.busy_changed, 'busy event')} updated, "
            f"{self.busy_removed} removed; {_count(self.pushed, 'booking')} written, "
            f"{self.unpushed} removed{resync if self.resynced else ''}."
        )


def _count(number: int, noun: str) -> str:
    return f"{number} {noun}{'' if number == 1 else 's'}"


class CalendarSync:
    """Link, unlink and sync external calendars of bookable resources."""

    def __init__(
        self,
        links: SyncLinks,
        bookings: BookingDesk,
        secrets: SecretKeeper,
        remotes: RemoteFactory,
        verify: Verifier,
        now: Callable[[], datetime] = lambda: datetime.now(UTC),
    ) -> None:
        self.links = links
        self._bookings = bookings
        self._secrets = secrets
        self._remotes = remotes
        self._verify = verify
        self._now = now
        # One sync of a link at a time: the timer's sync and "Sync now" may meet.
        self._running: dict[int, asyncio.Lock] = {}

    async def link(
        self,
        resource_id: int,
        provider: str,
        calendar_url: str,
        account: str,
        secret: str,
        db: Db = inline,
    ) -> tuple[LinkInfo, str]:
        """Check the calendar answers with these credentials, keep the secret in the keyring,
        then record the link. Returns the link and the calendar's display name."""
        if not secret:
            raise CalendarError("Give the calendar's password (or app password) to link it.")
        try:
            name = await self._verify(provider, calendar_url, account, secret)
        except RemoteError as exc:
            where = f"the calendar at {calendar_url}"
            service = PROVIDER_NAMES.get(provider, provider)
            raise CalendarError(sentence(exc, where, service, account, calendar_url)) from exc
        account = account or name  # Google: the calendar's summary (the account's email)
        secret_name = f"calendar_sync:{provider}:{uuid.uuid4().hex}"
        # The keyring may be a D-Bus round trip: in the worker, like the store.
        await db(self._secrets.set, secret_name, secret)
        try:
            info: LinkInfo = await db(
                self.links.add, resource_id, provider, calendar_url, account, secret_name
            )
        except BaseException:
            await db(self._secrets.delete, secret_name)
            raise
        return info, name

    async def unlink(self, link_id: int, db: Db = inline) -> LinkInfo:
        info: LinkInfo = await db(self.links.remove, link_id)
        await db(self._secrets.delete, info.secret_name)
        return info

    async def sync_all(self, db: Db = inline) -> list[SyncReport]:
        links: list[LinkInfo] = await db(self.links.all)
        return [await self.sync(link.link_id, db) for link in links]

    async def sync(self, link_id: int, db: Db = inline) -> SyncReport:
        """One link, pull then push; a failure is recorded on the link and in the report.
        A sync of a link already syncing waits for it, then runs (it sees the result)."""
        async with self._running.setdefault(link_id, asyncio.Lock()):
            return await self._sync(link_id, db)

    async def _sync(self, link_id: int, db: Db) -> SyncReport:
        link: LinkInfo = await db(self.links.get, link_id)
        report = SyncReport(link)
        try:
            remote: Remote = await db(self._remotes, link)  # reads the keyring: in the worker
        except Exception as exc:
            return await self._failed(report, exc, db)
        try:
            report = await self._pull(link, remote, report, db)
            if link.push_bookings:
                report = await self._push(link, remote, report, db)
        except Exception as exc:
            return await self._failed(report, exc, db)
        finally:
            await remote.aclose()
        await db(self.links.finish, link_id, "", self._now())
        return report

    async def _failed(self, report: SyncReport, exc: Exception, db: Db) -> SyncReport:
        if not isinstance(exc, L4yError) and type(exc).__module__.startswith("l4ydesk.clients"):
            log.info("sync of link %d failed: %r", report.link.link_id, exc)
        elif not isinstance(exc, L4yError):
            log.error("sync of link %d failed", report.link.link_id, exc_info=exc)
        text = sync_sentence(exc, report.link)
        await db(self.links.finish, report.link.link_id, text, self._now())
        return replace(report, error=text)

    async def _pull(self, link: LinkInfo, remote: Remote, report: SyncReport, db: Db) -> SyncReport:
        listed = link.full_pass_at
        if not link.full_pass and (listed is None or self._now() - listed > FULL_PASS_EVERY):
            # Recurring events were expanded up to a horizon that time catches up with.
            link = await db(self.links.restart_full, link.link_id)
        cursor, resynced = link.cursor, False
        changed = removed = 0
        for _page in range(MAX_PAGES):
            try:
                page = await remote.changes(cursor, link.zone)
            except ResyncNeeded:
                if resynced:
                    raise
                await db(self.links.restart_full, link.link_id)
                cursor, resynced = None, True
                continue
            await db(self.links.apply_page, link.link_id, page)
            changed += len(page.changed)
            removed += len(page.removed)
            if page.done:
                break
            cursor = page.cursor
        return SyncReport(link, busy_changed=changed, busy_removed=removed, resynced=resynced)

    async def _push(self, link: LinkInfo, remote: Remote, report: SyncReport, db: Db) -> SyncReport:
        now = self._now()
        bookings: list[BookingInfo] = await db(
            self._bookings.between, link.resource_id, now - PUSH_FROM, now + PUSH_UNTIL
        )
        pushed = await db(self.links.pushes, link.link_id)
        written = removed = 0
        for booking in bookings:
            have = pushed.get(booking.booking_id)
            if booking.status == "cancelled":
                if have is not None:
                    await remote.delete_booking(have.ref)
                    await db(self.links.forget_push, link.link_id, booking.booking_id)
                    removed += 1
                continue
            event = booking_event(link, booking)
            state = fingerprint(event)
            if have is not None and have.fingerprint == state:
                continue
            ref = await remote.put_booking(event, have.ref if have else None)
            await db(self.links.record_push, link.link_id, booking.booking_id, ref, state)
            written += 1
        orphans = await db(self.links.orphan_pushes, link.link_id)
        for booking_id, have in orphans.items():
            await remote.delete_booking(have.ref)
            await db(self.links.forget_push, link.link_id, booking_id)
            removed += 1
        return replace(report, pushed=written, unpushed=removed)


def booking_event(link: LinkInfo, booking: BookingInfo) -> BookingEvent:
    """The event a booking shows as; its uid depends only on the link and the booking."""
    who = booking.customer_name or "booking"
    lines = [f"Booked in l4ydesk (booking {booking.booking_id})."]
    if booking.customer_email:
        lines.append(f"Contact: {booking.customer_email}")
    if booking.seats > 1:
        lines.append(f"Seats: {booking.seats}")
    return BookingEvent(
        uid=f"{own_uid_prefix(link.link_id)}{booking.booking_id}",
        start=booking.start,
        end=booking.end,
        title=f"{link.resource_name}: {who}",
        description="\n".join(lines),
        tentative=booking.status == "pending",
    )


def fingerprint(event: BookingEvent) -> str:
    """What a re-push compares: a booking whose event would look the same is not sent again."""
    return "|".join(
        (
            event.start.astimezone(UTC).isoformat(),
            event.end.astimezone(UTC).isoformat(),
            event.title[:100],
            event.description[:120],
            "tentative" if event.tentative else "confirmed",
        )
    )[:300]
