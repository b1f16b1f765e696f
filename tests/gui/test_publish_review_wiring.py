"""The review page lists what the publish wires: the sample's forms and cart button, and a form
whose handler comes from a prop as "not wired" with the reason. Saves
docs/screenshots/publish-review-wiring.png when L4YDESK_SAVE_SCREENSHOTS=1."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

from l4ydesk.app import Services
from l4ydesk.ui.main_window import MainWindow
from tests.conftest import wait_for
from tests.gui.publish_helpers import REVIEW_PAGE, open_at_review_next, publish_feature, shots_dir
from tests.gui.publish_helpers import window as window  # the fixture
from tests.publish_support import connected_sample

Run = Callable[[Any], Any]


def test_review_lists_wired_and_not_wired_elements(
    window: MainWindow,
    services: Services,
    arun: Run,
    tmp_path: Path,
) -> None:
    app_id = connected_sample(services.store)
    newsletter = "components/newsletter-form.tsx"
    text = services.vfs.read_text(app_id, newsletter)
    text = text.replace(
        "export function NewsletterForm() {",
        "export function NewsletterForm({ onJoin }: { onJoin: () => void }) {",
    ).replace("onSubmit={handleSubmit}", "onSubmit={onJoin}")
    services.vfs.write(app_id, newsletter, text.encode())
    open_at_review_next(window, services, arun, app_id)
    feature = publish_feature(window)
    feature.open_wizard()
    arun(wait_for(lambda: feature.wizard is not None and feature.wizard.review.ready, 60))
    wizard = feature.wizard
    assert wizard is not None and wizard.index == REVIEW_PAGE
    status = wizard.review.status.text()
    assert "components/contact-form.tsx: the form 'Contact us'" in status
    assert "posts to the platform now." in status and "starts a checkout now." in status
    assert (
        "components/newsletter-form.tsx: the form 'Newsletter form'" in status
        and "not wired: its onSubmit handler 'onJoin' is defined elsewhere" in status
    )
    diff = wizard.review.diff.toPlainText()
    assert "+    <form onSubmit={l4ySubmitForm(" in diff and "+++ b/lib/l4y/submit-form.ts" in diff
    wizard.resize(1000, 720)
    assert wizard.grab().save(str(shots_dir(tmp_path) / "publish-review-wiring.png"))
    wizard.reject()
