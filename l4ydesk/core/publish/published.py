"""What the branch holds since the app's last publish, for the wizard's review diff.

When a run commits, the exact files it committed are remembered as a manifest (path → blob
hash) in the run's state, their bytes in the store's content-addressed blobs (shared with the
files' own revisions, so nothing is stored twice). The review page diffs the files it would
commit now against that manifest: the exact diff of the next commit.
"""

from __future__ import annotations

import hashlib
from collections.abc import Mapping

from sqlalchemy import select

from l4ydesk.core.publish import runs as run_status
from l4ydesk.core.tiers import Tier, spec
from l4ydesk.storage.db import Store, insert_ignoring_duplicates
from l4ydesk.storage.models import Blob
from l4ydesk.storage.publish_models import PublishRun

MANIFEST = "published_files"


def badge_for(tier: Tier) -> bool:
    """Whether the scaffold carries the Free badge ("Built with l4ydesk")."""
    return spec(tier).badge


def remember_published_files(store: Store, run_id: int, files: Mapping[str, bytes]) -> None:
    """Record the files run `run_id` committed (call once it succeeded)."""
    manifest = {path: hashlib.sha256(data).hexdigest() for path, data in files.items()}
    blobs = {manifest[path]: data for path, data in files.items()}
    with store.write_session() as session:
        rows = [{"hash": h, "size": len(d), "data": d} for h, d in blobs.items()]
        for start in range(0, len(rows), 200):
            insert_ignoring_duplicates(
                session,
                Blob.__table__,  # type: ignore[arg-type]
                rows[start : start + 200],
                ["hash"],
            )
        run = session.get(PublishRun, run_id)
        if run is not None:
            run.state = {**dict(run.state or {}), MANIFEST: manifest}


def last_published_files(store: Store, app_id: int) -> dict[str, bytes]:
    """The files of the app's newest successful run that recorded them; {} before any."""
    with store.session() as session:
        states = session.scalars(
            select(PublishRun.state)
            .where(PublishRun.app_id == app_id, PublishRun.status == run_status.SUCCEEDED)
            .order_by(PublishRun.id.desc())
        ).all()
        manifest = next(
            (s[MANIFEST] for s in states if isinstance(s, dict) and MANIFEST in s), None
        )
        if not manifest:
            return {}
        hashes = sorted(set(manifest.values()))
        data: dict[str, bytes] = {}
        for start in range(0, len(hashes), 500):
            chunk = hashes[start : start + 500]
            for blob in session.scalars(select(Blob).where(Blob.hash.in_(chunk))):
                data[blob.hash] = blob.data
        return {path: data[h] for path, h in manifest.items() if h in data}
