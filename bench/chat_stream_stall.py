"""Benchmark: the worst GUI-thread stall while a 2,000-token answer streams into the chat panel.

The answer (prose, lists and TSX code blocks) comes from the fake OpenRouter server over real
HTTP on 127.0.0.1, as fast as the server can send it (harsher than a real model's ~100 tokens
a second), through `ChatService` into a shown `ChatPanel`. A lag probe (a 5 ms QTimer that
records the longest gap between its ticks) measures how long the GUI thread was blocked from
Enter to the stored answer on screen. Budget: 50 ms worst stall.

The first turn of a session also pays one-time imports inside httpx and its SSL set-up, on the
GUI thread, when the chat service builds its client; it is measured and printed apart from the
turns after it. With PROVIDER=v0 the same answer comes from the fake v0 Platform API v2 as
``message.parts.chunk`` jsondiffpatch deltas (the text part replaced old-for-new each token, as
the spec's differ writes it), applied on the GUI thread's event loop. Runs offscreen:

    .venv/bin/python bench/chat_stream_stall.py   (TOKENS=2000 RUNS=3 PAUSE_MS=0 PROVIDER=ai|v0)
"""

from __future__ import annotations

import asyncio
import os
import statistics
import sys
import tempfile
import time
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

TOKENS = int(os.environ.get("TOKENS", "2000"))
RUNS = int(os.environ.get("RUNS", "3"))
PAUSE_MS = float(os.environ.get("PAUSE_MS", "0"))  # between tokens; 0 = as fast as possible
PROVIDER = os.environ.get("PROVIDER", "ai")

_PROSE = (
    "I updated the **booking form** so guests pick a date, a time and the party size, and "
    "the page now shows the `BookingForm` under the hero. "
)
_CODE = """```tsx
export function BookingForm({ slots }: { slots: Slot[] }) {
  const [slot, setSlot] = useState<Slot | null>(null)
  return (
    <form action="/api/bookings" method="post" className="grid gap-3">
      {slots.map((s) => (
        <button key={s.id} onClick={() => setSlot(s)}>{s.label}</button>
      ))}
    </form>
  )
}
```
"""


def answer_tokens(count: int) -> list[str]:
    """About `count` token-sized pieces of a Markdown answer with code blocks and a list."""
    pieces: list[str] = []
    section = 0
    while len(pieces) < count:
        section += 1
        block = f"\n\n### Step {section}\n\n{_PROSE * 2}\n\n- first\n- second\n\n{_CODE}"
        # Models stream sub-word tokens of about four characters.
        pieces += [block[i : i + 4] for i in range(0, len(block), 4)]
    return pieces[:count]


