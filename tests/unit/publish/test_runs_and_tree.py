"""A publish run's steps survive in the store, and the tree SHA computed locally is git's own."""

from __future__ import annotations

import subprocess
from pathlib import Path

from l4ydesk.core.apps import AppCatalog
from l4ydesk.core.publish import runs as status
from l4ydesk.core.publish.events import Step
from l4ydesk.core.publish.git_commit import tree_sha
from l4ydesk.core.publish.runs import RunStore
from l4ydesk.storage.db import Store


def test_a_step_result_is_on_disk_for_the_next_process(tmp_path: Path) -> None:
    url = f"sqlite:///{tmp_path / 'db.sqlite'}"
    store = Store(url)
    app = AppCatalog(store).create("Shop")
    run = RunStore(store).start(app.app_id)
    RunStore(store).begin(run.run_id, Step.REPOSITORY)
    RunStore(store).finish_step(run.run_id, Step.REPOSITORY, {"repo": {"name": "shop"}})
    RunStore(store).note(run.run_id, Step.COMMIT, head_before=None)
    RunStore(store).begin(run.run_id, Step.COMMIT)
    store.close()

    again = RunStore(Store(url))  # as the next start after a kill would see it
    pending = again.unfinished(app.app_id)
    assert pending is not None and pending.run_id == run.run_id
    assert pending.step is Step.COMMIT
    assert pending.done(Step.REPOSITORY) and not pending.done(Step.COMMIT)
    assert pending.result(Step.REPOSITORY)["repo"]["name"] == "shop"
    assert again.progress(pending, Step.COMMIT) == {"head_before": None}
    assert "at step commit" in pending.describe()


def test_only_the_newest_killed_or_failed_run_is_offered(store: Store) -> None:
    app = AppCatalog(store).create("Shop")
    runs = RunStore(store)
    first = runs.start(app.app_id)
    runs.end(first.run_id, status.FAILED, "The build failed.")
    assert runs.unfinished(app.app_id) is not None  # a failed run can be resumed
    runs.end(first.run_id, status.ABANDONED)
    assert runs.unfinished(app.app_id) is None
    second = runs.start(app.app_id)
    runs.set_production_url(second.run_id, "https://shop.example")
    assert runs.production_url(app.app_id) is None  # not live until the run succeeded
    runs.end(second.run_id, status.SUCCEEDED)
    assert runs.unfinished(app.app_id) is None
    assert runs.production_url(app.app_id) == "https://shop.example"


def test_tree_sha_is_the_one_git_computes(tmp_path: Path) -> None:
    files = {
        "package.json": b'{"name": "shop"}\n',
        "app/page.tsx": "export default function Page() { return <p>Caf\u00e9</p> }\n".encode(),
        "app/layout.tsx": b"export default function L({children}) { return children }\n",
        "app-extra.txt": b"sorts before app/ in git's order\n",
        "public/logo.png": bytes(range(256)),
        "components/ui/button.tsx": b"export const Button = () => null\n",
    }
    repo = tmp_path / "repo"
    for path, data in files.items():
        (repo / path).parent.mkdir(parents=True, exist_ok=True)
        (repo / path).write_bytes(data)
    subprocess.run(["git", "init", "-q", str(repo)], check=True)
    subprocess.run(["git", "-C", str(repo), "add", "-A"], check=True)
    written = subprocess.run(
        ["git", "-C", str(repo), "write-tree"], check=True, capture_output=True, text=True
    )
    assert tree_sha(files) == written.stdout.strip()
    assert tree_sha({**files, "app/page.tsx": b"changed"}) != written.stdout.strip()
