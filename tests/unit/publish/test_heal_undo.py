"""Undoing a self-heal attempt: its files go back to what they were, a file it created goes to
the trash, and a file changed after it is not silently thrown away."""

from __future__ import annotations

from typing import Any

import pytest

from l4ydesk.core.publish.heal_undo import HealUndoError, undo_heal
from l4ydesk.storage.models import RevisionSource


def _heal(services: Any, app_id: int, writes: dict[str, bytes]) -> tuple[int, ...]:
    """Write as the AI fix would, returning the revisions written."""
    ids = []
    for path, data in writes.items():
        services.vfs.write(app_id, path, data, RevisionSource.AI, "self-heal")
        ids.append(services.vfs.history(app_id, path)[0].revision_id)
    return tuple(ids)


def test_undo_restores_written_files_and_trashes_created_ones(services: Any) -> None:
    app_id = services.catalog.create("Harbor").app_id
    vfs = services.vfs
    vfs.write(app_id, "app/page.tsx", b"export default function Page() { return <Hero/> }\n")
    ids = _heal(
        services,
        app_id,
        {
            "app/page.tsx": b'"use client"\nexport default function Page() { return <Hero/> }\n',
            "components/ui/badge.tsx": b"export function Badge() { return null }\n",
        },
    )
    # a second write of the same attempt to the same file: undone to before the first
    vfs.write(app_id, "app/page.tsx", b"// fixed twice\n", RevisionSource.AI)
    ids += (vfs.history(app_id, "app/page.tsx")[0].revision_id,)

    paths = undo_heal(services.store, vfs, app_id, ids)

    assert set(paths) == {"app/page.tsx", "components/ui/badge.tsx"}
    assert vfs.read(app_id, "app/page.tsx").startswith(b"export default function Page()")
    assert not vfs.exists(app_id, "components/ui/badge.tsx")
    assert vfs.history(app_id, "app/page.tsx")[0].source is RevisionSource.USER  # a new revision


def test_a_file_changed_after_the_attempt_is_refused_unless_forced(services: Any) -> None:
    app_id = services.catalog.create("Harbor").app_id
    vfs = services.vfs
    vfs.write(app_id, "app/page.tsx", b"v1\n")
    ids = _heal(services, app_id, {"app/page.tsx": b"v2 healed\n"})
    vfs.write(app_id, "app/page.tsx", b"v3 the user's edit\n")

    with pytest.raises(HealUndoError, match=r"changed after the attempt.*app/page\.tsx"):
        undo_heal(services.store, vfs, app_id, ids)
    assert vfs.read(app_id, "app/page.tsx") == b"v3 the user's edit\n"

    undo_heal(services.store, vfs, app_id, ids, force=True)
    assert vfs.read(app_id, "app/page.tsx") == b"v1\n"
    history = [vfs.read_revision(r.revision_id) for r in vfs.history(app_id, "app/page.tsx")]
    assert b"v3 the user's edit\n" in history  # kept in the history


def test_revisions_of_another_app_are_not_touched(services: Any) -> None:
    mine = services.catalog.create("Mine").app_id
    other = services.catalog.create("Other").app_id
    services.vfs.write(other, "a.txt", b"one\n")
    ids = _heal(services, other, {"a.txt": b"two\n"})
    with pytest.raises(HealUndoError, match="nothing to undo"):
        undo_heal(services.store, services.vfs, mine, ids)
    assert services.vfs.read(other, "a.txt") == b"two\n"
