"""What the window asks about an app's publish runs: its production URL, an unfinished run."""

from __future__ import annotations

from sqlalchemy import select

from l4ydesk.core.tiers import Tier, spec
from l4ydesk.storage.db import Store
from l4ydesk.storage.publish_models import PublishRun

UNFINISHED = "running"


def production_url(store: Store, app_id: int) -> str | None:
    """The production URL of the app's newest run that recorded one."""
    with store.session() as session:
        runs = session.scalars(
            select(PublishRun).where(PublishRun.app_id == app_id).order_by(PublishRun.id.desc())
        ).all()
        for run in runs:
            url = (run.state or {}).get("production_url")
            if isinstance(url, str) and url:
                return url
    return None


def unfinished_run(store: Store, app_id: int) -> int | None:
    """The id of the app's run that stopped midway (the window was killed), if any."""
    with store.session() as session:
        run_id = session.scalar(
            select(PublishRun.id)
            .where(PublishRun.app_id == app_id, PublishRun.status == UNFINISHED)
            .order_by(PublishRun.id.desc())
        )
        return int(run_id) if run_id is not None else None


def badge_for(tier: Tier) -> bool:
    """Whether the scaffold carries the Free badge ("Built with l4ydesk")."""
    return spec(tier).badge


def last_published_files(store: Store, app_id: int) -> dict[str, bytes]:
    """The files the app's branch holds from its last successful publish, for the review diff.

    A run that committed records them as `state["files"]` ({path: text}); before any publish
    the branch holds nothing of the app, so everything is new.
    """
    with store.session() as session:
        runs = session.scalars(
            select(PublishRun)
            .where(PublishRun.app_id == app_id, PublishRun.status == "succeeded")
            .order_by(PublishRun.id.desc())
        ).all()
        for run in runs:
            files = (run.state or {}).get("files")
            if isinstance(files, dict):
                return {str(p): str(t).encode() for p, t in files.items()}
    return {}
