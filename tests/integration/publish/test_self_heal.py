"""Self-heal in the pipeline: a rule's fix, an AI edit that fixes a real type error, and errors
nothing fixes (stopping on the repeated error, charging nothing further).

The build is played by `BuildFromCommit`: it reads the commit the deployment names from the
GitHub fake's real repository and fails with a real `next build` log (tests/data/build_logs)
while the committed file still has the defect. The real builds are in the slow tests.
"""

from __future__ import annotations

import json
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest

from l4ydesk.clients.openrouter import OpenRouterClient
from l4ydesk.core.publish.heal import MAX_ATTEMPTS, SelfHealer
from l4ydesk.core.publish.pipeline import PublishFailed
from l4ydesk.core.publish.runs import RunStore
from l4ydesk.storage.models import RevisionSource
from tests.fakes.openrouter_server import (
    FakeOpenRouterServer,
    edit_file_fix,
    sse_response,
    tool_call_stream,
)
from tests.integration.publish.conftest import Recorder, World
from tests.unit.publish.v0_files import PAGE, V4_GLOBALS, v0_app

LOGS = Path(__file__).resolve().parents[2] / "data" / "build_logs"
# app/page.tsx as next15-type-error.log saw it: line 11 assigns a string to a number.
TYPED_PAGE = """import { Button } from "@/components/ui/button"

const workshops = [{ title: "Latte art" }]

// The workshop page.
// It shows the next workshop.
// (v0 wrote it.)

export default function HomePage() {
  const nextWorkshop = workshops[0];
  const count: number = "three";

  return (
    <main className="p-8">
      <h1 className="text-3xl">{nextWorkshop.title}</h1>
      <Button>{count} seats left</Button>
    </main>
  )
}
"""
BROKEN = 'const count: number = "three";'
FIXED = "const count: number = 3;"


class BuildFromCommit:
    """The Autopilot's outcome: ERROR with `log` while the deployed commit is `broken`."""

    def __init__(self, world: World, broken: Callable[[dict[str, bytes]], bool], log: str):
        self.world, self.broken, self.log = world, broken, log
        self.builds = 0

    def __call__(self, deployment_id: str) -> tuple[str, tuple[str, ...]]:
        self.builds += 1
        sha = self.world.vercel.deployments[deployment_id]["gitSource"]["sha"]
        files = self.world.github.files_at("octo", "harbor-shop", sha)
        if self.broken(files):
            return "ERROR", tuple(self.log.splitlines())
        return "READY", ("Compiled successfully",)


@pytest.fixture
def openrouter() -> Iterator[FakeOpenRouterServer]:
    with FakeOpenRouterServer() as server:
        yield server
    assert not server.errors


def heal_world(world: World, openrouter: FakeOpenRouterServer, **files: str | bytes) -> None:
    world.vfs.write_many(world.app_id, v0_app(**files), RevisionSource.IMPORT)
    world.healer = SelfHealer(
        world.vfs,
        world.ledger,
        model=lambda: OpenRouterClient(openrouter.api_key, base_url=openrouter.url("/api/v1")),
        model_name="openai/gpt-4o-mini",
    )


def completions(openrouter: FakeOpenRouterServer) -> list[dict[str, object]]:
    return [r.json() for r in openrouter.requests if r.path.endswith("/chat/completions")]


