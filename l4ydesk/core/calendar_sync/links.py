"""Linked calendars and their sync state in the store, one short transaction per step.

Every step of a sync is its own write transaction: a page of pulled changes lands together
with the cursor after it, and a pushed booking is recorded right after the provider took it.
So a sync killed anywhere resumes from the last step that committed, and repeats nothing it
could double: pulled events replace their own busy time, pushed ones reuse their stable id.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, datetime

from sqlalchemy import delete, select
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session

from l4ydesk.core.calendar.model import CalendarError
from l4ydesk.core.calendar.resources import utc
from l4ydesk.core.calendar_sync.ports import ChangePage
from l4ydesk.storage.calendar_models import CalBlock, CalBooking, CalResource
from l4ydesk.storage.db import Store, retry_on_conflict
from l4ydesk.storage.sync_models import CalSyncItem, CalSyncLink, CalSyncPush

PROVIDER_NAMES = {"caldav": "CalDAV", "google": "Google Calendar", "msgraph": "Microsoft 365"}


@dataclass(frozen=True)
class LinkInfo:
    link_id: int
    resource_id: int
    resource_name: str
    zone: str
    provider: str
    calendar_url: str
    account: str
    secret_name: str
    push_bookings: bool
    cursor: str | None
    full_pass: bool
    full_pass_at: datetime | None
    last_sync_at: datetime | None
    last_ok_at: datetime | None
    last_error: str

    @property
    def provider_name(self) -> str:
        return PROVIDER_NAMES.get(self.provider, self.provider)


@dataclass(frozen=True)
class Pushed:
    ref: str
    fingerprint: str


def block_prefix(link_id: int, ref: str | None = None) -> str:
    """The `cal_blocks.source_uid` prefix of a link's busy time (of one remote event)."""
    return f"sync:{link_id}|" if ref is None else f"sync:{link_id}|{ref}|"


def _drop_blocks(session: Session, resource_id: int, prefix: str) -> None:
    session.execute(
        delete(CalBlock).where(
            CalBlock.resource_id == resource_id,
            CalBlock.source_uid.startswith(prefix, autoescape=True),
        )
    )


