"""Publishing in the window, installed with one call: App → Publish… (the wizard), the Publish
console dock, heal attempts in the chat, the upgrade wall on a refusal, the Live preview.

Everything heavy is imported when first used (the wizard, the pipeline, SQLAlchemy queries),
never before the window's first paint. Store work runs in the worker through `ctx.op`.
"""

from __future__ import annotations

import asyncio
import contextlib
from collections.abc import Awaitable, Callable
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QWidget

from l4ydesk.ui.window.actions import ActionSpec
from l4ydesk.ui.window.changes import Changes
from l4ydesk.ui.window.context import WindowContext

if TYPE_CHECKING:
    from l4ydesk.app import Services
    from l4ydesk.core.publish.config import PublishConfig
    from l4ydesk.core.publish.domain_check import DomainCheck
    from l4ydesk.core.publish.events import HealAttempt, PublishEvents, PublishResult
    from l4ydesk.ui.credits.feature import CreditsFeature
    from l4ydesk.ui.publish.child import PublishStopped
    from l4ydesk.ui.publish.console import PublishConsole
    from l4ydesk.ui.publish.events_adapter import QtPublishEvents
    from l4ydesk.ui.publish.heal_card import HealCard
    from l4ydesk.ui.publish.wizard import PublishWizard
    from l4ydesk.ui.publish.work import PublishState, Review, WizardData
    from l4ydesk.ui.window.features import ChatFeature, PreviewFeature

# (services, app id, events, resume) -> the result; the pipeline's entry point for the window.
Runner = Callable[["Services", int, "PublishEvents", bool], Awaitable["PublishResult"]]
# (services, app id, events) -> which waiting domains are verified now: Check Again.
DomainChecker = Callable[["Services", int, "PublishEvents"], Awaitable["DomainCheck"]]
PAGE_KEY = "publish/page/{app_id}"


async def _pipeline_runner(
    services: Services, app_id: int, events: PublishEvents, resume: bool
) -> PublishResult:
    # The pipeline runs in a child process (child.py): never in the window's interpreter.
    from l4ydesk.ui.publish.child import run_publish_child

    return await run_publish_child(services, app_id, events, resume)


async def _domain_checker(services: Services, app_id: int, events: PublishEvents) -> DomainCheck:
    from l4ydesk.ui.publish.child import check_domains_child

    return await check_domains_child(services, app_id, events)


