"""What the chat's cards do to the app's files: undo a built-in AI step, settle a v0 conflict,
and show a change or a conflict as a diff. Every store call runs in the worker."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import QWidget

from l4ydesk.core.chat import (
    ChatMessageView,
    ChatService,
    ConflictNotFoundError,
    FileChanges,
    Provider,
)
from l4ydesk.core.vfs import VirtualFileSystem
from l4ydesk.ui.chat.diffs import DiffDialog, DiffTexts, change_diff, step_hash
from l4ydesk.ui.chat.message_list import MessageList
from l4ydesk.ui.chat.turns import changed_paths
from l4ydesk.ui.tasks import TaskRunner
from l4ydesk.ui.window.ops import Op


class FileActions(QObject):
    """Handles the requests of the message list's file-change and conflict cards.

    Signals:
        files_changed(int, list): an undo or a conflict choice changed these paths of this app.
        notice(int, str): a sentence about a failure, for the panel of this app.
        open_file_requested(str): open this path in the editor (from the diff window).
    """

    files_changed = Signal(int, list)
    notice = Signal(int, str)
    open_file_requested = Signal(str)

    def __init__(
        self,
        chat: ChatService,
        vfs: VirtualFileSystem,
        tasks: TaskRunner,
        messages: MessageList,
        current_app: Callable[[], int | None],
        window: QWidget,
    ) -> None:
        super().__init__(window)
        self._chat = chat
        self._vfs = vfs
        self._tasks = tasks
        self._messages = messages
        self._current_app = current_app
        self._window = window
        self.dialog: DiffDialog | None = None
        messages.undo_requested.connect(self._on_messages_undo_requested)
        messages.diff_requested.connect(self._on_messages_diff_requested)
        messages.conflict_card.resolve_requested.connect(self._on_conflicts_resolve_requested)
        messages.conflict_card.diff_requested.connect(self._on_conflicts_diff_requested)

    # ----- undo ----------------------------------------------------------------------------

    def _on_messages_undo_requested(self, view: ChatMessageView, force: bool) -> None:
        app_id = self._current_app()
        if app_id is None or view.turn_id is None:
            return
        bubble = self._messages.bubble(view.message_id)
        if bubble is not None and bubble.card is not None:
            bubble.card.set_busy(True)
        self._tasks.start(self._undo(app_id, view, force), "undo AI step")

    async def _undo(self, app_id: int, view: ChatMessageView, force: bool) -> None:
        def say(sentence: str) -> None:
            # The bubble may be a new one by now (the history reloads): look it up again.
            open_now = app_id == self._current_app()
            bubble = self._messages.bubble(view.message_id) if open_now else None
            if bubble is not None and bubble.card is not None:
                bubble.card.show_error(sentence)

        undo = self._chat.undo_agent_step
        op = Op(self._tasks, "undo AI step", undo, app_id, view.turn_id, force=force)
        changes = await op.reports(say).run()
        self.files_changed.emit(app_id, changed_paths(changes))

    # ----- conflicts -----------------------------------------------------------------------

    def _on_conflicts_resolve_requested(self, path: str, choice: str) -> None:
        app_id = self._current_app()
        if app_id is not None:
            self._messages.conflict_card.set_busy(path, True)
            self._tasks.start(self._resolve(app_id, path, choice), "resolve conflict")

    async def _resolve(self, app_id: int, path: str, choice: str) -> None:
        card = self._messages.conflict_card

        def say(sentence: str) -> None:
            if app_id == self._current_app():
                card.show_error(path, sentence)

        op = Op(self._tasks, "resolve conflict", _resolve, self._chat, app_id, path, choice)
        changes = await op.reports(say).run()  # the files changed even if the user moved on
        if app_id == self._current_app():
            card.remove(path)
        if changes:
            self.files_changed.emit(app_id, changed_paths(changes))

    def _on_conflicts_diff_requested(self, path: str) -> None:
        conflict = self._messages.conflict_card.conflict(path)
        if conflict is None:
            return
        title = f"{path}: yours → v0's"
        if conflict.theirs is None:
            title = f"{path}: yours → deleted by v0"
        texts = DiffTexts(path, conflict.mine or "", conflict.theirs or "", title)
        self._dialog().show_texts(texts, openable=conflict.mine is not None)

    # ----- diffs of changes ----------------------------------------------------------------

    def _on_messages_diff_requested(self, view: ChatMessageView, path: str) -> None:
        app_id = self._current_app()
        if app_id is not None:
            self._tasks.start(self._show_change(app_id, view, path), "show change")

    async def _show_change(self, app_id: int, view: ChatMessageView, path: str) -> None:
        after: str | None = None
        version: str | None = None
        if view.provider is Provider.AI:
            steps = await Op(self._tasks, "show change", self._chat.agent_steps, app_id).run()
            step = next((s for s in steps if s.turn_id == view.turn_id), None)
            after = step_hash(step.changes, path) if step is not None else None
        elif isinstance(view.usage.get("version_id"), str):
            version = view.usage["version_id"]
        op = Op(
            self._tasks, "show change", change_diff, self._vfs, app_id, path,
            after_hash=after, v0_version=version,
        )  # fmt: skip
        op.reports(lambda sentence: self.notice.emit(app_id, sentence))
        texts = await op.while_current(lambda: app_id == self._current_app()).run()
        self._dialog().show_texts(texts)

    def _dialog(self) -> DiffDialog:
        if self.dialog is None:
            self.dialog = DiffDialog(self._window)
            self.dialog.open_file_requested.connect(self.open_file_requested.emit)
        return self.dialog


def _resolve(chat: ChatService, app_id: int, path: str, choice: str) -> FileChanges:
    """Resolve a conflict in the worker; one already settled (another window, a newer
    version) leaves nothing to do."""
    try:
        return chat.resolve_conflict(app_id, path, choice)
    except ConflictNotFoundError:
        return FileChanges()
