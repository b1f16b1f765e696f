"""A Next.js app kept in a folder of its repository (`frontend/` under a script-only root):
the publish scaffold, wiring and v0 rules work inside that folder and leave the rest alone."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

from l4ydesk.app import sample_app_dir
from l4ydesk.core.publish.config import PublishConfig
from l4ydesk.core.publish.prepare import prepare_files
from l4ydesk.storage.db import Store
from tests.conftest import migrated_sqlite_url
from tests.publish_support import connected_sample

CONFIG = PublishConfig(categories=("products", "forms", "checkout"))
ROOT_PACKAGE = json.dumps(
    {"name": "harbor-repo", "private": True, "scripts": {"dev": "npm --prefix frontend run dev"}}
).encode()
SERVER = b"// the shop's own API, not part of the Next.js app\nexport const port = 4000;\n"


def _repository(tmp_path: Path) -> Path:
    root = tmp_path / "harbor-repo"
    shutil.copytree(sample_app_dir(), root / "frontend")
    (root / "package.json").write_bytes(ROOT_PACKAGE)
    (root / "backend").mkdir()
    (root / "backend" / "server.ts").write_bytes(SERVER)
    return root


def test_the_scaffold_and_rules_go_inside_the_folder_as_they_would_at_the_top(
    store: Store, tmp_path: Path
) -> None:
    # a store of its own, so its records get the same ids as the app in a folder
    other = Store(migrated_sqlite_url(tmp_path / "other.db"))
    at_top = prepare_files(other, connected_sample(other), CONFIG, badge=True)
    other.close()
    app_id = connected_sample(store, folder=_repository(tmp_path))

    prepared = prepare_files(store, app_id, CONFIG, badge=True)

    assert prepared.app_folder == "frontend" and at_top.app_folder == ""
    # the repository's own files outside the app are published as they are
    assert prepared.files["package.json"] == ROOT_PACKAGE
    assert prepared.files["backend/server.ts"] == SERVER
    outside = {p for p in prepared.files if not p.startswith("frontend/")}
    assert outside == {"package.json", "backend/server.ts"}
    # inside, byte for byte what the same app gets at the top: the scaffold, the linked data
    # loaded from the store, the forms and cart wired, the compat rules
    inside = {p.removeprefix("frontend/"): d for p, d in prepared.files.items() if p not in outside}
    assert inside == at_top.files
    assert prepared.scaffold_paths == tuple(f"frontend/{p}" for p in at_top.scaffold_paths)
    assert prepared.edited_paths == tuple(sorted(f"frontend/{p}" for p in at_top.edited_paths))
    wired = sorted(
        p for c in prepared.compat_changes if c.rule.startswith("wire-") for p in c.paths
    )
    assert wired and all(p.startswith("frontend/components/") for p in wired)
    assert "l4ySubmitForm(" in prepared.files["frontend/components/contact-form.tsx"].decode()
