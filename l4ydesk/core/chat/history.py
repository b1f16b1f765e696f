"""The stored chat of each builder app: one chat row per provider, messages and their turns.

Every user message gets a `ChatTurn` from the moment it is typed (even as a draft), so the
model it was meant for, the sentence explaining a failure, and an agent step's file changes
all survive a restart.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from l4ydesk.core.chat.errors import ChatError
from l4ydesk.core.chat.values import ChatMessageView, FileChanges, MessageStatus, Provider
from l4ydesk.core.errors import AppNotFoundError
from l4ydesk.redaction import redact, redact_values
from l4ydesk.storage.chat_models import ChatTurn, V0SyncState
from l4ydesk.storage.db import Store
from l4ydesk.storage.models import BuilderApp, Chat, ChatMessage, utcnow

MAX_MESSAGE_CHARS = 100_000


@dataclass(frozen=True)
class TurnRecord:
    turn_id: int
    chat_id: int
    app_id: int
    provider: Provider
    model: str
    user_message_id: int
    text: str
    status: MessageStatus
    assistant_message_id: int | None
    note: str
    changes: tuple[dict[str, Any], ...]
    undone_at: datetime | None
    created_at: datetime


@dataclass(frozen=True)
class V0State:
    """The v0 chat behind an app and the version of it last written into the app."""

    chat_id: int
    remote_chat_id: str | None
    version_id: str | None
    demo_url: str | None
    base_hashes: dict[str, str]


class ChatLog:
    """Reads and writes chats, messages and turns, each call one short transaction."""

    def __init__(self, store: Store) -> None:
        self._store = store

    # ----- turns ---------------------------------------------------------------------------

    def start_turn(
        self, app_id: int, provider: Provider, model: str, text: str, status: MessageStatus
    ) -> TurnRecord:
        """Store a new user message (draft or sending) with its turn."""
        if not text.strip():
            raise ChatError("Type a message first.")
        if len(text) > MAX_MESSAGE_CHARS:
            raise ChatError(
                f"The message is longer than {MAX_MESSAGE_CHARS:,} characters; shorten it."
            )
        with self._store.session() as session:
            chat = self._chat(session, app_id, provider, model)
            message = ChatMessage(chat_id=chat.id, role="user", content=text, status=status)
            session.add(message)
            session.flush()
            turn = ChatTurn(chat_id=chat.id, user_message_id=message.id, model=model)
            session.add(turn)
            session.flush()
            return _record(turn, chat, message)

    def turn(self, turn_id: int) -> TurnRecord:
        with self._store.session() as session:
            return self._turn(session, turn_id)

    def set_user_status(self, turn_id: int, status: MessageStatus, note: str = "") -> None:
        with self._store.session() as session:
            turn = self._require_turn(session, turn_id)
            message = session.get(ChatMessage, turn.user_message_id)
            assert message is not None
            message.status = status
            turn.note = redact(note)

    def finish_turn(
        self,
        turn_id: int,
        *,
        user_status: MessageStatus,
        answer: str | None,
        answer_status: MessageStatus = MessageStatus.SENT,
        usage: dict[str, Any] | None = None,
        note: str = "",
        version_id: str | None = None,
    ) -> int | None:
        """Settle the turn: the user message's status, the answer (if any), the note."""
        with self._store.session() as session:
            turn = self._require_turn(session, turn_id)
            user = session.get(ChatMessage, turn.user_message_id)
            assert user is not None
            user.status = user_status
            # Notes and answers can carry a service's error text, which may echo a key back.
            turn.note = redact(note)
            if version_id is not None:
                turn.v0_version_id = version_id
            if answer is None:
                return None
            reply = ChatMessage(
                chat_id=turn.chat_id,
                role="assistant",
                content=redact_values(answer),
                status=answer_status,
                usage=dict(usage or {}),
            )
            session.add(reply)
            session.flush()
            turn.assistant_message_id = reply.id
            return reply.id

    def record_change(self, turn_id: int, change: dict[str, Any]) -> None:
        """Append one file change to the turn as soon as it happened (survives a crash)."""
        with self._store.session() as session:
            turn = self._require_turn(session, turn_id)
            # A new list, so the JSON column sees the change.
            turn.changes = [*turn.changes, change]

    def mark_undone(self, turn_id: int) -> None:
        with self._store.session() as session:
            self._require_turn(session, turn_id).undone_at = utcnow()

    def delete_draft(self, turn_id: int) -> None:
        with self._store.session() as session:
            turn = self._require_turn(session, turn_id)
            message = session.get(ChatMessage, turn.user_message_id)
            assert message is not None
            if message.status != MessageStatus.DRAFT:
                raise ChatError("Only drafts can be discarded; sent messages stay in the chat.")
            session.delete(turn)
            session.delete(message)

    def drafts(self, app_id: int) -> list[TurnRecord]:
        """The app's drafts, oldest first, whatever the provider."""
        return self._turns(app_id, MessageStatus.DRAFT)

    def requeue_stale_sends(self, app_id: int) -> int:
        """Messages left "sending" by a crash become drafts again (nothing typed is lost)."""
        with self._store.session() as session:
            rows = session.scalars(
                select(ChatMessage)
                .join(Chat, Chat.id == ChatMessage.chat_id)
                .where(Chat.app_id == app_id, ChatMessage.status == MessageStatus.SENDING)
            ).all()
            for message in rows:
                message.status = MessageStatus.DRAFT
            return len(rows)

    def agent_steps(self, app_id: int) -> list[TurnRecord]:
        """Built-in AI and v0 turns that changed files, newest first (each undoable whole)."""
        turns = [t for t in self._turns(app_id, None) if t.changes]
        return sorted(turns, key=lambda t: t.turn_id, reverse=True)

    def messages(self, app_id: int) -> list[ChatMessageView]:
        """Every message of the app's chats, in the order they were written."""
        with self._store.session() as session:
            self._require_app(session, app_id)
            rows = session.execute(
                select(ChatMessage, Chat)
                .join(Chat, Chat.id == ChatMessage.chat_id)
                .where(Chat.app_id == app_id)
                .order_by(ChatMessage.id)
            ).all()
            turns = session.scalars(
                select(ChatTurn)
                .join(Chat, Chat.id == ChatTurn.chat_id)
                .where(Chat.app_id == app_id)
            ).all()
            by_message: dict[int, ChatTurn] = {}
            for turn in turns:
                by_message[turn.user_message_id] = turn
                if turn.assistant_message_id is not None:
                    by_message[turn.assistant_message_id] = turn
            views: list[tuple[tuple[int, int], ChatMessageView]] = []
            for message, chat in rows:
                owner = by_message.get(message.id)
                is_answer = owner is not None and owner.assistant_message_id == message.id
                view = ChatMessageView(
                    message_id=message.id,
                    turn_id=owner.id if owner else None,
                    provider=Provider(chat.provider),
                    role=message.role,
                    content=message.content,
                    status=MessageStatus(message.status),
                    note=_note_for(message, owner),
                    model=owner.model if owner else chat.model,
                    usage=dict(message.usage or {}),
                    created_at=message.created_at,
                    changes=_changes_of(owner, message) if is_answer else FileChanges(),
                    undoable=bool(
                        is_answer and owner and owner.changes and owner.undone_at is None
                    ),
                )
                # Each answer right after its question, even when drafts were sent later.
                anchor = owner.user_message_id if owner else message.id
                views.append(((anchor, 1 if is_answer else 0), view))
            return [view for _, view in sorted(views, key=lambda item: item[0])]

    # ----- v0 state ------------------------------------------------------------------------

    def v0_state(self, app_id: int) -> V0State:
        with self._store.session() as session:
            chat = self._chat(session, app_id, Provider.V0, None)
            sync = session.get(V0SyncState, chat.id)
            return V0State(
                chat_id=chat.id,
                remote_chat_id=chat.remote_chat_id,
                version_id=sync.version_id if sync else None,
                demo_url=sync.demo_url if sync else None,
                base_hashes=dict(sync.base_hashes) if sync else {},
            )

    def save_v0_state(
        self,
        chat_id: int,
        *,
        remote_chat_id: str,
        version_id: str | None,
        base_hashes: dict[str, str],
        demo_url: str | None = None,
    ) -> None:
        with self._store.session() as session:
            chat = session.get(Chat, chat_id)
            if chat is None:
                raise ChatError("That chat no longer exists.")
            chat.remote_chat_id = remote_chat_id
            sync = session.get(V0SyncState, chat_id)
            if sync is None:
                sync = V0SyncState(chat_id=chat_id)
                session.add(sync)
            sync.version_id = version_id
            sync.base_hashes = dict(base_hashes)
            sync.demo_url = demo_url
            sync.synced_at = utcnow()

    # ----- helpers -------------------------------------------------------------------------

    def _turns(self, app_id: int, status: MessageStatus | None) -> list[TurnRecord]:
        with self._store.session() as session:
            query = (
                select(ChatTurn, Chat, ChatMessage)
                .join(Chat, Chat.id == ChatTurn.chat_id)
                .join(ChatMessage, ChatMessage.id == ChatTurn.user_message_id)
                .where(Chat.app_id == app_id)
                .order_by(ChatMessage.id)
            )
            if status is not None:
                query = query.where(ChatMessage.status == status)
            return [_record(t, c, m) for t, c, m in session.execute(query).all()]

    def _chat(self, session: Session, app_id: int, provider: Provider, model: str | None) -> Chat:
        """The app's chat with `provider`, created on first use; remembers the last model."""
        self._require_app(session, app_id)
        chat = session.scalar(
            select(Chat)
            .where(Chat.app_id == app_id, Chat.provider == provider.value)
            .order_by(Chat.id)
            .limit(1)
        )
        if chat is None:
            chat = Chat(app_id=app_id, provider=provider.value, model=model or "")
            session.add(chat)
            session.flush()
        elif model is not None:
            chat.model = model
        return chat

    @staticmethod
    def _require_app(session: Session, app_id: int) -> None:
        if session.get(BuilderApp, app_id) is None:
            raise AppNotFoundError("That app no longer exists.")

    @staticmethod
    def _require_turn(session: Session, turn_id: int) -> ChatTurn:
        turn = session.get(ChatTurn, turn_id)
        if turn is None:
            raise ChatError("That message no longer exists.")
        return turn

    def _turn(self, session: Session, turn_id: int) -> TurnRecord:
        turn = self._require_turn(session, turn_id)
        chat = session.get(Chat, turn.chat_id)
        message = session.get(ChatMessage, turn.user_message_id)
        assert chat is not None and message is not None
        return _record(turn, chat, message)


