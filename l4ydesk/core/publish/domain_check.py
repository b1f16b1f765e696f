"""Check Again for custom domains: re-check the ones the last publish left waiting, no publish.

Reads DNS and asks Vercel to verify each domain that the app's newest publish (with a domains
step) reported unverified. Nothing is committed or deployed and no run is started: only the
stored domains result of that run is brought up to date, so what the window shows next time
and what a later check looks at agree with what Vercel said.
"""

from __future__ import annotations

from dataclasses import asdict, dataclass
from typing import TYPE_CHECKING, Any

from l4ydesk.clients.vercel_models import DnsRecord, VercelProject
from l4ydesk.core.errors import L4yError
from l4ydesk.core.publish.domains import DomainError, records_for, verify
from l4ydesk.core.publish.events import PublishEvents, Step
from l4ydesk.core.publish.ports import VercelApi
from l4ydesk.core.publish.runs import RunInfo, RunStore

if TYPE_CHECKING:
    from l4ydesk.core.publish.pipeline import PublishServices

DESCRIPTION = "Checking the custom domains again (DNS, then Vercel's verification)"


@dataclass(frozen=True)
class DomainCheck:
    verified: tuple[str, ...]  # verified by this check
    pending: tuple[str, ...]  # still waiting for DNS or for Vercel

    @property
    def summary(self) -> str:
        if not self.verified and not self.pending:
            return "No custom domain was waiting: nothing to check."
        parts = []
        if self.verified:
            parts.append(f"{', '.join(self.verified)} verified.")
        if self.pending:
            waits = "waits" if len(self.pending) == 1 else "wait"
            parts.append(
                f"{', '.join(self.pending)} still {waits}: create the records shown, then "
                "check again."
            )
        return " ".join(parts)


def last_domains_run(runs: RunStore, app_id: int) -> RunInfo | None:
    """The app's newest run whose domains step finished (with its project known)."""
    for run in reversed(runs.runs(app_id)):
        if run.done(Step.DOMAINS) and run.done(Step.PROJECT):
            return run
    return None


async def check_pending_domains(
    services: PublishServices, app_id: int, team_id: str, events: PublishEvents
) -> DomainCheck:
    """Verify the waiting domains of the app's last publish; report those still waiting."""
    runs = RunStore(services.store)
    run = last_domains_run(runs, app_id)
    if run is None:
        raise L4yError("This app has not been published with custom domains yet: publish it first.")
    result = run.result(Step.DOMAINS)
    details: list[dict[str, Any]] = [dict(d) for d in result.get("details", [])]
    waiting = [d for d in details if not d.get("verified")]
    events.step_started(Step.DOMAINS, DESCRIPTION)
    if waiting:
        project = VercelProject(**run.result(Step.PROJECT)["project"])
        vercel = services.vercel(team_id)
        try:
            for detail in waiting:
                await _check(vercel, project, detail, services, events)
        finally:
            await vercel.aclose()
        # Brought up to date in the run that showed them (its other steps stay as they were).
        runs.finish_step(run.run_id, Step.DOMAINS, {**result, "details": details})
    check = DomainCheck(
        verified=tuple(str(d["name"]) for d in waiting if d.get("verified")),
        pending=tuple(str(d["name"]) for d in waiting if not d.get("verified")),
    )
    events.step_finished(Step.DOMAINS, check.summary)
    return check


async def _check(
    vercel: VercelApi,
    project: VercelProject,
    detail: dict[str, Any],
    services: PublishServices,
    events: PublishEvents,
) -> None:
    name = str(detail["name"])
    try:
        domain = await verify(vercel, project, name, services.dns, timeout=0.0)
    except DomainError as exc:
        detail["problem"] = str(exc)
        records = tuple(DnsRecord(**r) for r in detail.get("records", []))
        events.domain_records(name, records, str(exc))
        return
    # `verify` returns only a verified domain (DomainError otherwise).
    detail["verified"], detail["problem"] = True, None
    detail["records"] = [asdict(r) for r in records_for(domain)]
