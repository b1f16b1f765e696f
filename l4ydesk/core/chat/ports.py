"""The client interfaces the chat needs, filled in by `V0Client` and `OpenRouterClient`.

The composition root passes factories that build a client with the key from the keyring and
the base URL from settings; tests pass factories pointed at the fake servers. A factory raises
`MissingKeyError` when no key is stored. The caller owns each client it gets and closes it.
"""

from __future__ import annotations

from collections.abc import AsyncGenerator, Callable, Mapping, Sequence
from typing import Any, Protocol

from l4ydesk.clients.openrouter_models import KeyInfo, StreamEvent
from l4ydesk.clients.v0_agent_models import Preview, Started, TextArrived, V0Message
from l4ydesk.clients.v0_models import Chat as V0Chat
from l4ydesk.clients.v0_models import ChatVersion


class V0Api(Protocol):
    async def create_chat(self, prompt: str, *, model_id: str | None = None) -> V0Chat: ...

    async def init_chat_from_files(
        self, files: Mapping[str, str], *, name: str | None = None
    ) -> V0Chat: ...

    async def create_chat_stream(
        self,
        prompt: str,
        *,
        model_id: str | None = None,
        on_started: Started | None = None,
        on_text: TextArrived | None = None,
    ) -> V0Message: ...

    async def send_message_stream(
        self,
        chat_id: str,
        text: str,
        *,
        model_id: str | None = None,
        on_started: Started | None = None,
        on_text: TextArrived | None = None,
    ) -> V0Message: ...

    async def resolve_task_stream(
        self,
        chat_id: str,
        task: Mapping[str, Any],
        *,
        on_started: Started | None = None,
        on_text: TextArrived | None = None,
    ) -> V0Message: ...

    async def stop_message(self, chat_id: str, message_id: str) -> bool: ...

    async def get_preview(self, chat_id: str) -> Preview | None: ...

    async def get_chat(self, chat_id: str) -> V0Chat: ...

    async def wait_for_version(
        self,
        chat_id: str,
        *,
        newer_than: str | None = None,
        timeout: float = 600.0,
        include_default_files: bool = False,
    ) -> ChatVersion: ...

    async def aclose(self) -> None: ...


class ChatModelApi(Protocol):
    def stream_chat(
        self,
        messages: Sequence[Mapping[str, Any]],
        model: str,
        tools: Sequence[Mapping[str, Any]] | None = None,
    ) -> AsyncGenerator[StreamEvent, None]: ...

    async def key_info(self) -> KeyInfo: ...

    async def aclose(self) -> None: ...


V0Factory = Callable[[], V0Api]
ChatModelFactory = Callable[[], ChatModelApi]