def main() -> None:
    import qasync
    from PySide6.QtCore import QSettings
    from PySide6.QtWidgets import QApplication

    from bench.lag_probe import LagProbe
    from l4ydesk.clients.openrouter import OpenRouterClient
    from l4ydesk.clients.v0 import V0Client
    from l4ydesk.core.apps import AppCatalog
    from l4ydesk.core.chat import ChatModelApi, ChatService, MissingKeyError, Provider, V0Api
    from l4ydesk.core.vfs import VirtualFileSystem
    from l4ydesk.secrets import MemoryKeyring, SecretStore
    from l4ydesk.storage.db import Store
    from l4ydesk.ui.chat import ChatPanel
    from l4ydesk.ui.launcher import freeze_startup_heap
    from l4ydesk.ui.settings_dialog import OPENROUTER_API_KEY, V0_API_KEY
    from l4ydesk.ui.tasks import TaskRunner
    from tests.fakes.http_server import Pause
    from tests.fakes.openrouter_server import FakeOpenRouterServer, sse_response, text_stream
    from tests.fakes.v0_server import FakeV0Server, PlannedVersion

    app = QApplication.instance() or QApplication(sys.argv)
    loop = qasync.QEventLoop(app)
    asyncio.set_event_loop(loop)
    # qasync's run_forever does not install asyncio's async-generator hooks; httpx needs them.
    sys.set_asyncgen_hooks(
        firstiter=loop._asyncgen_firstiter_hook, finalizer=loop._asyncgen_finalizer_hook
    )
    tokens = answer_tokens(TOKENS)
    worst: list[float] = []
    elapsed: list[float] = []
    slowest_flush: list[float] = []
    first: list[float] = []
    with (
        tempfile.TemporaryDirectory() as tmp,
        FakeOpenRouterServer() as server,
        FakeV0Server() as v0_server,
    ):
        store = Store(f"sqlite:///{tmp}/bench.db")
        vfs = VirtualFileSystem(store, 1 << 20)
        app_id = AppCatalog(store).create("Bench").app_id
        secrets = SecretStore(MemoryKeyring())
        secrets.set(OPENROUTER_API_KEY, server.api_key)
        secrets.set(V0_API_KEY, v0_server.api_key)
        executor = ThreadPoolExecutor(max_workers=1, thread_name_prefix="l4y-db")

        def ai_client() -> ChatModelApi:
            return OpenRouterClient(server.api_key, base_url=server.url("/api/v1"))

        def v0_client() -> V0Api:
            if PROVIDER != "v0":
                raise MissingKeyError("v0")
            return V0Client(v0_server.api_key, base_url=v0_server.url("/v1"))

        chat = ChatService(store, vfs, v0_client=v0_client, ai_client=ai_client, executor=executor)
        tasks = TaskRunner(executor)
        settings = QSettings(f"{tmp}/window.ini", QSettings.Format.IniFormat)
        panel = ChatPanel(chat, vfs, tasks, secrets, settings)
        panel.resize(520, 860)
        panel.show()
        probe = LagProbe()

        async def one_run(into: list[float]) -> None:
            events = text_stream(tokens, comments=False)
            if PAUSE_MS:
                paced: list[object] = []
                for event in events:
                    paced += [event, Pause(PAUSE_MS / 1000)]
                events = paced  # type: ignore[assignment]
            server.script(sse_response(events))
            files = {"app/page.tsx": "export default function Page() { return null }\n"}
            v0_server.plan(
                PlannedVersion(files=files, reply_pieces=tokens, piece_pause=PAUSE_MS / 1000)
            )
            panel.composer.set_text("Explain the booking form, with code")
            started = time.perf_counter()
            probe.start()
            panel.submit()
            await asyncio.sleep(0.05)
            while panel.busy or tasks.running:
                await asyncio.sleep(0.005)
            into.append(probe.stop())
            if into is worst:
                elapsed.append(time.perf_counter() - started)
                slowest_flush.append(panel.slowest_stream_repaint_ms)
            answer = panel.messages.bubbles()[-1].view.content
            assert answer.strip() == "".join(tokens).strip(), "the answer did not arrive whole"

        async def run_all() -> None:
            panel.composer.set_provider(Provider.V0 if PROVIDER == "v0" else Provider.AI)
            panel.set_app(app_id)
            while tasks.running:
                await asyncio.sleep(0.01)
            freeze_startup_heap()  # as the app does once its window is up
            await one_run(first)
            for _ in range(RUNS):
                await one_run(worst)
            await tasks.close()

        loop.run_until_complete(run_all())
        loop.run_until_complete(loop.shutdown_asyncgens())
        panel.close()
        executor.shutdown(wait=True)
        store.close()
    chars = len("".join(tokens))
    pace = f"{PAUSE_MS:g} ms between tokens" if PAUSE_MS else "as fast as the server sends"
    source = "v0 v2 deltas" if PROVIDER == "v0" else "OpenRouter"
    print(
        f"chat answer ({source}) of {len(tokens)} tokens ({chars:,} characters), {pace}, "
        f"{RUNS} runs:"
    )
    print(
        f"  worst GUI stall: {max(worst):.1f} ms (median of runs {statistics.median(worst):.1f} "
        f"ms; budget 50 ms)"
    )
    print(f"  first turn of the session (one-time httpx imports included): {first[0]:.1f} ms")
    print(f"  slowest single repaint of the streaming answer: {max(slowest_flush):.1f} ms")
    print(f"  Enter to stored answer on screen: {statistics.median(elapsed) * 1000:.0f} ms")


if __name__ == "__main__":
    main()