async def test_a_type_error_is_fixed_by_one_surgical_ai_edit(
    world: World, openrouter: FakeOpenRouterServer
) -> None:
    heal_world(world, openrouter, **{"app/page.tsx": TYPED_PAGE})
    log = (LOGS / "next15-type-error.log").read_text(encoding="utf-8")
    world.autopilot.outcome = BuildFromCommit(
        world, lambda f: BROKEN.encode() in f["app/page.tsx"], log
    )
    openrouter.script(edit_file_fix("app/page.tsx", BROKEN, FIXED))
    before = world.ledger.balance().total
    events = Recorder()

    result = await world.pipeline().publish(world.app_id, world.config, events)

    [attempt] = events.heals
    assert (attempt.source, attempt.credits, attempt.number) == ("ai", 5, 1)
    assert f"-  {BROKEN}" in attempt.diff and f"+  {FIXED}" in attempt.diff
    assert world.ledger.balance().total == before - 5
    # The fix is the app's own now, as a revision the user can undo.
    assert FIXED.encode() in world.vfs.read(world.app_id, "app/page.tsx")
    history = world.vfs.history(world.app_id, "app/page.tsx")
    assert attempt.revision_ids == (history[0].revision_id,)
    assert history[0].source is RevisionSource.AI
    # What the model saw: the error and the named lines, and only the edit tool.
    [request] = completions(openrouter)
    assert [t["function"]["name"] for t in request["tools"]] == ["edit_file"]  # type: ignore[index]
    asked = json.dumps(request["messages"])
    assert "app/page.tsx:11:9" in asked and f"   11    {BROKEN}" in asked.replace('\\"', '"')
    # Deployed: the broken commit, then the healed one on top, live.
    assert result.production_url is not None and result.commit_sha == world.repo_commits()[0]
    assert len(world.vercel.deployments) == 2
    assert result.heal_attempts == (attempt,)
    assert (
        RunStore(world.store).get(result.run_id).state["progress"]["deploy"]["heal"][0]["source"]
        == "ai"
    )


async def test_a_missing_package_is_fixed_by_the_rules_for_free(
    world: World, openrouter: FakeOpenRouterServer
) -> None:
    page = 'import { motion } from "framer-motion"\n' + PAGE
    heal_world(world, openrouter, **{"app/page.tsx": page})
    log = (LOGS / "next15-missing-package.log").read_text(encoding="utf-8")
    world.autopilot.outcome = BuildFromCommit(
        world, lambda f: b"framer-motion" not in f["package.json"], log
    )
    before = world.ledger.balance().total
    events = Recorder()
    await world.pipeline().publish(world.app_id, world.config, events)
    [attempt] = events.heals
    assert (attempt.source, attempt.credits) == ("rules", 0)
    assert '"framer-motion"' in attempt.diff
    assert b'"framer-motion"' in world.vfs.read(world.app_id, "package.json")
    assert world.ledger.balance().total == before and completions(openrouter) == []


async def test_an_error_nothing_fixes_stops_on_the_repeat_and_charges_once(
    world: World, openrouter: FakeOpenRouterServer
) -> None:
    heal_world(world, openrouter, **{"app/page.tsx": TYPED_PAGE})
    log = (LOGS / "next15-type-error.log").read_text(encoding="utf-8")
    world.autopilot.outcome = build = BuildFromCommit(world, lambda f: True, log)
    # The model "fixes" something else; the build fails the same way again.
    openrouter.script(
        *[
            edit_file_fix("app/page.tsx", "// (v0 wrote it.)", f"// (v0 wrote it, {n}.)")
            for n in range(MAX_ATTEMPTS)
        ]
    )
    before = world.ledger.balance().total
    events = Recorder()
    with pytest.raises(PublishFailed) as failed:
        await world.pipeline().publish(world.app_id, world.config, events)
    assert len(events.heals) == 1 and len(completions(openrouter)) == 1
    assert world.ledger.balance().total == before - 5  # one attempt paid, nothing after it
    assert build.builds == 2
    assert "Self-heal tried 1 fix" in str(failed.value)
    assert RunStore(world.store).unfinished(world.app_id) is not None


async def test_a_whole_file_rewrite_is_refused_and_costs_nothing(
    world: World, openrouter: FakeOpenRouterServer
) -> None:
    heal_world(world, openrouter, **{"app/page.tsx": TYPED_PAGE})
    log = (LOGS / "next15-type-error.log").read_text(encoding="utf-8")
    world.autopilot.outcome = BuildFromCommit(world, lambda f: True, log)
    rewrite = json.dumps({"path": "app/page.tsx", "content": "export default () => null\n"})
    openrouter.script(
        *[sse_response(tool_call_stream([(f"call_{n}", "write_file", rewrite)])) for n in range(3)]
    )
    before = world.ledger.balance().total
    with pytest.raises(PublishFailed):
        await world.pipeline().publish(world.app_id, world.config, Recorder())
    assert world.vfs.read(world.app_id, "app/page.tsx") == TYPED_PAGE.encode()
    assert world.ledger.balance().total == before
    answers = [m for m in completions(openrouter)[-1]["messages"] if m["role"] == "tool"]  # type: ignore[index,union-attr]
    assert "only edit_file" in answers[0]["content"]


