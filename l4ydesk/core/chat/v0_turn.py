"""A v0 turn: stream the message to v0 (API v2), answer what it asks, write its version.

The first message of an app creates the v0 chat; if the app already has files, the chat is
started from them (v1 `init_chat_from_files`: v2's from-files takes at most 20) so v0 builds on
what is there. Follow-ups go to the same chat. The answer streams (no polling while v0 works);
when v0 stops to ask (questions, a plan to approve, an integration, a permission) the turn emits
`V0TaskWaiting` and waits for `ChatService.answer_v0_task`, then streams v0's continuation.
The version's files come from v1 (v2 has no versions): the generated source, plus the default
files (package.json, configs) when the app has none yet. Stop stops the generation at v0 too.
Once v0 has the message, a failure no longer makes it a draft: the turn fails with the sentence,
and `ChatService.pull_v0_version` can fetch a version that finished later.
"""

from __future__ import annotations

import asyncio
import contextlib
from collections.abc import Callable
from dataclasses import dataclass, field

from l4ydesk.clients.errors import RemoteError
from l4ydesk.clients.v0_agent_models import V0Message
from l4ydesk.clients.v0_models import ChatVersion, VersionStatus
from l4ydesk.core.chat.errors import ChatError, keeps_draft, sentence_for
from l4ydesk.core.chat.events import (
    AnswerDelta,
    ConflictFound,
    FilesChanged,
    StatusChanged,
    UsageReported,
    V0TaskWaiting,
    V0VersionReady,
)
from l4ydesk.core.chat.history import TurnRecord
from l4ydesk.core.chat.ports import V0Api, V0Factory
from l4ydesk.core.chat.runtime import TurnContext
from l4ydesk.core.chat.usage import ActionKind, ChatAction
from l4ydesk.core.chat.v0_sync import SyncOutcome, V0Sync
from l4ydesk.core.chat.v0_tasks import TaskAnswers
from l4ydesk.core.chat.values import ActionUsage, MessageStatus, Provider, TurnResult
from l4ydesk.core.errors import L4yError
from l4ydesk.core.vfs import VirtualFileSystem, content_hash, looks_binary

DEFAULT_V0_TIMEOUT = 600.0  # once v0's answer is in, how long its version may take to settle
STOP_TIMEOUT = 5.0  # telling v0 to stop must not hold up the Stop button
PACKAGE_JSON = "package.json"
VERSION_FAILED = "v0 could not finish this version. Try again, or say it differently."
CANCELLED_WAIT_NOTE = (
    "You stopped waiting for v0. It may still finish this version; get the latest v0 version "
    "to bring it in."
)
STOPPED_NOTE = "You stopped v0; it stopped working on this version, and no files were changed."
WAITING = "v0 is waiting for your answer below; it goes on once you send it."
NEEDS_ANSWER = (
    "v0 is waiting for an answer ({summary}). Open the app in the l4ydesk window and send the "
    "message there to answer it."
)
CANCELLED_DRAFT_NOTE = "You stopped this message before it was sent; it is kept as a draft."


@dataclass
class _Progress:
    announced: bool = False  # the hooks were told; they hear how it ended
    accepted: bool = False
    completed: bool = False
    files_changed: int = 0
    chat_id: str | None = None  # the v0 chat, known from the stream's first event
    message_id: str | None = None  # the assistant message being generated (for Stop)
    saved_chat: bool = False
    deleted: list[str] = field(default_factory=list)  # paths v0 said it deleted
    text_shown: bool = False  # some of v0's answer was shown as it streamed


