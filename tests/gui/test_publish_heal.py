"""A self-heal attempt of a publish run in the builder chat: a card with the build error, the
fix's summary and cost, its diff folded until asked for, and Undo that puts the file back."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

from l4ydesk.app import Services
from l4ydesk.core.credits.costs import Action, fixed_cost
from l4ydesk.core.publish.events import HealAttempt, PublishResult, Step
from l4ydesk.storage.models import RevisionSource
from l4ydesk.ui.main_window import MainWindow
from l4ydesk.ui.publish.heal_card import HealCard
from tests.conftest import wait_for
from tests.gui.publish_helpers import publish_feature, run_events, shots_dir, window

Run = Callable[[Any], Any]
BROKEN = (
    b'export default function Page() {\n  const total: number = "12"\n  return <p>{total}</p>\n}\n'
)
HEALED = BROKEN.replace(b'"12"', b"12")
DIFF = (
    "--- a/app/page.tsx\n+++ b/app/page.tsx\n@@ -1,3 +1,3 @@\n export default function Page() {\n"
    '-  const total: number = "12"\n+  const total: number = 12\n   return <p>{total}</p>\n'
)


def heal_in_chat(window: MainWindow, services: Services, arun: Run) -> tuple[int, HealCard]:
    app = arun(window.apps.create_app("Harbor"))
    vfs = services.vfs
    vfs.write(app.app_id, "app/page.tsx", BROKEN)
    vfs.write(app.app_id, "app/page.tsx", HEALED, RevisionSource.AI, "self-heal 1")
    revision = vfs.history(app.app_id, "app/page.tsx")[0].revision_id
    attempt = HealAttempt(
        number=1,
        error="app/page.tsx:2:9: Type error: Type 'string' is not assignable to type 'number'.",
        source="ai",
        summary="Edited line 2 of app/page.tsx: the total is the number 12, not a string.",
        diff=DIFF,
        credits=fixed_cost(Action.PUBLISH_SELF_HEAL),
        revision_ids=(revision,),
    )
    feature = publish_feature(window)
    feature.runner = run_events(
        ("step_started", (Step.DEPLOY, "Deploying on Vercel")),
        ("build_log", ("Failed to compile.\n",)),
        ("heal_attempt", (attempt,)),
        ("step_finished", (Step.DEPLOY, "READY after 1 heal attempt")),
        ("finished", (PublishResult(1, None, "abc", True, (attempt,)),)),
    )
    feature.start_run(resume=False)
    arun(wait_for(lambda: len(feature.heal_cards) == 1 and feature.heal_cards[0].isVisible()))
    return app.app_id, feature.heal_cards[0]


def test_heal_card_shows_the_attempt_and_undo_restores_the_file(
    window: MainWindow, services: Services, arun: Run, tmp_path: Path
) -> None:
    app_id, card = heal_in_chat(window, services, arun)
    chat = window.features[0].panel  # type: ignore[attr-defined]
    assert card.parent() is chat.messages.widget()
    assert "Self-heal attempt 1" in card.title.text() and "5 credits" in card.title.text()
    assert "built-in AI" in card.title.text()
    assert "not assignable" in card.error.text()
    assert not card.diff.isVisible()
    card.toggle.click()
    assert card.diff.isVisible() and "+  const total: number = 12" in card.diff.toPlainText()
    dock = window.ctx.docks["chat"]
    dock.setFloating(True)
    dock.resize(560, 520)
    arun(wait_for(lambda: dock.height() >= 520, may_hold=True))  # resize may apply at once
    chat.messages.scroll_to_bottom()
    assert dock.grab().save(str(shots_dir(tmp_path) / "publish-heal.png"))
    dock.setFloating(False)

    card.undo_button.click()
    arun(wait_for(lambda: card.undo_button.text() == "Undone"))
    assert services.vfs.read(app_id, "app/page.tsx") == BROKEN
    assert "app/page.tsx" in card.state.text()

    # the heal cards belong to the app: another app shows none
    feature = publish_feature(window)
    arun(window.apps.create_app("Other"))
    assert feature.heal_cards == []


def test_undo_refuses_when_the_file_changed_since_then_undoes_anyway(
    window: MainWindow, services: Services, arun: Run
) -> None:
    app_id, card = heal_in_chat(window, services, arun)
    services.vfs.write(app_id, "app/page.tsx", b"// my own edit\n")
    card.undo_button.click()
    arun(wait_for(lambda: card.force_button.isVisible()))
    assert "changed after the attempt" in card.state.text()
    assert services.vfs.read(app_id, "app/page.tsx") == b"// my own edit\n"
    card.force_button.click()
    arun(wait_for(lambda: card.undo_button.text() == "Undone"))
    assert services.vfs.read(app_id, "app/page.tsx") == BROKEN


__all__ = ["window"]  # the fixture, imported so this module's tests can use it


def test_the_newest_runs_attempts_are_shown_when_the_app_opens(
    window: MainWindow, services: Services, arun: Run
) -> None:
    from dataclasses import asdict

    from l4ydesk.storage.publish_models import PublishRun
    from l4ydesk.ui.window.changes import Changes

    app_id, card = heal_in_chat(window, services, arun)
    noted = {"progress": {"deploy": {"heal": [asdict(card.attempt)]}}}
    with services.store.session() as session:
        session.add(PublishRun(app_id=app_id, status="succeeded", step="domains", state=noted))
    feature = publish_feature(window)
    arun(window.apps.create_app("Other"))
    assert feature.heal_cards == []
    arun(window.apps.load_apps(select=app_id))
    window.ctx.publish(Changes(app=True))
    # Asserted empty above; load_apps spins the loop, so the cards may land before the wait.
    arun(wait_for(lambda: len(feature.heal_cards) == 1, may_hold=True))
    shown = feature.heal_cards[0]
    assert shown.attempt == card.attempt  # revision ids included: Undo works after a restart
    shown.undo_button.click()
    arun(wait_for(lambda: shown.undo_button.text() == "Undone"))
    assert services.vfs.read(app_id, "app/page.tsx") == BROKEN
