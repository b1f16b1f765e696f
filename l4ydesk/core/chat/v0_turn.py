"""A v0 turn: send the message to v0, wait for the version it makes, write it into the app.

The first message of an app creates the v0 chat; if the app already has files, the chat is
started from them (`init_chat_from_files`) so v0 builds on what is there. Follow-ups go to the
same chat. Once v0 has the message, a failure no longer makes it a draft: the turn fails with
the sentence, and `ChatService.pull_v0_version` can fetch a version that finished later.
"""

from __future__ import annotations

import asyncio
from dataclasses import dataclass

from l4ydesk.clients.errors import RemoteError
from l4ydesk.clients.v0 import ChatVersion, VersionStatus
from l4ydesk.core.chat.errors import keeps_draft, sentence_for
from l4ydesk.core.chat.events import (
    ConflictFound,
    FilesChanged,
    StatusChanged,
    UsageReported,
    V0VersionReady,
)
from l4ydesk.core.chat.history import TurnRecord
from l4ydesk.core.chat.ports import V0Api, V0Factory
from l4ydesk.core.chat.runtime import TurnContext
from l4ydesk.core.chat.usage import ActionKind, ChatAction
from l4ydesk.core.chat.v0_sync import SyncOutcome, V0Sync
from l4ydesk.core.chat.values import ActionUsage, MessageStatus, Provider, TurnResult
from l4ydesk.core.errors import L4yError
from l4ydesk.core.vfs import VirtualFileSystem, content_hash, looks_binary

DEFAULT_V0_TIMEOUT = 600.0  # v0 generations take minutes; past this, pull the version later
VERSION_FAILED = "v0 could not finish this version. Try again, or say it differently."
CANCELLED_WAIT_NOTE = (
    "You stopped waiting for v0. It may still finish this version; get the latest v0 version "
    "to bring it in."
)
CANCELLED_DRAFT_NOTE = "You stopped this message before it was sent; it is kept as a draft."


@dataclass
class _Progress:
    announced: bool = False  # the hooks were told; they hear how it ended
    accepted: bool = False
    completed: bool = False
    files_changed: int = 0


class V0Turn:
    """Runs one v0 turn for a stored user message."""

    def __init__(
        self,
        ctx: TurnContext,
        vfs: VirtualFileSystem,
        sync: V0Sync,
        client_factory: V0Factory,
        timeout: float = DEFAULT_V0_TIMEOUT,
    ) -> None:
        self._ctx = ctx
        self._vfs = vfs
        self._sync = sync
        self._factory = client_factory
        self._timeout = timeout

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
            remote_id, previous = await self._send(client, turn)
            progress.accepted = True
            await self._ctx.run(self._ctx.log.set_user_status, turn.turn_id, MessageStatus.SENT)
            self._ctx.emit(StatusChanged("generating", "v0 is generating a new version…"))
            version = await client.wait_for_version(
                remote_id, newer_than=previous, timeout=self._timeout
            )
            if version.status is VersionStatus.FAILED:
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
            outcome = await self.apply(turn.app_id, remote_id, version, turn.turn_id)
            progress.files_changed = outcome.changes.count
            progress.completed = True
            answer = await self._answer(client, remote_id, version)
            note = " ".join(outcome.skipped)
            await self._ctx.run(
                self._ctx.log.finish_turn,
                turn.turn_id,
                user_status=MessageStatus.SENT,
                answer=answer,
                usage={
                    "version_id": version.id,
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
            # Synchronous on purpose: the task is being cancelled, so no more awaiting.
            if progress.accepted:
                self._ctx.log.finish_turn(
                    turn.turn_id,
                    user_status=MessageStatus.SENT,
                    answer=None,
                    note=CANCELLED_WAIT_NOTE,
                )
            else:
                self._ctx.log.set_user_status(
                    turn.turn_id, MessageStatus.DRAFT, CANCELLED_DRAFT_NOTE
                )
            raise
        except (RemoteError, L4yError) as exc:
            if not progress.accepted:
                return await self._not_sent(turn, exc)
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
        self, app_id: int, remote_id: str, version: ChatVersion, turn_id: int | None
    ) -> SyncOutcome:
        """Write a finished version into the app and report it."""
        self._ctx.emit(V0VersionReady(version.id, version.demo_url))
        self._ctx.emit(
            StatusChanged("applying", f"Writing v0's version ({len(version.files)} files)…")
        )
        state = await self._ctx.run(self._ctx.log.v0_state, app_id)
        outcome = await self._ctx.run(
            self._sync.apply_version, app_id, state, remote_id, version, turn_id
        )
        if outcome.changes:
            self._ctx.emit(FilesChanged(outcome.changes))
        for conflict in outcome.conflicts:
            self._ctx.emit(ConflictFound(conflict))
        return outcome

    async def _send(self, client: V0Api, turn: TurnRecord) -> tuple[str, str | None]:
        """Give v0 the message; returns the v0 chat id and the version before this message."""
        log = self._ctx.log
        state = await self._ctx.run(log.v0_state, turn.app_id)
        model = turn.model or None
        self._ctx.emit(StatusChanged("sending", "Sending your message to v0…"))
        if state.remote_chat_id is not None:
            await client.send_message(state.remote_chat_id, turn.text, model_id=model)
            return state.remote_chat_id, state.version_id
        files = await self._ctx.run(self._text_files, turn.app_id)
        if not files:
            chat = await client.create_chat(turn.text, model_id=model)
            await self._ctx.run(
                log.save_v0_state,
                state.chat_id,
                remote_chat_id=chat.id,
                version_id=None,
                base_hashes={},
            )
            return chat.id, None
        self._ctx.emit(StatusChanged("uploading", f"Giving v0 the app's {len(files)} files…"))
        chat = await client.init_chat_from_files(files)
        version_id = chat.latest_version.id if chat.latest_version else None
        # Saved before the message goes, so a failure next does not start a second chat.
        await self._ctx.run(
            log.save_v0_state,
            state.chat_id,
            remote_chat_id=chat.id,
            version_id=version_id,
            base_hashes={path: content_hash(text.encode()) for path, text in files.items()},
        )
        await client.send_message(chat.id, turn.text, model_id=model)
        return chat.id, version_id

    def _text_files(self, app_id: int) -> dict[str, str]:
        # v0 takes text files only; images and other binaries stay local.
        return {
            path: data.decode("utf-8")
            for path, data in self._vfs.read_all(app_id).items()
            if not looks_binary(data)
        }

    async def _answer(self, client: V0Api, remote_id: str, version: ChatVersion) -> str:
        fallback = f"v0 made version {version.id}."
        try:
            chat = await client.get_chat(remote_id)
        except RemoteError:
            return fallback  # the files are in; the answer's text is a nicety
        replies = [m.content for m in chat.messages if m.role == "assistant" and m.content]
        return replies[-1] if replies else fallback

    async def _not_sent(self, turn: TurnRecord, exc: BaseException) -> TurnResult:
        sentence = sentence_for(exc)
        status = MessageStatus.DRAFT if keeps_draft(exc) else MessageStatus.FAILED
        await self._ctx.run(self._ctx.log.set_user_status, turn.turn_id, status, sentence)
        return TurnResult(turn.turn_id, turn.app_id, Provider.V0, status, error=sentence)