def _record(turn: ChatTurn, chat: Chat, message: ChatMessage) -> TurnRecord:
    return TurnRecord(
        turn_id=turn.id,
        chat_id=chat.id,
        app_id=chat.app_id,
        provider=Provider(chat.provider),
        model=turn.model,
        user_message_id=message.id,
        text=message.content,
        status=MessageStatus(message.status),
        assistant_message_id=turn.assistant_message_id,
        note=turn.note,
        changes=tuple(turn.changes or ()),
        undone_at=turn.undone_at,
        created_at=message.created_at,
    )


def _note_for(message: ChatMessage, turn: ChatTurn | None) -> str:
    """The turn's note belongs to the message it explains: the answer if there is one."""
    if turn is None or not turn.note:
        return ""
    explains_answer = turn.assistant_message_id is not None
    if message.id == turn.assistant_message_id or (
        not explains_answer and message.id == turn.user_message_id
    ):
        return turn.note
    return ""


def _changes_of(turn: ChatTurn | None, answer: ChatMessage) -> FileChanges:
    """What an answer did to the files: an agent step's change records, or v0's summary."""
    if turn is None:
        return FileChanges()
    if turn.changes:
        written: list[str] = []
        deleted: list[str] = []
        renamed: list[tuple[str, str]] = []
        for change in turn.changes:
            if change["op"] in ("create", "write"):
                written.append(change["path"])
            elif change["op"] == "delete":
                deleted.append(change["path"])
            elif change["op"] == "rename":
                renamed.append((change["old"], change["new"]))
        return FileChanges(
            tuple(dict.fromkeys(written)), tuple(dict.fromkeys(deleted)), tuple(renamed)
        )
    usage = answer.usage or {}
    return FileChanges(tuple(usage.get("written", ())), tuple(usage.get("deleted", ())))
