"""`l4ydesk publish` stops on the window's Cancel, which sends both an end of input and SIGTERM,
often a moment apart: the second must not cut short what the first set going (cancelling the
Vercel build)."""

from __future__ import annotations

import asyncio
import os
import signal
import sys

import pytest

from l4ydesk.commands.publish import cancellable

pytestmark = pytest.mark.skipif(sys.platform == "win32", reason="POSIX signals")


def test_a_second_sigterm_does_not_interrupt_the_clean_up_of_the_first() -> None:
    cleaned: list[str] = []

    async def clean_up() -> None:
        await asyncio.sleep(0.3)  # the request that cancels the build
        cleaned.append("build cancelled")

    async def work() -> None:
        try:
            await asyncio.sleep(60)
        except asyncio.CancelledError:
            await asyncio.shield(clean_up())
            raise

    async def scenario() -> None:
        run = asyncio.ensure_future(cancellable(work(), on_eof=False))
        await asyncio.sleep(0.05)
        os.kill(os.getpid(), signal.SIGTERM)
        await asyncio.sleep(0.1)  # the clean-up is under way
        os.kill(os.getpid(), signal.SIGTERM)
        with pytest.raises(asyncio.CancelledError):
            await run
        assert cleaned == ["build cancelled"]

    asyncio.run(scenario())
