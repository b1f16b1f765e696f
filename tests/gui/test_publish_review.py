"""The wizard's review page: the exact diff of the next commit, prepared in the worker from the
connected sample app (scaffold + compatibility rules), and nothing to commit once the branch
holds those files. Saves docs/screenshots/publish-wizard.png when L4YDESK_SAVE_SCREENSHOTS=1."""

from __future__ import annotations

import shutil
import threading
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest

from l4ydesk.app import Services, sample_app_dir
from l4ydesk.core.publish import prepare
from l4ydesk.core.publish.published import remember_published_files
from l4ydesk.storage.publish_models import PublishRun
from l4ydesk.ui.main_window import MainWindow
from tests.conftest import wait_for
from tests.gui.publish_helpers import REVIEW_PAGE, open_at_review_next, publish_feature, window
from tests.publish_support import connected_sample

Run = Callable[[Any], Any]


def test_review_shows_the_exact_diff_prepared_in_the_worker(
    window: MainWindow,
    services: Services,
    arun: Run,
    monkeypatch: pytest.MonkeyPatch,
    tmp_path: Path,
) -> None:
    app_id = connected_sample(services.store)
    config = open_at_review_next(window, services, arun, app_id, "Aprons and linen.")
    prepared_on: list[str] = []
    real_prepare = prepare.prepare_files

    def recording(*args: Any, **kwargs: Any) -> Any:
        prepared_on.append(threading.current_thread().name)
        return real_prepare(*args, **kwargs)

    monkeypatch.setattr(prepare, "prepare_files", recording)
    feature = publish_feature(window)
    feature.open_wizard()
    arun(wait_for(lambda: feature.wizard is not None and feature.wizard.review.ready, 60))
    wizard = feature.wizard
    assert wizard is not None and wizard.index == REVIEW_PAGE
    assert wizard.heading.text() == "Step 8 of 8: Review"
    assert wizard.next_button.text() == "Publish"
    assert prepared_on and all(n.startswith("l4y-db") for n in prepared_on), prepared_on
    diff = wizard.review.diff.toPlainText()
    expected = real_prepare(services.store, app_id, config, badge=True)
    assert diff == expected.diff_against({})  # the branch holds nothing yet: every file is new
    assert "+++ b/lib/builder-inspector.ts" in diff
    assert "+++ b/app/page.tsx" in diff or "+++ b/app/layout.tsx" in diff
    assert "harbor-pine" in wizard.review.summary.text()
    assert f"{len(expected.files)} files" in wizard.review.status.text()
    wizard.review.diff.verticalScrollBar().setValue(0)
    assert wizard.grab().save(str(tmp_path / "publish-wizard.png"))
    wizard.reject()

    # once a publish committed exactly these files, the review says there is nothing to commit
    with services.store.session() as session:
        run = PublishRun(app_id=app_id, status="succeeded", step="domains", state={})
        session.add(run)
        session.flush()
        run_id = run.id
    remember_published_files(services.store, run_id, expected.files)
    feature.open_wizard()
    arun(wait_for(lambda: feature.wizard is not None and feature.wizard.review.ready, 60))
    assert feature.wizard is not None
    assert "Nothing changed since the last publish" in feature.wizard.review.status.text()
    assert feature.wizard.review.diff.toPlainText() == ""

    # an edit of one file: the diff is that file alone
    services.vfs.write(app_id, "app/page.tsx", services.vfs.read(app_id, "app/page.tsx") + b"\n")
    feature.wizard.back_button.click()
    feature.wizard.next_button.click()
    arun(wait_for(lambda: feature.wizard is not None and feature.wizard.review.ready, 60))
    diff = feature.wizard.review.diff.toPlainText()
    assert diff.count("+++ b/") == 1 and "+++ b/app/page.tsx" in diff
    feature.wizard.reject()


__all__ = ["window"]  # the fixture, imported so this module's tests can use it


def test_the_review_says_where_an_app_kept_in_a_folder_is_published_from(
    window: MainWindow, services: Services, arun: Run, tmp_path: Path
) -> None:
    repository = tmp_path / "harbor-repo"
    shutil.copytree(sample_app_dir(), repository / "frontend")
    (repository / "package.json").write_text('{"name": "harbor-repo", "private": true}\n')
    app_id = connected_sample(services.store, folder=repository)
    open_at_review_next(window, services, arun, app_id)
    feature = publish_feature(window)
    feature.open_wizard()
    arun(wait_for(lambda: feature.wizard is not None and feature.wizard.review.ready, 60))
    wizard = feature.wizard
    assert wizard is not None
    status = wizard.review.status.text()
    assert "The Next.js app is in frontend/" in status.split("<br>")[1]
    assert "• frontend/components/contact-form.tsx: the form 'Contact us'" in status
    assert "+++ b/frontend/lib/builder-inspector.ts" in wizard.review.diff.toPlainText()
    assert wizard.grab().save(str(tmp_path / "publish-review-folder.png"))
    wizard.reject()
