"""Custom domains for a published app: add to the Vercel project, show the DNS records, verify.

The flow (Vercel docs "Setting up a custom domain" and the REST API's project domains):
1. `add_domain` adds the name to the project; Vercel answers whether it is verified and, when
   the domain must be proven, a TXT challenge at `_vercel.<apex>`.
2. `records_for` lists what the user creates at their DNS provider: the challenge TXT records
   and the record that routes traffic (A 76.76.21.21 for an apex, CNAME cname.vercel-dns.com
   for a subdomain).
3. `verify` reads those records with dnspython from a configurable nameserver first, so a
   missing or wrong record is named in a sentence without bothering Vercel, then asks Vercel to
   verify and polls until it says so (or the time is up).

The tier limit (`core/credits/limits.check_custom_domain`) is the pipeline's to call;
`domains_in_use` counts what it needs.
"""

from __future__ import annotations

import asyncio
import contextlib
import time
from collections.abc import Awaitable, Callable, Sequence
from dataclasses import dataclass

import dns.exception
import dns.resolver
from sqlalchemy import select
from sqlalchemy.orm import Session

from l4ydesk.clients.vercel_models import (
    DnsRecord,
    DomainNotVerifiedError,
    ProjectDomain,
    VercelProject,
)
from l4ydesk.core.errors import L4yError
from l4ydesk.core.publish.ports import VercelApi
from l4ydesk.storage.publish_models import PublishSettings

VERCEL_A = "76.76.21.21"
VERCEL_CNAME = "cname.vercel-dns.com"

Sleep = Callable[[float], Awaitable[None]]


class DomainError(L4yError):
    """A custom domain cannot be used yet; `str()` says what is wrong and what to do."""

    def __init__(self, message: str, problems: Sequence[RecordCheck] = ()) -> None:
        super().__init__(message)
        self.problems = tuple(problems)


@dataclass(frozen=True)
class RecordCheck:
    record: DnsRecord
    found: tuple[str, ...]  # what DNS answered for that name and type

    @property
    def ok(self) -> bool:
        want = _norm(self.record.value)
        return any(_norm(value) == want for value in self.found)

    @property
    def sentence(self) -> str:
        r = self.record
        if not self.found:
            return (
                f"The {r.type} record for {r.name} is missing: create it with the value "
                f"{r.value} at your DNS provider."
            )
        seen = ", ".join(self.found)
        return (
            f"The {r.type} record for {r.name} has the wrong value ({seen}); change it to "
            f"{r.value}."
        )


def is_apex(domain: str) -> bool:
    # Two labels (example.com) is an apex; no public-suffix list, so example.co.uk counts as a
    # subdomain and gets a CNAME, which its DNS provider accepts anyway.
    return domain.count(".") == 1


def routing_record(domain: str) -> DnsRecord:
    """The record that sends visitors to Vercel (docs: A for an apex, CNAME for a subdomain)."""
    if is_apex(domain):
        return DnsRecord(type="A", name=domain, value=VERCEL_A)
    return DnsRecord(type="CNAME", name=domain, value=VERCEL_CNAME)


def records_for(domain: ProjectDomain) -> tuple[DnsRecord, ...]:
    """Every record the user must create: Vercel's challenge (if any), then routing."""
    return (*domain.verification, routing_record(domain.name))


def normalise(name: str) -> str:
    return name.strip().lower().rstrip(".")


class DnsChecker:
    """Reads records from one nameserver (the system's by default; a local one in tests)."""

    def __init__(self, nameserver: str | None = None, port: int = 53, timeout: float = 3.0) -> None:
        self.nameserver = nameserver
        self.port = port
        self.timeout = timeout

    def _resolver(self) -> dns.resolver.Resolver:
        if self.nameserver is None:
            resolver = dns.resolver.Resolver()
        else:
            resolver = dns.resolver.Resolver(configure=False)
            resolver.nameservers = [self.nameserver]
            resolver.port = self.port
        resolver.lifetime = self.timeout
        resolver.cache = None  # a record just created must be seen on the next check
        return resolver

    def lookup(self, name: str, rdtype: str) -> tuple[str, ...]:
        """Values of `name`'s records of `rdtype`; empty when there are none."""
        try:
            answer = self._resolver().resolve(name, rdtype, raise_on_no_answer=False)
        except (dns.resolver.NXDOMAIN, dns.resolver.NoNameservers):
            return ()
        except dns.exception.Timeout as exc:
            where = self.nameserver or "your DNS server"
            raise DomainError(
                f"{where} did not answer about {name} within {self.timeout:.0f} seconds. "
                "Check your internet connection and try again."
            ) from exc
        if answer.rrset is None:
            return ()
        values = []
        for rdata in answer.rrset:
            if rdtype == "TXT":
                values.append(b"".join(rdata.strings).decode("utf-8", "replace"))
            else:
                values.append(rdata.to_text())
        return tuple(values)

    def check(self, record: DnsRecord) -> RecordCheck:
        return RecordCheck(record, self.lookup(record.name, record.type))


def _norm(value: str) -> str:
    return value.strip().strip('"').lower().rstrip(".")


async def add_domain(api: VercelApi, project: VercelProject, name: str) -> ProjectDomain:
    """Add `name` to the project (again is fine: a resumed run gets what is there)."""
    domain = normalise(name)
    if "." not in domain or " " in domain:
        raise DomainError(f"“{name}” is not a domain name; enter one like shop.example.com.")
    return await api.add_domain(project, domain)


async def verify(
    api: VercelApi,
    project: VercelProject,
    name: str,
    checker: DnsChecker,
    *,
    timeout: float = 120.0,
    interval: float = 5.0,
    sleep: Sleep = asyncio.sleep,
    clock: Callable[[], float] = time.monotonic,
) -> ProjectDomain:
    """Check the DNS records, then have Vercel verify the domain; DomainError says what is off."""
    domain = await api.get_domain(project, normalise(name))
    checks = [await asyncio.to_thread(checker.check, record) for record in records_for(domain)]
    problems = [check for check in checks if not check.ok]
    if problems:
        raise DomainError(" ".join(check.sentence for check in problems), problems)
    deadline = clock() + timeout
    while not domain.verified:
        # Not verified yet means not visible to Vercel yet: DNS takes a while to spread.
        with contextlib.suppress(DomainNotVerifiedError):
            domain = await api.verify_domain(project, domain.name)
        if domain.verified:
            break
        if clock() >= deadline:
            raise DomainError(
                f"Your DNS records for {domain.name} are right, but Vercel has not verified "
                "the domain yet. DNS changes can take a while to reach Vercel; try again in "
                "a few minutes."
            )
        await sleep(interval)
    return domain


def domains_in_use(session: Session, *, except_app_id: int | None = None) -> int:
    """Custom domains the account's apps have, for `limits.check_custom_domain`."""
    names: set[str] = set()
    for app_id, data in session.execute(select(PublishSettings.app_id, PublishSettings.data)):
        if app_id == except_app_id or not isinstance(data, dict):
            continue
        names.update(normalise(str(d)) for d in data.get("custom_domains", ()) or ())
    return len(names)
