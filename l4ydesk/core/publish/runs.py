"""Persisted publish runs: which step a run is in and what each finished step produced.

Every write is its own committed transaction, so a process killed (even with kill -9) right
after a step leaves that step's result on disk; the next start finds the unfinished run and
offers to resume it. Nothing secret is ever written here (keys go to the keyring).
"""

from __future__ import annotations

import json
from collections.abc import Callable
from dataclasses import dataclass
from datetime import UTC, datetime
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from l4ydesk.core.errors import L4yError
from l4ydesk.core.publish.events import Step
from l4ydesk.storage.db import Store
from l4ydesk.storage.publish_models import PublishRun

RUNNING = "running"
SUCCEEDED = "succeeded"
FAILED = "failed"
CANCELLED = "cancelled"
REFUSED = "refused"  # the tier's limit said no: nothing was pushed
ABANDONED = "abandoned"  # the user started afresh instead of resuming
# Runs the next start offers to resume: killed (still "running") or stopped by an error.
RESUMABLE = (RUNNING, FAILED)


@dataclass(frozen=True)
class RunInfo:
    run_id: int
    app_id: int
    status: str
    step: Step | None
    state: dict[str, Any]
    error: str | None
    production_url: str | None

    def done(self, step: Step) -> bool:
        return step.value in self.state.get("done", {})

    def result(self, step: Step) -> dict[str, Any]:
        return dict(self.state.get("done", {}).get(step.value, {}))

    def describe(self) -> str:
        where = f"at step {self.step.value}" if self.step is not None else "before its first step"
        return f"publish run #{self.run_id} ({self.status} {where})"


class RunNotFound(L4yError):
    pass


class RunStore:
    """The publish runs of the store's apps."""

    def __init__(self, store: Store) -> None:
        self._store = store

    def start(self, app_id: int) -> RunInfo:
        with self._store.write_session() as session:
            row = PublishRun(app_id=app_id, status=RUNNING, step="", state={"done": {}})
            session.add(row)
            session.flush()
            return _info(row)

    def get(self, run_id: int) -> RunInfo:
        with self._store.session() as session:
            return _info(_row(session, run_id))

    def unfinished(self, app_id: int) -> RunInfo | None:
        """The app's newest run that was killed or failed, if it is the newest run at all."""
        with self._store.session() as session:
            row = session.scalar(
                select(PublishRun)
                .where(PublishRun.app_id == app_id)
                .order_by(PublishRun.id.desc())
                .limit(1)
            )
            return _info(row) if row is not None and row.status in RESUMABLE else None

    def begin(self, run_id: int, step: Step) -> RunInfo:
        """Mark `step` as the one in progress (status back to running when resuming)."""
        return self._change(run_id, step=step.value, status=RUNNING, error=None)

    def note(self, run_id: int, step: Step, **progress: Any) -> RunInfo:
        """Progress inside a step that must survive a kill (e.g. the deployment just created)."""

        def apply(state: dict[str, Any]) -> None:
            state.setdefault("progress", {}).setdefault(step.value, {}).update(progress)

        return self._change(run_id, update=apply)

    def progress(self, run: RunInfo, step: Step) -> dict[str, Any]:
        return dict(self.get(run.run_id).state.get("progress", {}).get(step.value, {}))

    def finish_step(self, run_id: int, step: Step, result: dict[str, Any]) -> RunInfo:
        def apply(state: dict[str, Any]) -> None:
            state.setdefault("done", {})[step.value] = result

        return self._change(run_id, update=apply)

    def set_production_url(self, run_id: int, url: str) -> RunInfo:
        return self._change(run_id, production_url=url)

    def end(self, run_id: int, status: str, error: str | None = None) -> RunInfo:
        return self._change(run_id, status=status, error=error, finished_at=datetime.now(UTC))

    def count_attempt(self, run_id: int) -> RunInfo:
        """One more self-heal attempt in this run (the `attempts` column)."""
        with self._store.write_session() as session:
            row = _row(session, run_id)
            row.attempts = row.attempts + 1
            session.flush()
            return _info(row)

    def production_url(self, app_id: int) -> str | None:
        """The live address of the app's newest successful publish (the preview's Live source)."""
        with self._store.session() as session:
            return session.scalar(
                select(PublishRun.production_url)
                .where(
                    PublishRun.app_id == app_id,
                    PublishRun.status == SUCCEEDED,
                    PublishRun.production_url.is_not(None),
                )
                .order_by(PublishRun.id.desc())
                .limit(1)
            )

    def runs(self, app_id: int) -> list[RunInfo]:
        with self._store.session() as session:
            rows = session.scalars(
                select(PublishRun).where(PublishRun.app_id == app_id).order_by(PublishRun.id)
            )
            return [_info(row) for row in rows]

    def _change(
        self,
        run_id: int,
        *,
        update: Callable[[dict[str, Any]], None] | None = None,
        **columns: Any,
    ) -> RunInfo:
        with self._store.write_session() as session:
            row = _row(session, run_id)
            for name, value in columns.items():
                setattr(row, name, value)
            if update is not None:
                # A fresh dict: the JSON column notices only a new value, not an edit in place.
                state = _copy(dict(row.state or {}))
                update(state)
                row.state = state
            session.flush()
            return _info(row)


def _copy(state: dict[str, Any]) -> dict[str, Any]:
    copied: dict[str, Any] = json.loads(json.dumps(state))
    return copied


def _row(session: Session, run_id: int) -> PublishRun:
    row = session.get(PublishRun, run_id)
    if row is None:
        raise RunNotFound(f"Publish run #{run_id} does not exist.")
    return row


def _info(row: PublishRun) -> RunInfo:
    return RunInfo(
        run_id=row.id,
        app_id=row.app_id,
        status=row.status,
        step=Step(row.step) if row.step else None,
        state=_copy(dict(row.state or {})),
        error=row.error,
        production_url=row.production_url,
    )
