"""What every qasync event loop of l4ydesk needs before it runs (the app, the docs' scripts)."""

from __future__ import annotations

import asyncio
import sys
from concurrent.futures import ThreadPoolExecutor


def configure(loop: asyncio.AbstractEventLoop) -> None:
    # asyncio.to_thread (the local preview) uses the default executor; qasync's is made of
    # QThreads that can outlive the loop and abort the process at exit, a plain pool is shut
    # down with it.
    loop.set_default_executor(ThreadPoolExecutor(thread_name_prefix="asyncio-default"))
    # qasync does not install asyncio's async-generator hooks; streamed HTTP answers are async
    # generators that must be finalized on the loop, not by the garbage collector.
    sys.set_asyncgen_hooks(
        firstiter=loop._asyncgen_firstiter_hook,  # type: ignore[attr-defined]
        finalizer=loop._asyncgen_finalizer_hook,  # type: ignore[attr-defined]
    )
