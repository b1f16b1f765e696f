"""The publish console fed by a run's events: the steps with their state, the build log that
follows the end, Copy, Cancel at any point, the upgrade wall when the plan refuses, the resume
offer for a run that stopped midway, and the production URL opened in the Live preview."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

from PySide6.QtWidgets import QApplication

from l4ydesk.app import Services
from l4ydesk.core.publish.events import PublishResult, Step
from l4ydesk.core.tiers import Limit, Tier, TierLimitReached
from l4ydesk.storage.publish_models import PublishRun
from l4ydesk.ui.main_window import MainWindow
from l4ydesk.ui.preview import LoadState, PreviewSource
from l4ydesk.ui.publish.console import STATE_MARKS
from l4ydesk.ui.window.changes import Changes
from tests.conftest import wait_for
from tests.fakes.http_server import FakeHTTPServer, RecordedRequest, Reply, Response
from tests.gui.publish_helpers import publish_feature, run_events, through_child, window

Run = Callable[[Any], Any]


class ProductionSite(FakeHTTPServer):
    """Stands in for the deployed app (the Vercel fake serves it with `next start`)."""

    def route(self, request: RecordedRequest) -> Response:
        html = (
            "<!doctype html><title>Harbor live</title>"
            "<body style='font-family:sans-serif;margin:24px;background:#faf7f2'>"
            "<h1>Harbor &amp; Pine</h1><p>Aprons and linen, made by hand.</p>"
            "<div style='display:flex;gap:12px'>"
            + "".join(
                f"<div style='background:white;padding:12px;border-radius:8px'><b>{n}</b>"
                f"<p>{p} EUR</p><button>Buy</button></div>"
                for n, p in (("Linen apron", "49.00"), ("Oak board", "35.00"))
            )
            + "</div></body>"
        ).encode()
        return Reply(body=html, headers={"Content-Type": "text/html; charset=utf-8"})


BUILD_LOG = """Cloning github.com/pine-agency/harbor-pine (Branch: main, Commit: 4f2a9c1)
Running "npm install"
added 312 packages in 14s
Running "next build"
   ▲ Next.js 14.2.15
   Creating an optimized production build ...
 ✓ Compiled successfully
   Linting and checking validity of types ...
 ✓ Generating static pages (7/7)
