"""Two processes resuming the same publish run: the second is refused while the first lives,
and takes the run over once the first is gone (kill -9), against the fakes."""

from __future__ import annotations

import socket
import subprocess
import sys
from datetime import UTC, datetime, timedelta

import pytest

from l4ydesk.core.publish import runs as status
from l4ydesk.core.publish.events import Step
from l4ydesk.core.publish.run_lease import LEASE, STALE_AFTER_S, Holder, RunBusy, claim
from l4ydesk.core.publish.runs import RunStore
from tests.integration.publish.conftest import Recorder, World


def a_stopped_run(world: World) -> int:
    """A run killed after its first steps, as `l4ydesk publish` leaves it."""
    runs = RunStore(world.store)
    run = runs.start(world.app_id)
    runs.begin(run.run_id, Step.CHECK_LIMITS)
    runs.finish_step(run.run_id, Step.CHECK_LIMITS, {"summary": "ok"})
    runs.begin(run.run_id, Step.PREPARE_FILES)
    return run.run_id


async def test_a_run_held_by_a_live_process_is_refused_then_free_once_it_died(
    world: World,
) -> None:
    run_id = a_stopped_run(world)
    other = subprocess.Popen([sys.executable, "-c", "import time; time.sleep(60)"])
    try:
        claim(world.store, run_id, Holder(pid=other.pid))  # the other process resumed it
        with pytest.raises(RunBusy) as refused:
            await world.pipeline().publish(world.app_id, world.config, Recorder(), resume=True)
        assert f"process {other.pid}" in str(refused.value)
        run = RunStore(world.store).get(run_id)
        # Refused before touching it: the other process's run is left exactly as it was.
        assert run.status == status.RUNNING and run.step is Step.PREPARE_FILES
        assert not world.github.repo_names() and not world.vercel.deployments
    finally:
        other.kill()
        other.wait()

    result = await world.pipeline().publish(world.app_id, world.config, Recorder(), resume=True)
    assert result.run_id == run_id and result.production_url
    assert LEASE not in RunStore(world.store).get(run_id).state  # released at the end
    assert len(world.vercel.deployments) == 1


async def test_a_lease_from_another_machine_holds_until_it_is_stale(world: World) -> None:
    run_id = a_stopped_run(world)
    elsewhere = Holder(host=socket.gethostname() + "-other", pid=1)
    then = datetime.now(UTC) - timedelta(seconds=STALE_AFTER_S - 60)
    claim(world.store, run_id, elsewhere, now=then)
    with pytest.raises(RunBusy, match="-other"):
        claim(world.store, run_id, Holder())
    claim(world.store, run_id, elsewhere, now=then - timedelta(seconds=120))  # not renewed
    mine = Holder()
    claim(world.store, run_id, mine)
    assert RunStore(world.store).get(run_id).state[LEASE]["token"] == mine.token