class V0Turn:
    """Runs one v0 turn for a stored user message."""

    def __init__(
        self,
        ctx: TurnContext,
        vfs: VirtualFileSystem,
        sync: V0Sync,
        client_factory: V0Factory,
        timeout: float = DEFAULT_V0_TIMEOUT,
        tasks: TaskAnswers | None = None,
    ) -> None:
        self._ctx = ctx
        self._vfs = vfs
        self._sync = sync
        self._factory = client_factory
        self._timeout = timeout
        self._tasks = tasks  # None: nobody can answer (the command line)

    async def run(self, turn: TurnRecord) -> TurnResult:
        action = ChatAction(ActionKind.V0_MESSAGE, turn.app_id, Provider.V0.value, turn.model)
        progress = _Progress()
        client: V0Api | None = None
        try:
            self._ctx.hooks.before_action(action)
        except L4yError as exc:
            return await self._not_sent(turn, exc)
        progress.announced = True
        try:
            client = self._factory()
            state = await self._ctx.run(self._ctx.log.v0_state, turn.app_id)
            previous = state.version_id
            message = await self._send(client, turn, progress)
            await self._ctx.run(self._ctx.log.set_user_status, turn.turn_id, MessageStatus.SENT)
            message = await self._answer_requests(client, turn, progress, message)
            remote_id = progress.chat_id
            assert remote_id is not None  # set by the stream before it returns
            scratch = not await self._ctx.run(self._vfs.exists, turn.app_id, PACKAGE_JSON)
            version = await client.wait_for_version(
                remote_id,
                newer_than=previous,
                timeout=self._timeout,
                include_default_files=scratch,
            )
            if version.status is VersionStatus.FAILED or message.finish_reason == "error":
                await self._ctx.run(
                    self._ctx.log.finish_turn,
                    turn.turn_id,
                    user_status=MessageStatus.SENT,
                    answer=None,
                    note=VERSION_FAILED,
                    version_id=version.id,
                )
                return TurnResult(
                    turn.turn_id,
                    turn.app_id,
                    Provider.V0,
                    MessageStatus.FAILED,
                    error=VERSION_FAILED,
                    version_id=version.id,
                )
            outcome = await self.apply(
                turn.app_id, remote_id, version, turn.turn_id, progress.deleted
            )
            progress.files_changed = outcome.changes.count
            progress.completed = True
            answer = message.text or f"v0 made version {version.id}."
            note = " ".join(outcome.skipped)
            await self._ctx.run(
                self._ctx.log.finish_turn,
                turn.turn_id,
                user_status=MessageStatus.SENT,
                answer=answer,
                usage={
                    "version_id": version.id,
                    "undo_recorded": True,  # its changes are on the turn: undone as a whole
                    "files_changed": outcome.changes.count,
                    "written": list(outcome.changes.written),
                    "deleted": list(outcome.changes.deleted),
                },
                note=note,
                version_id=version.id,
            )
            return TurnResult(
                turn.turn_id,
                turn.app_id,
                Provider.V0,
                MessageStatus.SENT,
                answer=answer,
                error=note or None,
                changes=outcome.changes,
                conflicts=outcome.conflicts,
                version_id=version.id,
                demo_url=version.demo_url,
            )
        except asyncio.CancelledError:
            stopped = await self._stop(client, progress)
            # Synchronous from here: the task is being cancelled, so no more awaiting.
            self._remember_chat(turn, progress)
            if progress.accepted:
                self._ctx.log.finish_turn(
                    turn.turn_id,
                    user_status=MessageStatus.SENT,
                    answer=None,
                    note=STOPPED_NOTE if stopped else CANCELLED_WAIT_NOTE,
                )
            else:
                self._ctx.log.set_user_status(
                    turn.turn_id, MessageStatus.DRAFT, CANCELLED_DRAFT_NOTE
                )
            raise
        except (RemoteError, L4yError) as exc:
            if not progress.accepted:
                return await self._not_sent(turn, exc)
            self._remember_chat(turn, progress)
            sentence = sentence_for(exc)
            await self._ctx.run(
                self._ctx.log.finish_turn,
                turn.turn_id,
                user_status=MessageStatus.SENT,
                answer=None,
                note=sentence,
            )
            return TurnResult(
                turn.turn_id, turn.app_id, Provider.V0, MessageStatus.FAILED, error=sentence
            )
        finally:
            if client is not None:
                await client.aclose()
            if progress.announced:
                spent = ActionUsage(
                    files_changed=progress.files_changed, completed=progress.completed
                )
                self._ctx.hooks.after_action(action, spent)
                self._ctx.emit(UsageReported(action, spent))

    async def apply(
        self,
        app_id: int,
        remote_id: str,
        version: ChatVersion,
        turn_id: int | None,
        deleted: list[str] | tuple[str, ...] = (),
    ) -> SyncOutcome:
        """Write a finished version into the app and report it."""
        self._ctx.emit(V0VersionReady(version.id, version.demo_url))
        self._ctx.emit(
            StatusChanged("applying", f"Writing v0's version ({len(version.files)} files)…")
        )
        state = await self._ctx.run(self._ctx.log.v0_state, app_id)
        outcome = await self._ctx.run(
            self._sync.apply_version, app_id, state, remote_id, version, turn_id, tuple(deleted)
        )
        if outcome.changes:
            self._ctx.emit(FilesChanged(outcome.changes))
        for conflict in outcome.conflicts:
            self._ctx.emit(ConflictFound(conflict))
        return outcome

    # ----- the conversation with v0 ------------------------------------------------------

    async def _send(self, client: V0Api, turn: TurnRecord, progress: _Progress) -> V0Message:
        """Give v0 the message and stream its answer to the end."""
        log = self._ctx.log
        state = await self._ctx.run(log.v0_state, turn.app_id)
        model = turn.model or None
        started = self._on_started(progress)
        self._ctx.emit(StatusChanged("sending", "Sending your message to v0…"))
        if state.remote_chat_id is None:
            files = await self._ctx.run(self._text_files, turn.app_id)
            if not files:
                message = await client.create_chat_stream(
                    turn.text, model_id=model, on_started=started, on_text=self._on_text(progress)
                )
                await self._save_new_chat(turn, progress)
                progress.deleted += message.deleted_paths()
                return message
            self._ctx.emit(StatusChanged("uploading", f"Giving v0 the app's {len(files)} files…"))
            chat = await client.init_chat_from_files(files)
            # Saved before the message goes, so a failure next does not start a second chat.
            await self._ctx.run(
                log.save_v0_state,
                state.chat_id,
                remote_chat_id=chat.id,
                version_id=chat.latest_version.id if chat.latest_version else None,
                base_hashes={path: content_hash(text.encode()) for path, text in files.items()},
            )
            remote_id = chat.id
        else:
            remote_id = state.remote_chat_id
        progress.saved_chat = True
        message = await client.send_message_stream(
            remote_id,
            turn.text,
            model_id=model,
            on_started=started,
            on_text=self._on_text(progress),
        )
        progress.chat_id = progress.chat_id or remote_id
        progress.deleted += message.deleted_paths()
        return message

    async def _answer_requests(
        self, client: V0Api, turn: TurnRecord, progress: _Progress, message: V0Message
    ) -> V0Message:
        """While v0 waits for the user, show what it asks and stream its continuation."""
        while (task := message.pending_task()) is not None:
            assert progress.chat_id is not None
            self._ctx.emit(StatusChanged("waiting", WAITING))
            self._ctx.emit(V0TaskWaiting(turn.app_id, task))
            if self._tasks is None:
                raise ChatError(NEEDS_ANSWER.format(summary=task.summary.rstrip(".")))
            resolution = await self._tasks.wait(turn.app_id, task)
            self._ctx.emit(StatusChanged("generating", "v0 goes on with your answer…"))
            progress.message_id = None
            message = await client.resolve_task_stream(
                progress.chat_id,
                resolution,
                on_started=self._on_started(progress),
                on_text=self._on_text(progress),
            )
            progress.deleted += message.deleted_paths()
        return message

    def _on_started(self, progress: _Progress) -> Callable[[str, str], None]:
        def started(chat_id: str, message_id: str) -> None:
            progress.chat_id, progress.message_id = chat_id, message_id
            if not progress.accepted:
                progress.accepted = True
                self._ctx.emit(StatusChanged("generating", "v0 is generating a new version…"))

        return started

    def _on_text(self, progress: _Progress) -> Callable[[str], None]:
        """Show v0's answer as it streams; a continuation after an answer starts a paragraph."""
        first = True

        def arrived(piece: str) -> None:
            nonlocal first
            if first and progress.text_shown:
                piece = "\n\n" + piece
            first = False
            progress.text_shown = True
            self._ctx.emit(AnswerDelta(piece))

        return arrived

    async def _save_new_chat(self, turn: TurnRecord, progress: _Progress) -> None:
        state = await self._ctx.run(self._ctx.log.v0_state, turn.app_id)
        await self._ctx.run(
            self._ctx.log.save_v0_state,
            state.chat_id,
            remote_chat_id=progress.chat_id,
            version_id=None,
            base_hashes={},
        )
        progress.saved_chat = True

    def _remember_chat(self, turn: TurnRecord, progress: _Progress) -> None:
        # A chat v0 made before the turn was cut short: keep it, or the next message starts
        # a second one. Synchronous: called while the task is being cancelled.
        if progress.saved_chat or progress.chat_id is None:
            return
        state = self._ctx.log.v0_state(turn.app_id)
        self._ctx.log.save_v0_state(
            state.chat_id, remote_chat_id=progress.chat_id, version_id=None, base_hashes={}
        )
        progress.saved_chat = True

    async def _stop(self, client: V0Api | None, progress: _Progress) -> bool:
        """Ask v0 to stop the generation (Stop must not keep spending the user's credits)."""
        if client is None or progress.chat_id is None or progress.message_id is None:
            return False
        with contextlib.suppress(RemoteError, TimeoutError):
            return await asyncio.wait_for(
                client.stop_message(progress.chat_id, progress.message_id), STOP_TIMEOUT
            )
        return False

    def _text_files(self, app_id: int) -> dict[str, str]:
        # v0 takes text files only; images and other binaries stay local.
        return {
            path: data.decode("utf-8")
            for path, data in self._vfs.read_all(app_id).items()
            if not looks_binary(data)
        }

    async def _not_sent(self, turn: TurnRecord, exc: BaseException) -> TurnResult:
        sentence = sentence_for(exc)
        status = MessageStatus.DRAFT if keeps_draft(exc) else MessageStatus.FAILED
        await self._ctx.run(self._ctx.log.set_user_status, turn.turn_id, status, sentence)
        return TurnResult(turn.turn_id, turn.app_id, Provider.V0, status, error=sentence)
