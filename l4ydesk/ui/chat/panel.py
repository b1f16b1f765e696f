"""The AI builder chat panel: the conversation of the open app with v0 or the built-in AI.

It renders what `ChatService` stores and reports and calls its use cases; every synchronous
service or keyring call goes through the worker, and streamed tokens reach the screen at most
every 30 ms (see `turns.StreamPacer`), so the GUI thread never waits.

Nothing typed is lost: with no key for the chosen provider a message becomes a draft
(`queue_draft`), sent later with "Send drafts"; a message the service refused stays a draft
with the reason. Text still in the input box is kept per app in the panel's QSettings
(`chat/unsent/<app id>`): saved half a second after typing stops, on app switch and when the
panel hides (the window closing). It is deliberately not made a draft: drafts are messages the
user chose to send, and "Send drafts" would send half-written text.
"""

from __future__ import annotations

import asyncio
from collections.abc import Callable, Coroutine
from typing import Any

from PySide6.QtCore import QSettings, QTimer, Signal
from PySide6.QtGui import QHideEvent
from PySide6.QtWidgets import QVBoxLayout, QWidget

from l4ydesk.core.chat import (
    ChatError,
    ChatEvent,
    ChatMessageView,
    ChatService,
    Conflict,
    MessageStatus,
    Provider,
    V0TaskWaiting,
)
from l4ydesk.core.errors import L4yError
from l4ydesk.core.vfs import VirtualFileSystem
from l4ydesk.preferences import PreferencesStore
from l4ydesk.secrets import SecretStore
from l4ydesk.ui.chat.composer import Composer
from l4ydesk.ui.chat.diffs import DiffDialog
from l4ydesk.ui.chat.file_actions import FileActions
from l4ydesk.ui.chat.keys import KeyState, banner_text, key_state
from l4ydesk.ui.chat.markdown import render_markdown, warm_up
from l4ydesk.ui.chat.memory import ChatMemory
from l4ydesk.ui.chat.message_list import MessageList
from l4ydesk.ui.chat.styles import PANEL_STYLE
from l4ydesk.ui.chat.turns import RunningTurn, StreamPacer
from l4ydesk.ui.chat.wording import EMPTY_CHAT, NO_APP
from l4ydesk.ui.tasks import TaskRunner, describe_error
from l4ydesk.ui.window.ops import Op, Ticket, ViewToken

INPUT_SAVE_DELAY_MS = 500
BUSY_NOTICE = "Wait for the answer, or press Stop, before sending the next message."


def _read_chat(chat: ChatService, app_id: int) -> tuple[list[ChatMessageView], list[Conflict]]:
    """Runs in the worker: the app's messages and open conflicts, Markdown rendered ahead."""
    views = chat.history(app_id)
    conflicts = chat.conflicts(app_id)
    for view in views:
        if view.role != "user":
            render_markdown(view.content)  # fills the cache the bubbles read from
    return views, conflicts