CARD_PAGE = (
    'import { Card } from "@/components/ui/card"\n\n'
    "export default function Home() {\n  return <Card>Menu</Card>\n}\n"
)
HOOK_PAGE = (
    'import { useState } from "react"\n\nexport default function Home() {\n'
    "  const [open, setOpen] = useState(false)\n"
    "  return <button onClick={() => setOpen(!open)}>Menu</button>\n}\n"
)


@pytest.mark.parametrize(
    ("tailwind", "files", "broken"),
    [
        ("^4.1.9", {"app/page.tsx": CARD_PAGE}, lambda f: "components/ui/card.tsx" not in f),
        (
            "^3.4.17",
            {"app/globals.css": V4_GLOBALS},
            lambda f: b'@import "tailwindcss"' in f["app/globals.css"],
        ),
        ("^4.1.9", {"app/page.tsx": HOOK_PAGE}, lambda f: b"use client" not in f["app/page.tsx"]),
    ],
    ids=["missing-shadcn-component", "tailwind-v4-directive-in-v3", "missing-use-client"],
)
async def test_v0_breakages_the_rules_cover_publish_without_a_heal(
    world: World,
    openrouter: FakeOpenRouterServer,
    tailwind: str,
    files: dict[str, str],
    broken: Callable[[dict[str, bytes]], bool],
) -> None:
    from l4ydesk.core.publish.preparing import preparer

    world.vfs.write_many(world.app_id, v0_app(tailwind, **files), RevisionSource.IMPORT)
    world.prepare = preparer(world.store)  # the real one: scaffold + compatibility rules
    world.autopilot.outcome = BuildFromCommit(world, broken, "Failed to compile.")
    events = Recorder()
    result = await world.pipeline().publish(world.app_id, world.config, events)
    assert result.production_url and events.heals == []
    assert not broken(world.github.files_at("octo", "harbor-shop", "main"))
    assert completions(openrouter) == []


async def test_v0_gets_the_error_when_the_ai_does_not_converge(
    world: World, openrouter: FakeOpenRouterServer
) -> None:
    from l4ydesk.clients.v0 import V0Client
    from l4ydesk.core.chat import ChatService
    from l4ydesk.core.chat.values import Provider
    from tests.fakes.v0_server import FakeV0Server, PlannedVersion

    heal_world(world, openrouter, **{"app/page.tsx": TYPED_PAGE})
    log = (LOGS / "next15-type-error.log").read_text(encoding="utf-8")
    world.autopilot.outcome = BuildFromCommit(
        world, lambda f: BROKEN.encode() in f["app/page.tsx"], log
    )
    # The AI edits a comment only: the same error comes back, so v0 is asked, once.
    openrouter.script(edit_file_fix("app/page.tsx", "// (v0 wrote it.)", "// (checked)"))
    with FakeV0Server() as v0_server:
        v0_server.plan(PlannedVersion(files={"app/page.tsx": TYPED_PAGE.replace(BROKEN, FIXED)}))
        chat = ChatService(
            world.store,
            world.vfs,
            v0_client=lambda: V0Client(v0_server.api_key, base_url=v0_server.url("/v1")),
            ai_client=lambda: OpenRouterClient(
                openrouter.api_key, base_url=openrouter.url("/api/v1")
            ),
        )

        async def v0_fix(app_id: int, text: str) -> tuple[str, ...]:
            result = await chat.send(app_id, text, Provider.V0, interactive=False)
            return result.changes.written

        world.healer = SelfHealer(
            world.vfs,
            world.ledger,
            model=lambda: OpenRouterClient(openrouter.api_key, base_url=openrouter.url("/api/v1")),
            model_name="openai/gpt-4o-mini",
            v0=v0_fix,
        )
        events = Recorder()
        result = await world.pipeline().publish(world.app_id, world.config, events)
        sent = [r for r in v0_server.requests if r.method == "POST"]
    assert [a.source for a in events.heals] == ["ai", "v0"]
    assert events.heals[1].credits == 0 and FIXED in events.heals[1].diff
    assert any("app/page.tsx:11:9" in r.body.decode() for r in sent)  # the error reached v0
    assert FIXED.encode() in world.vfs.read(world.app_id, "app/page.tsx")
    assert result.production_url is not None