class SyncLinks:
    """Use cases on the cal_sync_* tables."""

    def __init__(self, store: Store) -> None:
        self._store = store

    def add(
        self, resource_id: int, provider: str, calendar_url: str, account: str, secret_name: str
    ) -> LinkInfo:
        try:
            with self._store.write_session() as session:
                if session.get(CalResource, resource_id) is None:
                    raise CalendarError(f"There is no bookable resource with id {resource_id}.")
                row = CalSyncLink(
                    resource_id=resource_id,
                    provider=provider,
                    calendar_url=calendar_url,
                    account=account,
                    secret_name=secret_name,
                    push_bookings=True,
                    full_pass=True,
                    generation=1,
                    last_error="",
                )
                session.add(row)
                session.flush()
                return self._info(session, row)
        except IntegrityError as exc:
            raise CalendarError(
                f"That calendar is already linked to this resource ({calendar_url})."
            ) from exc

    def all(self, resource_id: int | None = None) -> list[LinkInfo]:
        with self._store.session() as session:
            query = select(CalSyncLink).order_by(CalSyncLink.id)
            if resource_id is not None:
                query = query.where(CalSyncLink.resource_id == resource_id)
            return [self._info(session, row) for row in session.scalars(query)]

    def get(self, link_id: int) -> LinkInfo:
        with self._store.session() as session:
            return self._info(session, self._row(session, link_id))

    @retry_on_conflict
    def remove(self, link_id: int) -> LinkInfo:
        """Unlink: the link, its state and the busy time it brought go; bookings stay."""
        with self._store.write_session() as session:
            row = self._row(session, link_id)
            info = self._info(session, row)
            _drop_blocks(session, row.resource_id, block_prefix(link_id))
            session.delete(row)
            return info

    @retry_on_conflict
    def apply_page(self, link_id: int, page: ChangePage) -> None:
        """One page of pulled changes and the cursor after it, in one transaction."""
        with self._store.write_session() as session:
            link = self._row(session, link_id)
            items = {
                item.ref: item
                for item in session.scalars(
                    select(CalSyncItem).where(CalSyncItem.link_id == link_id)
                )
            }
            for event in page.changed:
                _drop_blocks(session, link.resource_id, block_prefix(link_id, event.ref))
                session.add_all(
                    CalBlock(
                        resource_id=link.resource_id,
                        kind="busy",
                        starts_at=utc(span.start),
                        ends_at=utc(span.end),
                        reason=span.reason[:500],
                        source_uid=(block_prefix(link_id, event.ref) + span.uid)[:500],
                    )
                    for span in event.spans
                    if span.end > span.start
                )
                item = items.get(event.ref)
                if item is None:
                    item = CalSyncItem(link_id=link_id, ref=event.ref)
                    session.add(item)
                    items[event.ref] = item
                item.etag, item.generation = event.etag[:200], link.generation
            for ref in page.removed:
                _drop_blocks(session, link.resource_id, block_prefix(link_id, ref))
                if ref in items:
                    session.delete(items.pop(ref))
            if link.full_pass and link.cursor is None:
                link.full_pass_at = datetime.now(UTC)  # the first page of a whole listing
            link.cursor = page.cursor
            if page.done and link.full_pass:
                # A whole listing ended: what it did not mention was deleted meanwhile.
                for ref, item in items.items():
                    if item.generation != link.generation:
                        _drop_blocks(session, link.resource_id, block_prefix(link_id, ref))
                        session.delete(item)
                link.full_pass = False

    @retry_on_conflict
    def restart_full(self, link_id: int) -> LinkInfo:
        """The provider forgot our cursor: the next pass lists everything (a new generation)."""
        with self._store.write_session() as session:
            link = self._row(session, link_id)
            link.cursor, link.full_pass = None, True
            link.generation += 1
            return self._info(session, link)

    @retry_on_conflict
    def finish(self, link_id: int, error: str, now: datetime) -> None:
        with self._store.write_session() as session:
            link = session.get(CalSyncLink, link_id)
            if link is None:
                return  # unlinked while it synced
            link.last_sync_at, link.last_error = now, error[:2000]
            if not error:
                link.last_ok_at = now

    def pushes(self, link_id: int) -> dict[int, Pushed]:
        with self._store.session() as session:
            rows = session.scalars(select(CalSyncPush).where(CalSyncPush.link_id == link_id))
            return {row.booking_id: Pushed(row.ref, row.fingerprint) for row in rows}

    def orphan_pushes(self, link_id: int) -> dict[int, Pushed]:
        """Pushed events whose booking no longer exists (deleted with its resource's data)."""
        with self._store.session() as session:
            rows = session.scalars(
                select(CalSyncPush).where(
                    CalSyncPush.link_id == link_id,
                    ~select(CalBooking.id).where(CalBooking.id == CalSyncPush.booking_id).exists(),
                )
            )
            return {row.booking_id: Pushed(row.ref, row.fingerprint) for row in rows}

    @retry_on_conflict
    def record_push(self, link_id: int, booking_id: int, ref: str, fingerprint: str) -> None:
        with self._store.write_session() as session:
            row = session.scalar(
                select(CalSyncPush).where(
                    CalSyncPush.link_id == link_id, CalSyncPush.booking_id == booking_id
                )
            )
            if row is None:
                session.add(
                    CalSyncPush(
                        link_id=link_id, booking_id=booking_id, ref=ref, fingerprint=fingerprint
                    )
                )
            else:
                row.ref, row.fingerprint = ref, fingerprint

    @retry_on_conflict
    def forget_push(self, link_id: int, booking_id: int) -> None:
        with self._store.write_session() as session:
            session.execute(
                delete(CalSyncPush).where(
                    CalSyncPush.link_id == link_id, CalSyncPush.booking_id == booking_id
                )
            )

    @staticmethod
    def _row(session: Session, link_id: int) -> CalSyncLink:
        row = session.get(CalSyncLink, link_id)
        if row is None:
            raise CalendarError(
                f"There is no linked calendar with id {link_id}; see l4ydesk sync list."
            )
        return row

    @staticmethod
    def _info(session: Session, row: CalSyncLink) -> LinkInfo:
        resource = session.get(CalResource, row.resource_id)
        assert resource is not None  # a foreign key with ON DELETE CASCADE
        return LinkInfo(
            link_id=row.id,
            resource_id=row.resource_id,
            resource_name=resource.name,
            zone=resource.timezone,
            provider=row.provider,
            calendar_url=row.calendar_url,
            account=row.account,
            secret_name=row.secret_name,
            push_bookings=row.push_bookings,
            cursor=row.cursor,
            full_pass=row.full_pass,
            full_pass_at=utc(row.full_pass_at) if row.full_pass_at else None,
            last_sync_at=utc(row.last_sync_at) if row.last_sync_at else None,
            last_ok_at=utc(row.last_ok_at) if row.last_ok_at else None,
            last_error=row.last_error,
        )
