"""The chat without a window: `l4ydesk chat APP "prompt" --provider v0|ai` runs one turn here,
printing the streamed answer and tool calls as they happen, then a human summary."""

from __future__ import annotations

import sys
from typing import TextIO

from l4ydesk.core.chat.events import (
    AnswerDelta,
    ChatEvent,
    StatusChanged,
    ToolCallFinished,
    ToolCallStarted,
    V0TaskWaiting,
)
from l4ydesk.core.chat.service import ChatService
from l4ydesk.core.chat.values import Provider, TurnResult


class ConsolePrinter:
    """An event sink that writes a turn's progress to a text stream."""

    def __init__(self, out: TextIO) -> None:
        self._out = out
        self._mid_line = False  # streamed text leaves the cursor mid-line

    def __call__(self, event: ChatEvent) -> None:
        match event:
            case AnswerDelta(text=text):
                self._out.write(text)
                self._mid_line = not text.endswith("\n")
            case StatusChanged(text=text):
                self._line(f"… {text}")
            case ToolCallStarted(tool=tool, path=path):
                self._line(f"→ {tool} {path or ''}".rstrip())
            case ToolCallFinished(ok=ok, summary=summary):
                self._line(f"  {'✓' if ok else '✗'} {summary}")
            case V0TaskWaiting(task=task):
                self._line(f"? {task.summary}")
                for question in task.questions:
                    options = ", ".join(label for label, _ in question.options)
                    self._line(f"  {question.text} ({options})")
            case _:
                return
        self._out.flush()

    def summary(self, result: TurnResult) -> None:
        self._line("")
        self._out.write(result.summary() + "\n")
        self._out.flush()

    def _line(self, text: str) -> None:
        if self._mid_line:
            self._out.write("\n")
            self._mid_line = False
        if text:
            self._out.write(text + "\n")


async def run_chat_turn(
    chat: ChatService,
    app_id: int,
    prompt: str,
    provider: Provider | str,
    *,
    model: str | None = None,
    out: TextIO | None = None,
) -> TurnResult:
    """Send `prompt` to `provider` for the app, print the turn as it runs, and return it.

    The caller picks the exit status: `result.status` is sent, partial, failed or draft.
    """
    printer = ConsolePrinter(out if out is not None else sys.stdout)
    result = await chat.send(app_id, prompt, provider, model, on_event=printer, interactive=False)
    printer.summary(result)
    return result
