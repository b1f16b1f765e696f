"""Server-Sent Events: the `data` payloads of a text/event-stream, for OpenRouter and v0 v2."""

from __future__ import annotations

from collections.abc import AsyncGenerator, AsyncIterator


async def sse_data(lines: AsyncIterator[str]) -> AsyncGenerator[str, None]:
    """The `data` payload of each Server-Sent Event; comments and other fields are dropped."""
    data: list[str] = []
    async for line in lines:
        if not line:
            if data:
                yield "\n".join(data)
                data = []
            continue
        if line.startswith(":"):
            continue  # keep-alive comment, e.g. ": OPENROUTER PROCESSING"
        name, _, value = line.partition(":")
        if name == "data":
            data.append(value.removeprefix(" "))
    if data:
        yield "\n".join(data)
