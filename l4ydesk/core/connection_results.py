"""What a connection run did, as the window, the command line and undo report it: each item's
outcome, the run's result and the result of undoing it. Plain values; `connections` makes them.
"""

from __future__ import annotations

import enum
from dataclasses import dataclass
from datetime import datetime


class Outcome(enum.StrEnum):
    CREATED = "created"
    LINKED = "linked"
    RELINKED = "relinked"
    SKIPPED = "skipped"
    ALREADY_CONNECTED = "already_connected"


@dataclass(frozen=True)
class ItemOutcome:
    item_key: str
    type: str
    name: str
    outcome: Outcome
    record_id: int | None
    link_id: int | None


@dataclass(frozen=True)
class ConnectionResult:
    """What one run did, item by item; `run_id` is what undo needs."""

    run_id: int
    app_id: int
    outcomes: tuple[ItemOutcome, ...]
    created_at: datetime
    undone_at: datetime | None = None
    credits_used: int | None = None  # None: the run was not billed

    def _with(self, outcome: Outcome) -> tuple[ItemOutcome, ...]:
        return tuple(o for o in self.outcomes if o.outcome is outcome)

    @property
    def created(self) -> tuple[ItemOutcome, ...]:
        return self._with(Outcome.CREATED)

    @property
    def linked(self) -> tuple[ItemOutcome, ...]:
        return self._with(Outcome.LINKED)

    @property
    def relinked(self) -> tuple[ItemOutcome, ...]:
        return self._with(Outcome.RELINKED)

    @property
    def skipped(self) -> tuple[ItemOutcome, ...]:
        return self._with(Outcome.SKIPPED)

    @property
    def already_connected(self) -> tuple[ItemOutcome, ...]:
        return self._with(Outcome.ALREADY_CONNECTED)

    def summary(self) -> str:
        relinked = f"{len(self.relinked)} relinked, " if self.relinked else ""
        text = (
            f"{len(self.created)} created, {len(self.linked)} linked, {relinked}"
            f"{len(self.skipped)} skipped, {len(self.already_connected)} already connected."
        )
        if self.credits_used is not None:
            text += f" {self.credits_used} credit{'' if self.credits_used == 1 else 's'} used."
        return text


@dataclass(frozen=True)
class KeptRecord:
    record_id: int
    reason: str


@dataclass(frozen=True)
class UndoResult:
    run_id: int
    removed_link_ids: tuple[int, ...]
    deleted_record_ids: tuple[int, ...]
    kept: tuple[KeptRecord, ...]

    @property
    def complete(self) -> bool:
        """False when some created records were kept because they are in use or edited."""
        return not self.kept

    def summary(self) -> str:
        text = (
            f"Removed {len(self.removed_link_ids)} link(s) and "
            f"deleted {len(self.deleted_record_ids)} record(s)."
        )
        for kept in self.kept:
            text += f" Kept record #{kept.record_id}: {kept.reason}."
        return text