class ChatPanel(QWidget):
    """The chat of the open app: messages, answers as they stream, file changes, conflicts.

    Construct it with the services and the window's task runner, then call `set_app()`
    whenever the open app changes; call `refresh_keys()` after the keys dialog saved and
    `set_default_model()` when the default model changed.

    Signals:
        files_changed(list): paths of the open app that a turn, an undo or a conflict choice
            wrote, deleted or renamed (both names); refresh the explorer and open tabs.
        demo_url_changed(str): v0 made a version of the open app with this demo URL.
        keys_requested(): the user wants Settings → Keys.
        busy_changed(bool): whether a turn (of any app) is running.
        open_file_requested(str): open this path of the open app in the editor.
    """

    files_changed = Signal(list)
    demo_url_changed = Signal(str)
    keys_requested = Signal()
    busy_changed = Signal(bool)
    open_file_requested = Signal(str)

    def __init__(
        self,
        chat: ChatService,
        vfs: VirtualFileSystem,
        tasks: TaskRunner,
        secrets: SecretStore,
        settings: QSettings,
        parent: QWidget | None = None,
        preferences: PreferencesStore | None = None,
    ) -> None:
        super().__init__(parent)
        self._chat = chat
        self._tasks = tasks
        self._secrets = secrets
        self._memory = ChatMemory(settings, preferences)
        self._app_id: int | None = None
        self._turns: dict[int, RunningTurn] = {}
        self._keys: dict[Provider, KeyState] = {}
        self._views: list[ChatMessageView] = []
        self._shown = ViewToken()  # moves on with the app shown and with each newer read
        self._warmed = False  # the code lexers are loaded (in the worker, once)

        self.setObjectName("chatPanel")
        self.setStyleSheet(PANEL_STYLE)
        self.messages = MessageList(self)
        self.composer = Composer(self)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        layout.addWidget(self.messages, 1)
        layout.addWidget(self.composer)

        self._pacer = StreamPacer(self._flush_stream, self)
        self._save_timer = QTimer(self)
        self._save_timer.setSingleShot(True)
        self._save_timer.setInterval(INPUT_SAVE_DELAY_MS)
        self._save_timer.timeout.connect(self.save_input)

        self._restore_choices()
        self.composer.submitted.connect(self.submit)
        self.composer.stop_requested.connect(self.stop)
        self.composer.send_drafts_requested.connect(self.send_drafts)
        self.composer.provider_changed.connect(self._on_composer_provider_changed)
        self.composer.keys_requested.connect(self.keys_requested.emit)
        self.composer.input.textChanged.connect(self._save_timer.start)
        self.messages.retry_requested.connect(self._on_messages_retry_requested)
        self.file_actions = FileActions(chat, vfs, tasks, self.messages, lambda: self._app_id, self)
        self.file_actions.files_changed.connect(self._on_file_actions_files_changed)
        self.file_actions.notice.connect(self._notice)
        self.file_actions.open_file_requested.connect(self.open_file_requested.emit)
        self.messages.earlier_requested.connect(self._on_messages_earlier_requested)
        self.messages.task_card.answered.connect(self._on_task_card_answered)
        self._show_app_state()

    # ----- public API ----------------------------------------------------------------------

    @property
    def app_id(self) -> int | None:
        return self._app_id

    @property
    def slowest_stream_repaint_ms(self) -> float:
        """The longest single repaint of a streaming answer so far (for benchmarks)."""
        return self._pacer.slowest_ms

    @property
    def busy(self) -> bool:
        """Whether a turn of the open app is running."""
        return self._app_id in self._turns

    def set_app(self, app_id: int | None) -> None:
        """Show the chat of `app_id` (None: no app). A running turn of the previous app goes
        on in the background; its answer is there when the user comes back."""
        if app_id == self._app_id:
            return
        self.save_input()
        self._app_id = app_id
        self._shown.move_on()  # answers to reads for the previous app are dropped
        self._views = []
        self._pacer.stop()
        self.messages.clear()
        self.composer.set_notice("")
        self.composer.set_drafts(0)
        self.composer.set_text(self._memory.unsent(app_id) if app_id is not None else "")
        self._save_timer.stop()
        self._show_app_state()
        waiting = self._chat.v0_task(app_id) if app_id is not None else None
        if waiting is not None:  # v0 still waits on this app's answer: show the card again
            self.messages.task_card.show_task(waiting)
        if app_id is not None:
            self._start(self._load(app_id), "load chat")

    def refresh_keys(self) -> None:
        """Check again which keys are stored (after Settings → Keys saved)."""
        self._start(self._refresh_keys(), "check chat keys")

    def set_default_model(self, model: str) -> None:
        """Use `model` for the built-in AI from now on (the settings' default changed)."""
        self._memory.set_model(model)
        self.composer.set_models(self._memory.recent_models(), model)

    def submit(self) -> None:
        """Send what is in the input box (a draft when the provider has no key)."""
        app_id = self._app_id
        text = self.composer.text()
        if app_id is None or not text.strip():
            return
        if app_id in self._turns:
            self.composer.set_notice(BUSY_NOTICE)
            return
        provider = self.composer.provider()
        model = self._model_for(provider)
        self.composer.set_text("")
        self.save_input()
        self.composer.set_notice("")
        self.messages.scroll_to_bottom()
        self._begin(app_id, provider, model, lambda turn: self._send(turn, text))

    def stop(self) -> None:
        """Stop the open app's turn; the part of the answer that arrived is kept, marked."""
        turn = self._turns.get(self._app_id) if self._app_id is not None else None
        if turn is not None and turn.task is not None:
            turn.stopped = True
            turn.task.cancel()

    def send_drafts(self) -> None:
        """Send the open app's drafts, oldest first."""
        app_id = self._app_id
        if app_id is None or app_id in self._turns:
            return
        queue = [
            (v.provider, v.model)
            for v in self._views
            if v.role == "user" and v.status is MessageStatus.DRAFT
        ]
        provider, model = queue[0] if queue else (self.composer.provider(), "")
        self.composer.set_notice("")
        self.messages.scroll_to_bottom()
        self._begin(app_id, provider, model, self._send_drafts, queue)

    def save_input(self) -> None:
        """Keep the unsent text of the input box for the open app (done on its own too)."""
        self._save_timer.stop()
        if self._app_id is not None:
            self._memory.keep_unsent(self._app_id, self.composer.text())

    # ----- turns ---------------------------------------------------------------------------

    def _begin(
        self,
        app_id: int,
        provider: Provider,
        model: str,
        body: Callable[[RunningTurn], Coroutine[Any, Any, None]],
        queue: list[tuple[Provider, str]] | None = None,
    ) -> None:
        turn = RunningTurn(app_id, provider, model, queue=list(queue or []))
        self._turns[app_id] = turn
        turn.task = self._start(body(turn), "chat turn")
        turn.task.add_done_callback(lambda _task: self._on_turn_task_done(turn))
        if len(self._turns) == 1:
            self.busy_changed.emit(True)
        self._show_busy()

    async def _send(self, turn: RunningTurn, text: str) -> None:
        app_id = turn.app_id
        try:
            state = await self._key_state(turn.provider)
        except asyncio.CancelledError:
            self._give_back(app_id, text)
            raise
        self._keys[turn.provider] = state
        self._show_banner()
        model = turn.model if turn.provider is Provider.AI else None
        try:
            if state is not KeyState.STORED:
                draft = (self._chat.queue_draft, app_id, text, turn.provider, model)
                await Op(self._tasks, "keep a draft", *draft).run()
                self._reload_if_open(app_id)
                return
            if turn.provider is Provider.AI:
                self._memory.remember_model(turn.model)
            await self._chat.send(app_id, text, turn.provider, model, on_event=self._sink(turn))
        except L4yError as exc:
            if not turn.stored_seen:
                self._give_back(app_id, text)
            self._notice(app_id, describe_error(exc))

    async def _send_drafts(self, turn: RunningTurn) -> None:
        await self._refresh_keys()
        try:
            results = await self._chat.send_drafts(turn.app_id, on_event=self._sink(turn))
        except L4yError as exc:
            self._notice(turn.app_id, describe_error(exc))
            return
        if results and results[-1].status is MessageStatus.DRAFT and results[-1].error:
            self._notice(turn.app_id, results[-1].error)

    def _sink(self, turn: RunningTurn) -> Callable[[ChatEvent], None]:
        return lambda event: self._on_turn_event(turn, event)

    def _on_turn_event(self, turn: RunningTurn, event: ChatEvent) -> None:
        effects = turn.take(event)
        if turn.app_id != self._app_id:
            return  # a turn of another app: its answer is read from the store on return
        if effects.text:
            self._pacer.poke()
        if effects.finished:
            self._pacer.stop()
        if effects.reload:
            self._reload_if_open(turn.app_id)
        if effects.files:
            self.files_changed.emit(list(effects.files))
        if effects.demo_url:
            self.demo_url_changed.emit(effects.demo_url)
        if effects.state:
            self._show_streaming(turn, with_text=False)
        if isinstance(event, V0TaskWaiting):
            self.messages.task_card.show_task(event.task)
            self.messages.scroll_to_bottom()
            self._reload_if_open(turn.app_id)  # the question is sent by now: show it so

    def _on_task_card_answered(self, resolution: dict[str, Any]) -> None:
        if self._app_id is None:
            return
        try:
            self._chat.answer_v0_task(self._app_id, resolution)  # hands it over: no I/O here
        except ChatError as exc:
            self.messages.task_card.show_error(str(exc))
            return
        self.messages.task_card.clear()

    def _on_turn_task_done(self, turn: RunningTurn) -> None:
        if self._turns.get(turn.app_id) is turn:
            del self._turns[turn.app_id]
        if not self._turns:
            self.busy_changed.emit(False)
        task = turn.task
        if task is not None and task.cancelled() and not turn.stopped:
            return  # cancelled by shutdown: start no more work
        turn.next_answer()
        if turn.app_id == self._app_id:
            self.messages.task_card.clear()
            self._pacer.stop()
            self._show_busy()
            self._reload_if_open(turn.app_id)

    def _flush_stream(self) -> None:
        turn = self._turns.get(self._app_id) if self._app_id is not None else None
        if turn is not None and turn.answer_open:
            self._show_streaming(turn, with_text=True)

    def _show_streaming(self, turn: RunningTurn, *, with_text: bool) -> None:
        if not turn.answer_open:
            return
        bubble = self.messages.start_streaming(turn.provider, turn.model)
        if with_text:
            bubble.set_text(turn.text)
        bubble.set_status(turn.stage)
        bubble.set_activity(turn.activity())

    # ----- reading the store ---------------------------------------------------------------

    async def _load(self, app_id: int) -> None:
        if not self._warmed:
            self._warmed = True
            await Op(self._tasks, "prepare the chat", warm_up).run()
        await self._refresh_keys()
        await self._reload(app_id)

    def _reload_if_open(self, app_id: int) -> None:
        if app_id == self._app_id:
            self._start(self._reload(app_id), "load chat")

    async def _reload(self, app_id: int) -> None:
        self._shown.move_on()
        ticket = self._shown.ticket()
        op = Op(self._tasks, "load chat", _read_chat, self._chat, app_id).while_current(ticket)
        views, conflicts = await op.reports(lambda s: self._notice(app_id, s)).run()
        await self._show(app_id, ticket, views, conflicts)

    async def _show(
        self, app_id: int, ticket: Ticket, views: list[ChatMessageView], conflicts: list[Conflict]
    ) -> None:
        def current() -> bool:
            return ticket() and app_id == self._app_id

        if not current():
            return  # a newer read is on its way, or the user switched apps
        self._views = views
        drafts = sum(1 for v in views if v.role == "user" and v.status is MessageStatus.DRAFT)
        self.composer.set_drafts(drafts)
        self.messages.conflict_card.set_conflicts(conflicts)
        if not await self.messages.show_messages(views, current):
            return
        turn = self._turns.get(app_id)
        if turn is not None and turn.answer_open:
            self._show_streaming(turn, with_text=True)
        else:
            # The stored answer is shown now, so the streamed copy can go without a flicker.
            self.messages.stop_streaming()

    async def _refresh_keys(self) -> None:
        for provider in (Provider.V0, Provider.AI):
            self._keys[provider] = await self._key_state(provider)
        self._show_banner()

    async def _key_state(self, provider: Provider) -> KeyState:
        return await Op(self._tasks, "check the key", key_state, self._secrets, provider).run()

    def _on_messages_earlier_requested(self) -> None:
        if self._app_id is None:
            return
        self._shown.move_on()
        conflicts = [
            c
            for p in self.messages.conflict_card.paths()
            if (c := self.messages.conflict_card.conflict(p)) is not None
        ]
        show = self._show(self._app_id, self._shown.ticket(), self._views, conflicts)
        self._start(show, "show earlier messages")

    # ----- file actions -------------------------------------------------------------------

    def _on_file_actions_files_changed(self, app_id: int, paths: list[str]) -> None:
        if app_id == self._app_id:
            if paths:
                self.files_changed.emit(paths)
            self._reload_if_open(app_id)  # an undone step says so; a settled conflict goes

    @property
    def diff_dialog(self) -> DiffDialog | None:
        return self.file_actions.dialog

    # ----- retry ---------------------------------------------------------------------------

    def _on_messages_retry_requested(self, view: ChatMessageView) -> None:
        app_id = self._app_id
        if app_id is None:
            return
        if app_id in self._turns:
            self.composer.set_notice(BUSY_NOTICE)
            return
        question = view
        if view.role != "user":
            found = [v for v in self._views if v.turn_id == view.turn_id and v.role == "user"]
            if not found:
                return
            question = found[0]
        model = question.model or self._model_for(question.provider)
        text = question.content
        self.messages.scroll_to_bottom()
        self._begin(app_id, question.provider, model, lambda turn: self._send(turn, text))

    # ----- providers, models, keys, input --------------------------------------------------

    def _restore_choices(self) -> None:
        self.composer.blockSignals(True)
        self.composer.set_provider(self._memory.provider())
        self.composer.blockSignals(False)
        self.composer.set_models(self._memory.recent_models(), self._memory.model())

    def _model_for(self, provider: Provider) -> str:
        if provider is not Provider.AI:
            return self._memory.v0_model()
        return self.composer.model() or self._memory.default_model()

    def _on_composer_provider_changed(self, provider: Provider) -> None:
        self._memory.set_provider(provider)
        self._show_banner()

    def _show_banner(self) -> None:
        provider = self.composer.provider()
        state = self._keys.get(provider)
        show = self._app_id is not None and state is not None
        self.composer.set_banner(banner_text(provider, state) if state and show else None)

    def _show_busy(self) -> None:
        self.composer.set_busy(self.busy)

    def _show_app_state(self) -> None:
        has_app = self._app_id is not None
        self.composer.setEnabled(has_app)
        self.messages.set_empty_text(EMPTY_CHAT if has_app else NO_APP)
        self._show_banner()
        self._show_busy()
        turn = self._turns.get(self._app_id) if self._app_id is not None else None
        if turn is not None:
            self._show_streaming(turn, with_text=True)

    def _give_back(self, app_id: int, text: str) -> None:
        """A message that was not stored goes back where it was typed."""
        if app_id != self._app_id:
            self._memory.give_back(app_id, text)
            return
        current = self.composer.text()
        self.composer.set_text(f"{text}\n\n{current}" if current.strip() else text)
        self.save_input()

    def _notice(self, app_id: int, text: str) -> None:
        if app_id == self._app_id:
            self.composer.set_notice(text)

    def _start(self, coro: Coroutine[Any, Any, None], name: str) -> asyncio.Task[Any]:
        return self._tasks.start(coro, name)

    def hideEvent(self, event: QHideEvent) -> None:
        self.save_input()  # the window is closing or the dock was hidden
        super().hideEvent(event)
