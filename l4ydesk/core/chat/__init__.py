"""The AI builder chat: v0 and built-in AI turns over an app's files, drafts, conflicts, undo.

Pure Python (no Qt): the chat panel and `l4ydesk chat` both drive `ChatService`.
"""

from l4ydesk.core.chat.conflicts import both_path
from l4ydesk.core.chat.errors import (
    ChatError,
    ConflictNotFoundError,
    MissingKeyError,
    UndoError,
    sentence_for,
)
from l4ydesk.core.chat.events import (
    AnswerDelta,
    ChatEvent,
    ConflictFound,
    EventSink,
    FilesChanged,
    StatusChanged,
    ToolCallFinished,
    ToolCallStarted,
    TurnFinished,
    UsageReported,
    V0TaskWaiting,
    V0VersionReady,
)
from l4ydesk.core.chat.headless import ConsolePrinter, run_chat_turn
from l4ydesk.core.chat.history import TurnRecord
from l4ydesk.core.chat.ports import ChatModelApi, ChatModelFactory, V0Api, V0Factory
from l4ydesk.core.chat.service import DEFAULT_AI_MODEL, ChatService
from l4ydesk.core.chat.usage import (
    ActionKind,
    ActionRefused,
    ChatAction,
    NoUsageHooks,
    UsageHooks,
)
from l4ydesk.core.chat.v0_sync import SyncOutcome
from l4ydesk.core.chat.values import (
    ActionUsage,
    ChatMessageView,
    Conflict,
    ConflictChoice,
    FileChanges,
    MessageStatus,
    Provider,
    TurnResult,
)

__all__ = [
    "DEFAULT_AI_MODEL",
    "ActionKind",
    "ActionRefused",
    "ActionUsage",
    "AnswerDelta",
    "ChatAction",
    "ChatError",
    "ChatEvent",
    "ChatMessageView",
    "ChatModelApi",
    "ChatModelFactory",
    "ChatService",
    "Conflict",
    "ConflictChoice",
    "ConflictFound",
    "ConflictNotFoundError",
    "ConsolePrinter",
    "EventSink",
    "FileChanges",
    "FilesChanged",
    "MessageStatus",
    "MissingKeyError",
    "NoUsageHooks",
    "Provider",
    "StatusChanged",
    "SyncOutcome",
    "ToolCallFinished",
    "ToolCallStarted",
    "TurnFinished",
    "TurnRecord",
    "TurnResult",
    "UndoError",
    "UsageHooks",
    "UsageReported",
    "V0Api",
    "V0Factory",
    "V0TaskWaiting",
    "V0VersionReady",
    "both_path",
    "run_chat_turn",
    "sentence_for",
]