class PublishFeature:
    """App → Publish…, the Publish console, heal cards in the chat, the Live source."""

    wizard: PublishWizard | None = None
    _console: PublishConsole | None = None

    def __init__(
        self,
        chat: ChatFeature | None = None,
        preview: PreviewFeature | None = None,
        credits: CreditsFeature | None = None,
        runner: Runner | None = None,
    ) -> None:
        self._chat = chat
        self._preview = preview
        self._credits = credits
        self.runner = runner or _pipeline_runner
        self.domain_checker: DomainChecker = _domain_checker
        self.run_task: asyncio.Task[Any] | None = None
        self.events: QtPublishEvents | None = None
        self.heal_cards: list[HealCard] = []
        self.live_url: str | None = None
        self.unfinished_run: int | None = None

    @property
    def console(self) -> PublishConsole:
        self._ctx.ensure_built("publish")
        assert self._console is not None
        return self._console

    def install(self, ctx: WindowContext) -> None:
        self._ctx = ctx
        ctx.add_dock(
            "publish", "Publish", self._build_console, Qt.DockWidgetArea.BottomDockWidgetArea,
            hidden=True,
        )  # fmt: skip
        ctx.add_action(
            ActionSpec(
                "publish", "Publish…", "&App", self.open_wizard, "Ctrl+Shift+P",
                section=1, needs_app=True,
            )
        )  # fmt: skip
        ctx.changes.changed.connect(self._on_changes)
        ctx.on_shutdown(self._stop, before_tasks=True)
        if self._preview is not None:
            self._preview.when_built(lambda _panel: self._show_live(self.live_url, select=False))

    def _build_console(self) -> QWidget:
        from l4ydesk.ui.publish.console import PublishConsole

        console = PublishConsole(self._ctx.window)
        console.cancel_requested.connect(self.cancel)
        console.live_requested.connect(lambda url: self._show_live(url, select=True))
        console.resume_requested.connect(lambda: self.start_run(resume=True))
        console.afresh_requested.connect(self._start_afresh)
        console.domains.check_again_requested.connect(self.check_domains)
        console.branch_choice.onto_head_requested.connect(lambda: self._go_on(None))
        console.branch_choice.to_branch_requested.connect(self._go_on)
        self._console = console
        return console

    def _show_console(self) -> None:
        dock = self._ctx.docks["publish"]
        dock.show()
        dock.raise_()

    # ----- the wizard ------------------------------------------------------------------------

    def open_wizard(self) -> None:
        if self._ctx.current_app is None:
            return
        if self.wizard is not None and self.wizard.isVisible():
            self.wizard.raise_()
            return
        self._ctx.app_op("load publish answers", self._load_answers).success(
            self._show_wizard
        ).run_in_background()

    def _load_answers(self, app_id: int) -> WizardData:
        from l4ydesk.ui.publish.work import load_answers

        return load_answers(self._ctx.services, app_id)

    def _show_wizard(self, data: WizardData) -> None:
        from l4ydesk.ui.publish.wizard import PublishWizard

        app = self._ctx.current_app
        assert app is not None
        app_id = app.app_id
        key = PAGE_KEY.format(app_id=app_id)
        page = int(str(self._ctx.layout.value(key, 0) or 0))
        wizard = PublishWizard(
            data.config, data.connected, data.checkouts, page, self._ctx.window,
            domains_allowed=data.domains_allowed,
        )  # fmt: skip
        wizard.upgrade_requested.connect(self._open_plans)
        wizard.config_changed.connect(lambda config: self._save(app_id, config))
        wizard.page_changed.connect(lambda index: self._ctx.layout.setValue(key, index))
        wizard.review_requested.connect(lambda config: self._review(app_id, config))
        wizard.publish_requested.connect(lambda _config: self.start_run(resume=False))
        wizard.finished.connect(lambda _result: self._forget(wizard))
        self.wizard = wizard
        wizard.open()

    def _open_plans(self, sentence: str) -> None:
        if self._credits is not None:
            self._credits.open_store("plans", sentence)

    def _forget(self, wizard: PublishWizard) -> None:
        if self.wizard is wizard:
            self.wizard = None
        wizard.deleteLater()

    def _save(self, app_id: int, config: PublishConfig) -> None:
        def save() -> None:
            from l4ydesk.core.publish.config_store import save_config

            save_config(self._ctx.services.store, app_id, config)

        self._ctx.op("save publish answers", save).run_in_background()

    def _review(self, app_id: int, config: PublishConfig) -> None:
        wizard = self.wizard

        def shown(review: Review) -> None:
            if wizard is not None and self.wizard is wizard:
                wizard.review.show_diff(review.diff, review.files, review.changes)

        def failed(exc: BaseException) -> None:
            from l4ydesk.ui.tasks import describe_error

            if wizard is not None and self.wizard is wizard:
                wizard.review.show_error(describe_error(exc))

        op = self._ctx.op("prepare the files", self._prepare_review, app_id, config)
        op.success(shown).failure(failed).run_in_background()

    def _prepare_review(self, app_id: int, config: PublishConfig) -> Review:
        from l4ydesk.ui.publish.work import prepare_review

        return prepare_review(self._ctx.services, app_id, config)

    # ----- a run -----------------------------------------------------------------------------

    def start_run(self, *, resume: bool) -> None:
        app = self._ctx.current_app
        if app is None or (self.run_task is not None and not self.run_task.done()):
            return
        from l4ydesk.ui.publish.events_adapter import QtPublishEvents

        console = self.console
        console.reset(f"{'Resuming' if resume else 'Publishing'} {app.name}…")
        self._show_console()
        events = QtPublishEvents(console)
        events.step_started_signal.connect(console.start_step)
        events.step_finished_signal.connect(console.finish_step)
        events.log_received.connect(console.append_log)
        events.heal_attempted.connect(self.show_heal_attempt)
        events.heal_attempted.connect(self._heal_changed_files)
        events.domain_records_received.connect(console.domains.show_records)
        events.run_finished.connect(self._on_events_run_finished)
        events.run_failed.connect(console.show_failed)
        self.events = events
        self.unfinished_run = None
        self.run_task = self._ctx.tasks.start(self._run(app.app_id, events, resume), "publish")

    async def _run(self, app_id: int, events: QtPublishEvents, resume: bool) -> None:
        # The wizard's last answers are saved by the store worker, in order: wait for them
        # there before the pipeline reads them (in its own process).
        await self._ctx.op("wait for the saved answers", lambda: None).run()
        from l4ydesk.core.errors import L4yError
        from l4ydesk.ui.publish.child import PublishStopped
        from l4ydesk.ui.tasks import describe_error

        try:
            await self.runner(self._ctx.services, app_id, events, resume)
        except asyncio.CancelledError:
            if self._console is not None and not self._ctx.closing:
                self._console.show_cancelled()
            raise
        except PublishStopped as exc:
            await self._stopped(app_id, exc)
        except L4yError as exc:
            self.console.show_failed(describe_error(exc))

    async def _stopped(self, app_id: int, exc: PublishStopped) -> None:
        console, sentence = self.console, str(exc)
        if exc.reason == exc.REFUSED:  # the upgrade wall: nothing was pushed
            console.show_failed(sentence)
            if self._credits is not None:
                self._credits.open_store("plans", sentence)
        elif exc.reason == exc.UNFINISHED:  # the wizard's Publish while a killed run waits
            console.offer_resume(sentence)
        elif exc.reason == exc.BRANCH_MOVED:
            console.offer_branch_choice(sentence, exc.branch)
        elif exc.reason == exc.CANCELLED:
            console.show_cancelled()
        elif exc.reason == exc.DIED:  # as after a killed window: the stored run says where
            console.show_failed(sentence)
            state = await self._ctx.op("publish state", self._publish_state, app_id).run()
            if self._ctx.current_app is not None and self._ctx.current_app.app_id == app_id:
                self._offer(state)
        else:
            console.show_failed(sentence)

    def _go_on(self, new_branch: str | None) -> None:
        """After a moved branch: note the choice in the stopped run, then resume it."""
        from l4ydesk.core.errors import L4yError
        from l4ydesk.core.publish.commit_step import BranchChoice
        from l4ydesk.ui.publish.work import note_branch_choice

        try:
            choice = (
                BranchChoice.onto_head()
                if new_branch is None
                else BranchChoice.to_branch(new_branch)
            )
        except L4yError as exc:
            self.console.offer_branch_choice(str(exc), self.console.branch_choice.branch)
            return
        services = self._ctx.services
        self._ctx.app_op(
            "remember the branch choice",
            lambda app_id: note_branch_choice(services, app_id, choice),
        ).success(lambda _none: self.start_run(resume=True)).failure(
            lambda exc: self.console.show_failed(str(exc))
        ).run_in_background()

    def _start_afresh(self) -> None:
        def abandon(app_id: int) -> None:
            from l4ydesk.core.publish import runs

            store = runs.RunStore(self._ctx.services.store)
            pending = store.unfinished(app_id)
            if pending is not None:
                store.end(pending.run_id, runs.ABANDONED, pending.error)

        self._ctx.app_op("leave the stopped publish", abandon).success(
            lambda _none: self.start_run(resume=False)
        ).run_in_background()

    def check_domains(self) -> None:
        """Check Again: only DNS and Vercel's verification of the waiting domains (in the child,
        `publish --check-domains`); nothing is committed or deployed, the steps stay as shown."""
        app = self._ctx.current_app
        if app is None or (self.run_task is not None and not self.run_task.done()):
            return
        from l4ydesk.ui.publish.events_adapter import QtPublishEvents

        console = self.console
        events = QtPublishEvents(console)
        events.step_started_signal.connect(console.start_step)
        events.step_finished_signal.connect(console.finish_step)
        events.domain_records_received.connect(console.domains.show_records)
        self.events = events
        self.run_task = self._ctx.tasks.start(self._check(app.app_id, events), "check domains")

    async def _check(self, app_id: int, events: QtPublishEvents) -> None:
        from l4ydesk.core.errors import L4yError
        from l4ydesk.ui.tasks import describe_error

        console = self.console
        try:
            check = await self.domain_checker(self._ctx.services, app_id, events)
        except L4yError as exc:
            console.show_failed(describe_error(exc))
            console.domains.check_button.setEnabled(True)
            return
        for name in check.verified:
            console.domains.verified(name)
        console.domains.check_button.setEnabled(True)
        console.headline.setText(check.summary)

    def cancel(self) -> None:
        if self.run_task is not None and not self.run_task.done():
            self.run_task.cancel()

    def _on_events_run_finished(self, result: PublishResult) -> None:
        self.console.show_finished(result.production_url, result.committed)
        if result.production_url:
            self._show_live(result.production_url, select=False)

    # ----- heal attempts in the chat --------------------------------------------------------

    def show_heal_attempt(self, attempt: HealAttempt) -> HealCard | None:
        from l4ydesk.ui.publish.heal_card import HealCard

        app = self._ctx.current_app
        if self._chat is None or app is None:
            return None
        card = HealCard(attempt)
        card.undo_requested.connect(lambda force: self._undo(app.app_id, card, force))
        self._chat.panel.messages.add_card(card)
        self.heal_cards.append(card)
        return card

    def _heal_changed_files(self, attempt: HealAttempt) -> None:
        # The attempt was written by the publish's own process: the open files refresh.
        paths = [line[6:] for line in attempt.diff.splitlines() if line.startswith("+++ b/")]
        if paths and self._ctx.current_app is not None:
            self._ctx.tasks.start(self._ctx.files.changed_elsewhere(paths), "refresh after heal")

    def _undo(self, app_id: int, card: HealCard, force: bool) -> None:
        from l4ydesk.ui.tasks import describe_error

        def undo() -> tuple[str, ...]:
            from l4ydesk.core.publish.heal_undo import undo_heal

            s = self._ctx.services
            return undo_heal(s.store, s.vfs, app_id, card.attempt.revision_ids, force=force)

        def done(paths: tuple[str, ...]) -> None:
            card.show_undone(paths)
            self._ctx.tasks.start(
                self._ctx.files.changed_elsewhere(list(paths)), "refresh after undo"
            )

        card.set_busy()
        op = self._ctx.op("undo a heal attempt", undo).success(done)
        op.failure(lambda exc: card.show_error(describe_error(exc))).run_in_background()

    # ----- the Live preview and the window's app ---------------------------------------------

    def _show_live(self, url: str | None, *, select: bool) -> None:
        self.live_url = url
        if self._preview is None or (not select and self._preview._panel is None):
            return  # the panel takes it when built (when_built above)
        from l4ydesk.ui.preview import PreviewSource

        panel = self._preview.panel
        panel.set_source_url(PreviewSource.LIVE, url)
        if select and url:
            panel.select_source(PreviewSource.LIVE)
            self._ctx.docks["preview"].show()
            self._ctx.docks["preview"].raise_()

    def _on_changes(self, changes: Changes) -> None:
        if not changes.app:
            return
        for card in self.heal_cards:
            card.deleteLater()
        self.heal_cards.clear()
        self._show_live(None, select=False)
        if self._ctx.current_app is None:
            return
        self._ctx.app_op("publish state", self._publish_state).success(
            self._on_publish_state
        ).run_in_background()

    def _publish_state(self, app_id: int) -> PublishState:
        from l4ydesk.ui.publish.work import publish_state

        return publish_state(self._ctx.services, app_id)

    def _on_publish_state(self, state: PublishState) -> None:
        url = state.production_url
        if url and self.live_url is None:  # a run of this session may have set a newer one
            self._show_live(url, select=False)
        if not self.heal_cards:  # the newest run's attempts, as the chat showed them
            for attempt in state.heal_attempts:
                self.show_heal_attempt(attempt)
        self.unfinished_run = state.unfinished_run
        if self.run_task is None or self.run_task.done():
            self._offer(state)

    def _offer(self, state: PublishState) -> None:
        """Offer to go on with the app's stopped run, if there is one."""
        unfinished = state.unfinished_run
        self.unfinished_run = unfinished
        if unfinished is not None:
            if state.branch_moved is not None:
                self.console.offer_branch_choice(
                    f"The last publish stopped: the branch {state.branch_moved} on GitHub "
                    "changed since, so nothing was pushed. Publish on top of their changes "
                    "(theirs stay in the history) or to a new branch.",
                    state.branch_moved,
                )
            else:
                self.console.offer_resume()
            self._show_console()

    async def _stop(self) -> None:
        # The child is told to cancel and waited for: closing the window orphans no publish.
        if self.wizard is not None:
            self.wizard.close()
        task = self.run_task
        if task is not None and not task.done():
            task.cancel()
            with contextlib.suppress(BaseException):  # its outcome was shown (or is moot)
                await task