Route (app)                              Size     First Load JS
┌ ○ /                                    5.2 kB         92.1 kB
├ ○ /products                            1.9 kB         88.8 kB
└ ƒ /api/checkout                        0 B                0 B
Build Completed in /vercel/output [41s]
Deployment READY
"""


def test_steps_log_and_live_url_from_events(window: MainWindow, arun: Run, tmp_path: Path) -> None:
    arun(window.apps.create_app("Harbor"))
    feature = publish_feature(window)
    with ProductionSite() as site:
        url = site.url("/")
        result = PublishResult(run_id=1, production_url=url, commit_sha="abc", committed=True)
        before = [s for s in Step if list(Step).index(s) < list(Step).index(Step.DEPLOY)]
        feature.runner = run_events(
            *[
                call
                for step in before
                for call in (
                    ("step_started", (step, f"Doing {step}")),
                    ("step_finished", (step, "One commit: abc" if step is Step.COMMIT else "ok")),
                )
            ],
            ("step_started", (Step.DEPLOY, "Building on Vercel")),
            *[("build_log", (f"line {i}\n",)) for i in range(500)],
            *[("build_log", (line + "\n",)) for line in BUILD_LOG.splitlines()],
            ("build_log", ("✓ Compiled successfully\n",)),
            ("step_finished", (Step.DEPLOY, "READY")),
            ("step_started", (Step.WEBHOOKS, "Registering the app's webhooks")),
            ("step_finished", (Step.WEBHOOKS, "2 webhook events")),
            ("finished", (result,)),
        )
        feature.start_run(resume=False)
        console = feature.console
        assert window.ctx.docks["publish"].isVisible()
        arun(wait_for(lambda: console.live_button.isVisible()))
        assert console.states["check_limits"] == "done"
        assert console.states["commit"] == "done"
        assert console.states["deploy"] == "done"
        assert console.states["webhooks"] == "done"
        assert console.states["domains"] == "waiting"  # never started: no custom domain
        commit_item = console.steps.item(list(Step).index(Step.COMMIT))
        assert commit_item.text().startswith(STATE_MARKS["done"])
        assert commit_item.toolTip() == "One commit: abc"
        log = console.log.toPlainText()
        assert log.startswith("line 0\nline 1\n") and log.endswith("✓ Compiled successfully")
        bar = console.log.verticalScrollBar()
        assert bar.maximum() > 0 and bar.value() == bar.maximum()  # it follows the end
        assert url in console.headline.text()
        console.copy_button.click()
        assert QApplication.clipboard().text() == log

        # the Live source has the production URL; the button shows it
        panel = window.features[1].panel  # type: ignore[attr-defined]
        assert panel.source_url(PreviewSource.LIVE).toString() == url
        console.live_button.click()
        assert panel.source is PreviewSource.LIVE
        arun(wait_for(lambda: panel.load_state is LoadState.LOADED, 30))
        assert panel.view.page().title() == "Harbor live"
        assert any(r.path == "/" for r in site.requests)
        dock = window.ctx.docks["publish"]
        dock.setFloating(True)
        dock.resize(1100, 400)
        arun(wait_for(lambda: dock.height() >= 400, may_hold=True))  # resize may apply at once
        console.flush_log()
        console.log.verticalScrollBar().setValue(console.log.verticalScrollBar().maximum())
        assert dock.grab().save(str(tmp_path / "publish-console.png"))
        dock.setFloating(False)


def test_plan_refusal_opens_the_upgrade_wall(window: MainWindow, arun: Run) -> None:
    arun(window.apps.create_app("Second app"))
    feature = publish_feature(window)
    refusal = TierLimitReached(Tier.FREE, Limit.DEPLOYED_APPS, 1)

    async def refused(_services: Any, _app_id: int, events: Any, _resume: bool) -> Any:
        events.step_started(Step.CHECK_LIMITS, "Checking your plan")
        raise refusal

    feature.runner = through_child(refused)
    feature.start_run(resume=False)
    credits = feature._credits
    assert credits is not None
    arun(wait_for(lambda: credits.store is not None and credits.store.isVisible()))
    assert credits.store is not None
    assert credits.store.notice.isVisible()
    assert credits.store.notice.text() == str(refusal)
    assert "Upgrade to Pro" in str(refusal)
    assert feature.console.headline.text() == str(refusal)
    assert feature.console.states["check_limits"] == "failed"


def test_a_run_that_stopped_midway_is_offered_for_resume(
    window: MainWindow, services: Services, arun: Run
) -> None:
    app = arun(window.apps.create_app("Harbor"))
    with services.store.session() as session:
        run = PublishRun(app_id=app.app_id, status="running", step="commit", state={})
        session.add(run)
        session.flush()
        run_id = run.id
    resumed: list[bool] = []

    async def runner(_services: Any, _app_id: int, events: Any, resume: bool) -> Any:
        resumed.append(resume)
        events.failed("stopped for the test")

    feature = publish_feature(window)
    feature.runner = through_child(runner)
    window.ctx.publish(Changes(app=True))  # the window opens the app again
    arun(wait_for(lambda: feature.unfinished_run is not None))
    console = feature.console
    assert console.resume_button.isVisible()
    assert "stopped midway" in console.headline.text()
    assert console.afresh_button.isVisible()
    console.resume_button.click()
    arun(wait_for(lambda: resumed == [True]))
    # the scripted resume ends as soon as it is noted
    arun(wait_for(lambda: feature.run_task is not None and feature.run_task.done(), may_hold=True))

    # or leave it: the stopped run is abandoned, and a new one starts
    console.offer_resume()
    console.afresh_button.click()
    arun(wait_for(lambda: resumed == [True, False]))
    arun(wait_for(lambda: feature.run_task is not None and feature.run_task.done(), may_hold=True))
    with services.store.session() as session:
        assert session.get(PublishRun, run_id).status == "abandoned"


__all__ = ["window"]  # the fixture, imported so this module's tests can use it
